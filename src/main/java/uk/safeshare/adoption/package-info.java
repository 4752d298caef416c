/** Adoption of the safeguarding protocol: staff asked to read each published version, what changed, who has read it. */
@org.springframework.modulith.ApplicationModule(displayName = "Protocol adoption")
package uk.safeshare.adoption;

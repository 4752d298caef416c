/** The PCC's needs assessment: supply of specialist services against the demand SafeShare sees, disclosure-controlled. */
@org.springframework.modulith.ApplicationModule(displayName = "Needs assessment")
package uk.safeshare.needs;

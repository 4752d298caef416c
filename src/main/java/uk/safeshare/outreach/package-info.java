/** Outreach and confidence activity, and what SafeShare sees in an area before and after it. */
@org.springframework.modulith.ApplicationModule(displayName = "Outreach")
package uk.safeshare.outreach;

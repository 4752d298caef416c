/** MARAC meetings: referrals and their criteria, attendees by agency, a confidentiality agreement accepted at every meeting, actions and minutes. */
@org.springframework.modulith.ApplicationModule(displayName = "MARAC")
package uk.safeshare.marac;

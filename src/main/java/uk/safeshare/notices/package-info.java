/** Telling people: victim notices, and messages sent through GOV.UK Notify (off unless configured). */
@org.springframework.modulith.ApplicationModule(displayName = "Notices")
package uk.safeshare.notices;

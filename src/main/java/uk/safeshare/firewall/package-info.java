/** Decides every proposed disclosure about a person by the force's published safeguarding protocol, and records what follows. */
@org.springframework.modulith.ApplicationModule(displayName = "Firewall")
package uk.safeshare.firewall;

/** Demo data for the embedded default: a fictional force, its teams, partners, users and a few cases. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package uk.safeshare.demo;

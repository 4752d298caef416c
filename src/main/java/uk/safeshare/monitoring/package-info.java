/** Monitoring and transparency statistics about immigration enforcement, disclosure-controlled before anything is shown. */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring")
package uk.safeshare.monitoring;

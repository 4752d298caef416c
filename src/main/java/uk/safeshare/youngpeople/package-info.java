/** The young people's vulnerability tracker: children at risk (missing, exploited, trafficked, unaccompanied), their reviews and actions. */
@org.springframework.modulith.ApplicationModule(displayName = "Young people at risk")
package uk.safeshare.youngpeople;

/** The domestic abuse risk checklist with the immigration-related risk factors, graded and kept as a history per victim. */
@org.springframework.modulith.ApplicationModule(displayName = "Risk assessment")
package uk.safeshare.risk;

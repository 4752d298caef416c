/** Reports (cases), the people in them and their roles, with every change kept as history and need-to-know access. */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package uk.safeshare.cases;

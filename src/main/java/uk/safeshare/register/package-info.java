/** The register of organisations SafeShare can share with or refer to, their protocol categories, and the screening of typed names. */
@org.springframework.modulith.ApplicationModule(displayName = "Register of organisations")
package uk.safeshare.register;

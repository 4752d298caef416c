/** People's rights over what SafeShare holds about them: subject access, rectification, erasure and restriction (DPA 2018 ss.45-47). */
@org.springframework.modulith.ApplicationModule(displayName = "Rights")
package uk.safeshare.rights;

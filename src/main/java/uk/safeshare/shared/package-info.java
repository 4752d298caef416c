/** The small shared kernel: field encryption, the audit event every module publishes, web plumbing. */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package uk.safeshare.shared;

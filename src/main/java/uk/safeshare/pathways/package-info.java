/** Safe reporting pathways: the directory of specialist organisations, consented referrals, the partner portal and third-party reports. */
@org.springframework.modulith.ApplicationModule(displayName = "Safe reporting pathways")
package uk.safeshare.pathways;

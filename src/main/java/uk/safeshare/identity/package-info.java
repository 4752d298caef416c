/** Who is using SafeShare: accounts, roles, teams, organisations, sign-in and API tokens. */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package uk.safeshare.identity;

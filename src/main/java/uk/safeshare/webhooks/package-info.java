/** Signed events (Standard Webhooks style) to partner systems when a referral to them is made or changes, with a delivery log. */
@org.springframework.modulith.ApplicationModule(displayName = "Partner webhooks")
package uk.safeshare.webhooks;

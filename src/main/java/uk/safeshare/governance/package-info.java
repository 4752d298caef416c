/** Governance of the "Safe to share?" programme: the recommendations tracker, its forums, board packs and frozen progress reports. */
@org.springframework.modulith.ApplicationModule(displayName = "Governance")
package uk.safeshare.governance;

/** The tamper-evident, append-only log of every processing of personal data (DPA 2018 Part 3 s.62), and its verification. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package uk.safeshare.audit;

/** Review, retention and disposal of case and person records on the DPO's schedule (Management of Police Information). */
@org.springframework.modulith.ApplicationModule(displayName = "Retention")
package uk.safeshare.retention;

/** Training on the protocol and victim care: courses, who must take them, completions and refreshers due. */
@org.springframework.modulith.ApplicationModule(displayName = "Training")
package uk.safeshare.training;

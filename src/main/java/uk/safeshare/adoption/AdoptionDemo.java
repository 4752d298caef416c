package uk.safeshare.adoption;

/**
 * Seeds the fictional demo force's readings of the version in force. Called by the training
 * module's demo seed, which runs after the demo force's users exist (listeners on application
 * start run in the order their modules are found, and this module is found before them).
 */
public interface AdoptionDemo {

    /** Records, as each named person, that they have read the version in force; does nothing if none is published. */
    void readAs(java.util.List<String> usernames);
}

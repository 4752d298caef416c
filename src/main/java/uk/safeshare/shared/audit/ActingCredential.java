package uk.safeshare.shared.audit;

/**
 * The credential other than a signed-in session that the current request acts with (an API token),
 * so that every audit entry made with it names the token as well as its owner. Set by the identity
 * module for the duration of one request on its thread; events published on that thread carry it.
 */
public final class ActingCredential {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private ActingCredential() {
    }

    /** @param description for example {@code API token 'build server' (id 3f2a…)}; never the secret */
    public static void set(String description) {
        CURRENT.set(description);
    }

    public static void clear() {
        CURRENT.remove();
    }

    public static String current() {
        return CURRENT.get();
    }

    /** The details with the acting credential named at their end; unchanged when there is none, or already named. */
    static String annotate(String details) {
        String credential = CURRENT.get();
        if (credential == null) {
            return details;
        }
        String suffix = "[with " + credential + "]";
        if (details == null || details.isBlank()) {
            return suffix;
        }
        return details.endsWith(suffix) ? details : details + " " + suffix;
    }
}

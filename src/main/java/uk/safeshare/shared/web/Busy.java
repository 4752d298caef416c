package uk.safeshare.shared.web;

import java.sql.SQLTransientConnectionException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the service is too busy, not broken: no database connection came free within the
 * pool's wait (seen in the soak, on a machine at load 35, as a request with a bearer token whose look-up waited
 * more than 30 s). Such a request is answered 503 with Retry-After, so a client knows to try again later and an
 * operator does not read it as a bug (a 500).
 */
final class Busy {

    static final String RETRY_AFTER_SECONDS = "5";
    static final String DETAIL = "The service is busy and could not take this request; nothing was changed. Try again in a few seconds.";

    private Busy() {
    }

    static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof CannotGetJdbcConnectionException
                    || t instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }
}

package uk.safeshare.shared.web;

import org.slf4j.MDC;

/** The id of the HTTP request being served, so that audit entries and logs can be joined up. */
public final class RequestIds {

    public static final String MDC_KEY = "requestId";

    private RequestIds() {
    }

    public static String current() {
        String id = MDC.get(MDC_KEY);
        return id == null ? "background" : id;
    }
}

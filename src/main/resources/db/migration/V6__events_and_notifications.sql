-- Durable module events (Spring Modulith's event publication registry): an event for an
-- asynchronous listener is stored in the transaction that publishes it and marked complete when
-- the listener succeeds, so a crash between the two loses nothing. Portable column types.
CREATE TABLE event_publication (
    id                     UUID NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512) NOT NULL,
    event_type             VARCHAR(512) NOT NULL,
    serialized_event       VARCHAR(4000) NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 VARCHAR(20),
    completion_attempts    INTEGER,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_by_completion_date ON event_publication (completion_date);

-- Every message sent (or that failed to send) through GOV.UK Notify.
CREATE TABLE notification (
    id          UUID PRIMARY KEY,
    kind        VARCHAR(40) NOT NULL,
    recipient   TEXT NOT NULL,
    template_id VARCHAR(64) NOT NULL,
    reference   VARCHAR(100) NOT NULL,
    status      VARCHAR(20) NOT NULL,
    notify_id   VARCHAR(64),
    error       TEXT,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX notification_reference ON notification (reference);

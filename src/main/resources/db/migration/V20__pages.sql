-- When a user last looked at the outcomes of what they asked for (their sharing requests, their referrals), so the
-- home page can tell them what was decided or answered since.
CREATE TABLE seen_marker (
    username VARCHAR(100) NOT NULL,
    topic    VARCHAR(40)  NOT NULL,
    seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (username, topic)
);

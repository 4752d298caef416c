-- Every MARAC criterion a completed risk assessment met, one per line, as the MARAC module weighed them
-- (escalation and repeat depend on other cases and earlier referrals).
ALTER TABLE risk_assessment ADD COLUMN marac_criteria TEXT;

-- The firewall's answer, per case on a meeting's agenda, when the coordinator shared the cases with the
-- meeting (an explicit command); showing a meeting reads it and changes nothing.
CREATE TABLE marac_case_sharing (
    meeting_id         UUID NOT NULL REFERENCES marac_meeting (id),
    referral_id        UUID NOT NULL REFERENCES marac_referral (id),
    sharing_request_id UUID NOT NULL,
    permitted          BOOLEAN NOT NULL,
    reasons            TEXT NOT NULL,
    decided_by         VARCHAR(100) NOT NULL,
    decided_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (meeting_id, referral_id)
);

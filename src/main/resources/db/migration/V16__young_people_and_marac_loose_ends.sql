-- Every MARAC criterion a completed risk assessment met, one per line, as the MARAC module weighed them
-- (escalation and repeat depend on other cases and earlier referrals).
ALTER TABLE risk_assessment ADD COLUMN marac_criteria TEXT;

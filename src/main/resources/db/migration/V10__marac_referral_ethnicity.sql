-- The victim's self-defined ethnicity, kept with the MARAC referral as it was when the referral was
-- made, for the steering group's quarterly summary. Encrypted like the person record it comes from.
-- Referrals made before this column existed have none (counted as not available).
ALTER TABLE marac_referral ADD COLUMN ethnicity_self_defined TEXT;

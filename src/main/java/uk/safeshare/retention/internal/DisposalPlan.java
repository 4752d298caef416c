package uk.safeshare.retention.internal;

import java.util.List;

/**
 * Every table that holds personal data about a case or a person, in the order a disposal removes it
 * (children before the rows they refer to). One place on purpose: it is checked against
 * {@code db/personal-data.csv} by DisposalLeavesNothingTest, which fails when a new table holds a
 * disposed person's data (ADR 0015). Monitoring records hold no person and are kept; the audit log keeps
 * its entries, whose free text is sealed under keys the disposal destroys.
 */
final class DisposalPlan {

    record Step(String table, String where) {
        int parameters() {
            return (int) where.chars().filter(c -> c == '?').count();
        }
    }

    private static final String REQUESTS_OF_PERSON = "(SELECT id FROM sharing_request WHERE person_id = ?)";
    private static final String MARAC_OF_PERSON = "(SELECT id FROM marac_referral WHERE person_id = ?)";
    private static final String REFERRALS_OF_PERSON = "(SELECT id FROM referral WHERE person_id = ?)";
    /** Events the registry has completed that carry the record's id (incomplete ones are still owed to a listener). */
    private static final String COMPLETED_EVENTS_NAMING = "completion_date IS NOT NULL AND serialized_event LIKE '%' || CAST(? AS VARCHAR(36)) || '%'";
    private static final String REQUESTS_OF_CASE = "(SELECT id FROM sharing_request WHERE case_id = ?)";
    private static final String MARAC_OF_CASE = "(SELECT id FROM marac_referral WHERE case_id = ?)";
    private static final String REFERRALS_OF_CASE = "(SELECT id FROM referral WHERE case_id = ?)";

    static final List<Step> PERSON = List.of(
            new Step("sharing_obligation", "request_id IN " + REQUESTS_OF_PERSON),
            new Step("sharing_review", "request_id IN " + REQUESTS_OF_PERSON),
            new Step("sharing_disclosure", "request_id IN " + REQUESTS_OF_PERSON),
            new Step("marac_case_sharing", "sharing_request_id IN " + REQUESTS_OF_PERSON + " OR referral_id IN " + MARAC_OF_PERSON),
            new Step("marac_action", "referral_id IN " + MARAC_OF_PERSON),
            new Step("marac_referral", "person_id = ?"),
            new Step("risk_assessment", "person_id = ?"),
            new Step("sharing_request", "person_id = ?"),
            new Step("referral_note", "referral_id IN " + REFERRALS_OF_PERSON),
            new Step("notification", "reference IN (SELECT reference FROM referral WHERE person_id = ?)"),
            new Step("referral", "person_id = ?"),
            new Step("notice_given", "person_id = ?"),
            new Step("young_person_case", "person_id = ?"),
            new Step("specialist_advice", "person_id = ?"),
            new Step("specialist_queue_reason", "person_id = ?"),
            new Step("specialist_queue_entry", "person_id = ?"),
            new Step("record_history", "record_id = ?"),
            new Step("rights_request_person", "person_id = ?"),
            new Step("processing_restriction", "person_id = ?"),
            new Step("retention_review", "record_id = ?"),
            new Step("event_publication", COMPLETED_EVENTS_NAMING),
            new Step("case_person", "id = ?"));

    static final List<Step> CASE = List.of(
            new Step("sharing_obligation", "request_id IN " + REQUESTS_OF_CASE),
            new Step("sharing_review", "request_id IN " + REQUESTS_OF_CASE),
            new Step("sharing_disclosure", "request_id IN " + REQUESTS_OF_CASE),
            new Step("marac_case_sharing", "sharing_request_id IN " + REQUESTS_OF_CASE + " OR referral_id IN " + MARAC_OF_CASE),
            new Step("marac_action", "referral_id IN " + MARAC_OF_CASE),
            new Step("marac_referral", "case_id = ?"),
            new Step("risk_assessment", "case_id = ?"),
            new Step("sharing_request", "case_id = ?"),
            new Step("referral_note", "referral_id IN " + REFERRALS_OF_CASE),
            new Step("notification", "reference IN (SELECT reference FROM referral WHERE case_id = ?)"),
            new Step("referral", "case_id = ?"),
            new Step("notice_given", "case_id = ?"),
            new Step("young_person_case", "case_id = ?"),
            new Step("specialist_advice", "case_id = ?"),
            new Step("specialist_queue_reason", "person_id IN (SELECT person_id FROM specialist_queue_entry WHERE case_id = ?)"),
            new Step("specialist_queue_entry", "case_id = ?"),
            new Step("specialist_third_party_case", "case_id = ?"),
            new Step("record_history", "case_id = ?"),
            new Step("rights_request_person", "case_id = ?"),
            new Step("processing_restriction", "person_id IN (SELECT id FROM case_person WHERE case_id = ?)"),
            new Step("break_glass", "case_id = ?"),
            new Step("third_party_report", "case_id = ?"),
            new Step("retention_review", "case_id = ?"),
            new Step("event_publication", "completion_date IS NOT NULL AND (serialized_event LIKE '%' || CAST(? AS VARCHAR(36)) || '%'"
                    + " OR EXISTS (SELECT 1 FROM case_person p WHERE p.case_id = ? AND serialized_event LIKE '%' || CAST(p.id AS VARCHAR(36)) || '%'))"),
            new Step("case_person", "case_id = ?"),
            new Step("case_crime_type", "case_file = ?"),
            new Step("case_file", "id = ?"));

    private DisposalPlan() {
    }
}

package uk.safeshare.identity;

/** The roles of DESIGN.md section 1. A user may hold several. */
public enum Role {
    OFFICER("Officer", "Record reports, people, risk assessments, sharing requests and referrals"),
    CASEWORKER("Caseworker", "Everything an officer does, plus run referrals and victim notices"),
    SUPERVISOR("Supervisor", "Approve what the protocol sends to supervisor review; see break-glass use"),
    DPO("Data protection officer", "Review sharing, publish protocol versions, retention and subject access"),
    MARAC_COORDINATOR("MARAC coordinator", "Meetings, agendas, attendance, confidentiality agreements, actions"),
    PARTNER("Partner organisation", "Work the referrals sent to their own organisation"),
    ANALYST("Analyst", "Aggregated statistics only"),
    GOVERNANCE("Governance", "Recommendations tracker, progress reports, needs assessment"),
    AUDITOR("Auditor", "Read and verify the audit log"),
    ADMIN("Administrator", "Users, teams, organisations and reference data");

    private final String label;
    private final String description;

    Role(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Roles that work cases and so see people, subject to need-to-know. */
    public boolean worksCases() {
        return this == OFFICER || this == CASEWORKER || this == SUPERVISOR || this == DPO;
    }
}

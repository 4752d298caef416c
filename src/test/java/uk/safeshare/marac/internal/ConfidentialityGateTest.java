package uk.safeshare.marac.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.safeshare.marac.MaracAgency;

class ConfidentialityGateTest {

    static final UUID MEETING = UUID.randomUUID();
    static final int VERSION = 2;

    static AttendeeRecord attendee(String name, String username, Integer acceptedVersion) {
        return new AttendeeRecord(UUID.randomUUID(), MEETING, name, MaracAgency.IDVA, null, username,
                acceptedVersion == null ? null : Instant.parse("2026-11-20T09:30:00Z"), acceptedVersion, username, "marac",
                Instant.parse("2026-11-20T09:00:00Z"), 0L);
    }

    @Test
    void an_attendee_who_has_not_accepted_sees_no_case_information() {
        AttendeeRecord me = attendee("Fatima Begum", "partner.harbour", null);
        assertThat(ConfidentialityGate.withheld(me, false, List.of(me), VERSION)).get().asString()
                .contains("You have not accepted this meeting’s confidentiality agreement");
    }

    @Test
    void an_attendee_who_has_accepted_sees_it_whoever_else_has_not() {
        AttendeeRecord me = attendee("Fatima Begum", "partner.harbour", VERSION);
        AttendeeRecord other = attendee("Dana Whitfield", null, null);
        assertThat(ConfidentialityGate.withheld(me, false, List.of(me, other), VERSION)).isEmpty();
    }

    @Test
    void an_acceptance_of_another_version_of_the_agreement_does_not_count() {
        AttendeeRecord me = attendee("Fatima Begum", "partner.harbour", VERSION - 1);
        assertThat(ConfidentialityGate.withheld(me, false, List.of(me), VERSION)).isPresent();
    }

    @Test
    void someone_not_on_the_attendance_list_sees_nothing() {
        assertThat(ConfidentialityGate.withheld(null, false, List.of(), VERSION)).isPresent();
        assertThat(ConfidentialityGate.withheld(null, true, List.of(), VERSION)).get().asString()
                .contains("Add yourself as an attendee");
    }

    @Test
    void the_coordinator_presents_to_the_room_only_once_every_attendee_has_accepted() {
        AttendeeRecord chair = attendee("Grace Mensah", "marac", VERSION);
        AttendeeRecord waiting = attendee("Dana Whitfield", null, null);
        assertThat(ConfidentialityGate.withheld(chair, true, List.of(chair, waiting), VERSION)).get().asString()
                .contains("1 attendee has not accepted the confidentiality agreement (Dana Whitfield)");
        AttendeeRecord accepted = attendee("Dana Whitfield", null, VERSION);
        assertThat(ConfidentialityGate.withheld(chair, true, List.of(chair, accepted), VERSION)).isEmpty();
    }
}

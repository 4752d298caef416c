package uk.safeshare.marac.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MaracMeetingRepository extends ListCrudRepository<MeetingRecord, UUID> {

    @Query("SELECT * FROM marac_meeting ORDER BY meets_on DESC, created_at DESC LIMIT 200")
    List<MeetingRecord> findRecent();

    @Query("""
            SELECT m.* FROM marac_meeting m JOIN marac_attendee a ON a.meeting_id = m.id
            WHERE a.username = :username ORDER BY m.meets_on DESC, m.created_at DESC LIMIT 200""")
    List<MeetingRecord> findAttendedBy(String username);

    @Query("SELECT content FROM marac_agreement WHERE version = :version")
    String agreementText(int version);

    @Query("SELECT MAX(version) FROM marac_agreement")
    int currentAgreementVersion();
}

interface MaracAttendeeRepository extends ListCrudRepository<AttendeeRecord, UUID> {

    @Query("SELECT * FROM marac_attendee WHERE meeting_id = :meetingId ORDER BY added_at, id")
    List<AttendeeRecord> findByMeetingId(UUID meetingId);

    @Query("SELECT COUNT(*) FROM marac_attendee WHERE meeting_id = :meetingId AND username = :username")
    int countByMeetingIdAndUsername(UUID meetingId, String username);
}

interface MaracReferralRepository extends ListCrudRepository<ReferralRecord, UUID> {

    @Query("SELECT * FROM marac_referral WHERE status = :status ORDER BY referred_at, id LIMIT 500")
    List<ReferralRecord> findByStatus(String status);

    @Query("SELECT * FROM marac_referral WHERE meeting_id = :meetingId ORDER BY referred_at, id")
    List<ReferralRecord> findByMeetingId(UUID meetingId);

    @Query("SELECT * FROM marac_referral WHERE referred_at >= :from AND referred_at < :until ORDER BY referred_at, id")
    List<ReferralRecord> findReferredBetween(java.time.OffsetDateTime from, java.time.OffsetDateTime until);

    @Query("SELECT COUNT(*) FROM marac_referral WHERE person_id = :personId AND status IN ('DUE', 'LISTED')")
    int countOpenFor(UUID personId);
}

interface MaracActionRepository extends ListCrudRepository<ActionRecord, UUID> {

    @Query("SELECT * FROM marac_action WHERE meeting_id = :meetingId ORDER BY due_on, created_at, id")
    List<ActionRecord> findByMeetingId(UUID meetingId);
}

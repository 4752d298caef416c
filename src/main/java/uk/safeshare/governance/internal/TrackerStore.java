package uk.safeshare.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.safeshare.governance.ActionStatus;
import uk.safeshare.governance.Applicability;
import uk.safeshare.governance.Rag;
import uk.safeshare.governance.TrackerViews.Change;
import uk.safeshare.governance.TrackerViews.Update;

/**
 * The tracker's rows. Only inserts: a change is a new state row, so reading "the newest row before
 * a moment" gives the tracker as it stood at that moment, for reports as of a past date.
 */
@Repository
class TrackerStore {

    record ItemRow(String code, String kind, int number, String title, String summary, String addressees) {
    }

    record ItemState(String itemCode, Applicability appliesTo, String forceResponse, String opccResponse, Rag ragOverride,
                     String overrideReason, String changedBy, Instant changedAt) {
    }

    record ActionState(UUID actionId, String itemCode, UUID meetingId, String description, String ownerUser,
                       String ownerRole, LocalDate dueOn, ActionStatus status, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    TrackerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    List<ItemRow> items() {
        return jdbc.sql("SELECT code, kind, num, title, summary, addressees FROM gov_item ORDER BY seq")
                .query((rs, n) -> new ItemRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6))).list();
    }

    Optional<ItemRow> item(String code) {
        return items().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** Each item's newest state before the moment. */
    Map<String, ItemState> itemStates(Instant before) {
        Map<String, ItemState> states = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT item_code, applies_to, force_response, opcc_response, rag_override, override_reason, changed_by, changed_at
                  FROM gov_item_state WHERE changed_at < ? ORDER BY item_code, changed_at DESC""")
                .param(at(before))
                .query((rs, n) -> new ItemState(rs.getString(1), Applicability.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5) == null ? null : Rag.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getString(7), instant(rs, "changed_at")))
                .list().forEach(s -> states.putIfAbsent(s.itemCode(), s));
        return states;
    }

    void insertItemState(ItemState s) {
        jdbc.sql("""
                INSERT INTO gov_item_state (id, item_code, applies_to, force_response, opcc_response, rag_override,
                    override_reason, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), s.itemCode(), s.appliesTo().name(), s.forceResponse(), s.opccResponse(),
                        s.ragOverride() == null ? null : s.ragOverride().name(), s.overrideReason(), s.changedBy(),
                        at(s.changedAt()))
                .update();
    }

    /** Every action created before the moment, as it then stood, oldest first. */
    List<ActionState> actions(Instant before) {
        Map<UUID, ActionState> states = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT a.id, a.item_code, a.meeting_id, s.description, s.owner_user, s.owner_role, s.due_on, s.status, a.created_at
                  FROM gov_action a JOIN gov_action_state s ON s.action_id = a.id
                 WHERE a.created_at < ? AND s.changed_at < ?
                 ORDER BY a.created_at, a.id, s.changed_at DESC""")
                .params(at(before), at(before))
                .query((rs, n) -> new ActionState(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                        ActionStatus.valueOf(rs.getString(8)), instant(rs, "created_at")))
                .list().forEach(s -> states.putIfAbsent(s.actionId(), s));
        return new ArrayList<>(states.values());
    }

    void insertAction(UUID id, String itemCode, UUID meetingId, String by, Instant at) {
        jdbc.sql("INSERT INTO gov_action (id, item_code, meeting_id, created_by, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(id, itemCode, meetingId, by, at(at)).update();
    }

    void insertActionState(ActionState s, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO gov_action_state (id, action_id, description, owner_user, owner_role, due_on, status, changed_by, changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), s.actionId(), s.description(), s.ownerUser(), s.ownerRole(), s.dueOn(),
                        s.status().name(), by, at(at))
                .update();
    }

    /** Updates recorded before the moment, by action, in date order. */
    Map<UUID, List<Update>> updates(Instant before) {
        Map<UUID, List<Update>> updates = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT action_id, update_on, note, recorded_by, recorded_at FROM gov_action_update
                 WHERE recorded_at < ? ORDER BY update_on, recorded_at""")
                .param(at(before))
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new Update(rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getString(4), instant(rs, "recorded_at"))))
                .list().forEach(e -> updates.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return updates;
    }

    void insertUpdate(UUID actionId, LocalDate on, String note, String by, Instant at) {
        jdbc.sql("INSERT INTO gov_action_update (id, action_id, update_on, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), actionId, on, note, by, at(at)).update();
    }

    void change(String itemCode, UUID actionId, String by, Instant at, String summary) {
        jdbc.sql("INSERT INTO gov_change (id, item_code, action_id, changed_by, changed_at, summary) VALUES (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), itemCode, actionId, by, at(at), summary).update();
    }

    /** Changes in [from, to), newest first; from null means from the beginning. */
    List<Change> changes(String itemCode, Instant from, Instant to) {
        String sql = "SELECT changed_at, changed_by, item_code, action_id, summary FROM gov_change WHERE changed_at < ?"
                + (from == null ? "" : " AND changed_at >= ?") + (itemCode == null ? "" : " AND item_code = ?")
                + " ORDER BY changed_at DESC";
        List<Object> params = new ArrayList<>();
        params.add(at(to));
        if (from != null) {
            params.add(at(from));
        }
        if (itemCode != null) {
            params.add(itemCode);
        }
        return jdbc.sql(sql).params(params)
                .query((rs, n) -> new Change(instant(rs, "changed_at"), rs.getString(2), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getString(5))).list();
    }
}

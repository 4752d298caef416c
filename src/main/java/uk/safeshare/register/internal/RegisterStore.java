package uk.safeshare.register.internal;

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
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.safeshare.register.NameScreening;
import uk.safeshare.register.RecipientCategory;
import uk.safeshare.register.RegisteredOrganisation;
import uk.safeshare.register.RegisteredOrganisation.SharingAgreement;

/** The register's tables, in SQL both databases understand. */
@Repository
class RegisterStore {

    private final JdbcClient jdbc;

    RegisterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A category change, as the history on an organisation's page shows it. */
    record CategoryChange(RecipientCategory from, RecipientCategory to, String reason, String changedBy, Instant changedAt) {
    }

    /** A name typed for a recipient not in the register. */
    record UnregisteredName(String normalised, String name, RecipientCategory screenedAs, int timesNamed,
                            Instant firstNamedAt, Instant lastNamedAt) {
    }

    List<RegisteredOrganisation> all() {
        Map<UUID, List<String>> aliases = aliases();
        return jdbc.sql("SELECT * FROM register_organisation ORDER BY name")
                .query((rs, n) -> map(rs, aliases.getOrDefault(rs.getObject("id", UUID.class), List.of()))).list();
    }

    /** One organisation with its aliases, in one query (every sharing request looks its recipient up). */
    Optional<RegisteredOrganisation> find(UUID id) {
        return jdbc.sql("SELECT o.*, a.alias AS the_alias FROM register_organisation o"
                        + " LEFT JOIN register_alias a ON a.organisation_id = o.id WHERE o.id = ? ORDER BY a.alias")
                .param(id).query((ResultSetExtractor<Optional<RegisteredOrganisation>>) rs -> {
                    RegisteredOrganisation first = null;
                    List<String> aliases = new ArrayList<>();
                    while (rs.next()) {
                        if (first == null) {
                            first = map(rs, List.of());
                        }
                        if (rs.getString("the_alias") != null) {
                            aliases.add(rs.getString("the_alias"));
                        }
                    }
                    return Optional.ofNullable(first).map(o -> withAliases(o, aliases));
                });
    }

    private static RegisteredOrganisation withAliases(RegisteredOrganisation o, List<String> aliases) {
        return new RegisteredOrganisation(o.id(), o.name(), aliases, o.category(), o.categorySetBy(), o.categorySetAt(),
                o.active(), o.contactRoutes(), o.webhookUrl(), o.accountOrganisationId(), o.agreement(), o.updatedAt(), o.version());
    }

    Optional<RegisteredOrganisation> lock(UUID id) {
        jdbc.sql("SELECT id FROM register_organisation WHERE id = ? FOR UPDATE").param(id).query(UUID.class).optional();
        return find(id);
    }

    Optional<UUID> idByName(String name) {
        return jdbc.sql("SELECT id FROM register_organisation WHERE LOWER(name) = LOWER(?)").param(name.strip())
                .query(UUID.class).optional();
    }

    /** Every name and alias of the organisations in the given categories, active or not. */
    List<String> namesIn(List<RecipientCategory> categories) {
        List<String> codes = categories.stream().map(Enum::name).toList();
        // One query: screening runs on every sharing request to a name not in the register.
        return jdbc.sql("SELECT name FROM register_organisation WHERE category IN (:c) UNION ALL"
                        + " SELECT a.alias FROM register_alias a JOIN register_organisation o ON o.id = a.organisation_id"
                        + " WHERE o.category IN (:c)").param("c", codes).query(String.class).list();
    }

    void insert(RegisteredOrganisation o, Instant now) {
        jdbc.sql("""
                        INSERT INTO register_organisation (id, name, category, category_set_by, category_set_at, active,
                          contact_routes, webhook_url, account_organisation_id, isa_reference, isa_purposes,
                          isa_data_categories, isa_lawful_basis, isa_review_on, isa_document_url, created_at, updated_at, version)
                        VALUES (:id, :name, :category, :setBy, :setAt, :active, :contact, :webhook, :account, :ref, :purposes,
                          :categories, :basis, :reviewOn, :doc, :now, :now, 0)""")
                .params(params(o, now)).update();
        replaceAliases(o.id(), o.aliases());
    }

    /** Changes the details kept by administrators and caseworkers; never the category. */
    void updateDetails(RegisteredOrganisation o, Instant now) {
        jdbc.sql("""
                        UPDATE register_organisation SET name = :name, active = :active, contact_routes = :contact,
                          webhook_url = :webhook, account_organisation_id = :account, isa_reference = :ref,
                          isa_purposes = :purposes, isa_data_categories = :categories, isa_lawful_basis = :basis,
                          isa_review_on = :reviewOn, isa_document_url = :doc, updated_at = :now, version = version + 1
                        WHERE id = :id""")
                .params(params(o, now)).update();
        replaceAliases(o.id(), o.aliases());
    }

    void setCategory(UUID id, RecipientCategory from, RecipientCategory to, String reason, String by, Instant now) {
        jdbc.sql("UPDATE register_organisation SET category = ?, category_set_by = ?, category_set_at = ?, updated_at = ?,"
                        + " version = version + 1 WHERE id = ?")
                .params(to.name(), by, utc(now), utc(now), id).update();
        jdbc.sql("INSERT INTO register_category_change (id, organisation_id, from_category, to_category, reason, changed_by,"
                        + " changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), id, from == null ? null : from.name(), to.name(), reason, by, utc(now)).update();
    }

    List<CategoryChange> categoryChanges(UUID id) {
        return jdbc.sql("SELECT * FROM register_category_change WHERE organisation_id = ? ORDER BY changed_at DESC")
                .param(id).query((rs, n) -> new CategoryChange(
                        rs.getString("from_category") == null ? null : RecipientCategory.valueOf(rs.getString("from_category")),
                        RecipientCategory.valueOf(rs.getString("to_category")), rs.getString("reason"),
                        rs.getString("changed_by"), instant(rs, "changed_at"))).list();
    }

    /** Counts a typed name into the queue (one row per normalised name). */
    void noteUnregistered(String name, String normalised, RecipientCategory screenedAs, Instant now) {
        int updated = jdbc.sql("UPDATE register_unregistered_name SET times_named = times_named + 1, last_named_at = ?,"
                        + " screened_as = ?, resolved_by = NULL, resolved_at = NULL WHERE normalised = ?")
                .params(utc(now), screenedAs.name(), normalised).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO register_unregistered_name (normalised, name, screened_as, times_named, first_named_at,"
                            + " last_named_at) VALUES (?, ?, ?, 1, ?, ?)")
                    .params(normalised, name, screenedAs.name(), utc(now), utc(now)).update();
        }
    }

    List<UnregisteredName> unregisteredNames() {
        return jdbc.sql("SELECT * FROM register_unregistered_name WHERE resolved_at IS NULL"
                        + " ORDER BY screened_as, times_named DESC, name LIMIT 500")
                .query((rs, n) -> new UnregisteredName(rs.getString("normalised"), rs.getString("name"),
                        RecipientCategory.valueOf(rs.getString("screened_as")), rs.getInt("times_named"),
                        instant(rs, "first_named_at"), instant(rs, "last_named_at"))).list();
    }

    int resolveUnregistered(String normalised, String by, Instant now) {
        return jdbc.sql("UPDATE register_unregistered_name SET resolved_by = ?, resolved_at = ? WHERE normalised = ?"
                        + " AND resolved_at IS NULL").params(by, utc(now), normalised).update();
    }

    private void replaceAliases(UUID id, List<String> aliases) {
        jdbc.sql("DELETE FROM register_alias WHERE organisation_id = ?").param(id).update();
        for (String alias : aliases) {
            jdbc.sql("INSERT INTO register_alias (organisation_id, alias, normalised) VALUES (?, ?, ?)")
                    .params(id, alias, NameScreening.normalise(alias)).update();
        }
    }

    private Map<UUID, List<String>> aliases() {
        Map<UUID, List<String>> out = new LinkedHashMap<>();
        jdbc.sql("SELECT organisation_id, alias FROM register_alias ORDER BY alias").query(rs -> {
            out.computeIfAbsent(rs.getObject("organisation_id", UUID.class), k -> new ArrayList<>()).add(rs.getString("alias"));
        });
        return out;
    }

    private static Map<String, Object> params(RegisteredOrganisation o, Instant now) {
        SharingAgreement a = o.agreement();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", o.id());
        p.put("name", o.name());
        p.put("category", o.category().name());
        p.put("setBy", o.categorySetBy());
        p.put("setAt", o.categorySetAt() == null ? null : utc(o.categorySetAt()));
        p.put("active", o.active());
        p.put("contact", o.contactRoutes());
        p.put("webhook", o.webhookUrl());
        p.put("account", o.accountOrganisationId());
        p.put("ref", a == null ? null : a.reference());
        p.put("purposes", a == null ? null : a.purposes());
        p.put("categories", a == null ? null : a.dataCategories());
        p.put("basis", a == null ? null : a.lawfulBasis());
        p.put("reviewOn", a == null ? null : a.reviewOn());
        p.put("doc", a == null ? null : a.documentUrl());
        p.put("now", utc(now));
        return p;
    }

    private static RegisteredOrganisation map(ResultSet rs, List<String> aliases) throws SQLException {
        SharingAgreement agreement = rs.getString("isa_reference") == null ? null : new SharingAgreement(
                rs.getString("isa_reference"), rs.getString("isa_purposes"), rs.getString("isa_data_categories"),
                rs.getString("isa_lawful_basis"), rs.getObject("isa_review_on", LocalDate.class), rs.getString("isa_document_url"));
        return new RegisteredOrganisation(rs.getObject("id", UUID.class), rs.getString("name"), aliases,
                RecipientCategory.valueOf(rs.getString("category")), rs.getString("category_set_by"),
                instant(rs, "category_set_at"), rs.getBoolean("active"), rs.getString("contact_routes"),
                rs.getString("webhook_url"), rs.getObject("account_organisation_id", UUID.class), agreement,
                instant(rs, "updated_at"), rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}

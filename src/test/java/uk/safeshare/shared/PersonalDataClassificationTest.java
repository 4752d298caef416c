package uk.safeshare.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.safeshare.support.SafeShareTest;

/**
 * Every column in the database is classified in db/personal-data.csv, and every column classified
 * special holds only ciphertext. A new column that nobody classified fails the build.
 */
@SafeShareTest
class PersonalDataClassificationTest {

    @Autowired JdbcClient jdbc;

    private Map<String, String> catalogue() throws IOException {
        Map<String, String> classes = new HashMap<>();
        String csv = new ClassPathResource("db/personal-data.csv").getContentAsString(StandardCharsets.UTF_8);
        for (String line : csv.split("\n")) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("table,")) {
                continue;
            }
            String[] parts = line.split(",", -1);
            classes.put(parts[0] + "." + parts[1], parts[2]);
        }
        return classes;
    }

    private Set<String> columnsInDatabase() {
        List<String> columns = jdbc.sql("""
                SELECT LOWER(table_name) || '.' || LOWER(column_name) FROM information_schema.columns
                WHERE LOWER(table_schema) = 'public'""").query(String.class).list();
        return new TreeSet<>(columns);
    }

    @Test
    void every_column_in_the_database_is_classified() throws IOException {
        Map<String, String> catalogue = catalogue();
        Set<String> unclassified = new TreeSet<>(columnsInDatabase());
        unclassified.removeAll(catalogue.keySet());
        assertThat(unclassified).as("columns missing from db/personal-data.csv").isEmpty();
    }

    @Test
    void the_catalogue_lists_no_column_that_no_longer_exists_and_uses_known_classes() throws IOException {
        Map<String, String> catalogue = catalogue();
        Set<String> stale = new TreeSet<>(catalogue.keySet());
        stale.removeAll(columnsInDatabase());
        assertThat(stale).as("classified columns that are not in the database").isEmpty();
        assertThat(Set.copyOf(catalogue.values())).isSubsetOf("none", "personal", "special", "staff", "system");
    }

    @Test
    void every_special_category_column_holds_only_ciphertext() throws IOException {
        for (var entry : catalogue().entrySet()) {
            if (!entry.getValue().equals("special")) {
                continue;
            }
            String[] tc = entry.getKey().split("\\.");
            List<String> values = jdbc.sql("SELECT " + tc[1] + " FROM " + tc[0] + " WHERE " + tc[1] + " IS NOT NULL")
                    .query(String.class).list();
            assertThat(values).as(entry.getKey()).allSatisfy(v -> assertThat(v).startsWith("v1:"));
        }
        long people = jdbc.sql("SELECT COUNT(*) FROM case_person").query(Long.class).single();
        assertThat(people).as("the demo data gives the check something to look at").isPositive();
    }
}

package uk.safeshare.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.safeshare.training.TrainingViews.Completion;
import uk.safeshare.training.TrainingViews.Course;

/** Courses and completions. */
@Repository
class TrainingStore {

    private final JdbcClient jdbc;

    TrainingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Course> courses() {
        return jdbc.sql("SELECT code, title, description, roles, refresher_months FROM training_course ORDER BY code")
                .query(TrainingStore::course).list();
    }

    Optional<Course> course(String code) {
        return jdbc.sql("SELECT code, title, description, roles, refresher_months FROM training_course WHERE code = ?")
                .param(code).query(TrainingStore::course).optional();
    }

    void saveCourse(Course course, String by, Instant at) {
        int updated = jdbc.sql("UPDATE training_course SET title = ?, description = ?, roles = ?, refresher_months = ?,"
                        + " changed_by = ?, changed_at = ? WHERE code = ?")
                .params(course.title(), course.description(), String.join(",", course.roles()), course.refresherMonths(), by,
                        at.atOffset(ZoneOffset.UTC), course.code()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO training_course (code, title, description, roles, refresher_months, changed_by, changed_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(course.code(), course.title(), course.description(), String.join(",", course.roles()),
                            course.refresherMonths(), by, at.atOffset(ZoneOffset.UTC)).update();
        }
    }

    boolean held(String courseCode, String username, LocalDate completedOn) {
        return jdbc.sql("SELECT COUNT(*) FROM training_completion WHERE course_code = ? AND username = ? AND completed_on = ?")
                .params(courseCode, username, completedOn).query(Long.class).single() > 0;
    }

    void insert(Completion c) {
        jdbc.sql("INSERT INTO training_completion (id, course_code, username, completed_on, source, recorded_by, recorded_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(c.id(), c.courseCode(), c.username(), c.completedOn(), c.source(), c.recordedBy(),
                        c.recordedAt().atOffset(ZoneOffset.UTC)).update();
    }

    List<Completion> completions() {
        return jdbc.sql("SELECT id, course_code, username, completed_on, source, recorded_by, recorded_at FROM training_completion"
                + " ORDER BY username, course_code, completed_on").query(TrainingStore::completion).list();
    }

    List<Completion> completionsOf(String username) {
        return jdbc.sql("SELECT id, course_code, username, completed_on, source, recorded_by, recorded_at FROM training_completion"
                + " WHERE username = ? ORDER BY completed_on DESC").param(username).query(TrainingStore::completion).list();
    }

    private static Course course(ResultSet rs, int n) throws SQLException {
        return new Course(rs.getString(1), rs.getString(2), rs.getString(3), Arrays.asList(rs.getString(4).split(",")), rs.getInt(5));
    }

    private static Completion completion(ResultSet rs, int n) throws SQLException {
        return new Completion(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant());
    }
}

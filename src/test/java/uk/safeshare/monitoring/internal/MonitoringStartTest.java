package uk.safeshare.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Quarters are published from when monitoring began: the first figure recorded, never before a configured start. */
class MonitoringStartTest {

    private static Optional<Quarter> q(String text) {
        return Quarter.parse(text);
    }

    @Test
    void a_figure_recorded_for_a_quarter_before_the_configured_start_does_not_move_the_start_back() {
        assertThat(Releases.began(q("2026-Q1"), q("2020-Q1"))).isEqualTo(q("2026-Q1"));
    }

    @Test
    void without_a_configured_start_monitoring_began_with_the_first_figure_recorded() {
        assertThat(Releases.began(Optional.empty(), q("2025-Q3"))).isEqualTo(q("2025-Q3"));
        assertThat(Releases.began(q("2025-Q1"), q("2025-Q3"))).isEqualTo(q("2025-Q3"));
    }

    @Test
    void nothing_recorded_means_nothing_published_whatever_the_configured_start() {
        assertThat(Releases.began(q("2026-Q1"), Optional.empty())).isEmpty();
    }
}

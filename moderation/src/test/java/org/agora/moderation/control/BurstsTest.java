package org.agora.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BurstsTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    final Bursts cut = new Bursts(ScreeningConfig.defaults());

    static List<Hit> check(Bursts rule, List<Instant> times) {
        var submission = new Submission("hello there", List.of(), times, NOW);
        return rule.check(submission, NormalisedText.of(submission.text()));
    }

    static List<Instant> secondsAgo(long... seconds) {
        var times = new ArrayList<Instant>();
        for (long s : seconds) {
            times.add(NOW.minusSeconds(s));
        }
        return times;
    }

    @Test
    void a_sixth_post_within_a_minute_is_held() {
        assertThat(check(cut, secondsAgo(5, 10, 20, 30, 59))).singleElement().satisfies(hit -> {
            assertThat(hit.rule()).isEqualTo("burst");
            assertThat(hit.verdict()).isEqualTo(Verdict.HOLD);
            assertThat(hit.explanation()).startsWith("6 posts within 60 seconds (more than 5)");
        });
    }

    @Test
    void a_fifth_post_within_a_minute_passes() {
        assertThat(check(cut, secondsAgo(5, 10, 20, 30))).isEmpty();
    }

    @Test
    void posts_older_than_the_window_do_not_count() {
        assertThat(check(cut, secondsAgo(5, 10, 20, 30, 61, 120, 3600))).isEmpty();
    }

    @Test
    void a_post_exactly_one_window_ago_has_left_it() {
        assertThat(check(cut, secondsAgo(1, 2, 3, 4, 60))).isEmpty();
        assertThat(check(cut, secondsAgo(0, 1, 2, 3, 4))).hasSize(1);
    }

    @Test
    void times_after_now_are_ignored() {
        assertThat(check(cut, secondsAgo(1, 2, 3, 4, -10, -20))).isEmpty();
    }

    @Test
    void no_recent_posts_passes() {
        assertThat(check(cut, List.of())).isEmpty();
    }

    @Test
    void thresholds_come_from_the_config() {
        var strict = new Bursts(ScreeningConfig.from(Map.of("screening.bursts.max-posts", "2",
                "screening.bursts.window-seconds", "600")));
        assertThat(check(strict, secondsAgo(300, 500))).hasSize(1);
        assertThat(check(strict, secondsAgo(300, 700))).isEmpty();
    }
}

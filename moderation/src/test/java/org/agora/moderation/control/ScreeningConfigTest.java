package org.agora.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ScreeningConfigTest {

    @Test
    void defaults_are_the_documented_values() {
        var d = ScreeningConfig.defaults();
        assertThat(d.linksMax()).isEqualTo(3);
        assertThat(d.linksMaxPerDomain()).isEqualTo(2);
        assertThat(d.linksMinWordsBesides()).isEqualTo(3);
        assertThat(d.linkShorteners()).contains("bit.ly", "tinyurl.com", "t.co");
        assertThat(d.shoutingMinLetters()).isEqualTo(20);
        assertThat(d.shoutingUpperRatio()).isEqualTo(0.7);
        assertThat(d.burstsMaxPosts()).isEqualTo(5);
        assertThat(d.burstsWindow()).isEqualTo(Duration.ofSeconds(60));
        assertThat(d.repeatsSimilarity()).isEqualTo(0.9);
        assertThat(d.repeatsShingleWords()).isEqualTo(3);
        assertThat(d.repeatsMinWords()).isEqualTo(5);
        assertThat(d.repeatsRefuseAt()).isEqualTo(3);
    }

    @Test
    void an_empty_map_gives_the_defaults() {
        assertThat(ScreeningConfig.from(Map.of())).isEqualTo(ScreeningConfig.defaults());
    }

    @Test
    void every_key_overrides_its_setting() {
        var c = ScreeningConfig.from(Map.ofEntries(
                Map.entry("screening.links.max", "5"),
                Map.entry("screening.links.max-per-domain", "4"),
                Map.entry("screening.links.min-words-besides", "0"),
                Map.entry("screening.links.shorteners", " Short.Example , other.example ,"),
                Map.entry("screening.shouting.min-letters", "40"),
                Map.entry("screening.shouting.upper-ratio", "0.8"),
                Map.entry("screening.bursts.max-posts", "10"),
                Map.entry("screening.bursts.window-seconds", "300"),
                Map.entry("screening.repeats.similarity", "0.75"),
                Map.entry("screening.repeats.shingle-words", "4"),
                Map.entry("screening.repeats.min-words", "8"),
                Map.entry("screening.repeats.refuse-at", "2")));
        assertThat(c).isEqualTo(new ScreeningConfig(5, 4, 0, java.util.Set.of("short.example", "other.example"), 40,
                0.8, 10, Duration.ofMinutes(5), 0.75, 4, 8, 2));
    }

    @Test
    void properties_work_like_a_map_and_other_keys_are_ignored() {
        var p = new Properties();
        p.setProperty("screening.bursts.max-posts", "7");
        p.setProperty("mp.jwt.verify.issuer", "https://id.example");
        assertThat(ScreeningConfig.from(p).burstsMaxPosts()).isEqualTo(7);
    }

    @Test
    void an_unknown_screening_key_is_refused_so_typos_fail_loudly() {
        assertThatThrownBy(() -> ScreeningConfig.from(Map.of("screening.shouting.minletters", "10")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("screening.shouting.minletters");
    }

    @Test
    void a_value_that_is_not_a_number_is_refused_naming_the_key() {
        assertThatThrownBy(() -> ScreeningConfig.from(Map.of("screening.links.max", "three")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("screening.links.max").hasMessageContaining("three");
    }

    @Test
    void values_out_of_range_are_refused_naming_the_key() {
        assertThatThrownBy(() -> ScreeningConfig.from(Map.of("screening.shouting.upper-ratio", "1.5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("screening.shouting.upper-ratio");
        assertThatThrownBy(() -> ScreeningConfig.from(Map.of("screening.bursts.window-seconds", "0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("screening.bursts.window-seconds");
        assertThatThrownBy(() -> ScreeningConfig.from(Map.of("screening.repeats.refuse-at", "0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("screening.repeats.refuse-at");
        assertThatThrownBy(() -> ScreeningConfig.from(Map.of("screening.links.max", "-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("screening.links.max");
    }
}

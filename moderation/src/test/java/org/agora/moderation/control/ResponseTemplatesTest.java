package org.agora.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class ResponseTemplatesTest {

    final ResponseTemplates cut = ResponseTemplates.standard();

    @Test
    void the_standard_catalogue_covers_the_common_situations() {
        assertThat(cut.all()).extracting(ResponseTemplate::key).containsExactly("de-escalation", "correction",
                "off-topic", "personal-data-removed", "house-rules");
        assertThat(cut.find("correction").orElseThrow().placeholders())
                .containsExactly("correction", "source_title", "source_link");
        assertThat(cut.find("off-topic").orElseThrow().placeholders()).containsExactly("topic", "where_instead");
        assertThat(cut.find("personal-data-removed").orElseThrow().placeholders()).containsExactly("what", "contact");
    }

    @Test
    void filling_replaces_every_placeholder() {
        String reply = cut.fill("off-topic", Map.of("topic", "the Station Road cycle lane",
                "where_instead", "https://agora.example/rounds/12"));
        assertThat(reply).contains("This consultation is about the Station Road cycle lane,")
                .contains("Please post it at https://agora.example/rounds/12, where")
                .doesNotContain("{").doesNotContain("}");
    }

    @Test
    void a_missing_value_is_refused_naming_the_placeholder() {
        var mismatch = catchThrowableOfType(PlaceholderMismatch.class,
                () -> cut.fill("correction", Map.of("correction", "The lane is 2 km long, not 5 km.",
                        "source_title", "the design report")));
        assertThat(mismatch.missing()).containsExactly("source_link");
        assertThat(mismatch.unknown()).isEmpty();
        assertThat(mismatch).hasMessage("Cannot fill response template correction: no value for {source_link}");
    }

    @Test
    void a_blank_value_counts_as_missing() {
        var mismatch = catchThrowableOfType(PlaceholderMismatch.class,
                () -> cut.fill("house-rules", Map.of("house_rules_link", "  ")));
        assertThat(mismatch.missing()).containsExactly("house_rules_link");
    }

    @Test
    void a_value_for_no_placeholder_is_refused() {
        var mismatch = catchThrowableOfType(PlaceholderMismatch.class,
                () -> cut.fill("house-rules", Map.of("house_rules_link", "/rules", "house_rule_link", "/rules")));
        assertThat(mismatch.unknown()).containsExactly("house_rule_link");
        assertThat(mismatch).hasMessageContaining("it has no placeholder {house_rule_link}");
    }

    @Test
    void values_are_inserted_as_they_are_and_not_expanded_again() {
        var template = new ResponseTemplate("t", "Title", "Hello {name}, see {link}.");
        assertThat(template.fill(Map.of("name", "{link}", "link", "/x"))).isEqualTo("Hello {link}, see /x.");
    }

    @Test
    void a_placeholder_used_twice_is_filled_twice() {
        var template = new ResponseTemplate("t", "Title", "{a} and {a} again");
        assertThat(template.placeholders()).containsExactly("a");
        assertThat(template.fill(Map.of("a", "x"))).isEqualTo("x and x again");
    }

    @Test
    void a_malformed_template_is_refused_when_it_is_made() {
        assertThatThrownBy(() -> new ResponseTemplate("t", "Title", "Hello {Name}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("malformed placeholder");
        assertThatThrownBy(() -> new ResponseTemplate("t", "Title", "Hello {name"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResponseTemplate("T t", "Title", "Body"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResponseTemplate("t", "Hi {name}", "Body"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_unknown_template_is_refused() {
        assertThatThrownBy(() -> cut.fill("rant", Map.of())).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("rant");
        assertThat(cut.find("rant")).isEmpty();
    }

    @Test
    void two_templates_with_the_same_key_are_refused() {
        var t = new ResponseTemplate("t", "Title", "Body");
        assertThatThrownBy(() -> new ResponseTemplates(List.of(t, t))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void every_standard_template_fills_with_one_value_per_placeholder() {
        for (var template : cut.all()) {
            var values = new java.util.HashMap<String, String>();
            template.placeholders().forEach(name -> values.put(name, "<" + name + ">"));
            assertThat(template.fill(values)).as(template.key()).doesNotContain("{")
                    .contains(values.values());
        }
    }
}

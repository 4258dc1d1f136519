package org.agora.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkSpamTest {

    final LinkSpam cut = new LinkSpam(ScreeningConfig.defaults());

    List<Hit> check(String text) {
        return check(cut, text);
    }

    static List<Hit> check(LinkSpam rule, String text) {
        return rule.check(Submission.of(text, Instant.EPOCH), NormalisedText.of(text));
    }

    @Test
    void a_comment_citing_a_source_passes() {
        assertThat(check("The traffic survey from last spring says otherwise: https://www.example.gov/survey.pdf"))
                .isEmpty();
        assertThat(check("No links here, only www-less talk about http and the world wide web.")).isEmpty();
    }

    @Test
    void three_links_to_different_sites_pass_and_four_are_held() {
        String three = "Compare https://a.example/x, http://b.example/y and www.c.example/z before deciding.";
        assertThat(check(three)).isEmpty();
        assertThat(check(three + " Also https://d.example")).singleElement()
                .satisfies(hit -> {
                    assertThat(hit.rule()).isEqualTo("link-spam");
                    assertThat(hit.verdict()).isEqualTo(Verdict.HOLD);
                    assertThat(hit.explanation()).contains("4 links").contains("more than 3");
                });
    }

    @Test
    void link_only_post_is_held() {
        assertThat(check("https://cheap-stuff.example/offer")).singleElement()
                .extracting(Hit::explanation).asString().contains("only of links");
        assertThat(check("see: https://cheap-stuff.example/offer")).hasSize(1);
        assertThat(check("see this report https://cheap-stuff.example/offer")).isEmpty();
    }

    @Test
    void the_same_domain_three_times_is_held_naming_it() {
        var hits = check("Read https://spam.example/1 and https://SPAM.example/2 and http://www.spam.example/3 now");
        assertThat(hits).singleElement().extracting(Hit::explanation).asString()
                .contains("spam.example").contains("3 times");
    }

    @Test
    void the_same_domain_twice_passes() {
        assertThat(check("Both https://gov.example/a and https://gov.example/b say the same thing.")).isEmpty();
    }

    @Test
    void a_link_shortener_is_held_subdomains_included_but_look_alike_domains_are_not() {
        assertThat(check("More details at https://bit.ly/3abcDEF for everyone")).singleElement()
                .extracting(Hit::explanation).asString().contains("bit.ly");
        assertThat(check("More details at https://go.tinyurl.com/x for everyone")).hasSize(1);
        assertThat(check("More details at https://bit.lyrics.example/x for everyone")).isEmpty();
        assertThat(check("More details at https://habit.ly.example/x for everyone")).isEmpty();
    }

    @Test
    void links_are_recognised_in_any_case_and_after_brackets() {
        assertThat(check("(HTTPS://A.example) [Www.b.example] <http://c.example> \"https://d.example\" and some words"))
                .singleElement().extracting(Hit::explanation).asString().contains("4 links");
    }

    @Test
    void a_word_that_only_contains_http_is_not_a_link() {
        assertThat(check("fetchhttp://x is not a link, and neither is awww.nice")).isEmpty();
    }

    @Test
    void every_problem_of_a_spammy_post_is_reported() {
        var hits = check("https://bit.ly/a https://bit.ly/b https://bit.ly/c https://bit.ly/d");
        assertThat(hits).extracting(Hit::explanation).hasSize(4)
                .anyMatch(e -> e.contains("4 links"))
                .anyMatch(e -> e.contains("only of links"))
                .anyMatch(e -> e.contains("bit.ly 4 times"))
                .anyMatch(e -> e.contains("shortener"));
    }

    @Test
    void thresholds_come_from_the_config() {
        var strict = new LinkSpam(ScreeningConfig.from(Map.of("screening.links.max", "1",
                "screening.links.shorteners", "short.example")));
        assertThat(check(strict, "Two sources: https://a.example and https://b.example agree")).hasSize(1);
        assertThat(check(strict, "Details at https://bit.ly/x for everyone")).isEmpty();
        assertThat(check(strict, "Details at https://short.example/x for everyone")).hasSize(1);
    }

    @Test
    void a_www_link_after_an_early_full_stop_is_found_and_other_schemes_are_not_links() {
        assertThat(check(". WWW.spam.example/x")).hasSize(1);
        assertThat(check("See ftp://files.example/x and mailto://someone for the old files")).isEmpty();
    }
}

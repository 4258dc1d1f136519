package org.agora.evidence.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SourceTest {

    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    static final String SHA = "ab".repeat(32);

    Source cut = new Source(SHA, "application/pdf", 1234, "report.pdf", "ab/" + SHA, NOW);

    @Test
    void a_new_source_is_received_and_unverified() {
        assertThat(cut.status()).isEqualTo(Source.Status.RECEIVED);
        assertThat(cut.verdict()).isEqualTo(Source.Verdict.UNVERIFIED);
        assertThat(cut.text()).isEmpty();
    }

    @Test
    void extraction_keeps_text_and_properties_and_a_lower_cased_copy_for_search() {
        cut.extracted("Bus LANES\u0000 save time", true, Optional.of("  Traffic Report "), Optional.of("Agency"),
                Optional.empty(), Optional.empty(), OptionalInt.of(3), NOW);
        assertThat(cut.status()).isEqualTo(Source.Status.EXTRACTED);
        assertThat(cut.title()).contains("Traffic Report");
        assertThat(cut.pageCount()).contains(3);
        assertThat(cut.truncated()).isTrue();
        assertThat(cut.text()).contains("Bus LANES save time");
    }

    @Test
    void a_failure_says_why_and_a_later_extraction_clears_it() {
        cut.failed("TIMEOUT", "Took too long", NOW);
        assertThat(cut.status()).isEqualTo(Source.Status.FAILED);
        assertThat(cut.failure()).contains("TIMEOUT");
        cut.extracted("text", false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                OptionalInt.empty(), NOW);
        assertThat(cut.failure()).isEmpty();
        assertThat(cut.pageCount()).isEmpty();
    }

    @Test
    void a_dispute_needs_a_note_and_a_verdict_can_be_changed() {
        assertThatThrownBy(() -> cut.judge(Source.Verdict.DISPUTED, " ", "Omar", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        cut.judge(Source.Verdict.DISPUTED, "Figures are from 1998", "Omar", NOW);
        assertThat(cut.verdictNote()).contains("Figures are from 1998");
        cut.judge(Source.Verdict.VERIFIED, null, "Ada", NOW);
        assertThat(cut.verdict()).isEqualTo(Source.Verdict.VERIFIED);
        assertThat(cut.verdictNote()).isEmpty();
        assertThat(cut.reviewerName()).contains("Ada");
    }
}

package org.agora.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FlagReasonTest {

    @Test
    void other_without_details_is_refused() {
        assertThatThrownBy(() -> new FlagReason(ReasonCode.OTHER, "  "))
                .isInstanceOf(CaseRefused.class)
                .extracting(e -> ((CaseRefused) e).slug()).isEqualTo("flag-needs-details");
        assertThatThrownBy(() -> FlagReason.of(ReasonCode.OTHER)).isInstanceOf(CaseRefused.class);
    }

    @Test
    void other_with_details_is_accepted_and_trimmed() {
        assertThat(new FlagReason(ReasonCode.OTHER, "  copied from a newspaper without credit ").details())
                .isEqualTo("copied from a newspaper without credit");
    }

    @Test
    void codes_that_speak_for_themselves_need_no_details() {
        assertThat(FlagReason.of(ReasonCode.SPAM).details()).isEmpty();
        assertThat(new FlagReason(ReasonCode.PRIVACY, null).details()).isEmpty();
    }

    @Test
    void only_other_requires_details() {
        assertThat(Arrays.stream(ReasonCode.values()).filter(ReasonCode::requiresDetails))
                .containsExactly(ReasonCode.OTHER);
    }

    @Test
    void overlong_details_are_refused() {
        assertThatThrownBy(() -> new FlagReason(ReasonCode.ABUSE, "x".repeat(FlagReason.MAX_DETAILS + 1)))
                .isInstanceOf(CaseRefused.class)
                .extracting(e -> ((CaseRefused) e).slug()).isEqualTo("flag-details-too-long");
    }

    @Test
    void reason_slugs_are_lower_case_with_hyphens() {
        assertThat(ReasonCode.OFF_TOPIC.slug()).isEqualTo("off-topic");
    }
}

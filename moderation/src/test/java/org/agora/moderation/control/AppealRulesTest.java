package org.agora.moderation.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AppealRulesTest {

    @Test
    void the_moderator_who_decided_cannot_rule_on_the_appeal() {
        assertThatThrownBy(() -> AppealRules.checkReviewer(17, 17))
                .isInstanceOf(CaseRefused.class)
                .hasMessageContaining("another moderator")
                .extracting(e -> ((CaseRefused) e).slug()).isEqualTo("appeal-needs-another-moderator");
    }

    @Test
    void another_moderator_may_rule_on_the_appeal() {
        assertThatCode(() -> AppealRules.checkReviewer(17, 18)).doesNotThrowAnyException();
    }
}

package org.agora.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DecisionRulesTest {

    static final EnumSet<CaseAction> RESTRICTIONS = EnumSet.of(CaseAction.HIDE, CaseAction.REMOVE,
            CaseAction.WARN_AUTHOR, CaseAction.MUTE_AUTHOR, CaseAction.LOCK_THREAD, CaseAction.BLOCK_AUTHOR);
    static final EnumSet<CaseAction> EXPLAINED = EnumSet.of(CaseAction.APPROVE, CaseAction.UPHOLD,
            CaseAction.REVERSE, CaseAction.UNDO);

    @ParameterizedTest
    @EnumSource(CaseAction.class)
    void restrictions_need_a_code_and_a_statement_rulings_a_statement_and_steps_nothing(CaseAction action) {
        var expected = RESTRICTIONS.contains(action) ? Justification.REASON_CODE_AND_STATEMENT
                : EXPLAINED.contains(action) ? Justification.STATEMENT : Justification.NONE;
        assertThat(DecisionRules.required(action)).isEqualTo(expected);
        assertThat(DecisionRules.isDecision(action)).isEqualTo(expected != Justification.NONE);
    }

    @Test
    void hiding_without_a_reason_code_is_refused() {
        assertThatThrownBy(() -> DecisionRules.check(CaseAction.HIDE, null, "Personal insult towards another user"))
                .isInstanceOf(CaseRefused.class)
                .extracting(e -> ((CaseRefused) e).slug()).isEqualTo("reason-code-required");
    }

    @Test
    void removing_with_a_blank_statement_is_refused() {
        assertThatThrownBy(() -> DecisionRules.check(CaseAction.REMOVE, ReasonCode.SPAM, "   "))
                .isInstanceOf(CaseRefused.class)
                .hasMessageContaining("statement of reasons")
                .extracting(e -> ((CaseRefused) e).slug()).isEqualTo("statement-required");
    }

    @Test
    void approving_needs_a_statement_but_no_code() {
        assertThatCode(() -> DecisionRules.check(CaseAction.APPROVE, null, "A strong opinion, but within the rules"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> DecisionRules.check(CaseAction.APPROVE, null, null))
                .isInstanceOf(CaseRefused.class);
    }

    @Test
    void claiming_needs_nothing() {
        assertThatCode(() -> DecisionRules.check(CaseAction.CLAIM, null, null)).doesNotThrowAnyException();
    }

    @Test
    void a_complete_restriction_passes() {
        assertThatCode(() -> DecisionRules.check(CaseAction.MUTE_AUTHOR, ReasonCode.ABUSE,
                "Repeated insults after a warning")).doesNotThrowAnyException();
    }
}

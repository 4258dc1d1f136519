package org.agora.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CaseTransitionsTest {

    /**
     * Every state × every action, written out by hand from the rules (not generated from the implementation).
     * Third column: the state reached, or "!slug" for a refusal.
     */
    static final String TABLE = """
            OPEN       FLAG             OPEN
            OPEN       AUTO_HIDE        OPEN
            OPEN       CLAIM            CLAIMED
            OPEN       RELEASE          !case-not-claimed
            OPEN       APPROVE          DISMISSED
            OPEN       HIDE             ACTIONED
            OPEN       REMOVE           ACTIONED
            OPEN       ESCALATE         ESCALATED
            OPEN       AGENCY_RESPONDS  !case-not-escalated
            OPEN       WARN_AUTHOR      ACTIONED
            OPEN       MUTE_AUTHOR      ACTIONED
            OPEN       LOCK_THREAD      ACTIONED
            OPEN       BLOCK_AUTHOR     ACTIONED
            OPEN       ESCALATE_LEGAL   ESCALATED
            OPEN       RESUBMIT         OPEN
            OPEN       APPEAL           !appeal-not-possible
            OPEN       UPHOLD           !case-not-appealed
            OPEN       REVERSE          !case-not-appealed
            OPEN       UNDO             !nothing-to-undo
            OPEN       CLOSE            !case-undecided

            CLAIMED    FLAG             CLAIMED
            CLAIMED    AUTO_HIDE        CLAIMED
            CLAIMED    CLAIM            !case-already-claimed
            CLAIMED    RELEASE          OPEN
            CLAIMED    APPROVE          DISMISSED
            CLAIMED    HIDE             ACTIONED
            CLAIMED    REMOVE           ACTIONED
            CLAIMED    ESCALATE         ESCALATED
            CLAIMED    AGENCY_RESPONDS  !case-not-escalated
            CLAIMED    WARN_AUTHOR      ACTIONED
            CLAIMED    MUTE_AUTHOR      ACTIONED
            CLAIMED    LOCK_THREAD      ACTIONED
            CLAIMED    BLOCK_AUTHOR     ACTIONED
            CLAIMED    ESCALATE_LEGAL   ESCALATED
            CLAIMED    RESUBMIT         CLAIMED
            CLAIMED    APPEAL           !appeal-not-possible
            CLAIMED    UPHOLD           !case-not-appealed
            CLAIMED    REVERSE          !case-not-appealed
            CLAIMED    UNDO             !nothing-to-undo
            CLAIMED    CLOSE            !case-undecided

            ACTIONED   FLAG             ACTIONED
            ACTIONED   AUTO_HIDE        !case-already-decided
            ACTIONED   CLAIM            !case-already-decided
            ACTIONED   RELEASE          !case-not-claimed
            ACTIONED   APPROVE          !case-already-decided
            ACTIONED   HIDE             !case-already-decided
            ACTIONED   REMOVE           !case-already-decided
            ACTIONED   ESCALATE         !case-already-decided
            ACTIONED   AGENCY_RESPONDS  !case-not-escalated
            ACTIONED   WARN_AUTHOR      !case-already-decided
            ACTIONED   MUTE_AUTHOR      !case-already-decided
            ACTIONED   LOCK_THREAD      !case-already-decided
            ACTIONED   BLOCK_AUTHOR     !case-already-decided
            ACTIONED   ESCALATE_LEGAL   !case-already-decided
            ACTIONED   RESUBMIT         OPEN
            ACTIONED   APPEAL           APPEALED
            ACTIONED   UPHOLD           !case-not-appealed
            ACTIONED   REVERSE          !case-not-appealed
            ACTIONED   UNDO             OPEN
            ACTIONED   CLOSE            CLOSED

            DISMISSED  FLAG             OPEN
            DISMISSED  AUTO_HIDE        !case-already-decided
            DISMISSED  CLAIM            !case-already-decided
            DISMISSED  RELEASE          !case-not-claimed
            DISMISSED  APPROVE          !case-already-decided
            DISMISSED  HIDE             !case-already-decided
            DISMISSED  REMOVE           !case-already-decided
            DISMISSED  ESCALATE         !case-already-decided
            DISMISSED  AGENCY_RESPONDS  !case-not-escalated
            DISMISSED  WARN_AUTHOR      !case-already-decided
            DISMISSED  MUTE_AUTHOR      !case-already-decided
            DISMISSED  LOCK_THREAD      !case-already-decided
            DISMISSED  BLOCK_AUTHOR     !case-already-decided
            DISMISSED  ESCALATE_LEGAL   !case-already-decided
            DISMISSED  RESUBMIT         OPEN
            DISMISSED  APPEAL           !appeal-not-possible
            DISMISSED  UPHOLD           !case-not-appealed
            DISMISSED  REVERSE          !case-not-appealed
            DISMISSED  UNDO             OPEN
            DISMISSED  CLOSE            CLOSED

            ESCALATED  FLAG             ESCALATED
            ESCALATED  AUTO_HIDE        ESCALATED
            ESCALATED  CLAIM            !case-awaiting-agency
            ESCALATED  RELEASE          !case-not-claimed
            ESCALATED  APPROVE          !case-awaiting-agency
            ESCALATED  HIDE             !case-awaiting-agency
            ESCALATED  REMOVE           !case-awaiting-agency
            ESCALATED  ESCALATE         !case-already-escalated
            ESCALATED  AGENCY_RESPONDS  OPEN
            ESCALATED  WARN_AUTHOR      !case-awaiting-agency
            ESCALATED  MUTE_AUTHOR      !case-awaiting-agency
            ESCALATED  LOCK_THREAD      !case-awaiting-agency
            ESCALATED  BLOCK_AUTHOR     !case-awaiting-agency
            ESCALATED  ESCALATE_LEGAL   ESCALATED
            ESCALATED  RESUBMIT         ESCALATED
            ESCALATED  APPEAL           !appeal-not-possible
            ESCALATED  UPHOLD           !case-not-appealed
            ESCALATED  REVERSE          !case-not-appealed
            ESCALATED  UNDO             !nothing-to-undo
            ESCALATED  CLOSE            !case-undecided

            APPEALED   FLAG             APPEALED
            APPEALED   AUTO_HIDE        !case-under-appeal
            APPEALED   CLAIM            !case-under-appeal
            APPEALED   RELEASE          !case-not-claimed
            APPEALED   APPROVE          !case-under-appeal
            APPEALED   HIDE             !case-under-appeal
            APPEALED   REMOVE           !case-under-appeal
            APPEALED   ESCALATE         !case-under-appeal
            APPEALED   AGENCY_RESPONDS  !case-not-escalated
            APPEALED   WARN_AUTHOR      !case-under-appeal
            APPEALED   MUTE_AUTHOR      !case-under-appeal
            APPEALED   LOCK_THREAD      !case-under-appeal
            APPEALED   BLOCK_AUTHOR     !case-under-appeal
            APPEALED   ESCALATE_LEGAL   !case-under-appeal
            APPEALED   RESUBMIT         APPEALED
            APPEALED   APPEAL           !appeal-already-made
            APPEALED   UPHOLD           UPHELD
            APPEALED   REVERSE          REVERSED
            APPEALED   UNDO             !case-under-appeal
            APPEALED   CLOSE            !case-under-appeal

            UPHELD     FLAG             UPHELD
            UPHELD     AUTO_HIDE        !case-already-decided
            UPHELD     CLAIM            !case-already-decided
            UPHELD     RELEASE          !case-not-claimed
            UPHELD     APPROVE          !case-already-decided
            UPHELD     HIDE             !case-already-decided
            UPHELD     REMOVE           !case-already-decided
            UPHELD     ESCALATE         !case-already-decided
            UPHELD     AGENCY_RESPONDS  !case-not-escalated
            UPHELD     WARN_AUTHOR      !case-already-decided
            UPHELD     MUTE_AUTHOR      !case-already-decided
            UPHELD     LOCK_THREAD      !case-already-decided
            UPHELD     BLOCK_AUTHOR     !case-already-decided
            UPHELD     ESCALATE_LEGAL   !case-already-decided
            UPHELD     RESUBMIT         OPEN
            UPHELD     APPEAL           !appeal-already-made
            UPHELD     UPHOLD           !appeal-already-decided
            UPHELD     REVERSE          !appeal-already-decided
            UPHELD     UNDO             APPEALED
            UPHELD     CLOSE            CLOSED

            REVERSED   FLAG             REVERSED
            REVERSED   AUTO_HIDE        !case-already-decided
            REVERSED   CLAIM            !case-already-decided
            REVERSED   RELEASE          !case-not-claimed
            REVERSED   APPROVE          !case-already-decided
            REVERSED   HIDE             !case-already-decided
            REVERSED   REMOVE           !case-already-decided
            REVERSED   ESCALATE         !case-already-decided
            REVERSED   AGENCY_RESPONDS  !case-not-escalated
            REVERSED   WARN_AUTHOR      !case-already-decided
            REVERSED   MUTE_AUTHOR      !case-already-decided
            REVERSED   LOCK_THREAD      !case-already-decided
            REVERSED   BLOCK_AUTHOR     !case-already-decided
            REVERSED   ESCALATE_LEGAL   !case-already-decided
            REVERSED   RESUBMIT         OPEN
            REVERSED   APPEAL           !appeal-already-made
            REVERSED   UPHOLD           !appeal-already-decided
            REVERSED   REVERSE          !appeal-already-decided
            REVERSED   UNDO             APPEALED
            REVERSED   CLOSE            CLOSED

            CLOSED     FLAG             !case-already-closed
            CLOSED     AUTO_HIDE        !case-already-closed
            CLOSED     CLAIM            !case-already-closed
            CLOSED     RELEASE          !case-already-closed
            CLOSED     APPROVE          !case-already-closed
            CLOSED     HIDE             !case-already-closed
            CLOSED     REMOVE           !case-already-closed
            CLOSED     ESCALATE         !case-already-closed
            CLOSED     AGENCY_RESPONDS  !case-already-closed
            CLOSED     WARN_AUTHOR      !case-already-closed
            CLOSED     MUTE_AUTHOR      !case-already-closed
            CLOSED     LOCK_THREAD      !case-already-closed
            CLOSED     BLOCK_AUTHOR     !case-already-closed
            CLOSED     ESCALATE_LEGAL   !case-already-closed
            CLOSED     RESUBMIT         OPEN
            CLOSED     APPEAL           !case-already-closed
            CLOSED     UPHOLD           !case-already-closed
            CLOSED     REVERSE          !case-already-closed
            CLOSED     UNDO             !case-already-closed
            CLOSED     CLOSE            !case-already-closed
            """;

    record Row(CaseState from, CaseAction action, String expected) {
    }

    static List<Row> rows() {
        return TABLE.lines().map(String::strip).filter(line -> !line.isEmpty()).map(line -> {
            String[] cells = line.split("\\s+");
            return new Row(CaseState.valueOf(cells[0]), CaseAction.valueOf(cells[1]), cells[2]);
        }).toList();
    }

    static Stream<Arguments> table() {
        return rows().stream().map(row -> Arguments.of(row.from(), row.action(), row.expected()));
    }

    @Test
    void the_table_covers_every_state_and_action_exactly_once() {
        var seen = new HashSet<String>();
        for (var row : rows()) {
            assertThat(seen.add(row.from() + "/" + row.action())).as("duplicate row %s", row).isTrue();
        }
        assertThat(seen).hasSize(CaseState.values().length * CaseAction.values().length);
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @MethodSource("table")
    void every_action_in_every_state_is_allowed_or_refused_as_the_rules_say(CaseState from, CaseAction action,
            String expected) {
        if (expected.startsWith("!")) {
            var refused = catchThrowableOfType(CaseRefused.class, () -> CaseTransitions.next(from, action));
            assertThat(refused).as("%s + %s should be refused", from, action).isNotNull();
            assertThat(refused.slug()).isEqualTo(expected.substring(1));
            assertThat(CaseTransitions.allows(from, action)).isFalse();
        } else {
            assertThat(CaseTransitions.next(from, action)).isEqualTo(CaseState.valueOf(expected));
            assertThat(CaseTransitions.allows(from, action)).isTrue();
        }
    }

    @Test
    void refusal_message_names_the_state_and_the_action() {
        assertThatThrownBy(() -> CaseTransitions.next(CaseState.DISMISSED, CaseAction.WARN_AUTHOR))
                .isInstanceOf(CaseRefused.class)
                .hasMessageContaining("warn author")
                .hasMessageContaining("dismissed")
                .hasMessageContaining("undo");
    }

    @Test
    void a_flagged_item_goes_through_decision_appeal_and_closing() {
        var state = CaseState.OPEN;
        for (var action : List.of(CaseAction.FLAG, CaseAction.AUTO_HIDE, CaseAction.CLAIM, CaseAction.REMOVE,
                CaseAction.APPEAL, CaseAction.REVERSE, CaseAction.CLOSE)) {
            state = CaseTransitions.next(state, action);
        }
        assertThat(state).isEqualTo(CaseState.CLOSED);
    }

    @Test
    void undoing_an_appeal_ruling_does_not_give_the_author_a_second_appeal() {
        var state = CaseTransitions.next(CaseState.ACTIONED, CaseAction.APPEAL);
        state = CaseTransitions.next(state, CaseAction.UPHOLD);
        state = CaseTransitions.next(state, CaseAction.UNDO);
        assertThat(state).isEqualTo(CaseState.APPEALED);
        var appealed = state;
        assertThatThrownBy(() -> CaseTransitions.next(appealed, CaseAction.APPEAL))
                .isInstanceOf(CaseRefused.class)
                .extracting(e -> ((CaseRefused) e).slug()).isEqualTo("appeal-already-made");
    }

    @Test
    void a_flag_after_a_dismissal_puts_the_item_back_in_the_queue_but_does_not_hide_it() {
        var state = CaseTransitions.next(CaseState.DISMISSED, CaseAction.FLAG);
        assertThat(state).isEqualTo(CaseState.OPEN);
        assertThatThrownBy(() -> CaseTransitions.next(CaseState.DISMISSED, CaseAction.AUTO_HIDE))
                .isInstanceOf(CaseRefused.class);
    }

    @Test
    void decided_states_are_exactly_those_a_case_can_be_closed_from() {
        for (var state : CaseState.values()) {
            assertThat(state.isDecided()).as(state.name()).isEqualTo(CaseTransitions.allows(state, CaseAction.CLOSE));
        }
    }

    @Test
    void action_slugs_are_lower_case_with_hyphens() {
        assertThat(CaseAction.AGENCY_RESPONDS.slug()).isEqualTo("agency-responds");
        assertThat(CaseAction.FLAG.slug()).isEqualTo("flag");
    }
}

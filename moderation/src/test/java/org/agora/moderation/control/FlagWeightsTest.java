package org.agora.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlagWeightsTest {

    final FlagWeights cut = FlagWeights.defaults();

    @Test
    void a_newcomer_weighs_one() {
        assertThat(cut.weight(Flagger.newcomer())).isEqualTo(1.0);
        assertThat(new FlagWeights(7, 0.1, 10).weight(0, 0)).isEqualTo(1.0);
    }

    @Test
    void weight_grows_with_agreed_flags_until_the_ceiling() {
        double previous = 0;
        for (int agreed = 0; agreed <= 50; agreed++) {
            double weight = cut.weight(agreed, 3);
            assertThat(weight).as("agreed %d", agreed).isGreaterThanOrEqualTo(previous);
            previous = weight;
        }
        assertThat(cut.weight(1, 0)).isGreaterThan(cut.weight(0, 0));
        assertThat(cut.weight(1000, 0)).isEqualTo(3.0);
    }

    @Test
    void weight_shrinks_with_dismissed_flags_until_the_floor() {
        double previous = Double.MAX_VALUE;
        for (int disagreed = 0; disagreed <= 50; disagreed++) {
            double weight = cut.weight(3, disagreed);
            assertThat(weight).as("disagreed %d", disagreed).isLessThanOrEqualTo(previous);
            previous = weight;
        }
        assertThat(cut.weight(0, 1)).isLessThan(1.0);
        assertThat(cut.weight(0, 1000)).isEqualTo(0.25);
    }

    @Test
    void weight_stays_within_floor_and_ceiling() {
        for (int agreed = 0; agreed < 40; agreed++) {
            for (int disagreed = 0; disagreed < 40; disagreed++) {
                assertThat(cut.weight(agreed, disagreed)).isBetween(0.25, 3.0);
            }
        }
    }

    @Test
    void one_early_outcome_moves_the_weight_only_a_little() {
        assertThat(cut.weight(1, 0)).isCloseTo(1.5, within(1e-12));
        assertThat(cut.weight(0, 1)).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void three_newcomers_reach_the_default_threshold_and_two_do_not() {
        var three = Collections.nCopies(3, Flagger.newcomer());
        assertThat(FlagWeights.reachesThreshold(cut.score(three), FlagWeights.DEFAULT_THRESHOLD)).isTrue();
        assertThat(FlagWeights.reachesThreshold(cut.score(three.subList(0, 2)), FlagWeights.DEFAULT_THRESHOLD))
                .isFalse();
    }

    @Test
    void three_flaggers_with_a_poor_record_do_not_hide_content() {
        var poor = Collections.nCopies(3, Flagger.citizen(1, 5));
        assertThat(FlagWeights.reachesThreshold(cut.score(poor), FlagWeights.DEFAULT_THRESHOLD)).isFalse();
    }

    @Test
    void two_reliable_flaggers_are_enough() {
        var reliable = List.of(Flagger.citizen(2, 0), Flagger.citizen(2, 0));
        assertThat(cut.score(reliable)).isCloseTo(4.0, within(1e-12));
        assertThat(FlagWeights.reachesThreshold(cut.score(reliable), FlagWeights.DEFAULT_THRESHOLD)).isTrue();
    }

    @Test
    void a_staff_report_weighs_nothing_toward_hiding_whatever_their_record() {
        assertThat(cut.weight(Flagger.staffReport())).isZero();
        assertThat(cut.weight(new Flagger(100, 0, true))).isZero();
        var withStaff = List.of(Flagger.newcomer(), Flagger.newcomer(), Flagger.staffReport());
        assertThat(FlagWeights.reachesThreshold(cut.score(withStaff), FlagWeights.DEFAULT_THRESHOLD)).isFalse();
    }

    @Test
    void sums_that_are_the_threshold_up_to_rounding_reach_it() {
        assertThat(FlagWeights.reachesThreshold(0.1 + 0.2, 0.3)).isTrue();
        assertThat(FlagWeights.reachesThreshold(2.999, 3.0)).isFalse();
    }

    @Test
    void an_empty_case_scores_zero() {
        assertThat(cut.score(List.of())).isZero();
    }

    @Test
    void settings_that_would_not_give_a_newcomer_weight_one_are_refused() {
        assertThatThrownBy(() -> new FlagWeights(2, 1.5, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FlagWeights(2, 0.25, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FlagWeights(0, 0.25, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FlagWeights(Double.NaN, 0.25, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negative_track_records_and_thresholds_are_refused() {
        assertThatThrownBy(() -> cut.weight(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FlagWeights.reachesThreshold(5, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.agora.evidence.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agora.evidence.boundary.Evidence;
import org.agora.evidence.entity.Citation;
import org.agora.problems.InvalidField;
import org.junit.jupiter.api.Test;

class CitedFromTest {

    @Test
    void a_question_or_an_update_is_named_by_its_own_parameter() {
        assertThat(RoundEvidenceResource.citedFrom(null, null, null, "12", null))
                .isEqualTo(new Evidence.CitedFrom(Citation.TargetType.QUESTION, "12"));
        assertThat(RoundEvidenceResource.citedFrom(null, null, null, null, "34"))
                .isEqualTo(new Evidence.CitedFrom(Citation.TargetType.UPDATE, "34"));
        assertThat(RoundEvidenceResource.citedFrom(null, null, null, null, null))
                .isEqualTo(Evidence.CitedFrom.round());
    }

    @Test
    void two_targets_at_once_are_refused() {
        assertThatThrownBy(() -> RoundEvidenceResource.citedFrom(null, null, null, "12", "34"))
                .isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> RoundEvidenceResource.citedFrom("1", null, null, "12", null))
                .isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> RoundEvidenceResource.citedFrom(null, "p1", "3", null, null))
                .isInstanceOf(InvalidField.class);
    }
}

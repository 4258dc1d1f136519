package org.agora.evidence.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agora.problems.InvalidField;
import org.junit.jupiter.api.Test;

class FileNameHeaderTest {

    @Test
    void percent_escapes_are_utf8_and_a_plus_stays_a_plus() {
        assertThat(RoundEvidenceResource.percentDecoded("R%C3%A9sum%C3%A9+1.pdf")).isEqualTo("Résumé+1.pdf");
        assertThat(RoundEvidenceResource.percentDecoded("../../etc/passwd")).isEqualTo("../../etc/passwd");
    }

    @Test
    void broken_escapes_and_invalid_utf8_are_refused() {
        for (String bad : new String[] {"a%2", "a%zz.pdf", "%C3.pdf", "%FF%FE.txt"}) {
            assertThatThrownBy(() -> RoundEvidenceResource.percentDecoded(bad)).as(bad)
                    .isInstanceOf(InvalidField.class);
        }
    }
}

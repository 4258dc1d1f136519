package org.agora.evidence.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;

class EvidenceFixturesTest {

    static Metadata metadata(Path file) throws Exception {
        var metadata = new Metadata();
        try (var in = TikaInputStream.get(file, metadata)) {
            new AutoDetectParser().parse(in, new BodyContentHandler(-1), metadata, new ParseContext());
        }
        return metadata;
    }

    @Test
    void the_documents_are_made_by_libreoffice() throws Exception {
        assertThat(metadata(EvidenceFixtures.pdf()).get("pdf:producer")).startsWith("LibreOffice");
        assertThat(metadata(EvidenceFixtures.longPdf()).get("xmpTPg:NPages"))
                .isEqualTo(String.valueOf(EvidenceFixtures.LONG_PAGES));
        assertThat(metadata(EvidenceFixtures.docx()).get("extended-properties:Application"))
                .startsWith("LibreOffice");
        assertThat(metadata(EvidenceFixtures.xlsx()).get("extended-properties:Application"))
                .startsWith("LibreOffice");
        assertThat(metadata(EvidenceFixtures.odt()).get("generator")).startsWith("LibreOffice");
    }

    @Test
    void documents_of_an_earlier_run_are_reused() throws Exception {
        Path pdf = EvidenceFixtures.pdf();
        var made = Files.getLastModifiedTime(pdf);
        EvidenceFixtures.make();
        assertThat(Files.getLastModifiedTime(pdf)).isEqualTo(made);
    }

    @Test
    void on_ci_a_missing_libreoffice_fails_instead_of_skipping_or_installing() {
        assertThatThrownBy(() -> EvidenceFixtures.soffice(Map.of("PATH", "/nonexistent", "CI", "true")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("scripts/ensure-libreoffice.sh");
    }

    @Test
    void soffice_is_found_on_the_path() throws Exception {
        assertThat(EvidenceFixtures.soffice(Map.of("PATH", System.getenv("PATH"), "CI", "true")))
                .endsWith("/soffice");
    }
}

package org.agora.evidence.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {

    @Test
    void an_ordinary_name_is_kept_as_it_is() {
        assertThat(FileNames.sanitise("Cycle lanes – résumé (v2).pdf")).isEqualTo("Cycle lanes – résumé (v2).pdf");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "../../etc/passwd|passwd",
        "..\\..\\Windows\\System32\\drivers\\etc\\hosts|hosts",
        "C:\\Users\\ana\\Desktop\\report.docx|report.docx",
        "C:report.docx|report.docx",
        "/var/www/../../evidence.pdf|evidence.pdf",
        "a/b\\c/..|file",
        "..|file",
        ".|file"})
    void only_the_last_segment_of_a_path_is_kept(String declared, String expected) {
        assertThat(FileNames.sanitise(declared)).isEqualTo(expected).doesNotContain("/").doesNotContain("\\");
    }

    @Test
    void control_characters_and_nul_are_removed() {
        assertThat(FileNames.sanitise("rep\u0000ort\r\n\t.pdf\u0007")).isEqualTo("report.pdf");
        assertThat(FileNames.sanitise("a\u0085b\u009b.txt")).isEqualTo("ab.txt");
    }

    @Test
    void a_right_to_left_override_cannot_disguise_an_executable() {
        // shown by a bidi-aware renderer as "evilexe.jpg"
        String safe = FileNames.sanitise("evil\u202Egpj.exe");
        assertThat(safe).isEqualTo("evilgpj.exe");
        assertThat(FileNames.extension(safe)).isEqualTo("exe");
    }

    @Test
    void every_bidi_embedding_isolate_and_zero_width_character_is_removed() {
        String hidden = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200B\u200C\u200D\u200E\u200F"
                + "\u2060\uFEFF\u061C";
        assertThat(FileNames.sanitise("in" + hidden + "voice.pdf")).isEqualTo("invoice.pdf");
        assertThat(FileNames.sanitise(hidden)).isEqualTo("file");
    }

    @Test
    void characters_windows_forbids_become_underscores() {
        assertThat(FileNames.sanitise("a<b>c:d\"e|f?g*h.txt")).isEqualTo("a_b_c_d_e_f_g_h.txt");
    }

    @ParameterizedTest
    @CsvSource({"CON,_CON", "con.txt,_con.txt", "Nul.tar.gz,_Nul.tar.gz", "LPT1.pdf,_LPT1.pdf", "com9,_com9",
        "console.txt,console.txt", "aux-notes.md,aux-notes.md"})
    void windows_device_names_are_not_left_bare(String declared, String expected) {
        assertThat(FileNames.sanitise(declared)).isEqualTo(expected);
    }

    @Test
    void leading_dots_and_trailing_dots_and_spaces_are_dropped() {
        assertThat(FileNames.sanitise(".htaccess")).isEqualTo("htaccess");
        assertThat(FileNames.sanitise("...report.pdf. . ")).isEqualTo("report.pdf");
        assertThat(FileNames.sanitise("  spaced   out \u00a0 name.txt")).isEqualTo("spaced out name.txt");
    }

    @Test
    void nothing_printable_falls_back_to_file() {
        assertThat(FileNames.sanitise(null)).isEqualTo("file");
        assertThat(FileNames.sanitise("")).isEqualTo("file");
        assertThat(FileNames.sanitise(" \u0000\u202E ")).isEqualTo("file");
        assertThat(FileNames.sanitise("///")).isEqualTo("file");
    }

    @Test
    void a_long_name_is_shortened_but_keeps_its_extension() {
        String safe = FileNames.sanitise("x".repeat(500) + ".docx");
        assertThat(safe).endsWith(".docx").startsWith("xxxx");
        assertThat(safe.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FileNames.MAX_BYTES);
    }

    @Test
    void shortening_never_splits_a_multibyte_character() {
        String safe = FileNames.sanitise("é".repeat(100) + "😀".repeat(50) + ".pdf");
        assertThat(safe.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FileNames.MAX_BYTES);
        assertThat(safe).endsWith(".pdf");
        assertThat(new String(safe.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(safe);
        assertThat(safe.codePoints().filter(cp -> Character.getType(cp) == Character.SURROGATE)).isEmpty();
    }

    @Test
    void a_download_header_has_an_ascii_fallback_and_the_utf8_name() {
        assertThat(FileNames.contentDisposition("Réponse «quartier» 100%.docx")).isEqualTo(
                "attachment; filename=\"Reponse _quartier_ 100_.docx\"; "
                        + "filename*=UTF-8''R%C3%A9ponse%20%C2%ABquartier%C2%BB%20100%25.docx");
    }

    @Test
    void the_header_cannot_be_broken_out_of() {
        String header = FileNames.contentDisposition("a\"; filename=evil.html\r\nSet-Cookie: x=1.txt");
        assertThat(header).doesNotContain("\r").doesNotContain("\n");
        String quoted = header.substring(header.indexOf("filename=\"") + 10, header.indexOf("\"; filename*"));
        assertThat(quoted).doesNotContain("\"").doesNotContain("\\");
        assertThat(header.substring(header.indexOf("filename*=UTF-8''") + 17)).matches("[A-Za-z0-9!#$&+.^_`|~%-]+");
    }

    @ParameterizedTest
    @CsvSource({"application/pdf,inline", "image/png,inline", "IMAGE/JPEG,inline", "text/plain; charset=UTF-8,inline",
        "text/html,attachment", "image/svg+xml,attachment", "application/xhtml+xml,attachment",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document,attachment",
        "text/markdown,attachment", "application/x-msdownload,attachment"})
    void only_types_that_cannot_run_code_are_shown_inline(String type, String disposition) {
        assertThat(FileNames.contentDisposition("x", type)).startsWith(disposition + "; ");
    }

    @Test
    void without_a_type_the_file_is_always_downloaded() {
        assertThat(FileNames.contentDisposition("photo.png")).startsWith("attachment; ");
        assertThat(FileNames.contentDisposition("photo.png", null)).startsWith("attachment; ");
    }
}

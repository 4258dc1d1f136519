package org.agora.evidence.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.agora.evidence.control.Inspection.Accepted;
import org.agora.evidence.control.Inspection.Outcome;
import org.agora.evidence.control.Inspection.Reason;
import org.agora.evidence.control.Inspection.Refused;
import org.agora.problems.DomainProblem;
import org.apache.tika.config.TikaConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectionTest {

    static TikaConfig tika;

    @TempDir
    Path work;
    @TempDir
    Path made;

    UploadPolicy policy = UploadPolicy.defaults();
    Inspection cut;

    @BeforeAll
    static void tika() {
        tika = TikaConfig.getDefaultConfig();
    }

    @BeforeEach
    void inspection() {
        cut = new Inspection(tika, work, new NoScanner());
    }

    @AfterEach
    void nothing_is_left_behind_unless_accepted() throws IOException {
        // each test deletes what it accepted; refusals must have deleted their own file
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left).as("temporary files left in the work directory").isEmpty();
        }
    }

    Outcome inspect(byte[] bytes, String name, String type) throws IOException {
        return cut.inspect(new ByteArrayInputStream(bytes), name, type, policy);
    }

    Outcome inspect(Path file, String name, String type) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return cut.inspect(in, name, type, policy);
        }
    }

    /** Asserts acceptance with the given type, checks hash and size, deletes the file; returns the acceptance. */
    Accepted accepted(Outcome outcome, byte[] bytes, String mediaType) throws Exception {
        assertThat(outcome).isInstanceOf(Accepted.class);
        var accepted = (Accepted) outcome;
        try {
            assertThat(accepted.mediaType()).isEqualTo(mediaType);
            assertThat(accepted.size()).isEqualTo(bytes.length);
            assertThat(accepted.sha256()).isEqualTo(HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(bytes)));
            assertThat(accepted.tempFile()).hasParent(work).hasBinaryContent(bytes);
        } finally {
            Files.deleteIfExists(accepted.tempFile());
        }
        return accepted;
    }

    static Refused refused(Outcome outcome, Reason reason) {
        assertThat(outcome).isInstanceOf(Refused.class);
        var refused = (Refused) outcome;
        assertThat(refused.reason()).as(refused.detail()).isEqualTo(reason);
        return refused;
    }

    // --- what is accepted ---

    @Test
    void documents_made_by_libreoffice_are_accepted_with_the_type_of_their_bytes() throws Exception {
        record Case(Path file, String name, String type) {
        }
        for (var c : new Case[] {
            new Case(EvidenceFixtures.pdf(), "evidence.pdf", UploadPolicy.PDF),
            new Case(EvidenceFixtures.docx(), "evidence.docx", UploadPolicy.DOCX),
            new Case(EvidenceFixtures.odt(), "evidence.odt", UploadPolicy.ODT),
            new Case(EvidenceFixtures.xlsx(), "survey.xlsx", UploadPolicy.XLSX)}) {
            byte[] bytes = Files.readAllBytes(c.file());
            // the declared type is often wrong or generic: it does not matter
            var accepted = accepted(inspect(bytes, c.name(), "application/octet-stream"), bytes, c.type());
            assertThat(accepted.safeName()).isEqualTo(c.name());
        }
    }

    @Test
    void text_csv_markdown_and_images_are_accepted() throws Exception {
        byte[] text = "Residents asked for safer crossings.\n".getBytes(StandardCharsets.UTF_8);
        byte[] csv = "ward,responses\nNorth,120\nSouth,98\n".getBytes(StandardCharsets.UTF_8);
        byte[] markdown = "# Findings\n\n- *safer* crossings\n- slower traffic\n".getBytes(StandardCharsets.UTF_8);
        accepted(inspect(text, "notes.txt", "text/plain"), text, UploadPolicy.TEXT);
        accepted(inspect(csv, "responses.csv", "text/csv"), csv, UploadPolicy.CSV);
        accepted(inspect(markdown, "findings.md", "text/markdown"), markdown, UploadPolicy.MARKDOWN);
        byte[] png = HostileFiles.png();
        byte[] jpeg = HostileFiles.jpeg();
        accepted(inspect(png, "map.png", "image/png"), png, UploadPolicy.PNG);
        accepted(inspect(jpeg, "photo.jpg", "image/jpeg"), jpeg, UploadPolicy.JPEG);
    }

    @Test
    void plain_text_named_md_is_markdown_and_the_older_markdown_type_is_allowed_too() throws Exception {
        byte[] text = "Just a sentence, no markup at all.\n".getBytes(StandardCharsets.UTF_8);
        accepted(inspect(text, "notes.md", null), text, UploadPolicy.MARKDOWN);
        policy = new UploadPolicy(java.util.Set.of(UploadPolicy.WEB_MARKDOWN), policy.maxBytes(),
                policy.maxExtractedChars(), policy.extractionTimeout(), policy.maxZipEntries(),
                policy.maxCompressionRatio(), policy.maxUncompressedBytes());
        accepted(inspect(text, "notes.md", null), text, UploadPolicy.MARKDOWN);
    }

    @Test
    void a_name_that_does_not_fit_the_bytes_gets_the_right_extension_added() throws Exception {
        byte[] png = HostileFiles.png();
        var accepted = accepted(inspect(png, "photo.pdf", "application/pdf"), png, UploadPolicy.PNG);
        assertThat(accepted.safeName()).isEqualTo("photo.pdf.png");
        byte[] text = "plain words\n".getBytes(StandardCharsets.UTF_8);
        assertThat(accepted(inspect(text, "notes", null), text, UploadPolicy.TEXT).safeName()).isEqualTo("notes.txt");
    }

    @Test
    void declared_names_are_sanitised() throws Exception {
        byte[] text = "root:x:0:0\n".getBytes(StandardCharsets.UTF_8);
        assertThat(accepted(inspect(text, "../../etc/passwd", "text/plain"), text, UploadPolicy.TEXT).safeName())
                .isEqualTo("passwd.txt");
        assertThat(accepted(inspect(text, "rep\u0000ort\r\n.txt", "text/plain"), text, UploadPolicy.TEXT)
                .safeName()).isEqualTo("report.txt");
    }

    @Test
    void a_file_exactly_at_the_limit_is_accepted_and_one_byte_more_is_not() throws Exception {
        policy = policy.withMaxBytes(1000);
        byte[] exact = "x".repeat(1000).getBytes(StandardCharsets.US_ASCII);
        accepted(inspect(exact, "a.txt", null), exact, UploadPolicy.TEXT);
        refused(inspect("x".repeat(1001).getBytes(StandardCharsets.US_ASCII), "a.txt", null), Reason.TOO_LARGE);
    }

    // --- what is refused ---

    @Test
    void an_oversize_upload_is_refused_after_reading_at_most_one_buffer_past_the_limit() throws Exception {
        var body = new HostileFiles.Generated(25L * 1024 * 1024);
        var refused = refused(cut.inspect(body, "big.txt", "text/plain", policy), Reason.TOO_LARGE);
        assertThat(body.read).isGreaterThan(policy.maxBytes())
                .isLessThanOrEqualTo(policy.maxBytes() + Inspection.BUFFER);
        assertThat(refused.detail()).contains("20 MB");
        assertThat(refused.problem().kind()).isEqualTo(DomainProblem.Kind.TOO_LARGE);
    }

    @Test
    void an_empty_file_is_refused() throws Exception {
        var refused = refused(inspect(new byte[0], "empty.pdf", "application/pdf"), Reason.EMPTY);
        assertThat(refused.detail()).contains("empty.pdf");
        assertThat(refused.problem().kind()).isEqualTo(DomainProblem.Kind.UNPROCESSABLE);
    }

    @Test
    void a_windows_program_named_pdf_is_refused_as_what_its_bytes_are() throws Exception {
        var refused = refused(inspect(HostileFiles.windowsProgram(), "evil.pdf", "application/pdf"),
                Reason.ACTIVE_CONTENT);
        assertThat(refused.detail()).contains("application/x-msdownload").contains("evil.pdf");
    }

    @Test
    void html_named_txt_is_refused_as_active_content() throws Exception {
        var refused = refused(inspect(HostileFiles.htmlWithScript(), "minutes.txt", "text/plain"),
                Reason.ACTIVE_CONTENT);
        assertThat(refused.detail()).contains("text/html");
    }

    @Test
    void html_that_detection_takes_for_text_is_still_refused() throws Exception {
        refused(inspect(HostileFiles.htmlFragment(), "note.txt", "text/plain"), Reason.ACTIVE_CONTENT);
        refused(inspect(HostileFiles.htmlFragment(), "note.md", "text/markdown"), Reason.ACTIVE_CONTENT);
        refused(inspect(HostileFiles.htmlFragment(), "note.csv", "text/csv"), Reason.ACTIVE_CONTENT);
        byte[] later = ("ward,responses\nNorth,120\n<script>alert(1)</script>\n").getBytes(StandardCharsets.UTF_8);
        refused(inspect(later, "data.csv", "text/csv"), Reason.ACTIVE_CONTENT);
    }

    @Test
    void an_svg_with_script_named_png_is_refused() throws Exception {
        var refused = refused(inspect(HostileFiles.svgWithScript(), "map.png", "image/png"), Reason.ACTIVE_CONTENT);
        assertThat(refused.detail()).contains("image/svg+xml");
    }

    @Test
    void a_right_to_left_override_does_not_get_a_program_past_inspection() throws Exception {
        var refused = refused(inspect(HostileFiles.windowsProgram(), "evil\u202Egpj.exe", "image/jpeg"),
                Reason.ACTIVE_CONTENT);
        assertThat(refused.detail()).contains("evilgpj.exe").doesNotContain("\u202E");
    }

    @Test
    void text_named_pdf_is_not_taken_for_a_pdf() throws Exception {
        byte[] text = "not really a pdf\n".getBytes(StandardCharsets.UTF_8);
        var accepted = accepted(inspect(text, "report.pdf", "application/pdf"), text, UploadPolicy.TEXT);
        assertThat(accepted.safeName()).isEqualTo("report.pdf.txt");
    }

    @Test
    void bytes_of_no_known_type_are_refused_whatever_they_are_called() throws Exception {
        var random = new java.util.Random(7);
        byte[] noise = new byte[4096];
        random.nextBytes(noise);
        noise[0] = 0x01;
        var refused = refused(inspect(noise, "report.docx", UploadPolicy.DOCX), Reason.TYPE_NOT_ALLOWED);
        assertThat(refused.detail()).contains("application/octet-stream");
        assertThat(refused.problem().kind()).isEqualTo(DomainProblem.Kind.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void a_zip_named_docx_is_still_a_zip() throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("notes.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        var refused = refused(inspect(bytes.toByteArray(), "report.docx", UploadPolicy.DOCX), Reason.TYPE_NOT_ALLOWED);
        assertThat(refused.detail()).contains("application/zip");
    }

    @Test
    void types_outside_the_list_are_refused() throws Exception {
        var refused = refused(inspect(HostileFiles.billionLaughs(), "data.txt", "text/plain"),
                Reason.TYPE_NOT_ALLOWED);
        assertThat(refused.detail()).contains("application/xml");
        policy = new UploadPolicy(java.util.Set.of(UploadPolicy.PDF), policy.maxBytes(), policy.maxExtractedChars(),
                policy.extractionTimeout(), policy.maxZipEntries(), policy.maxCompressionRatio(),
                policy.maxUncompressedBytes());
        refused(inspect(EvidenceFixtures.docx(), "evidence.docx", null), Reason.TYPE_NOT_ALLOWED);
    }

    @Test
    void a_docx_with_200_mb_of_zeros_inside_is_refused_as_a_bomb_quickly() throws Exception {
        Path bomb = made.resolve("bomb.docx");
        HostileFiles.docxWithZeros(EvidenceFixtures.docx(), bomb, 200L * 1024 * 1024);
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);
        long start = System.nanoTime();
        var refused = refused(inspect(bomb, "bomb.docx", UploadPolicy.DOCX), Reason.ARCHIVE_BOMB);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(5_000);
        assertThat(refused.detail()).contains("100 times");
    }

    @Test
    void spreadsheets_and_opendocument_texts_are_checked_for_bombs_too() throws Exception {
        for (var original : new Path[] {EvidenceFixtures.odt(), EvidenceFixtures.xlsx()}) {
            String name = original.getFileName().toString();
            Path copy = made.resolve("copy-" + name);
            HostileFiles.docxWithZeros(original, copy, 0);
            byte[] bytes = Files.readAllBytes(copy);
            accepted(inspect(bytes, name, null), bytes, name.endsWith(".odt") ? UploadPolicy.ODT : UploadPolicy.XLSX);
            Path bomb = made.resolve("bomb-" + name);
            HostileFiles.docxWithZeros(original, bomb, 50L * 1024 * 1024);
            var refused = refused(inspect(bomb, name, null), Reason.ARCHIVE_BOMB);
            assertThat(refused.detail()).as(name).contains(name);
        }
    }

    @Test
    void a_bomb_whose_directory_understates_its_size_is_found_by_expanding_it() throws Exception {
        Path bomb = made.resolve("liar.docx");
        HostileFiles.docxWithZeros(EvidenceFixtures.docx(), bomb, 50L * 1024 * 1024);
        understate(bomb, "media/padding.png", 1000);
        refused(inspect(bomb, "liar.docx", UploadPolicy.DOCX), Reason.ARCHIVE_BOMB);
    }

    @Test
    void a_document_with_more_parts_than_allowed_is_refused() throws Exception {
        Path many = made.resolve("many.docx");
        HostileFiles.docxWithParts(EvidenceFixtures.docx(), many, 60);
        policy = policy.withZipLimits(50, 100, policy.maxUncompressedBytes());
        var refused = refused(inspect(many, "many.docx", null), Reason.ARCHIVE_BOMB);
        assertThat(refused.detail()).contains("50");
        policy = policy.withZipLimits(500, 100, policy.maxUncompressedBytes());
        accepted(inspect(many, "many.docx", null), Files.readAllBytes(many), UploadPolicy.DOCX);
    }

    @Test
    void a_document_over_the_absolute_expansion_limit_is_refused_whatever_its_ratio() throws Exception {
        policy = policy.withZipLimits(5000, 100, 10_000);
        var refused = refused(inspect(EvidenceFixtures.docx(), "evidence.docx", null), Reason.ARCHIVE_BOMB);
        assertThat(refused.detail()).contains("beyond");
    }

    @Test
    void a_damaged_docx_is_refused() throws Exception {
        byte[] docx = Files.readAllBytes(EvidenceFixtures.docx());
        byte[] damaged = java.util.Arrays.copyOf(docx, docx.length - 200);   // central directory cut off
        var outcome = inspect(damaged, "damaged.docx", UploadPolicy.DOCX);
        assertThat(outcome).isInstanceOf(Refused.class);
        assertThat(((Refused) outcome).reason()).isIn(Reason.UNREADABLE, Reason.TYPE_NOT_ALLOWED);
    }

    @Test
    void the_virus_scanner_has_the_last_word() throws Exception {
        cut = new Inspection(tika, work, file -> new AntivirusScanner.Infected("Eicar-Test-Signature"));
        var refused = refused(inspect("harmless\n".getBytes(StandardCharsets.UTF_8), "a.txt", null),
                Reason.MALWARE);
        assertThat(refused.detail()).contains("Eicar-Test-Signature");
        assertThat(refused.problem().slug()).isEqualTo("evidence-malware");
    }

    @Test
    void an_upload_nobody_could_scan_is_not_accepted_and_leaves_no_file() {
        cut = new Inspection(tika, work, file -> {
            throw new IOException("clamd is down");
        });
        assertThatThrownBy(() -> inspect("harmless\n".getBytes(StandardCharsets.UTF_8), "a.txt", null))
                .isInstanceOf(IOException.class).hasMessageContaining("clamd");
    }

    @Test
    void a_body_that_fails_half_way_leaves_no_file() {
        var failing = new InputStream() {
            int n;

            @Override
            public int read() throws IOException {
                if (n++ > 100_000) {
                    throw new IOException("client went away");
                }
                return 'a';
            }
        };
        assertThatThrownBy(() -> cut.inspect(failing, "a.txt", null, policy)).isInstanceOf(IOException.class);
    }

    @Test
    void each_reason_maps_to_its_http_kind() {
        assertThat(Reason.TYPE_NOT_ALLOWED.kind()).isEqualTo(DomainProblem.Kind.UNSUPPORTED_MEDIA_TYPE);
        assertThat(Reason.TOO_LARGE.kind()).isEqualTo(DomainProblem.Kind.TOO_LARGE);
        assertThat(Stream.of(Reason.EMPTY, Reason.ARCHIVE_BOMB, Reason.ACTIVE_CONTENT, Reason.UNREADABLE,
                Reason.MALWARE).map(Reason::kind)).containsOnly(DomainProblem.Kind.UNPROCESSABLE);
        var problem = new Refused(Reason.EMPTY, "The file is empty.").problem();
        assertThat(problem.detail()).isEqualTo("The file is empty.");
        assertThat(problem.slug()).isEqualTo("evidence-empty");
    }

    /** Rewrites the uncompressed size that the central directory gives for one entry. */
    static void understate(Path zip, String entryName, int size) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
        for (int i = bytes.length - 46; i >= 0; i--) {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4b && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02) {
                int nameLength = (bytes[i + 28] & 0xff) | (bytes[i + 29] & 0xff) << 8;
                if (nameLength == name.length
                        && java.util.Arrays.equals(bytes, i + 46, i + 46 + nameLength, name, 0, name.length)) {
                    bytes[i + 24] = (byte) size;
                    bytes[i + 25] = (byte) (size >> 8);
                    bytes[i + 26] = (byte) (size >> 16);
                    bytes[i + 27] = (byte) (size >> 24);
                    Files.write(zip, bytes);
                    return;
                }
            }
        }
        throw new AssertionError("no central directory entry " + entryName);
    }
}

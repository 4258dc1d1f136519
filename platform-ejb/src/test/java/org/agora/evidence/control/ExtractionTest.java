package org.agora.evidence.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.agora.evidence.control.Extraction.Extracted;
import org.agora.evidence.control.Extraction.Failed;
import org.agora.evidence.control.Extraction.Failure;
import org.agora.evidence.control.Extraction.Outcome;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ContentHandler;

class ExtractionTest {

    static TikaConfig tika;

    @TempDir
    Path dir;

    ExecutorService executor;
    UploadPolicy policy = UploadPolicy.defaults();
    Extraction cut;

    @BeforeAll
    static void tika() {
        tika = TikaConfig.getDefaultConfig();
    }

    @BeforeEach
    void extraction() {
        executor = Executors.newSingleThreadExecutor();
        cut = new Extraction(tika, executor);
    }

    @AfterEach
    void shutdown() {
        executor.shutdownNow();
    }

    static Extracted extracted(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Extracted.class);
        return (Extracted) outcome;
    }

    static Failed failed(Outcome outcome, Failure reason) {
        assertThat(outcome).isInstanceOf(Failed.class);
        var failed = (Failed) outcome;
        assertThat(failed.reason()).as(failed.detail()).isEqualTo(reason);
        return failed;
    }

    /** Milliseconds the call took. */
    static long millis(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    // --- documents made by LibreOffice ---

    @Test
    void a_pdf_gives_its_text_title_author_dates_and_page_count() {
        var pdf = extracted(cut.extract(EvidenceFixtures.pdf(), UploadPolicy.PDF, policy));
        assertThat(pdf.truncated()).isFalse();
        assertThat(pdf.text()).contains(EvidenceFixtures.PAGE_3).contains("Section 5");
        var properties = pdf.properties();
        assertThat(properties.title()).contains(EvidenceFixtures.TITLE);
        assertThat(properties.author()).contains(EvidenceFixtures.AUTHOR);
        assertThat(properties.pages()).hasValue(EvidenceFixtures.PAGES);
        assertThat(properties.created()).hasValueSatisfying(created ->
                assertThat(created).isBefore(Instant.now().plus(1, ChronoUnit.DAYS))
                        .isAfter(Instant.parse("2020-01-01T00:00:00Z")));
    }

    @Test
    void word_and_opendocument_texts_give_their_text_title_and_author() {
        for (var file : new Path[] {EvidenceFixtures.docx(), EvidenceFixtures.odt()}) {
            String type = file.toString().endsWith(".docx") ? UploadPolicy.DOCX : UploadPolicy.ODT;
            var document = extracted(cut.extract(file, type, policy));
            assertThat(document.text()).as(type).contains(EvidenceFixtures.PAGE_3).contains("Section 5")
                    .doesNotContain("<p>").doesNotContain("page-break");
            assertThat(document.properties().title()).as(type).contains(EvidenceFixtures.TITLE);
            assertThat(document.properties().author()).as(type).contains(EvidenceFixtures.AUTHOR);
            assertThat(document.truncated()).isFalse();
        }
        // LibreOffice writes the page count into ODT (meta:page-count), not into DOCX
        assertThat(extracted(cut.extract(EvidenceFixtures.odt(), UploadPolicy.ODT, policy)).properties().pages())
                .hasValue(EvidenceFixtures.PAGES);
    }

    @Test
    void a_spreadsheet_gives_its_cells() {
        var sheet = extracted(cut.extract(EvidenceFixtures.xlsx(), UploadPolicy.XLSX, policy));
        assertThat(sheet.text()).contains("ward").contains("North").contains("Market").contains("233");
    }

    @Test
    void an_accepted_upload_is_extracted_as_inspected() throws Exception {
        var inspection = new Inspection(tika, dir, new NoScanner());
        Inspection.Outcome outcome;
        try (InputStream in = Files.newInputStream(EvidenceFixtures.docx())) {
            outcome = inspection.inspect(in, "evidence.docx", null, policy);
        }
        var accepted = (Inspection.Accepted) outcome;
        assertThat(extracted(cut.extract(accepted, policy)).text()).contains(EvidenceFixtures.PAGE_3);
    }

    @Test
    void plain_text_and_markdown_are_extracted_as_they_are() throws Exception {
        Path md = dir.resolve("notes.md");
        Files.writeString(md, "# Findings\n\nSafer *crossings* asked by 61 % of residents.\n");
        assertThat(extracted(cut.extract(md, UploadPolicy.MARKDOWN, policy)).text())
                .contains("Safer *crossings* asked by 61 % of residents.");
    }

    // --- limits ---

    @Test
    void text_past_the_write_limit_is_cut_off_and_reported_as_truncated() {
        policy = policy.withMaxExtractedChars(500);
        var pdf = extracted(cut.extract(EvidenceFixtures.longPdf(), UploadPolicy.PDF, policy));
        assertThat(pdf.truncated()).isTrue();
        assertThat(pdf.text()).hasSizeLessThanOrEqualTo(500).contains("Section 1");
        assertThat(pdf.properties().pages()).hasValue(EvidenceFixtures.LONG_PAGES);
    }

    @Test
    void a_docx_whose_text_expands_to_100_mb_stops_at_the_write_limit_quickly() throws Exception {
        Path bomb = dir.resolve("text-bomb.docx");
        HostileFiles.docxWithLongText(EvidenceFixtures.docx(), bomb, 100L * 1024 * 1024, 10_000);
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);
        var outcome = new Outcome[1];
        long ms = millis(() -> outcome[0] = cut.extract(bomb, UploadPolicy.DOCX, policy));
        var text = extracted(outcome[0]);
        assertThat(text.truncated()).isTrue();
        assertThat(text.text()).hasSizeLessThanOrEqualTo(policy.maxExtractedChars()).startsWith("lorem ipsum");
        assertThat(ms).isLessThan(5_000);                        // ~0.1 s here; all 100 MB would take seconds
    }

    @Test
    void a_docx_with_100_mb_in_one_run_is_stopped_by_tikas_bomb_guard() throws Exception {
        // one text run is handed over in one piece, so the write limit cannot cut it: SecureContentHandler does,
        // once it is built (Inspection refuses this file before extraction: it expands ~500 times)
        Path bomb = dir.resolve("one-run.docx");
        HostileFiles.docxWithLongText(EvidenceFixtures.docx(), bomb, 100L * 1024 * 1024, Integer.MAX_VALUE);
        var outcome = new Outcome[1];
        long ms = millis(() -> outcome[0] = cut.extract(bomb, UploadPolicy.DOCX, policy));
        failed(outcome[0], Failure.BOMB);
        assertThat(ms).isLessThan(policy.extractionTimeout().toMillis());
    }

    @Test
    void an_xml_entity_bomb_fails_cleanly_and_fast() throws Exception {
        Path xml = dir.resolve("lol.xml");
        Files.write(xml, HostileFiles.billionLaughs());
        policy = policy.withExtractionTimeout(Duration.ofSeconds(3));
        var outcome = new Outcome[1];
        long ms = millis(() -> outcome[0] = cut.extract(xml, "application/xml", policy));
        failed(outcome[0], Failure.BOMB);
        assertThat(ms).isLessThan(policy.extractionTimeout().toMillis() + 2_000);
    }

    @Test
    void an_entity_bomb_inside_a_docx_passes_inspection_but_fails_extraction_fast() throws Exception {
        Path docx = dir.resolve("lol.docx");
        HostileFiles.docxWithEntityBomb(EvidenceFixtures.docx(), docx);
        var inspection = new Inspection(tika, dir.resolve("work"), new NoScanner());
        Files.createDirectories(dir.resolve("work"));
        Inspection.Outcome inspected;
        try (InputStream in = Files.newInputStream(docx)) {
            inspected = inspection.inspect(in, "lol.docx", null, policy);
        }
        assertThat(inspected).isInstanceOf(Inspection.Accepted.class);
        policy = policy.withExtractionTimeout(Duration.ofSeconds(3));
        var outcome = new Outcome[1];
        long ms = millis(() -> outcome[0] = cut.extract((Inspection.Accepted) inspected, policy));
        failed(outcome[0], Failure.BOMB);
        assertThat(ms).isLessThan(policy.extractionTimeout().toMillis() + 2_000);
    }

    @Test
    void a_password_protected_pdf_is_accepted_but_its_text_cannot_be_read() throws Exception {
        var inspection = new Inspection(tika, dir, new NoScanner());
        Inspection.Outcome inspected;
        try (InputStream in = Files.newInputStream(EvidenceFixtures.protectedPdf())) {
            inspected = inspection.inspect(in, "protected.pdf", UploadPolicy.PDF, policy);
        }
        assertThat(inspected).isInstanceOf(Inspection.Accepted.class);
        var failed = failed(cut.extract((Inspection.Accepted) inspected, policy), Failure.ENCRYPTED);
        assertThat(failed.detail()).contains("password");
    }

    @Test
    void a_damaged_pdf_fails_as_malformed() throws Exception {
        Path pdf = dir.resolve("damaged.pdf");
        Files.write(pdf, "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> garbage".getBytes(
                StandardCharsets.US_ASCII));
        var failed = failed(cut.extract(pdf, UploadPolicy.PDF, policy), Failure.MALFORMED);
        assertThat(failed.detail()).doesNotContain("Exception").doesNotContain("org.apache");
    }

    // --- the timeout ---

    @Test
    void a_real_pdf_of_20000_pages_times_out_and_its_worker_stops() throws Exception {
        Path pdf = dir.resolve("pages.pdf");
        HostileFiles.pdfWithPages(pdf, 20_000);
        // without a timeout this PDF takes Tika several seconds (see the next test)
        policy = policy.withExtractionTimeout(Duration.ofMillis(500));
        var outcome = new Outcome[1];
        long ms = millis(() -> outcome[0] = cut.extract(pdf, UploadPolicy.PDF, policy));
        assertThat(failed(outcome[0], Failure.TIMEOUT).detail()).contains("the 0.5 s allowed");
        assertThat(ms).isLessThan(500 + 2_000);
        // the single worker is free again soon: the parse was stopped, not left running for its ~15 s (PDFBox may
        // still be loading the document's 20,000 page objects when the time is up, which it does not interrupt)
        var free = executor.submit(() -> true);
        assertThat(free.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void the_20000_page_pdf_does_take_tika_longer_than_the_timeout_used_above() throws Exception {
        Path pdf = dir.resolve("pages.pdf");
        HostileFiles.pdfWithPages(pdf, 20_000);
        // three times that timeout is not enough either (a full parse takes ~15 s on the 2-core build machine)
        policy = policy.withExtractionTimeout(Duration.ofMillis(1_500)).withMaxExtractedChars(Integer.MAX_VALUE);
        failed(cut.extract(pdf, UploadPolicy.PDF, policy), Failure.TIMEOUT);
        // while its pages are ordinary text (on another worker: this one may still be winding down)
        Path few = dir.resolve("few.pdf");
        HostileFiles.pdfWithPages(few, 3);
        var other = Executors.newSingleThreadExecutor();
        Outcome outcome;
        try {
            outcome = new Extraction(tika, other).extract(few, UploadPolicy.PDF, policy);
        } finally {
            other.shutdownNow();
        }
        var three = extracted(outcome);
        assertThat(three.properties().pages()).hasValue(3);
        assertThat(three.text()).contains("Evidence page text, the same on every page.");
    }

    @Test
    void a_parser_that_sleeps_is_interrupted_at_the_timeout() throws Exception {
        var interrupted = new CountDownLatch(1);
        cut = new Extraction(new Sleeper(interrupted, new AtomicBoolean()), executor);
        policy = policy.withExtractionTimeout(Duration.ofMillis(300));
        var outcome = new Outcome[1];
        long ms = millis(() -> outcome[0] = cut.extract(EvidenceFixtures.pdf(), UploadPolicy.PDF, policy));
        failed(outcome[0], Failure.TIMEOUT);
        assertThat(ms).isLessThan(300 + 2_000);
        assertThat(interrupted.await(2, TimeUnit.SECONDS)).as("the worker was interrupted").isTrue();
    }

    @Test
    void a_parser_that_swallows_interrupts_is_stopped_at_its_next_output() throws Exception {
        var pieces = new java.util.concurrent.atomic.AtomicLong();
        cut = new Extraction(new Chatterer(pieces), executor);
        policy = policy.withExtractionTimeout(Duration.ofMillis(300));
        failed(cut.extract(EvidenceFixtures.pdf(), UploadPolicy.PDF, policy), Failure.TIMEOUT);
        // it would chatter for 10 s; the deadline guard throws into it at the next piece after the timeout
        var free = executor.submit(() -> true);
        assertThat(free.get(3, TimeUnit.SECONDS)).isTrue();
        long after = pieces.get();
        Thread.sleep(100);
        assertThat(pieces.get()).isEqualTo(after);
    }

    @Test
    void a_parser_that_ignores_interrupts_still_times_out_for_the_caller() throws Exception {
        // the documented limit: the caller gets its answer on time, the worker stays busy until the parser ends
        var spinning = new AtomicBoolean(true);
        cut = new Extraction(new Spinner(spinning), executor);
        policy = policy.withExtractionTimeout(Duration.ofMillis(300));
        var outcome = new Outcome[1];
        long ms = millis(() -> outcome[0] = cut.extract(EvidenceFixtures.pdf(), UploadPolicy.PDF, policy));
        failed(outcome[0], Failure.TIMEOUT);
        assertThat(ms).isLessThan(300 + 2_000);
        spinning.set(false);
    }

    @Test
    void a_parser_that_throws_unexpectedly_gives_malformed() {
        cut = new Extraction(new Thrower(), executor);
        failed(cut.extract(EvidenceFixtures.pdf(), UploadPolicy.PDF, policy), Failure.MALFORMED);
    }

    @Test
    void an_interrupted_caller_gets_cancelled_and_keeps_its_interrupt() throws Exception {
        cut = new Extraction(new Sleeper(new CountDownLatch(1), new AtomicBoolean()), executor);
        var result = new Outcome[1];
        var stillInterrupted = new AtomicBoolean();
        var caller = new Thread(() -> {
            result[0] = cut.extract(EvidenceFixtures.pdf(), UploadPolicy.PDF, policy);
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        EvidenceFixtures.pdf();
        caller.start();
        Thread.sleep(200);
        caller.interrupt();
        caller.join(5_000);
        failed(result[0], Failure.CANCELLED);
        assertThat(stillInterrupted).isTrue();
    }

    /** Sleeps for a minute without producing anything; counts down when interrupted. */
    record Sleeper(CountDownLatch interrupted, AtomicBoolean unused) implements Parser {

        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return Set.of(MediaType.application("pdf"));
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        }
    }

    /** Computes without output and without looking at its interrupt flag, until told to stop. */
    record Spinner(AtomicBoolean spinning) implements Parser {

        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return Set.of(MediaType.application("pdf"));
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (spinning.get() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
        }
    }

    /** Produces text for 10 s, a piece every millisecond, clearing any interrupt it gets. */
    record Chatterer(java.util.concurrent.atomic.AtomicLong pieces) implements Parser {

        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return Set.of(MediaType.application("pdf"));
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                throws org.xml.sax.SAXException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            char[] piece = "more text ".toCharArray();
            handler.startDocument();
            while (System.nanoTime() < end) {
                Thread.interrupted();
                handler.characters(piece, 0, piece.length);
                pieces.incrementAndGet();
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
            }
            handler.endDocument();
        }
    }

    /** Fails the way parsers of damaged files sometimes do. */
    static final class Thrower implements Parser {

        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return Set.of(MediaType.application("pdf"));
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
            throw new IndexOutOfBoundsException("offset 1234 beyond the end of the cross-reference table");
        }
    }
}

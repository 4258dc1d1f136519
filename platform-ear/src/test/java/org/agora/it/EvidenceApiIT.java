package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Evidence: real uploads (text, Markdown, a PDF made by LibreOffice) extracted after commit, the same bytes kept
 * once, library search, hostile files refused, safe downloads, verdicts and the round's rules.
 */
class EvidenceApiIT extends WholeApplication {

    static final String WORD = "velocipedes";

    String agency;
    Http officer;
    Http alice;
    Http ben;

    @BeforeEach
    void people() {
        agency = Tokens.unique("Evidence agency");
        officer = http.as(Tokens.officer(agency));
        alice = http.as(Tokens.person(Tokens.unique("alice"), null, "citizen"));
        ben = http.as(Tokens.person(Tokens.unique("ben"), null, "citizen"));
    }

    long openRound(String settings) {
        var created = officer.postJson("/api/engagements", "{\"title\":\"Evidence round\",\"mode\":\"CONSULTATION\","
                + "\"closesAt\":\"" + Instant.now().plus(Duration.ofDays(3)) + "\"" + settings + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(officer.postJson("/api/engagements/" + id + "/open", "").status()).isEqualTo(200);
        return id;
    }

    static Http.Reply upload(Http who, long round, String name, String type, byte[] bytes, String query) {
        return who.postBytes("/api/engagements/" + round + "/evidence" + query, type, bytes,
                "X-File-Name", URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    static JsonObject uploaded(Http.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        return reply.json();
    }

    /** Polls the source until its text is extracted (at most 30 s). */
    JsonObject extracted(long source) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        JsonObject view;
        do {
            var reply = http.get("/api/evidence/" + source);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            view = reply.json();
            if (!view.getString("status").equals("RECEIVED")) {
                break;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        assertThat(view.getString("status")).as(view.toString()).isEqualTo("EXTRACTED");
        return view;
    }

    /** A unique text, so that the bytes are new to the server on every run. */
    static byte[] text(String body) {
        return (body + "\nRun " + Tokens.unique("run") + "\n").getBytes(StandardCharsets.UTF_8);
    }

    long comment(Http who, long round, String text) {
        var reply = who.postJson("/api/engagements/" + round + "/comments",
                Json.createObjectBuilder().add("text", text).build().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    @Test
    void text_and_markdown_are_extracted_and_cited_from_a_comment_or_the_round() throws Exception {
        long round = openRound("");
        long comment = comment(alice, round, "Here is my evidence.");
        var text = uploaded(upload(alice, round, "counts.txt", "text/plain",
                text("Morning counts of " + WORD + " on Station Road."), "?comment=" + comment + "&page=1"
                        + "&quote=Morning%20counts"), 201);
        long textId = text.getJsonObject("source").getJsonNumber("id").longValue();
        assertThat(text.getJsonObject("source").getString("mediaType")).isEqualTo("text/plain");
        assertThat(text.getJsonObject("source").getString("verdict")).isEqualTo("UNVERIFIED");
        var view = extracted(textId);
        assertThat(view.getString("fileName")).isEqualTo("counts.txt");
        assertThat(view.containsKey("text")).isFalse();
        var citation = view.getJsonArray("citations").getJsonObject(0);
        assertThat(citation.getString("targetType")).isEqualTo("comment");
        assertThat(citation.getString("targetId")).isEqualTo(String.valueOf(comment));
        assertThat(citation.getString("quote")).isEqualTo("Morning counts");
        assertThat(citation.getInt("page")).isEqualTo(1);

        var markdown = uploaded(upload(ben, round, "notes.md", "text/markdown",
                text("# Notes\n\nThe *lanes* are busy."), ""), 201);
        assertThat(markdown.getJsonObject("source").getString("mediaType"))
                .isIn("text/markdown", "text/x-web-markdown");
        var md = extracted(markdown.getJsonObject("source").getJsonNumber("id").longValue());
        assertThat(md.getJsonArray("citations").getJsonObject(0).getString("targetType")).isEqualTo("round");

        // a comment of another round is not a place to cite from
        long elsewhere = comment(alice, openRound(""), "Elsewhere");
        upload(alice, round, "x.txt", "text/plain", text("x"), "?comment=" + elsewhere)
                .assertProblem(400, "validation");
    }

    @Test
    void a_pdf_made_by_libreoffice_has_its_title_and_pages_and_the_same_bytes_are_kept_once() throws Exception {
        long round = openRound("");
        byte[] pdf = pdf("Cycling counts " + Tokens.unique("report"), 2);
        var first = uploaded(upload(alice, round, "report.pdf", "application/pdf", pdf, ""), 201);
        long id = first.getJsonObject("source").getJsonNumber("id").longValue();
        assertThat(first.getJsonObject("source").getString("mediaType")).isEqualTo("application/pdf");
        var view = extracted(id);
        assertThat(view.getString("title")).startsWith("Cycling counts");
        assertThat(view.getInt("pages")).isEqualTo(2);

        // the same bytes from someone else, under another name: the same source, cited twice
        var again = upload(ben, round, "copy.pdf", "application/pdf", pdf, "");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().getJsonObject("source").getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(again.json().getJsonObject("source").getString("fileName")).isEqualTo("report.pdf");

        var library = http.get("/api/engagements/" + round + "/evidence").json();
        assertThat(library.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(library.getJsonArray("items").getJsonObject(0).getJsonNumber("citations").longValue())
                .isEqualTo(2);
        var found = http.get("/api/engagements/" + round + "/evidence?q=" + WORD.toUpperCase()).json();
        assertThat(found.getJsonArray("items")).hasSize(1);
        assertThat(found.getJsonArray("items").getJsonObject(0).getJsonObject("source").getJsonNumber("id")
                .longValue()).isEqualTo(id);
        assertThat(http.get("/api/engagements/" + round + "/evidence?q=nowhere-in-the-text").json()
                .getJsonArray("items")).isEmpty();

        var download = http.download("/api/evidence/" + id + "/file");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type")).get().asString().startsWith("application/pdf");
        assertThat(download.headers().allValues("X-Content-Type-Options")).contains("nosniff");
        assertThat(download.headers().firstValue("Content-Disposition")).get().asString().startsWith("inline");
        assertThat(download.headers().allValues("Content-Security-Policy")).contains("sandbox");
    }

    @Test
    void hostile_uploads_are_refused_and_leave_nothing_behind() {
        long round = openRound("");
        var exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        upload(alice, round, "evil.pdf", "application/pdf", exe, "").assertProblem(422, "evidence-active-content");
        upload(alice, round, "notes.txt", "text/plain",
                "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8),
                "").assertProblem(422, "evidence-active-content");
        upload(alice, round, "empty.txt", "text/plain", new byte[0], "").assertProblem(422, "evidence-empty");
        long size = 21L * 1024 * 1024;
        var tooLarge = alice.postStream("/api/engagements/" + round + "/evidence", "text/plain",
                () -> new RepeatedBytes(size), "X-File-Name", "big.txt");
        tooLarge.assertProblem(413, "evidence-too-large");
        upload(alice, round, "x.txt", "text/plain", text("x"), "?page=0").assertProblem(400, "validation");
        alice.postBytes("/api/engagements/" + round + "/evidence", "text/plain", text("no name"))
                .assertProblem(400, "validation");
        assertThat(http.get("/api/engagements/" + round + "/evidence").json().getJsonNumber("total").longValue())
                .isZero();
    }

    @Test
    void a_name_that_climbs_directories_is_stored_safely_and_offered_as_an_attachment_when_not_inline_safe()
            throws Exception {
        long round = openRound("");
        var reply = uploaded(upload(alice, round, "../../etc/passwd", "text/plain", text("root:x:0:0"), ""), 201);
        String name = reply.getJsonObject("source").getString("fileName");
        assertThat(name).doesNotContain("/").doesNotContain("..").endsWith("passwd.txt");
        long id = reply.getJsonObject("source").getJsonNumber("id").longValue();
        var download = http.download("/api/evidence/" + id + "/file");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().allValues("X-Content-Type-Options")).contains("nosniff");
        assertThat(download.headers().firstValue("Content-Disposition")).get().asString().startsWith("inline");

        var markdown = uploaded(upload(alice, round, "notes.md", "text/markdown", text("# Title"), ""), 201);
        var md = http.download("/api/evidence/" + markdown.getJsonObject("source").getJsonNumber("id") + "/file");
        assertThat(md.headers().firstValue("Content-Disposition")).get().asString().startsWith("attachment");
    }

    @Test
    void officers_of_the_round_and_moderators_judge_a_source_and_a_dispute_needs_a_note() {
        long round = openRound("");
        long id = uploaded(upload(alice, round, "claim.txt", "text/plain", text("A claim"), ""), 201)
                .getJsonObject("source").getJsonNumber("id").longValue();
        String verdict = "{\"verdict\":\"VERIFIED\",\"note\":\"Matches the council's own counts\"}";
        alice.postJson("/api/evidence/" + id + "/verdict", verdict).assertProblem(403, "forbidden");
        http.as(Tokens.officer(Tokens.unique("Other agency"))).postJson("/api/evidence/" + id + "/verdict", verdict)
                .assertProblem(403, "forbidden");
        var judged = officer.postJson("/api/evidence/" + id + "/verdict", verdict);
        assertThat(judged.status()).as(judged.body()).isEqualTo(200);
        var view = http.get("/api/evidence/" + id).json();
        assertThat(view.getString("verdict")).isEqualTo("VERIFIED");
        assertThat(view.getString("verdictNote")).isEqualTo("Matches the council's own counts");
        assertThat(view.getString("reviewer")).isNotBlank();

        officer.postJson("/api/evidence/" + id + "/verdict", "{\"verdict\":\"DISPUTED\"}")
                .assertProblem(400, "validation");
        officer.postJson("/api/evidence/" + id + "/verdict", "{\"verdict\":\"TRUE\"}").assertProblem(400, "validation");
        var moderator = http.as(Tokens.person(Tokens.unique("maya"), null, "moderator"));
        assertThat(moderator.postJson("/api/evidence/" + id + "/verdict",
                "{\"verdict\":\"DISPUTED\",\"note\":\"Counted on a holiday\"}").status()).isEqualTo(200);
        assertThat(http.get("/api/evidence/" + id).json().getString("verdict")).isEqualTo("DISPUTED");
    }

    @Test
    void a_web_page_is_cited_from_a_comment_by_its_address() {
        long round = openRound("");
        long comment = comment(alice, round, "See the report.");
        var cited = ben.postJson("/api/comments/" + comment + "/citations",
                "{\"url\":\"https://example.org/report\",\"title\":\"Report\",\"quote\":\"page 4\"}");
        assertThat(cited.status()).as(cited.body()).isEqualTo(201);
        assertThat(cited.json().getString("url")).isEqualTo("https://example.org/report");
        ben.postJson("/api/comments/" + comment + "/citations", "{\"url\":\"javascript:alert(1)\",\"title\":\"x\"}")
                .assertProblem(400, "validation");
        ben.postJson("/api/comments/" + comment + "/citations", "{\"url\":\"https://example.org\"}")
                .assertProblem(400, "validation");
    }

    /** An open round of the officer's agency on a one-paragraph draft: round id and the paragraph's key. */
    Object[] roundOnDraft(String mode) {
        long policy = officer.postJson("/api/policies", "{\"title\":\"Evidence policy\"}").json()
                .getJsonNumber("id").longValue();
        var v1 = officer.postJson("/api/policies/" + policy + "/versions",
                "{\"markdown\":\"Speed limits drop to 20 mph near schools.\"}").json();
        var created = officer.postJson("/api/engagements", "{\"title\":\"Evidence round\",\"mode\":\"" + mode
                + "\",\"draftVersionId\":" + v1.getJsonNumber("versionId") + ",\"closesAt\":\""
                + Instant.now().plus(Duration.ofDays(3)) + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long round = created.json().getJsonNumber("id").longValue();
        assertThat(officer.postJson("/api/engagements/" + round + "/open", "").status()).isEqualTo(200);
        return new Object[] {round, v1.getJsonArray("paragraphs").getJsonObject(0).getString("key")};
    }

    @Test
    void a_paragraph_of_the_draft_and_an_idea_cite_sources_and_web_pages_shown_as_their_badges() throws Exception {
        var r = roundOnDraft("CONSULTATION");
        long round = (long) r[0];
        String key = (String) r[1];
        var onParagraph = uploaded(upload(officer, round, "casualties.txt", "text/plain",
                text("Casualties near schools fell by a third where 20 mph applies."), "?paragraph=" + key), 201);
        long source = onParagraph.getJsonObject("source").getJsonNumber("id").longValue();
        var cited = extracted(source).getJsonArray("citations").getJsonObject(0);
        assertThat(cited.getString("targetType")).isEqualTo("paragraph");
        assertThat(cited.getString("targetId")).isEqualTo(key);
        var web = alice.postJson("/api/engagements/" + round + "/evidence/web", "{\"url\":\"https://example.org/"
                + "speed\",\"title\":\"Speed study\",\"paragraph\":\"" + key + "\"}");
        assertThat(web.status()).as(web.body()).isEqualTo(201);
        assertThat(web.json().getString("targetType")).isEqualTo("paragraph");
        var badges = http.get("/api/engagements/" + round + "/evidence/badges?on=paragraph").json()
                .getJsonArray(key);
        assertThat(badges).hasSize(2);
        assertThat(badges.getJsonObject(0).getJsonNumber("sourceId").longValue()).isEqualTo(source);
        assertThat(badges.getJsonObject(1).getString("url")).isEqualTo("https://example.org/speed");
        // nothing else counts as a comment's citation
        assertThat(http.get("/api/engagements/" + round + "/evidence/badges").json()).isEmpty();

        upload(alice, round, "x.txt", "text/plain", text("x"), "?paragraph=zzz").assertProblem(400, "validation");
        upload(alice, round, "x.txt", "text/plain", text("x"), "?paragraph=" + key + "&comment=1")
                .assertProblem(400, "validation");
        alice.postJson("/api/engagements/" + round + "/evidence/web", "{\"url\":\"https://example.org\","
                + "\"title\":\"x\",\"idea\":99999999}").assertProblem(400, "validation");
        http.get("/api/engagements/" + round + "/evidence/badges?on=everything").assertProblem(400, "validation");

        long coDevelopment = (long) roundOnDraft("CO_DEVELOPMENT")[0];
        long idea = alice.postJson("/api/engagements/" + coDevelopment + "/ideas",
                "{\"title\":\"School streets\",\"text\":\"Close the street at school times.\"}").json()
                .getJsonNumber("id").longValue();
        var onIdea = uploaded(upload(alice, coDevelopment, "trial.txt", "text/plain",
                text("The school street trial cut traffic by 60 per cent."), "?idea=" + idea), 201);
        var ideaBadges = http.get("/api/engagements/" + coDevelopment + "/evidence/badges?on=idea").json()
                .getJsonArray(String.valueOf(idea));
        assertThat(ideaBadges.getJsonObject(0).getJsonNumber("sourceId"))
                .isEqualTo(onIdea.getJsonObject("source").getJsonNumber("id"));
        // an idea of another round is not this round's to cite
        upload(alice, round, "x.txt", "text/plain", text("y"), "?idea=" + idea).assertProblem(400, "validation");
    }

    /**
     * A valid PDF whose pages all share one content stream of {@code operators} save/restore pairs around a line of
     * text: a file of a few MB that takes Tika far longer to read than the timeout the tests run with (5 s,
     * arquillian.xml), because every page's stream is interpreted again, while its text stays short.
     */
    static byte[] slowPdf(int pages, int operators) {
        var pdf = new java.io.ByteArrayOutputStream();
        var offsets = new java.util.ArrayList<Integer>();
        java.util.function.Consumer<String> object = body -> {
            offsets.add(pdf.size());
            pdf.writeBytes((offsets.size() + " 0 obj\n" + body + "\nendobj\n").getBytes(StandardCharsets.ISO_8859_1));
        };
        pdf.writeBytes("%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1));
        String text = "BT /F1 11 Tf 60 700 Td (A slow document, page after page.) Tj ET\n" + "q Q ".repeat(operators);
        var kids = new StringBuilder();
        java.util.stream.IntStream.range(0, pages).forEach(i -> kids.append(i + 5).append(" 0 R "));
        object.accept("<< /Type /Catalog /Pages 2 0 R >>");
        object.accept("<< /Type /Pages /Count " + pages + " /Kids [" + kids + "] >>");
        object.accept("<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>");
        object.accept("<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream");
        for (int i = 0; i < pages; i++) {
            object.accept("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                    + " /Resources << /Font << /F1 3 0 R >> >> >>");
        }
        int xref = pdf.size();
        var table = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(o -> table.append(String.format("%010d 00000 n \n", o)));
        table.append("trailer\n<< /Size " + (offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        pdf.writeBytes(table.toString().getBytes(StandardCharsets.ISO_8859_1));
        return pdf.toByteArray();
    }

    @Test
    void a_pdf_that_outlasts_the_extraction_timeout_fails_cleanly_while_the_server_keeps_answering() throws Exception {
        long round = openRound("");
        byte[] slow = slowPdf(10_000 + (int) (System.nanoTime() % 1000), 100_000); // new bytes on every run
        long started = System.nanoTime();
        var uploaded = uploaded(upload(alice, round, "slow.pdf", "application/pdf", slow, ""), 201);
        long source = uploaded.getJsonObject("source").getJsonNumber("id").longValue();
        assertThat(uploaded.getJsonObject("source").getString("status")).isEqualTo("RECEIVED");
        // while Tika struggles with it, other requests are answered at once, and other files are still read
        long worst = 0;
        for (int i = 0; i < 10; i++) {
            long t = System.nanoTime();
            assertThat(http.get("/api/engagements/" + round).status()).isEqualTo(200);
            worst = Math.max(worst, System.nanoTime() - t);
        }
        assertThat(TimeUnit.NANOSECONDS.toMillis(worst)).as("slowest request while the PDF is parsed").isLessThan(1_000);
        long quick = uploaded(upload(ben, round, "note.txt", "text/plain", text("A short note"), ""), 201)
                .getJsonObject("source").getJsonNumber("id").longValue();
        assertThat(extracted(quick).getString("status")).isEqualTo("EXTRACTED");

        JsonObject view;
        do {
            view = http.get("/api/evidence/" + source).json();
            Thread.sleep(200);
        } while (view.getString("status").equals("RECEIVED")
                && System.nanoTime() - started < TimeUnit.SECONDS.toNanos(30));
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertThat(view.getString("status")).as(view.toString()).isEqualTo("FAILED");
        assertThat(view.getString("failure")).isEqualTo("TIMEOUT");
        // failed within 2 s of its 5 s limit (plus the upload itself and one poll)
        assertThat(took).as("ms from upload to failure").isLessThan(5_000 + 2_000 + 1_500);
        assertThat(http.get("/api/engagements/" + round).status()).isEqualTo(200);
    }

    @Test
    void each_round_sets_its_own_upload_limit() {
        long small = openRound(",\"settings\":{\"maxUploadMegabytes\":1}");
        assertThat(http.get("/api/engagements/" + small).json().getJsonObject("settings").getInt("maxUploadMegabytes"))
                .isEqualTo(1);
        byte[] mb = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(mb, (byte) 'a');
        byte[] unique = Tokens.unique("run").getBytes(StandardCharsets.US_ASCII); // new bytes on every run
        System.arraycopy(unique, 0, mb, 0, unique.length);
        var refused = upload(alice, small, "big.txt", "text/plain", mb, "").assertProblem(413, "evidence-too-large");
        assertThat(refused.getString("detail")).contains("1 MB");
        assertThat(http.get("/api/engagements/" + small + "/evidence").json().getInt("total")).isZero();
        uploaded(upload(alice, small, "fits.txt", "text/plain", text("Small enough"), ""), 201);
        // the same bytes fit a round with the default limit
        uploaded(upload(alice, openRound(""), "big.txt", "text/plain", mb, ""), 201);
        officer.postJson("/api/engagements", "{\"title\":\"x\",\"mode\":\"CONSULTATION\",\"settings\":"
                + "{\"maxUploadMegabytes\":0}}").assertProblem(400, "validation");
    }

    @Test
    void a_closed_round_or_one_without_attachments_takes_no_uploads() {
        long closed = openRound("");
        assertThat(officer.postJson("/api/engagements/" + closed + "/close", "").status()).isEqualTo(200);
        upload(alice, closed, "late.txt", "text/plain", text("late"), "").assertProblem(409, "round-not-open");
        long noFiles = openRound(",\"settings\":{\"attachmentsAllowed\":false}");
        upload(alice, noFiles, "file.txt", "text/plain", text("file"), "").assertProblem(409, "attachments-off");
        assertThat(http.get("/api/evidence/999999999").status()).isEqualTo(404);
    }

    /** A small PDF converted by LibreOffice from HTML with a title and one section per page. */
    static byte[] pdf(String title, int pages) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("agora-evidence-it");
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(title).append("</title></head><body>");
        for (int page = 1; page <= pages; page++) {
            html.append("<h1").append(page > 1 ? " style=\"page-break-before: always\"" : "").append(">Part ")
                    .append(page).append("</h1><p>In part ").append(page).append(", 412 ").append(WORD)
                    .append(" passed the market before nine.</p>");
        }
        Files.writeString(dir.resolve("report.html"), html.append("</body></html>"));
        var process = new ProcessBuilder(soffice(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir.toString(),
                dir.resolve("report.html").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("LibreOffice did not convert the test PDF within 3 minutes");
        }
        Path pdf = dir.resolve("report.pdf");
        assertThat(pdf).as(Files.readString(dir.resolve("soffice.log"))).exists();
        return Files.readAllBytes(pdf);
    }

    static String soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : List.of("soffice", "libreoffice")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        throw new AssertionError("LibreOffice (soffice) is not on the PATH; scripts/ensure-libreoffice.sh installs it");
    }

    /** {@code size} bytes of plain text, made as they are read. */
    static final class RepeatedBytes extends InputStream {
        private final byte[] line = "twenty-one megabytes of counts\n".getBytes(StandardCharsets.US_ASCII);
        private long left;
        private int at;

        RepeatedBytes(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            byte b = line[at];
            at = (at + 1) % line.length;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = line[at];
                at = (at + 1) % line.length;
            }
            left -= n;
            return n;
        }

        @Override
        public void close() throws UncheckedIOException {
        }
    }
}

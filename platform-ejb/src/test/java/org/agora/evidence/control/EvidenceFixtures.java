package org.agora.evidence.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Documents made by real office software: LibreOffice (headless) converts generated HTML and CSV into DOCX, ODT,
 * PDF and XLSX in {@code target/evidence-fixtures}. They are made once and kept while their sources and this class's
 * {@link #VERSION} are unchanged, so later runs cost nothing.
 *
 * <p>Without LibreOffice the tests cannot run. With {@code CI=true} they fail saying so (the CI script must have
 * run {@code scripts/ensure-libreoffice.sh}); elsewhere that script is run here, which installs it.
 */
final class EvidenceFixtures {

    /** Change to remake the documents after changing how they are made. */
    static final String VERSION = "2";

    static final String TITLE = "Market Street cycle lanes: evidence pack";
    static final String AUTHOR = "Agora Fixture Author";
    static final int PAGES = 5;
    static final int LONG_PAGES = 50;
    /** A sentence on page 3 of {@link #pdf()} and the other documents. */
    static final String PAGE_3 = "Section 3 counts 412 cyclists between the station and the market each morning.";

    static final Path DIRECTORY = Path.of("target", "evidence-fixtures").toAbsolutePath();

    private static boolean made;

    private EvidenceFixtures() {
    }

    static Path pdf() {
        return file("evidence.pdf");
    }

    static Path docx() {
        return file("evidence.docx");
    }

    static Path odt() {
        return file("evidence.odt");
    }

    static Path xlsx() {
        return file("survey.xlsx");
    }

    /** {@link #pdf()}'s text in a PDF that opens only with the password {@code secret}. */
    static Path protectedPdf() {
        return file("protected.pdf");
    }

    /** A text PDF of {@link #LONG_PAGES} pages, for the benchmark and the write limit. */
    static Path longPdf() {
        return file("long.pdf");
    }

    private static synchronized Path file(String name) {
        if (!made) {
            try {
                make();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while making the evidence fixtures", e);
            }
            made = true;
        }
        return DIRECTORY.resolve(name);
    }

    /** Makes the documents unless those of an earlier run are there, made from the same sources. */
    static void make() throws IOException, InterruptedException {
        Files.createDirectories(DIRECTORY);
        var sources = new java.util.LinkedHashMap<String, String>();
        sources.put("evidence.html", html(TITLE, PAGES));
        sources.put("long.html", html("Long evidence document", LONG_PAGES));
        sources.put("protected.html", html(TITLE, PAGES));
        sources.put("survey.csv", "ward,responses,support\nNorth,120,0.61\nSouth,98,0.47\nMarket,233,0.72\n");
        String stamp = VERSION + ":" + digest(String.join("\u0000", sources.values()));
        Path stampFile = DIRECTORY.resolve("stamp");
        List<String> outputs = List.of("evidence.pdf", "evidence.docx", "evidence.odt", "survey.xlsx", "long.pdf",
                "protected.pdf");
        if (Files.exists(stampFile) && Files.readString(stampFile).equals(stamp)
                && outputs.stream().allMatch(o -> Files.isRegularFile(DIRECTORY.resolve(o)))) {
            return;
        }
        Files.deleteIfExists(stampFile);
        for (var source : sources.entrySet()) {
            Files.writeString(DIRECTORY.resolve(source.getKey()), source.getValue());
        }
        String soffice = soffice(System.getenv());
        String writer = "--infilter=HTML (StarWriter)";
        convert(soffice, writer, "pdf", "evidence.html", "long.html");
        convert(soffice, writer, "docx", "evidence.html");
        convert(soffice, writer, "odt", "evidence.html");
        convert(soffice, writer, "pdf:writer_pdf_Export:{\"EncryptFile\":{\"type\":\"boolean\",\"value\":\"true\"},"
                + "\"DocumentOpenPassword\":{\"type\":\"string\",\"value\":\"secret\"}}", "protected.html");
        // comma separated, '"' quoted, UTF-8 (76), from line 1
        convert(soffice, "--infilter=CSV:44,34,76,1", "xlsx", "survey.csv");
        for (String output : outputs) {
            if (!Files.isRegularFile(DIRECTORY.resolve(output)) || Files.size(DIRECTORY.resolve(output)) == 0) {
                throw new AssertionError("LibreOffice did not make " + DIRECTORY.resolve(output));
            }
        }
        Files.writeString(stampFile, stamp);
    }

    /** An HTML document of {@code pages} pages (one section per page) that Writer imports with its title. */
    static String html(String title, int pages) {
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(title).append("</title>")
                .append("<meta name=\"author\" content=\"").append(AUTHOR).append("\"></head><body>\n");
        for (int page = 1; page <= pages; page++) {
            html.append("<h1").append(page > 1 ? " style=\"page-break-before: always\"" : "").append(">Section ")
                    .append(page).append("</h1>\n");
            html.append("<p>Section ").append(page).append(" counts ").append(410 + page - 1)
                    .append(" cyclists between the station and the market each morning.</p>\n");
            for (int p = 0; p < 6; p++) {
                html.append("<p>Paragraph ").append(p + 1).append(" of section ").append(page).append(": residents")
                        .append(" asked for safer crossings, slower traffic and loading bays kept for deliveries")
                        .append(" before ten in the morning; the council proposes protected lanes on both sides")
                        .append(" of the street, new trees where the pavement is wide enough, and bus stops on")
                        .append(" islands so that cyclists pass behind waiting passengers.</p>\n");
            }
        }
        return html.append("</body></html>\n").toString();
    }

    private static void convert(String soffice, String filter, String format, String... inputs)
            throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(soffice,
                "-env:UserInstallation=" + DIRECTORY.resolve("lo-profile").toUri(), "--headless", "--norestore",
                filter, "--convert-to", format, "--outdir", DIRECTORY.toString()));
        for (String input : inputs) {
            command.add(DIRECTORY.resolve(input).toString());
        }
        run(command, 180);
    }

    /** The soffice on the PATH; installed by scripts/ensure-libreoffice.sh when missing, except on CI. */
    static String soffice(java.util.Map<String, String> environment) throws IOException, InterruptedException {
        String path = environment.getOrDefault("PATH", "");
        var found = onPath("soffice", path);
        if (found != null) {
            return found;
        }
        Path script = repository().resolve("scripts/ensure-libreoffice.sh");
        if ("true".equals(environment.get("CI"))) {
            throw new AssertionError("LibreOffice (soffice) is not installed, and the evidence tests need it to make"
                    + " their documents. CI must run " + script + " before the tests.");
        }
        run(List.of("bash", script.toString()), 900);
        found = onPath("soffice", path);
        if (found == null) {
            throw new AssertionError(script + " ran but soffice is still not on the PATH");
        }
        return found;
    }

    private static String onPath(String program, String path) {
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    static Path repository() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("scripts")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("not inside the Agora repository: " + Path.of("").toAbsolutePath());
    }

    private static void run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile(DIRECTORY, "run-", ".log");
        var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within " + timeoutSeconds
                    + " s:\n" + Files.readString(log));
        }
        String output = Files.readString(log);
        Files.delete(log);
        if (process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed (" + process.exitValue() + "):\n"
                    + output);
        }
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

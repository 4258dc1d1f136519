package org.agora.evidence.control;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * A 50-page text PDF made by LibreOffice, read on one thread two ways in the same run:
 * <ul>
 *   <li>{@code bareTika}: an {@link AutoDetectParser} (made once) parsing the file into a
 *       {@code BodyContentHandler(-1)}, the least any text extraction with Tika costs;</li>
 *   <li>{@code inspectAndExtract}: what an upload goes through — {@link Inspection} (copy to a temporary file with
 *       SHA-256, detection from the bytes, checks) then {@link Extraction} (write limit, bomb guard, timeout, on a
 *       one-thread executor) and deleting the temporary file.</li>
 * </ul>
 * Run with bench/evidence-extraction.sh, which prints pages per second for both and their ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class EvidenceExtractionBenchmark {

    static final int PAGES = EvidenceFixtures.LONG_PAGES;

    Path pdf;
    Path work;
    AutoDetectParser bare;
    Inspection inspection;
    Extraction extraction;
    ExecutorService executor;
    UploadPolicy policy;

    @Setup
    public void setUp() throws IOException {
        pdf = EvidenceFixtures.longPdf();
        work = Files.createTempDirectory("agora-bench");
        var tika = TikaConfig.getDefaultConfig();
        bare = new AutoDetectParser(tika);
        executor = Executors.newSingleThreadExecutor();
        inspection = new Inspection(tika, work, new NoScanner());
        extraction = new Extraction(tika, executor);
        policy = UploadPolicy.defaults();
    }

    @TearDown
    public void tearDown() throws IOException {
        executor.shutdownNow();
        try (var left = Files.list(work)) {
            for (Path p : left.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(work);
    }

    @Benchmark
    public String bareTika() throws Exception {
        var handler = new BodyContentHandler(-1);
        try (var in = TikaInputStream.get(pdf)) {
            bare.parse(in, handler, new Metadata(), new ParseContext());
        }
        return handler.toString();
    }

    @Benchmark
    public Object inspectAndExtract() throws Exception {
        Inspection.Outcome inspected;
        try (InputStream in = Files.newInputStream(pdf)) {
            inspected = inspection.inspect(in, "long.pdf", "application/pdf", policy);
        }
        if (!(inspected instanceof Inspection.Accepted accepted)) {
            throw new IllegalStateException("refused: " + inspected);
        }
        try {
            var outcome = extraction.extract(accepted, policy);
            if (!(outcome instanceof Extraction.Extracted extracted) || extracted.text().isEmpty()) {
                throw new IllegalStateException("not extracted: " + outcome);
            }
            return extracted;
        } finally {
            Files.delete(accepted.tempFile());
        }
    }

    public static void main(String[] args) throws Exception {
        EvidenceFixtures.longPdf();                               // made (or found) before the forked run
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        var results = new Runner(new OptionsBuilder().include(EvidenceExtractionBenchmark.class.getSimpleName())
                .build()).run();
        var pagesPerSecond = new LinkedHashMap<String, Double>();
        var errors = new LinkedHashMap<String, Double>();
        for (var result : results) {
            String name = result.getParams().getBenchmark().replaceAll(".*\\.", "");
            pagesPerSecond.put(name, result.getPrimaryResult().getScore() * PAGES);
            errors.put(name, result.getPrimaryResult().getScoreError() * PAGES);
        }
        double bareRate = pagesPerSecond.getOrDefault("bareTika", Double.NaN);
        double ours = pagesPerSecond.getOrDefault("inspectAndExtract", Double.NaN);
        System.out.printf("%n%d-page text PDF made by LibreOffice, one thread; %d cores, load average %.1f before"
                + " the run (other work on the machine lowers both figures)%n", PAGES,
                Runtime.getRuntime().availableProcessors(), load);
        for (var figure : pagesPerSecond.entrySet()) {
            System.out.printf("  %-18s %8.1f pages/s  (± %.1f)%n", figure.getKey(), figure.getValue(),
                    errors.get(figure.getKey()));
        }
        double ratio = ours / bareRate;
        System.out.printf("  ratio inspectAndExtract / bareTika: %.0f %%%n", ratio * 100);
        System.out.printf("  target: >= 40 %% of bare Tika -> %s; >= 100 pages/s -> %s%n",
                ratio >= 0.40 ? "met" : "NOT met", ours >= 100 ? "met" : "NOT met");
    }
}

package org.agora.drafts.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Two versions of a 300-paragraph draft (about 20 000 words): version 2 edits a fifth of the paragraphs, moves,
 * adds and removes some. Measures, in one run:
 * <ul>
 *   <li>{@code baseline}: tokenising both versions into words, the least work any comparison must do;</li>
 *   <li>{@code matchParagraphs}: giving version 2 its paragraph keys (what publishing does);</li>
 *   <li>{@code diffVersions}: the paragraph- and word-level diff served by {@code /api/policies/{id}/diff}.</li>
 * </ul>
 * Run with bench/drafts-diff.sh, which prints the figures and their ratio to the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DraftDiffBenchmark {

    static final int PARAGRAPHS = 300;
    static final String[] WORDS = ("the council will build protected lanes on street station market parking spaces"
            + " removed loading bays deliveries morning bus stops islands cyclists passengers trees pavement works"
            + " spring months residents safety crossings speed limit school route shops access evening lighting"
            + " drainage budget funding review consultation response evidence traffic noise air quality").split(" ");

    List<String> v1;
    List<String> v2;
    List<ParagraphMatcher.Previous> previous;
    List<VersionDiff.Side> from;
    List<VersionDiff.Side> to;

    @Setup
    public void drafts() {
        var random = new Random(42);
        v1 = new ArrayList<>();
        for (int i = 0; i < PARAGRAPHS; i++) {
            v1.add(sentence(random, 40 + random.nextInt(60)));
        }
        v2 = new ArrayList<>(v1);
        for (int i = 0; i < PARAGRAPHS / 5; i++) {          // edit 20 %
            int at = random.nextInt(v2.size());
            v2.set(at, edit(random, v2.get(at)));
        }
        for (int i = 0; i < 15; i++) {                      // move 5 %
            v2.add(random.nextInt(v2.size()), v2.remove(random.nextInt(v2.size())));
        }
        for (int i = 0; i < 15; i++) {                      // remove 5 %, add 5 %
            v2.remove(random.nextInt(v2.size()));
            v2.add(random.nextInt(v2.size()), sentence(random, 50));
        }
        previous = new ArrayList<>();
        for (int i = 0; i < v1.size(); i++) {
            previous.add(new ParagraphMatcher.Previous("k" + i, v1.get(i)));
        }
        var counter = new AtomicInteger();
        var keys = ParagraphMatcher.match(previous, v2, () -> "n" + counter.incrementAndGet()).assigned();
        from = new ArrayList<>();
        for (var p : previous) {
            from.add(new VersionDiff.Side(p.key(), p.text()));
        }
        to = new ArrayList<>();
        for (int i = 0; i < v2.size(); i++) {
            to.add(new VersionDiff.Side(keys.get(i).key(), v2.get(i)));
        }
    }

    static String sentence(Random random, int words) {
        var sb = new StringBuilder();
        for (int w = 0; w < words; w++) {
            sb.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.append('.').toString();
    }

    static String edit(Random random, String text) {
        var words = new ArrayList<>(List.of(text.split(" ")));
        for (int i = 0; i < Math.max(1, words.size() / 10); i++) {
            words.set(random.nextInt(words.size()), WORDS[random.nextInt(WORDS.length)]);
        }
        Collections.swap(words, 0, words.size() / 2);
        return String.join(" ", words);
    }

    @Benchmark
    public void baseline(Blackhole hole) {
        for (String p : v1) {
            hole.consume(WordDiff.tokens(p));
        }
        for (String p : v2) {
            hole.consume(WordDiff.tokens(p));
        }
    }

    @Benchmark
    public Object matchParagraphs() {
        var counter = new AtomicInteger();
        return ParagraphMatcher.match(previous, v2, () -> "n" + counter.incrementAndGet());
    }

    @Benchmark
    public Object diffVersions() {
        return VersionDiff.compare(from, to);
    }

    public static void main(String[] args) throws Exception {
        var results = new Runner(new OptionsBuilder().include(DraftDiffBenchmark.class.getSimpleName()).build())
                .run();
        double baseline = 0;
        var figures = new java.util.LinkedHashMap<String, Double>();
        for (var result : results) {
            String name = result.getParams().getBenchmark().replaceAll(".*\\.", "");
            double ms = result.getPrimaryResult().getScore();
            figures.put(name, ms);
            if (name.equals("baseline")) {
                baseline = ms;
            }
        }
        System.out.printf("%n%d-paragraph versions, %s%n", PARAGRAPHS, "ms per operation (lower is better)");
        for (var figure : figures.entrySet()) {
            System.out.printf("  %-16s %8.3f ms   %6.1f x baseline%n", figure.getKey(), figure.getValue(),
                    figure.getValue() / baseline);
        }
        System.out.printf("  target: diffVersions < 50 ms -> %s%n",
                figures.getOrDefault("diffVersions", Double.MAX_VALUE) < 50 ? "met" : "NOT met");
    }
}

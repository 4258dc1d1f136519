package org.agora.moderation.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Screening throughput on one thread, over {@value #COMMENTS} generated comments of 200–1,500 characters, each with
 * five recent texts and post times of its author. About one comment in ten carries links (some through shorteners,
 * some to one domain repeatedly), one in twenty is in capitals, one in twenty has a disguised insult, one in ten
 * has accented names (so the Unicode path runs), one in ten repeats a recent text of its author, one in twenty
 * comes in a burst. Measures, in comments per second:
 * <ul>
 *   <li>{@code baseline}: lower-casing each comment and splitting it into words, the least work any screen must
 *       do;</li>
 *   <li>{@code screen}: {@link Screening#screen(Submission)} with the defaults, which also folds and compares the
 *       author's five recent texts.</li>
 * </ul>
 * Run with bench/moderation-screening.sh, which prints both figures and their ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ScreeningBenchmark {

    static final int COMMENTS = 2_000;
    static final double TARGET = 20_000;
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    static final String[] WORDS = ("the council will build protected lanes on street station market parking spaces"
            + " removed loading bays deliveries morning bus stops islands cyclists passengers trees pavement works"
            + " spring months residents safety crossings speed limit school route shops access evening lighting"
            + " drainage budget funding review consultation response evidence traffic noise air quality i we you"
            + " think agree disagree because but and or not should would could this that plan proposal neighbours"
            + " children elderly disabled drivers buses footpath junction roundabout survey figures data impact"
            + " cost years community library park housing rent families business owners").split(" ");
    static final String[] NAMES = {"Zoë", "José", "Renée", "Łukasz", "Dvořák", "Åsa", "François", "Müller"};
    static final String[] INSULTS = {"1d10t", "i.d.i.o.t", "i d i o t", "iiidiooot", "m0r0n", "ｍｏｒｏｎ",
            "sc\u200Bum", "d1ckhead", "\u0456d\u0456\u043et", "sh*t up", "k1ll yourself", "dumbasses"};
    static final String[] DOMAINS = {"www.example.gov", "news.example.com", "bit.ly", "data.example.org",
            "blog.example.net", "tinyurl.com"};

    Submission[] submissions;
    Screening screening;

    @Setup
    public void comments() {
        var random = new Random(42);
        var texts = new String[COMMENTS];
        for (int i = 0; i < COMMENTS; i++) {
            texts[i] = comment(random);
        }
        submissions = new Submission[COMMENTS];
        for (int i = 0; i < COMMENTS; i++) {
            var recent = new ArrayList<String>(5);
            for (int r = 0; r < 5; r++) {
                recent.add(texts[random.nextInt(COMMENTS)]);
            }
            if (random.nextInt(10) == 0) {                      // a repeat, sometimes slightly edited
                recent.set(random.nextInt(5), random.nextBoolean() ? texts[i] : texts[i] + " Thank you.");
            }
            boolean burst = random.nextInt(20) == 0;
            var times = new ArrayList<Instant>(5);
            for (int r = 0; r < 5; r++) {
                times.add(NOW.minusSeconds(burst ? 1 + random.nextInt(50) : 60 + random.nextInt(86_400)));
            }
            submissions[i] = new Submission(texts[i], recent, times, NOW);
        }
        screening = new Screening();
    }

    static String comment(Random random) {
        int length = 200 + random.nextInt(1_301);
        boolean links = random.nextInt(10) == 0;
        boolean shouting = random.nextInt(20) == 0;
        boolean insult = random.nextInt(20) == 0;
        boolean names = random.nextInt(10) == 0;
        var sb = new StringBuilder(length + 80);
        boolean sentenceStart = true;
        while (sb.length() < length) {
            String word = WORDS[random.nextInt(WORDS.length)];
            int roll = random.nextInt(100);
            if (links && roll < 3) {
                word = "https://" + DOMAINS[random.nextInt(DOMAINS.length)] + "/p/" + random.nextInt(10_000);
            } else if (insult && roll < 4) {
                word = INSULTS[random.nextInt(INSULTS.length)];
            } else if (names && roll < 6) {
                word = NAMES[random.nextInt(NAMES.length)];
            }
            if (sentenceStart) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            sb.append(word);
            sentenceStart = random.nextInt(12) == 0;
            sb.append(sentenceStart ? ". " : random.nextInt(15) == 0 ? ", " : " ");
        }
        String text = sb.toString().strip();
        return shouting ? text.toUpperCase(Locale.ROOT) : text;
    }

    /** Lower-cases {@code text} and splits it into words: the least any screening must do. */
    static List<String> words(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        var words = new ArrayList<String>(lower.length() / 5);
        int start = -1;
        for (int i = 0, n = lower.length(); i < n; i++) {
            boolean letter = Character.isLetterOrDigit(lower.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            }
        }
        if (start >= 0) {
            words.add(lower.substring(start));
        }
        return words;
    }

    @Benchmark
    @OperationsPerInvocation(COMMENTS)
    public void baseline(Blackhole hole) {
        for (var submission : submissions) {
            hole.consume(words(submission.text()));
        }
    }

    @Benchmark
    @OperationsPerInvocation(COMMENTS)
    public void screen(Blackhole hole) {
        for (var submission : submissions) {
            hole.consume(screening.screen(submission));
        }
    }

    public static void main(String[] args) throws Exception {
        var corpus = new ScreeningBenchmark();
        corpus.comments();
        long chars = 0;
        var verdicts = new EnumMap<Verdict, Integer>(Verdict.class);
        for (var submission : corpus.submissions) {
            chars += submission.text().length();
            verdicts.merge(corpus.screening.screen(submission).verdict(), 1, Integer::sum);
        }
        var results = new Runner(new OptionsBuilder().include(ScreeningBenchmark.class.getSimpleName()).build())
                .run();
        double baseline = 0;
        double screen = 0;
        for (var result : results) {
            String name = result.getParams().getBenchmark().replaceAll(".*\\.", "");
            double perSecond = result.getPrimaryResult().getScore();
            if (name.equals("baseline")) {
                baseline = perSecond;
            } else if (name.equals("screen")) {
                screen = perSecond;
            }
        }
        System.out.printf("%n%d comments, %d characters on average, 5 recent texts each; verdicts %s%n", COMMENTS,
                chars / COMMENTS, verdicts);
        System.out.printf("comments per second on one thread (higher is better)%n");
        System.out.printf("  %-9s %10.0f /s%n", "baseline", baseline);
        System.out.printf("  %-9s %10.0f /s   %.3f x baseline throughput (each comment costs %.1f x the baseline)%n",
                "screen", screen, screen / baseline, baseline / screen);
        System.out.printf("  target: screen >= %.0f comments/s -> %s%n", TARGET, screen >= TARGET ? "met" : "NOT met");
    }
}

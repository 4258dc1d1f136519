package org.agora.sandbox.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The tone of an official reply, by three rules from the published response-assessment rubrics (the US Air Force Web
 * Posting Response Assessment; state community-management guides): it <b>acknowledges</b> the person or their
 * concern; it has <b>no hostile or dismissive wording</b> (and no shouting); and it is in <b>plain language</b>
 * (sentences of at most 25 words on average, no officialese). Each rule met is a third of the score; the findings
 * say, in words for the trainee, which were missed.
 */
public final class Tone {

    /** What one reply scored and why. */
    public record Judgement(double score, List<String> findings) {
    }

    private static final List<String> ACKNOWLEDGING = List.of("thank", "i understand", "we understand", "i hear",
            "we hear", "you're right", "you are right", "sorry", "apologise", "apologize", "appreciate",
            "good point", "fair point", "understandable", "that must be", "i can see why", "we can see why",
            "you raise", "you asked", "your concern", "your question");

    private static final List<String> HOSTILE = List.of("obviously", "clearly you", "calm down", "ridiculous",
            "nonsense", "stupid", "idiot", "as i said", "as we said", "as already stated", "you should have",
            "not our problem", "whatever", "read the document", "lol", "troll", "get over", "if you had read",
            "you people", "grow up", "shut up", "misinformed", "you're wrong", "you are wrong");

    private static final List<String> OFFICIALESE = List.of("pursuant", "heretofore", "aforementioned",
            "hereinafter", "operationalise", "operationalize", "leverage", "synergy", "in accordance with the provisions",
            "notwithstanding", "stakeholder engagement", "going forward", "at this point in time");

    private static final Pattern SENTENCE = Pattern.compile("[.!?]+(\\s+|$)");
    private static final Pattern SHOUTED_WORD = Pattern.compile("\\b[A-Z]{4,}\\b");

    private Tone() {
    }

    public static Judgement judge(String reply) {
        String text = reply == null ? "" : reply.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        var findings = new ArrayList<String>();
        double score = 0;
        if (ACKNOWLEDGING.stream().anyMatch(lower::contains)) {
            score += 1.0 / 3;
        } else {
            findings.add("does not acknowledge the person or their concern (\"Thank you for…\", \"I understand…\")");
        }
        var hostile = HOSTILE.stream().filter(lower::contains).findFirst();
        long shouted = SHOUTED_WORD.matcher(text).results().count();
        if (hostile.isEmpty() && shouted < 2) {
            score += 1.0 / 3;
        } else {
            findings.add(hostile.map(h -> "sounds hostile or dismissive (\"" + h + "\")")
                    .orElse("shouts (words in capitals)"));
        }
        var officialese = OFFICIALESE.stream().filter(lower::contains).findFirst();
        double wordsPerSentence = wordsPerSentence(text);
        if (officialese.isEmpty() && wordsPerSentence <= 25) {
            score += 1.0 / 3;
        } else {
            findings.add(officialese.map(o -> "is not plain language (\"" + o + "\")")
                    .orElse(String.format(Locale.ROOT, "is not plain language (%.0f words a sentence; aim for 25"
                            + " or fewer)", wordsPerSentence)));
        }
        return new Judgement(Math.min(1, score), List.copyOf(findings));
    }

    static double wordsPerSentence(String text) {
        if (text.isBlank()) {
            return 0;
        }
        int sentences = Math.max(1, SENTENCE.split(text.strip()).length);
        int words = text.strip().split("\\s+").length;
        return (double) words / sentences;
    }
}

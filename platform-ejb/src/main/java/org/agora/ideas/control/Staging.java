package org.agora.ideas.control;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the next draft's Markdown from a version's paragraphs and the amendments staged for it. */
public final class Staging {

    /** A paragraph of the version being amended: its key and published Markdown. */
    public record Paragraph(String key, String markdown) {
    }

    private Staging() {
    }

    /**
     * The version's Markdown with each staged paragraph replaced by its amendment's text; paragraphs are separated by
     * a blank line, as the drafts component splits them.
     */
    public static String apply(List<Paragraph> paragraphs, Map<String, String> replacements) {
        return paragraphs.stream()
                .map(p -> replacements.getOrDefault(p.key(), p.markdown()).strip())
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining("\n\n")) + "\n";
    }

    /** Text compared without regard to runs of white space, for finding an amendment's text in a new version. */
    public static String squeeze(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}

package org.agora.moderation.control;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A reply a moderator can start from. The body may hold placeholders, {@code {name}} with a name of lower-case
 * letters, digits and underscores, filled by {@link #fill(Map)}; every {@code {} in the body must open one (the
 * constructor refuses a malformed body, so a typo in a template fails when the catalogue loads, not in front of a
 * citizen). The title is fixed text. Filled values are inserted as they are (they are not searched for
 * placeholders in turn); the page that shows the reply escapes them like any other text.
 *
 * @param key   a stable name, lower case with hyphens, e.g. {@code off-topic}
 * @param title a short heading for the moderator's menu and the reply
 * @param body  the reply, with placeholders
 */
public record ResponseTemplate(String key, String title, String body) {

    public ResponseTemplate {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        if (!key.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("a template key is lower case with hyphens, was " + key);
        }
        if (title.isBlank() || body.isBlank()) {
            throw new IllegalArgumentException("template " + key + " needs a title and a body");
        }
        if (title.indexOf('{') >= 0) {
            throw new IllegalArgumentException("template " + key + ": the title is fixed text, without placeholders");
        }
        placeholders(key, body);
    }

    /** The body's placeholder names, in the order they first appear. */
    public Set<String> placeholders() {
        return placeholders(key, body);
    }

    /**
     * The body with every placeholder replaced by its value.
     *
     * @param values a value for each placeholder, and nothing else
     * @throws PlaceholderMismatch if a placeholder has no value or a blank one, or a value names no placeholder
     */
    public String fill(Map<String, String> values) {
        var names = placeholders();
        var missing = new TreeSet<String>();
        for (var name : names) {
            String value = values.get(name);
            if (value == null || value.isBlank()) {
                missing.add(name);
            }
        }
        var unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(names);
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new PlaceholderMismatch(key, missing, unknown);
        }
        var sb = new StringBuilder(body.length() + 64);
        int i = 0;
        while (i < body.length()) {
            int open = body.indexOf('{', i);
            if (open < 0) {
                sb.append(body, i, body.length());
                break;
            }
            int close = body.indexOf('}', open);
            sb.append(body, i, open).append(values.get(body.substring(open + 1, close)).strip());
            i = close + 1;
        }
        return sb.toString();
    }

    private static Set<String> placeholders(String key, String body) {
        var names = new LinkedHashSet<String>();
        int i = 0;
        while ((i = body.indexOf('{', i)) >= 0) {
            int close = body.indexOf('}', i);
            String name = close < 0 ? "" : body.substring(i + 1, close);
            if (!name.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("template " + key + ": malformed placeholder at character " + i
                        + " (placeholders look like {source_link})");
            }
            names.add(name);
            i = close + 1;
        }
        return Collections.unmodifiableSet(names);
    }
}

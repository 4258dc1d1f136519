package org.agora.moderation.control;

import java.util.Set;

/**
 * The values given to fill a {@link ResponseTemplate} do not match its placeholders: some are missing (or blank),
 * or some name no placeholder of the template (usually a typo, or the wrong template).
 */
public class PlaceholderMismatch extends IllegalArgumentException {

    private final String template;
    private final Set<String> missing;
    private final Set<String> unknown;

    PlaceholderMismatch(String template, Set<String> missing, Set<String> unknown) {
        super(message(template, missing, unknown));
        this.template = template;
        this.missing = Set.copyOf(missing);
        this.unknown = Set.copyOf(unknown);
    }

    private static String message(String template, Set<String> missing, Set<String> unknown) {
        var sb = new StringBuilder("Cannot fill response template ").append(template).append(':');
        if (!missing.isEmpty()) {
            sb.append(" no value for ").append(braced(missing));
        }
        if (!unknown.isEmpty()) {
            sb.append(missing.isEmpty() ? " " : "; ").append("it has no placeholder ").append(braced(unknown));
        }
        return sb.toString();
    }

    private static String braced(Set<String> names) {
        var sb = new StringBuilder();
        for (var name : names) {
            sb.append(sb.length() == 0 ? "" : ", ").append('{').append(name).append('}');
        }
        return sb.toString();
    }

    /** The template's key. */
    public String template() {
        return template;
    }

    /** Placeholders of the template that were given no value, or a blank one. */
    public Set<String> missing() {
        return missing;
    }

    /** Names given a value that are not placeholders of the template. */
    public Set<String> unknown() {
        return unknown;
    }
}

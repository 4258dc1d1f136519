package org.agora.ideas.boundary;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An officer's step on an idea: {@code REVIEW}, {@code ACCEPT}, {@code REJECT} (reason required), {@code MERGE}
 * (with the draft version number that contains it) or {@code DUPLICATE} (with the idea it duplicates).
 */
public record IdeaDecision(
        @NotNull(message = "{agora.required}")
        @Pattern(regexp = "REVIEW|ACCEPT|REJECT|MERGE|DUPLICATE", message = "{agora.idea.action}") String action,
        @Size(max = 4000, message = "{agora.size.max}") String reason,
        @Min(value = 1, message = "{agora.min}") Integer version,
        @Min(value = 1, message = "{agora.min}") Long duplicateOf) {
}

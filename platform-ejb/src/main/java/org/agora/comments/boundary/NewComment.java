package org.agora.comments.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A comment as a participant writes it: Markdown text; for a reply the comment it answers; for a new thread an
 * optional stance and an optional anchor on a paragraph (and passage) of the round's draft, or the idea it
 * discusses (co-development rounds).
 */
public record NewComment(
        @NotBlank(message = "{agora.required}") @Size(max = 20000, message = "{agora.size.max}") String text,
        Long replyTo,
        @Pattern(regexp = "SUPPORT|OPPOSE|NEUTRAL", message = "{agora.comment.stance}") String stance,
        @Valid AnchorRequest anchor,
        @Min(value = 1, message = "{agora.min}") Long idea) {

    /** A paragraph key, and for a passage the quoted text with its context and position. */
    public record AnchorRequest(
            @NotBlank(message = "{agora.required}") @Size(max = 16, message = "{agora.size.max}") String paragraphKey,
            @Size(max = 2000, message = "{agora.size.max}") String exact,
            @Size(max = 200, message = "{agora.size.max}") String prefix,
            @Size(max = 200, message = "{agora.size.max}") String suffix,
            @Min(value = 0, message = "{agora.min}") Integer position) {
    }
}

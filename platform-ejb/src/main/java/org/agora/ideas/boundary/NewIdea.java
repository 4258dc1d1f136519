package org.agora.ideas.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An idea or, when {@code proposedText} is given, an amendment: the replacement Markdown for the paragraph named by
 * {@code paragraphKey} in the round's draft, with {@code text} explaining why.
 */
public record NewIdea(
        @NotBlank(message = "{agora.required}") @Size(max = 200, message = "{agora.size.max}") String title,
        @NotBlank(message = "{agora.required}") @Size(max = 20000, message = "{agora.size.max}") String text,
        @Size(max = 16, message = "{agora.size.max}") String paragraphKey,
        @Size(max = 20000, message = "{agora.size.max}") String proposedText) {
}

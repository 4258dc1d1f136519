package org.agora.drafts.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A draft version to publish: the whole text in Markdown (or plain text), and what changed. */
public record NewVersion(
        @NotBlank(message = "{agora.required}")
        @Size(max = Drafts.MAX_CHARACTERS, message = "{agora.size.max}") String markdown,
        @Size(max = 4000, message = "{agora.size.max}") String changelog) {
}

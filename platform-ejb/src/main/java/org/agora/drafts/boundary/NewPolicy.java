package org.agora.drafts.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an officer sends to start a policy. {@code agency} only for administrators. */
public record NewPolicy(
        @NotBlank(message = "{agora.required}") @Size(min = 3, max = 200, message = "{agora.size}") String title,
        @Size(max = 4000, message = "{agora.size.max}") String summary,
        @Size(max = 200, message = "{agora.size.max}") String agency) {
}

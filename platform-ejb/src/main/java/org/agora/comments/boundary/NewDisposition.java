package org.agora.comments.boundary;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What the agency did with one or more comments (thread roots of the round): the outcome, why, and for accepted
 * comments the version (by number) and paragraphs that answer them.
 */
public record NewDisposition(
        @NotEmpty(message = "{agora.required}") @Size(max = 500, message = "{agora.size.max}") List<Long> commentIds,
        @NotNull(message = "{agora.required}")
        @Pattern(regexp = "ACCEPTED|PARTLY|NOT_ACCEPTED|OUT_OF_SCOPE", message = "{agora.disposition.outcome}")
        String outcome,
        @NotBlank(message = "{agora.required}") @Size(max = 4000, message = "{agora.size.max}") String reason,
        @Min(value = 1, message = "{agora.min}") Integer answeredInVersion,
        @Size(max = 20, message = "{agora.size.max}") List<String> paragraphKeys) {
}

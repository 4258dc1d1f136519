package org.agora.questions.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.agora.questions.entity.FaqEntry;

/** The wording of an FAQ entry, in Markdown: the officer may rephrase both to leave out private details. */
public record NewFaqEntry(
        @NotBlank(message = "{agora.required}")
        @Size(max = FaqEntry.QUESTION_MAX, message = "{agora.size.max}")
        String question,

        @NotBlank(message = "{agora.required}")
        @Size(max = FaqEntry.ANSWER_MAX, message = "{agora.size.max}")
        String answer) {
}

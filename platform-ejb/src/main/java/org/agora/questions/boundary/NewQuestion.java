package org.agora.questions.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.agora.questions.entity.Question;

/**
 * What a citizen sends to ask: a short title, the question in Markdown, and whether everyone may read it (private by
 * default: only the asker and the round's agency see it).
 */
public record NewQuestion(
        @NotBlank(message = "{agora.required}")
        @Size(min = Question.TITLE_MIN, max = Question.TITLE_MAX, message = "{agora.size}")
        String title,

        @NotBlank(message = "{agora.required}")
        @Size(max = Questions.BODY_MAX, message = "{agora.size.max}")
        String body,

        @JsonbProperty("public")
        Boolean isPublic) {

    public boolean publicQuestion() {
        return Boolean.TRUE.equals(isPublic);
    }
}

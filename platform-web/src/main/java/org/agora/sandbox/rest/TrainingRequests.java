package org.agora.sandbox.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request bodies of the training API. */
public final class TrainingRequests {

    static final String KEY = "[a-z][a-z0-9-]{0,63}";

    private TrainingRequests() {
    }

    /**
     * A run: {@code scenario} and {@code speed} (scenario minutes per real minute, 1–60, default 12: an hour in five
     * minutes) for a run of one's own; {@code class} for one's place in a class (its scenario and speed).
     */
    public record NewRun(
            @Pattern(regexp = KEY, message = "{agora.training.scenario}") String scenario,
            @Min(value = 1, message = "{agora.training.speed}") @Max(value = 60, message = "{agora.training.speed}")
            Integer speed,
            @jakarta.json.bind.annotation.JsonbProperty("class") @Positive(message = "{agora.positive}")
            Long classId) {
    }

    /** The answer to the scenario's question about the engagement mode. */
    public record ModeAnswer(
            @NotNull(message = "{agora.required}") @Pattern(regexp = "BROADCAST|CONSULTATION|CO_DEVELOPMENT"
                    + "|CUSTOMER_SERVICE", message = "{agora.engagement.mode}") String mode) {
    }

    /** The trainee's engagement plan: goals, how success is measured, the communities to reach. */
    public record Plan(
            @NotBlank(message = "{agora.required}") @Size(max = 4000, message = "{agora.size.max}") String text) {
    }

    /** A class: a scenario at one speed for trainees named by their user names. */
    public record NewClass(
            @Size(max = 200, message = "{agora.size.max}") String title,
            @NotNull(message = "{agora.required}") @Pattern(regexp = KEY, message = "{agora.training.scenario}")
            String scenario,
            @Min(value = 1, message = "{agora.training.speed}") @Max(value = 60, message = "{agora.training.speed}")
            Integer speed,
            @NotNull(message = "{agora.required}") @Size(min = 1, max = 200, message = "{agora.size.max.items}")
            List<@NotBlank(message = "{agora.required}") @Size(max = 100, message = "{agora.size.max}") String>
            trainees) {
    }
}

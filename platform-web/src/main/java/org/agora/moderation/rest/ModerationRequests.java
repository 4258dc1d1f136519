package org.agora.moderation.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request bodies of the moderation API. */
public final class ModerationRequests {

    static final String REASON = "SPAM|ABUSE|OFF_TOPIC|MISINFORMATION|PRIVACY|OTHER";

    private ModerationRequests() {
    }

    public record NewFlag(
            @NotNull(message = "{agora.required}") @Pattern(regexp = "[a-z][a-z-]{0,31}",
                    message = "{agora.content.type}") String contentType,
            @NotNull(message = "{agora.required}") @Positive(message = "{agora.positive}") Long contentId,
            @NotNull(message = "{agora.required}") @Pattern(regexp = REASON, message = "{agora.flag.reason}")
            String reason,
            @Size(max = 1000, message = "{agora.size.max}") String details) {
    }

    /**
     * A decision. {@code days}: a mute's length (1–90, default 7), a block's (1–3650; none: for good), an
     * escalation's due time (default 2 days for the agency, 5 for legal). {@code caseVersion}: the version of the
     * case the moderator read; when given and the case changed since, the decision is refused.
     */
    public record DecisionRequest(
            @NotNull(message = "{agora.required}") @Pattern(
                    regexp = "approve|hide|remove|warn-author|mute-author|block-author|lock-thread|escalate"
                            + "|escalate-legal|agency-responds",
                    message = "{agora.moderation.action}") String action,
            @Pattern(regexp = REASON, message = "{agora.flag.reason}") String reasonCode,
            @Size(max = 4000, message = "{agora.size.max}") String statement,
            @Min(value = 1, message = "{agora.min}") @Max(value = 3650, message = "{agora.range}") Integer days,
            @PositiveOrZero(message = "{agora.min}") Long caseVersion) {
    }

    public record BulkDecisionRequest(
            @NotNull(message = "{agora.required}") @Size(min = 1, max = 100, message = "{agora.size}")
            List<@NotNull @Positive Long> caseIds,
            @NotNull(message = "{agora.required}") @Pattern(
                    regexp = "approve|hide|remove|warn-author|mute-author|block-author|lock-thread|escalate"
                            + "|escalate-legal",
                    message = "{agora.moderation.action}") String action,
            @Pattern(regexp = REASON, message = "{agora.flag.reason}") String reasonCode,
            @Size(max = 4000, message = "{agora.size.max}") String statement,
            @Min(value = 1, message = "{agora.min}") @Max(value = 3650, message = "{agora.range}") Integer days) {
    }

    /** Sending an escalated case on to legal: what legal is asked, and how many days they have (default 5). */
    public record EscalationRequest(
            @NotBlank(message = "{agora.required}") @Size(max = 4000, message = "{agora.size.max}")
            String statement,
            @Min(value = 1, message = "{agora.min}") @Max(value = 90, message = "{agora.range}") Integer days) {
    }

    /** An agency's own wording of a response template. */
    public record TemplateRequest(
            @NotBlank(message = "{agora.required}") @Size(max = 200, message = "{agora.size.max}") String title,
            @NotBlank(message = "{agora.required}") @Size(max = 4000, message = "{agora.size.max}") String body) {
    }

    public record StatementRequest(
            @NotBlank(message = "{agora.required}") @Size(max = 4000, message = "{agora.size.max}")
            String statement) {
    }

    public record RulingRequest(
            @NotNull(message = "{agora.required}") @Pattern(regexp = "uphold|reverse",
                    message = "{agora.moderation.ruling}") String outcome,
            @NotBlank(message = "{agora.required}") @Size(max = 4000, message = "{agora.size.max}")
            String statement) {
    }

    public record ReplyRequest(
            @NotBlank(message = "{agora.required}") @Size(max = 5000, message = "{agora.size.max}") String text) {
    }

    public record SlowModeRequest(
            @Min(value = 0, message = "{agora.min}") @Max(value = 86400, message = "{agora.range}") int seconds,
            @NotBlank(message = "{agora.required}") @Size(max = 4000, message = "{agora.size.max}")
            String statement) {
    }
}

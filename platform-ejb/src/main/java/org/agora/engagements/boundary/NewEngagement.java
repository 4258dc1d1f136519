package org.agora.engagements.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.agora.engagements.entity.Engagement;
import org.agora.engagements.entity.Mode;

/** What an officer sends to create a round. Dates are ISO-8601 instants, e.g. {@code 2026-12-01T09:00:00Z}. */
public record NewEngagement(
        @NotBlank(message = "{agora.required}")
        @Size(min = 3, max = Engagement.TITLE_MAX, message = "{agora.size}")
        String title,

        @Size(max = Engagement.SUMMARY_MAX, message = "{agora.size.max}")
        String summary,

        @NotNull(message = "{agora.required}")
        @Pattern(regexp = NewEngagement.MODES, message = "{agora.engagement.mode}")
        String mode,

        /** Only for administrators; an agency officer's rounds always belong to their own agency. */
        @Size(max = Engagement.AGENCY_MAX, message = "{agora.size.max}")
        String agency,

        Instant opensAt,

        Instant closesAt,

        /** The published draft version this round discusses (consultation and co-development rounds). */
        Long draftVersionId,

        @Valid
        Settings settings) {

    /**
     * Round settings; anything left out keeps its default. {@code slaWorkingHours}: working hours until a question
     * in a customer-service or broadcast round is due for an answer (1–720, default 16). {@code maxUploadMegabytes}:
     * the largest evidence file the round takes (1–100, default 20).
     */
    public record Settings(Boolean commentsEnabled, Boolean preModeration, Boolean attachmentsAllowed,
            Integer maxCommentLength, Integer slowModeSeconds, Integer autoHideThreshold, Integer slaWorkingHours,
            Integer maxUploadMegabytes) {
    }


    /** The accepted values of {@link #mode()}, as a pattern. */
    public static final String MODES = "BROADCAST|CONSULTATION|CO_DEVELOPMENT|CUSTOMER_SERVICE";

    public Mode modeValue() {
        return Mode.valueOf(mode);
    }
}

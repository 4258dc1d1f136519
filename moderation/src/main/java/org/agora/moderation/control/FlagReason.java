package org.agora.moderation.control;

import java.util.Objects;

/**
 * Why a participant flags content: a {@link ReasonCode} and, optionally, details in their own words. Details are
 * required when the code says nothing by itself ({@link ReasonCode#requiresDetails()}, i.e. {@code OTHER}), and
 * are at most {@value #MAX_DETAILS} characters. Details are trimmed; absent details are the empty string.
 *
 * @throws CaseRefused {@code flag-needs-details} or {@code flag-details-too-long}
 */
public record FlagReason(ReasonCode code, String details) {

    public static final int MAX_DETAILS = 1_000;

    public FlagReason {
        Objects.requireNonNull(code, "code");
        details = details == null ? "" : details.strip();
        if (code.requiresDetails() && details.isEmpty()) {
            throw CaseRefused.invalid("flag-needs-details",
                    "Cannot flag for \"" + code.label() + "\" without saying what is wrong");
        }
        if (details.length() > MAX_DETAILS) {
            throw CaseRefused.invalid("flag-details-too-long",
                    "Cannot flag with details longer than " + MAX_DETAILS + " characters");
        }
    }

    /** A flag with a code and no details (refused for codes that need details). */
    public static FlagReason of(ReasonCode code) {
        return new FlagReason(code, "");
    }
}

package org.agora.questions.entity;

/**
 * Where a question is: WAITING for an officer (new, released, or after a follow-up), CLAIMED by one officer who is
 * writing the answer, ANSWERED officially (the asker may follow up or resolve), RESOLVED by the asker (final).
 */
public enum State {
    WAITING, CLAIMED, ANSWERED, RESOLVED;

    /** Whether an officer owes an answer: the service-level clock runs. */
    public boolean awaitsOfficer() {
        return this == WAITING || this == CLAIMED;
    }

    String label() {
        return switch (this) {
            case WAITING -> "waiting for an officer";
            case CLAIMED -> "being answered";
            case ANSWERED -> "answered";
            case RESOLVED -> "resolved";
        };
    }
}

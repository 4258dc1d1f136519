package org.agora.moderation.boundary;

/** A moderation case changed (new, flagged, claimed, decided …): announced after the transaction commits. */
public record CaseChanged(long caseId, long roundId, String state, String realm) {
}

package org.agora.moderation.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.agora.moderation.control.CaseBook;
import org.agora.moderation.control.CaseRefused;
import org.agora.moderation.entity.ContentRef;
import org.agora.problems.InvalidField;

/** Moderation of a whole round: slow mode. */
@Stateless
public class RoundModeration {

    @Inject
    CaseBook cases;

    @Inject
    Event<RoundSlowMode> slowModes;

    public void slowMode(Moderator moderator, long roundId, int seconds, String statement) {
        CaseBook.requireRealm(moderator, cases.realm(roundId), "There is no engagement round " + roundId + ".");
        if (seconds < 0 || seconds > 86_400) {
            throw new InvalidField("seconds", "0 (off) to 86400");
        }
        if (statement == null || statement.isBlank()) {
            throw CaseRefused.invalid("statement-required", "Say why the round needs slow mode");
        }
        slowModes.fire(new RoundSlowMode(roundId, seconds));
        cases.audit(new ContentRef("round", roundId, "", "/rounds/" + roundId, 0, roundId), "slow-mode",
                moderator.participantId(), moderator.name(), String.valueOf(seconds), statement);
    }
}

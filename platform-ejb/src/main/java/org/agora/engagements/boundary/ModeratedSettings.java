package org.agora.engagements.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.agora.engagements.entity.Engagement;
import org.agora.engagements.entity.RoundSettings;
import org.agora.moderation.boundary.RoundSlowMode;

/** Moderators may set slow mode on a round (audited by moderation); the other settings stay as the agency chose. */
@ApplicationScoped
public class ModeratedSettings {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    void onSlowMode(@Observes RoundSlowMode request) {
        var round = em.find(Engagement.class, request.roundId());
        if (round == null) {
            throw new org.agora.problems.NotFound("engagement", request.roundId());
        }
        var s = round.settings();
        round.configure(new RoundSettings(s.commentsEnabled(), s.preModeration(), s.attachmentsAllowed(),
                s.maxCommentLength(), request.seconds()));
    }
}

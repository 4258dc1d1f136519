package org.agora.engagements.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.agora.engagements.entity.Engagement;
import org.agora.engagements.entity.RoundSettings;
import org.agora.moderation.boundary.RoundRules;
import org.agora.moderation.boundary.RoundSlowMode;

/**
 * What moderation needs of a round: its auto-hide threshold ({@link RoundRules}); and moderators may set slow mode
 * (audited by moderation) while the other settings stay as the agency chose.
 */
@ApplicationScoped
public class ModeratedSettings implements RoundRules {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Override
    public double autoHideThreshold(long roundId) {
        var round = em.find(Engagement.class, roundId);
        return round == null ? RoundSettings.DEFAULT_AUTO_HIDE_THRESHOLD : round.settings().autoHideThreshold();
    }

    void onSlowMode(@Observes RoundSlowMode request) {
        var round = em.find(Engagement.class, request.roundId());
        if (round == null) {
            throw new org.agora.problems.NotFound("engagement", request.roundId());
        }
        round.configure(round.settings().withSlowModeSeconds(request.seconds()));
    }
}

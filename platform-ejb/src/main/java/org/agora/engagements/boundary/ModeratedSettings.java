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
 * What moderation needs of a round ({@link RoundRules}): its auto-hide threshold, its moderation realm (live, or a
 * training run's) and what time it is there; and moderators may set slow mode (audited by moderation) while the
 * other settings stay as the agency chose.
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

    @Override
    public String realm(long roundId) {
        var round = em.find(Engagement.class, roundId);
        return round == null ? LIVE : round.trainingRunId().map(ModeratedSettings::realmOf).orElse(LIVE);
    }

    /** The moderation realm of a training run's rounds. */
    public static String realmOf(long runId) {
        return "run-" + runId;
    }

    @Override
    public java.time.Instant now(long roundId, java.time.Instant real) {
        var round = em.find(Engagement.class, roundId);
        return round == null ? real : round.now(real);
    }

    void onSlowMode(@Observes RoundSlowMode request) {
        var round = em.find(Engagement.class, request.roundId());
        if (round == null) {
            throw new org.agora.problems.NotFound("engagement", request.roundId());
        }
        round.configure(round.settings().withSlowModeSeconds(request.seconds()));
    }
}

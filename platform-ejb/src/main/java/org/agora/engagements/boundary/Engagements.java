package org.agora.engagements.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.agora.engagements.control.EngagementFinder;
import org.agora.engagements.entity.Action;
import org.agora.engagements.entity.Engagement;
import org.agora.problems.Conflict;
import org.agora.problems.NotFound;

/** Use cases on engagement rounds; one method, one transaction. */
@Stateless
public class Engagements {

    @PersistenceContext
    EntityManager em;

    @Inject
    EngagementFinder finder;

    @Inject
    Clock clock;

    public EngagementView create(NewEngagement request) {
        var engagement = new Engagement(request.title(), request.summary(), request.modeValue(), request.agency(),
                request.opensAt(), request.closesAt(), now());
        em.persist(engagement);
        em.flush();
        return EngagementView.of(engagement);
    }

    public EngagementView get(long id) {
        return EngagementView.of(find(id));
    }

    public EngagementPage list(EngagementQuery query) {
        var items = finder.page(query).stream().map(EngagementView::of).toList();
        return new EngagementPage(items, query.page(), query.size(), finder.count(query));
    }

    /**
     * Performs a lifecycle action. When {@code expectedVersion} is given and the round has changed since the
     * caller read it, nothing happens and a {@link Conflict} is raised.
     */
    public EngagementView perform(long id, Action action, Long expectedVersion) {
        var engagement = find(id);
        if (expectedVersion != null && expectedVersion != engagement.version()) {
            throw new Conflict("The round was changed by someone else (version " + engagement.version()
                    + ", you sent " + expectedVersion + "). Reload it and try again.");
        }
        engagement.perform(action, now());
        em.flush();
        return EngagementView.of(engagement);
    }

    private Engagement find(long id) {
        return finder.byId(id).orElseThrow(() -> new NotFound("engagement round", id));
    }

    private Instant now() {
        return clock.instant();
    }
}

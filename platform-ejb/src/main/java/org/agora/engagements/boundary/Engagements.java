package org.agora.engagements.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.agora.engagements.control.EngagementFinder;
import org.agora.engagements.entity.Action;
import org.agora.engagements.entity.Engagement;
import org.agora.drafts.boundary.Drafts;
import org.agora.engagements.entity.EngagementEvent;
import org.agora.engagements.entity.RoundSettings;
import org.agora.identity.boundary.Actor;
import org.agora.identity.entity.Role;
import org.agora.problems.Conflict;

/**
 * Use cases on engagement rounds; one method, one transaction. Agency officers manage their own agency's rounds,
 * admins all rounds; drafts are visible only to those who may manage them. Every change is recorded with its actor.
 */
@Stateless
public class Engagements {

    @PersistenceContext
    EntityManager em;

    @Inject
    EngagementFinder finder;

    @Inject
    Clock clock;

    @Inject
    Drafts drafts;

    public EngagementView create(Actor actor, NewEngagement request) {
        String agency = actor.agencyForNewItem(request.agency());
        var engagement = new Engagement(request.title(), request.summary(), request.modeValue(), agency,
                request.opensAt(), request.closesAt(), now());
        if (request.draftVersionId() != null) {
            engagement.discuss(drafts.versionForRound(request.draftVersionId(), agency).id());
        }
        if (request.settings() != null) {
            var d = RoundSettings.defaults();
            var s = request.settings();
            engagement.configure(new RoundSettings(
                    s.commentsEnabled() != null ? s.commentsEnabled() : d.commentsEnabled(),
                    s.preModeration() != null ? s.preModeration() : d.preModeration(),
                    s.attachmentsAllowed() != null ? s.attachmentsAllowed() : d.attachmentsAllowed(),
                    s.maxCommentLength() != null ? s.maxCommentLength() : d.maxCommentLength(),
                    s.slowModeSeconds() != null ? s.slowModeSeconds() : d.slowModeSeconds(),
                    s.autoHideThreshold() != null ? s.autoHideThreshold() : d.autoHideThreshold(),
                    s.slaWorkingHours() != null ? s.slaWorkingHours() : d.slaWorkingHours())
                    .withMaxUploadMegabytes(s.maxUploadMegabytes() != null ? s.maxUploadMegabytes()
                            : d.maxUploadMegabytes()));
        }
        em.persist(engagement);
        em.flush();
        record(engagement, EngagementEvent.CREATED, actor);
        return view(engagement);
    }

    public EngagementView get(Optional<Actor> viewer, long id) {
        return view(finder.visibleTo(viewer, id));
    }

    public EngagementPage list(Optional<Actor> viewer, EngagementQuery query) {
        var scoped = query.withDraftsOf(viewer.filter(Actor::isAdmin).isPresent() ? EngagementQuery.ALL_AGENCIES
                : viewer.filter(a -> a.has(Role.AGENCY)).flatMap(Actor::agency).orElse(null));
        var items = finder.page(scoped).stream().map(this::view).toList();
        return new EngagementPage(items, query.page(), query.size(), finder.count(scoped));
    }

    /** The ids of the rounds the actor may manage (all for an admin, up to 1,000 newest). */
    public List<Long> managedRoundIds(Actor actor) {
        var query = actor.isAdmin()
                ? em.createQuery("SELECT e.id FROM Engagement e ORDER BY e.id DESC", Long.class)
                : em.createQuery("SELECT e.id FROM Engagement e WHERE e.agency = :agency ORDER BY e.id DESC", Long.class)
                        .setParameter("agency", actor.agency().orElse(""));
        return query.setMaxResults(1000).getResultList();
    }

    /** Checks that the actor may act on the round for its agency (404 unseen, 403 another agency's). */
    public void requireManagedBy(Actor actor, long id) {
        finder.managedBy(actor, id);
    }

    public List<EngagementHistoryEntry> history(Actor actor, long id) {
        var engagement = finder.managedBy(actor, id);
        return em.createNamedQuery(EngagementEvent.OF_ENGAGEMENT, EngagementEvent.class)
                .setParameter("engagement", engagement.id())
                .getResultStream()
                .map(e -> new EngagementHistoryEntry(e.action(), e.stateAfter().name(), e.actorId().orElse(null),
                        e.actorName(), e.occurredAt()))
                .toList();
    }

    /**
     * Performs a lifecycle action. When {@code expectedVersion} is given and the round has changed since the
     * caller read it, nothing happens and a {@link Conflict} is raised.
     */
    public EngagementView perform(Actor actor, long id, Action action, Long expectedVersion) {
        var engagement = finder.managedBy(actor, id);
        if (expectedVersion != null && expectedVersion != engagement.version()) {
            throw new Conflict("The round was changed by someone else (version " + engagement.version()
                    + ", you sent " + expectedVersion + "). Reload it and try again.");
        }
        engagement.perform(action, now());
        em.flush();
        record(engagement, action.slug(), actor);
        return view(engagement);
    }

    /** A round with the draft it discusses, if any. */
    private EngagementView view(Engagement e) {
        return EngagementView.of(e, e.draftVersionId().flatMap(drafts::reference).orElse(null));
    }

    /** Ids of rounds whose scheduled opening or announced closing time has come: work for the round clock. */
    public List<Long> dueForTransition(Action action) {
        String query = action == Action.OPEN ? Engagement.DUE_TO_OPEN : Engagement.DUE_TO_CLOSE;
        return em.createNamedQuery(query, Engagement.class).setParameter("now", now()).setMaxResults(500)
                .getResultStream().map(Engagement::id).toList();
    }

    private void record(Engagement engagement, String action, Actor actor) {
        em.persist(new EngagementEvent(engagement, action,
                actor.participantId() == 0 ? null : actor.participantId(), actor.displayName(), now()));
    }

    private Instant now() {
        return clock.instant();
    }
}

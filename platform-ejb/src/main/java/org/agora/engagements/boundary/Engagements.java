package org.agora.engagements.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.agora.engagements.control.EngagementFinder;
import org.agora.engagements.entity.Action;
import org.agora.engagements.entity.Engagement;
import org.agora.drafts.boundary.Drafts;
import org.agora.engagements.entity.EngagementEvent;
import org.agora.engagements.entity.Mode;
import org.agora.engagements.entity.RoundSettings;
import org.agora.engagements.entity.ScenarioClock;
import org.agora.engagements.entity.State;
import org.agora.identity.boundary.Actor;
import org.agora.identity.entity.Role;
import org.agora.problems.Conflict;
import org.agora.problems.InvalidField;

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
            engagement.configure(settings(RoundSettings.defaults(), request.settings()));
        }
        em.persist(engagement);
        em.flush();
        record(engagement, EngagementEvent.CREATED, actor);
        return view(engagement, Optional.of(actor));
    }

    /** {@code base} with the members the request gives. */
    private static RoundSettings settings(RoundSettings base, NewEngagement.Settings s) {
        return new RoundSettings(
                s.commentsEnabled() != null ? s.commentsEnabled() : base.commentsEnabled(),
                s.preModeration() != null ? s.preModeration() : base.preModeration(),
                s.attachmentsAllowed() != null ? s.attachmentsAllowed() : base.attachmentsAllowed(),
                s.maxCommentLength() != null ? s.maxCommentLength() : base.maxCommentLength(),
                s.slowModeSeconds() != null ? s.slowModeSeconds() : base.slowModeSeconds(),
                s.autoHideThreshold() != null ? s.autoHideThreshold() : base.autoHideThreshold(),
                s.slaWorkingHours() != null ? s.slaWorkingHours() : base.slaWorkingHours())
                .withMaxUploadMegabytes(s.maxUploadMegabytes() != null ? s.maxUploadMegabytes()
                        : base.maxUploadMegabytes());
    }

    /**
     * Corrects a round: title, summary, dates (extend or shorten a deadline, with a note to the public once the round
     * is public) and settings, as far as its state allows. Every change is recorded in the round's history with what
     * changed; a change of dates of a public round is announced on its pages.
     */
    public EngagementView change(Actor actor, long id, RoundChange change, Long expectedVersion) {
        var engagement = finder.managedBy(actor, id);
        if (expectedVersion != null && expectedVersion != engagement.version()) {
            throw new Conflict("The round was changed by someone else (version " + engagement.version()
                    + ", you sent " + expectedVersion + "). Reload it and try again.");
        }
        var now = finder.now(engagement);
        var changed = new ArrayList<String>();
        if (change.title() != null || change.summary() != null) {
            String title = change.title() != null ? change.title() : engagement.title();
            String summary = change.summary() != null ? change.summary() : engagement.summary().orElse(null);
            if (!title.strip().equals(engagement.title())) {
                changed.add("title");
            }
            if (!Objects.equals(summary == null || summary.isBlank() ? null : summary.strip(),
                    engagement.summary().orElse(null))) {
                changed.add("summary");
            }
            engagement.describe(title, summary);
        }
        String dates = null;
        var closesBefore = engagement.closesAt();
        if (change.opensAt() != null || change.closesAt() != null) {
            var opensBefore = engagement.opensAt();
            boolean closingMoves = change.closesAt() != null && !closesBefore
                    .map(c -> c.equals(change.closesAt().truncatedTo(ChronoUnit.MICROS)))
                    .orElse(false);
            boolean publicRound = engagement.state() != State.DRAFT;
            if (closingMoves && publicRound && (change.note() == null || change.note().isBlank())) {
                throw new InvalidField("note", "is required when the closing time of a round"
                        + " the public can see changes: say why, the round's pages show it");
            }
            engagement.reschedule(change.opensAt(), change.closesAt(), now);
            var parts = new ArrayList<String>();
            if (!opensBefore.equals(engagement.opensAt())) {
                parts.add("opens " + opensBefore.map(Object::toString).orElse("(not set)") + " → "
                        + engagement.opensAt().map(Object::toString).orElse("(not set)"));
            }
            if (!closesBefore.equals(engagement.closesAt())) {
                parts.add("closes " + closesBefore.map(Object::toString).orElse("(not set)") + " → "
                        + engagement.closesAt().map(Object::toString).orElse("(not set)"));
            }
            if (!parts.isEmpty()) {
                dates = String.join("; ", parts);
            }
        }
        if (change.settings() != null) {
            var before = engagement.settings();
            engagement.reconfigure(settings(before, change.settings()));
            var after = engagement.settings();
            if (!EngagementView.settings(before).equals(EngagementView.settings(after))) {
                changed.add("settings: " + EngagementView.settings(after));
            }
        }
        em.flush();
        boolean publicRound = engagement.state() != State.DRAFT;
        if (dates != null) {
            em.persist(EngagementEvent.datesChanged(engagement, actorId(actor), actor.displayName(), now, dates,
                    publicRound && change.note() != null && !change.note().isBlank() ? change.note().strip() : null,
                    closesBefore.orElse(null)));
        }
        if (!changed.isEmpty()) {
            em.persist(new EngagementEvent(engagement, EngagementEvent.CHANGED, actorId(actor), actor.displayName(),
                    now, String.join("; ", changed), null));
        }
        return view(engagement, Optional.of(actor));
    }

    private static Long actorId(Actor actor) {
        return actor.participantId() == 0 ? null : actor.participantId();
    }

    public EngagementView get(Optional<Actor> viewer, long id) {
        return view(finder.visibleTo(viewer, id), viewer);
    }

    public EngagementPage list(Optional<Actor> viewer, EngagementQuery query) {
        var scoped = query.withDraftsOf(viewer.filter(Actor::isAdmin).isPresent() ? EngagementQuery.ALL_AGENCIES
                : viewer.filter(a -> a.has(Role.AGENCY)).flatMap(Actor::agency).orElse(null));
        var items = finder.page(scoped).stream().map(e -> view(e, viewer)).toList();
        return new EngagementPage(items, query.page(), query.size(), finder.count(scoped));
    }

    /**
     * The ids of the rounds the actor may manage (up to 1,000 newest): all live ones for an admin, their agency's for
     * an officer, their training runs' for a trainee.
     */
    public List<Long> managedRoundIds(Actor actor) {
        if (actor.has(Role.TRAINEE) && !actor.training().plays().isEmpty()) {
            return em.createQuery("SELECT e.id FROM Engagement e WHERE e.trainingRunId IN :runs ORDER BY e.id DESC",
                    Long.class).setParameter("runs", actor.training().plays()).setMaxResults(1000).getResultList();
        }
        var query = actor.isAdmin()
                ? em.createQuery("SELECT e.id FROM Engagement e WHERE e.trainingRunId IS NULL ORDER BY e.id DESC",
                        Long.class)
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
                        e.actorName(), e.occurredAt(), e.details().orElse(null), e.publicNote().orElse(null)))
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
        engagement.perform(action, finder.now(engagement));
        em.flush();
        record(engagement, action.slug(), actor);
        return view(engagement, Optional.of(actor));
    }

    /**
     * A round with the draft it discusses, if any, its announcements (changes of dates, newest first), and what the
     * viewer may do in it.
     */
    private EngagementView view(Engagement e, Optional<Actor> viewer) {
        var announcements = em.createNamedQuery(EngagementEvent.ANNOUNCEMENTS, EngagementEvent.class)
                .setParameter("engagement", e.id()).setMaxResults(20).getResultStream()
                .map(a -> new EngagementView.Announcement(a.occurredAt(), a.closesBefore().orElse(null),
                        a.closesAfter().orElse(null), a.publicNote().orElse("")))
                .toList();
        Long run = e.trainingRunId().orElse(null);
        var you = new EngagementView.You(viewer.filter(a -> a.mayManage(e.agency())).isPresent(),
                viewer.filter(a -> run == null ? a.has(Role.MODERATOR) || a.isAdmin() : a.moderatesRun(run))
                        .isPresent(),
                viewer.filter(a -> a.mayContributeTo(run)).isPresent());
        return EngagementView.of(e, e.draftVersionId().flatMap(drafts::reference).orElse(null), finder.now(e),
                announcements, you);
    }

    /** Ids of rounds whose scheduled opening or announced closing time has come: work for the round clock. */
    public List<Long> dueForTransition(Action action) {
        String query = action == Action.OPEN ? Engagement.DUE_TO_OPEN : Engagement.DUE_TO_CLOSE;
        return em.createNamedQuery(query, Engagement.class).setParameter("now", now()).setMaxResults(500)
                .getResultStream().map(Engagement::id).toList();
    }

    private void record(Engagement engagement, String action, Actor actor) {
        em.persist(new EngagementEvent(engagement, action, actorId(actor), actor.displayName(),
                finder.now(engagement)));
    }

    /**
     * A training run's round (ADR 0009): open at once on the run's clock, run by the run's own agency, with the
     * scenario's settings. Its history starts with the run.
     */
    public long createSandboxRound(long runId, String title, String summary, Mode mode, Long draftVersionId,
            boolean preModeration, int slaWorkingHours, Instant closesAt, ScenarioClock runClock) {
        var round = Engagement.sandbox(runId, title, summary, mode, Actor.Training.agencyOf(runId), closesAt,
                runClock, clock.instant());
        if (draftVersionId != null) {
            round.discuss(draftVersionId);
        }
        var d = RoundSettings.defaults();
        round.configure(new RoundSettings(d.commentsEnabled(), preModeration, d.attachmentsAllowed(),
                d.maxCommentLength(), d.slowModeSeconds(), d.autoHideThreshold(), slaWorkingHours)
                .withMaxUploadMegabytes(d.maxUploadMegabytes()));
        em.persist(round);
        em.flush();
        record(round, EngagementEvent.CREATED, Actor.system("Training run " + runId));
        return round.id();
    }

    /** The run paused, resumed or ended: its rounds follow its clock; an ended run's rounds close. */
    public void retimeSandbox(long runId, ScenarioClock runClock, boolean close) {
        for (var round : em.createQuery("SELECT e FROM Engagement e WHERE e.trainingRunId = :run", Engagement.class)
                .setParameter("run", runId).getResultList()) {
            round.retime(runClock);
            if (close && round.state() == State.OPEN) {
                round.close(round.now(clock.instant()));
                record(round, Action.CLOSE.slug(), Actor.system("Training run " + runId));
            }
        }
    }

    private Instant now() {
        return clock.instant();
    }
}

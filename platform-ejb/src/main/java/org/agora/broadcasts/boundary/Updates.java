package org.agora.broadcasts.boundary;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.broadcasts.boundary.UpdateViews.ReachReport;
import org.agora.broadcasts.boundary.UpdateViews.SourceView;
import org.agora.broadcasts.boundary.UpdateViews.UpdatePage;
import org.agora.broadcasts.boundary.UpdateViews.UpdateReach;
import org.agora.broadcasts.boundary.UpdateViews.UpdateView;
import org.agora.broadcasts.control.ReaderHash;
import org.agora.broadcasts.control.ReaderHash.Reader;
import org.agora.broadcasts.entity.CitedSource;
import org.agora.broadcasts.entity.Reaction;
import org.agora.broadcasts.entity.Reading;
import org.agora.broadcasts.entity.Update;
import org.agora.drafts.control.MarkdownBlocks;
import org.agora.engagements.control.EngagementFinder;
import org.agora.engagements.entity.Engagement;
import org.agora.engagements.entity.Mode;
import org.agora.engagements.entity.State;
import org.agora.identity.boundary.Actor;
import org.agora.problems.NotFound;

/**
 * Use cases of broadcast rounds: officers of the round's agency (and admins) post, edit and withdraw updates with
 * their cited sources; signed-in people react; everyone reads, and reading is counted as reach (see
 * {@link Readership}); the agency sees the reach figures.
 */
@Stateless
public class Updates {

    private static final Logger LOG = Logger.getLogger(Updates.class.getName());
    private static final String READ_ONLY = "eclipselink.read-only";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    org.agora.moderation.boundary.Sanctions sanctions;

    @Inject
    EngagementFinder rounds;

    @Inject
    Readership readership;

    public UpdateView post(Actor actor, long roundId, NewUpdate request) {
        var round = postableRound(actor, roundId);
        Instant now = rounds.now(round);
        String markdown = MarkdownBlocks.normalise(request.body()).strip();
        var update = new Update(round.id(), actor.participantId(), actor.displayName(), request.title(), markdown,
                MarkdownBlocks.html(markdown), request.isPinned(), now);
        em.persist(update);
        em.flush();
        var sources = citeAll(update.id(), request.sourcesOrNone());
        return view(update, round, sources, Map.of(), null, true);
    }

    /** Replaces an update's title, text, sources and pin; it shows as edited. */
    public UpdateView edit(Actor actor, long updateId, NewUpdate request) {
        var update = find(updateId);
        var round = postableRound(actor, update.engagementId());
        String markdown = MarkdownBlocks.normalise(request.body()).strip();
        update.edit(request.title(), markdown, MarkdownBlocks.html(markdown), request.isPinned(), rounds.now(round));
        // a bulk delete runs now, before the new rows are inserted at flush: positions stay unique
        em.createNamedQuery(CitedSource.DELETE_OF_UPDATE).setParameter("id", updateId).executeUpdate();
        citeAll(updateId, request.sourcesOrNone());
        em.flush();
        return single(update, round, Optional.of(actor));
    }

    /** Takes an update back: it stays listed as withdrawn, with the date and the reason given. */
    public UpdateView withdraw(Actor actor, long updateId, String reason) {
        var update = find(updateId);
        var round = rounds.managedBy(actor, update.engagementId());
        update.withdraw(reason, rounds.now(round));
        em.flush();
        return single(update, round, Optional.of(actor));
    }

    /** One reaction per person and update: a second call changes it. */
    public UpdateView react(Actor actor, long updateId, Reaction.Kind kind) {
        var update = find(updateId);
        sanctions.requireNotBlocked(actor.participantId());
        var round = reactableRound(actor, update);
        Instant now = rounds.now(round);
        var existing = em.find(Reaction.class, new Reaction.Key(updateId, actor.participantId()));
        if (existing == null) {
            em.persist(new Reaction(updateId, actor.participantId(), kind, now));
        } else {
            existing.change(kind, now);
        }
        em.flush();
        return single(update, round, Optional.of(actor));
    }

    /** Removes one's reaction (nothing happens if there was none). */
    public UpdateView unreact(Actor actor, long updateId) {
        var update = find(updateId);
        var round = reactableRound(actor, update);
        var existing = em.find(Reaction.class, new Reaction.Key(updateId, actor.participantId()));
        if (existing != null) {
            em.remove(existing);
            em.flush();
        }
        return single(update, round, Optional.of(actor));
    }

    /** The round's updates, pinned first, then newest first; each published one on the page counts as read. */
    public UpdatePage page(Optional<Actor> viewer, long roundId, int page, int size, Reader reader) {
        var round = broadcastRound(viewer, roundId);
        var updates = em.createNamedQuery(Update.OF_ROUND, Update.class).setParameter("round", roundId)
                .setHint(READ_ONLY, true).setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = em.createNamedQuery(Update.COUNT_OF_ROUND, Long.class).setParameter("round", roundId)
                .getSingleResult();
        var ids = updates.stream().map(Update::id).toList();
        var sources = sourcesOf(ids);
        var counts = counts(ids);
        var mine = viewer.map(a -> mine(a, ids)).orElse(Map.of());
        boolean manages = viewer.filter(a -> a.mayManage(round.agency())).isPresent();
        var items = updates.stream().map(u -> view(u, round, sources.getOrDefault(u.id(), List.of()),
                counts.getOrDefault(u.id(), Map.of()), mine.get(u.id()), manages)).toList();
        count(viewer, round, updates, reader);
        return new UpdatePage(items, page, size, total);
    }

    /** One update; reading it counts. */
    public UpdateView get(Optional<Actor> viewer, long updateId, Reader reader) {
        var update = find(updateId);
        var round = broadcastRound(viewer, update.engagementId());
        count(viewer, round, List.of(update), reader);
        return single(update, round, viewer);
    }

    /** Reach of every update of the round and in total: for the round's agency and admins only. */
    public ReachReport reach(Actor actor, long roundId) {
        var round = rounds.managedBy(actor, roundId);
        if (round.mode() != Mode.BROADCAST) {
            throw UpdateRefused.notBroadcast(round.mode().name());
        }
        var updates = em.createNamedQuery(Update.OF_ROUND, Update.class).setParameter("round", roundId)
                .setHint(READ_ONLY, true).getResultList();
        var ids = updates.stream().map(Update::id).toList();
        Map<Long, Long> all = new HashMap<>();
        Map<Long, Long> today = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createNamedQuery(Reading.REACH, Object[].class).setParameter("ids", ids).getResultStream()
                    .forEach(row -> all.put((Long) row[0], ((Number) row[1]).longValue()));
            em.createNamedQuery(Reading.REACH_ON, Object[].class).setParameter("ids", ids)
                    .setParameter("day", ReaderHash.day(clock.instant())).getResultStream()
                    .forEach(row -> today.put((Long) row[0], ((Number) row[1]).longValue()));
        }
        var perUpdate = updates.stream().map(u -> new UpdateReach(u.id(), u.title(), u.state().name(),
                all.getOrDefault(u.id(), 0L), today.getOrDefault(u.id(), 0L))).toList();
        return new ReachReport(roundId, perUpdate.stream().mapToLong(UpdateReach::reach).sum(),
                perUpdate.stream().mapToLong(UpdateReach::readersToday).sum(), perUpdate);
    }

    /**
     * Counts a reading of the published updates by anyone but the round's own officers and admins (their reading
     * would inflate the figure). Never fails the read: a lost race only means the reader was already counted.
     */
    private void count(Optional<Actor> viewer, Engagement round, List<Update> updates, Reader reader) {
        if (reader == null || viewer.filter(a -> a.mayManage(round.agency())).isPresent()) {
            return;
        }
        var ids = updates.stream().filter(u -> !u.isWithdrawn()).map(Update::id).toList();
        try {
            readership.read(ids, reader);
        } catch (EJBException | jakarta.persistence.PersistenceException raced) {
            LOG.log(Level.FINE, "A reading was not recorded (already counted)", raced);
        }
    }

    private UpdateView single(Update update, Engagement round, Optional<Actor> viewer) {
        var ids = List.of(update.id());
        return view(update, round, sourcesOf(ids).getOrDefault(update.id(), List.of()),
                counts(ids).getOrDefault(update.id(), Map.of()), viewer.map(a -> mine(a, ids).get(update.id()))
                        .orElse(null), viewer.filter(a -> a.mayManage(round.agency())).isPresent());
    }

    private List<CitedSource> citeAll(long updateId, List<NewUpdate.SourceRequest> requests) {
        var sources = new ArrayList<CitedSource>();
        for (int i = 0; i < requests.size(); i++) {
            var r = requests.get(i);
            var source = new CitedSource(updateId, i, r.url(), r.title(), r.quote());
            em.persist(source);
            sources.add(source);
        }
        return sources;
    }

    /** A broadcast round of the actor's agency that takes updates now: scheduled or open. */
    private Engagement postableRound(Actor actor, long roundId) {
        var round = broadcastRound(Optional.of(actor), roundId);
        rounds.managedBy(actor, roundId);
        boolean open = round.state() == State.OPEN && round.isAcceptingContributions(rounds.now(round));
        if (!(open || round.state() == State.SCHEDULED)) {
            throw UpdateRefused.roundNotOpenForPosting(round.state().name());
        }
        return round;
    }

    private Engagement reactableRound(Actor actor, Update update) {
        var round = broadcastRound(Optional.of(actor), update.engagementId());
        rounds.forContribution(actor, round.id());
        update.requirePublished();
        if (!round.isAcceptingContributions(rounds.now(round))) {
            throw UpdateRefused.roundNotOpenForReactions();
        }
        return round;
    }

    private Engagement broadcastRound(Optional<Actor> viewer, long roundId) {
        var round = rounds.visibleTo(viewer, roundId);
        if (round.mode() != Mode.BROADCAST) {
            throw UpdateRefused.notBroadcast(round.mode().name());
        }
        return round;
    }

    private Update find(long id) {
        var update = em.find(Update.class, id);
        if (update == null) {
            throw new NotFound("update", id);
        }
        return update;
    }

    private Map<Long, List<CitedSource>> sourcesOf(List<Long> ids) {
        var byUpdate = new HashMap<Long, List<CitedSource>>();
        if (!ids.isEmpty()) {
            for (var s : em.createNamedQuery(CitedSource.OF_UPDATES, CitedSource.class).setParameter("ids", ids)
                    .setHint(READ_ONLY, true).getResultList()) {
                byUpdate.computeIfAbsent(s.updateId(), k -> new ArrayList<>()).add(s);
            }
        }
        return byUpdate;
    }

    private Map<Long, Map<Reaction.Kind, Long>> counts(List<Long> ids) {
        var counts = new HashMap<Long, Map<Reaction.Kind, Long>>();
        if (!ids.isEmpty()) {
            for (var row : em.createNamedQuery(Reaction.COUNTS, Object[].class).setParameter("ids", ids)
                    .getResultList()) {
                counts.computeIfAbsent((Long) row[0], k -> new HashMap<>())
                        .put((Reaction.Kind) row[1], ((Number) row[2]).longValue());
            }
        }
        return counts;
    }

    private Map<Long, Reaction.Kind> mine(Actor actor, List<Long> ids) {
        var mine = new HashMap<Long, Reaction.Kind>();
        if (!ids.isEmpty()) {
            for (var r : em.createNamedQuery(Reaction.MINE, Reaction.class).setParameter("ids", ids)
                    .setParameter("me", actor.participantId()).getResultList()) {
                mine.put(r.updateId(), r.kind());
            }
        }
        return mine;
    }

    private static UpdateView view(Update u, Engagement round, List<CitedSource> sources,
            Map<Reaction.Kind, Long> counts, Reaction.Kind mine, boolean manages) {
        boolean withdrawn = u.isWithdrawn();
        return new UpdateView(u.id(), u.engagementId(), u.title(), withdrawn ? null : u.html(),
                manages && !withdrawn ? u.markdown() : null,
                withdrawn ? List.of() : sources.stream().map(s -> new SourceView(s.url(), s.title(),
                        s.quote().orElse(null))).toList(),
                round.agency(), u.authorName(), u.state().name(), u.pinned(), u.createdAt(), u.editedAt().orElse(null),
                u.withdrawnAt().orElse(null), u.withdrawalReason().orElse(null),
                counts.getOrDefault(Reaction.Kind.HELPFUL, 0L), counts.getOrDefault(Reaction.Kind.NOT_HELPFUL, 0L),
                mine == null ? null : mine.name(), manages);
    }
}

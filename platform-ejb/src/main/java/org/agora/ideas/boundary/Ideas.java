package org.agora.ideas.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.agora.drafts.boundary.Drafts;
import org.agora.drafts.boundary.VersionPublished;
import org.agora.drafts.control.MarkdownBlocks;
import org.agora.drafts.control.WordDiff;
import org.agora.engagements.control.EngagementFinder;
import org.agora.engagements.entity.Engagement;
import org.agora.engagements.entity.Mode;
import org.agora.ideas.boundary.IdeaViews.Amendment;
import org.agora.ideas.boundary.IdeaViews.IdeaPage;
import org.agora.ideas.boundary.IdeaViews.IdeaView;
import org.agora.ideas.boundary.IdeaViews.Merged;
import org.agora.ideas.boundary.IdeaViews.Segment;
import org.agora.ideas.boundary.IdeaViews.StagedAmendment;
import org.agora.ideas.boundary.IdeaViews.StagedDraft;
import org.agora.ideas.control.Staging;
import org.agora.ideas.entity.Idea;
import org.agora.ideas.entity.IdeaRefused;
import org.agora.ideas.entity.IdeaVote;
import org.agora.identity.boundary.Actor;
import org.agora.moderation.boundary.Admissions;
import org.agora.moderation.boundary.Contribution;
import org.agora.moderation.boundary.Sanctions;
import org.agora.problems.InvalidField;
import org.agora.problems.NotFound;

/**
 * Co-development rounds: participants propose ideas and amendments and support them; the round's agency moves them
 * through their states; accepted amendments are staged for the next draft version and become merged when a version
 * containing their text is published.
 */
@Stateless
public class Ideas {

    public enum Sort { SUPPORTED, NEWEST, OLDEST }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    EngagementFinder rounds;

    @Inject
    Drafts drafts;


    @Inject
    Admissions admissions;

    @Inject
    Sanctions sanctions;

    public IdeaView propose(Actor actor, long roundId, NewIdea request) {
        var round = rounds.forContribution(actor, roundId);
        Instant now = rounds.now(round);
        requireOpenCoDevelopment(round, now);
        String title = MarkdownBlocks.normalise(request.title()).strip();
        String text = MarkdownBlocks.normalise(request.text()).strip();
        String proposed = request.proposedText() == null ? null
                : MarkdownBlocks.normalise(request.proposedText()).strip();
        String paragraphKey = request.paragraphKey() == null || request.paragraphKey().isBlank() ? null
                : request.paragraphKey().strip();
        if (proposed != null && paragraphKey == null) {
            throw new InvalidField("paragraphKey", "is required for an amendment: name the paragraph it changes");
        }
        var source = paragraphKey == null ? null : roundDraft(round);
        var paragraph = source == null ? null : source.paragraph(paragraphKey)
                .orElseThrow(() -> new InvalidField("paragraphKey", "names no paragraph of the round's draft"));
        var stored = new Idea[1];
        admissions.admit(Contribution.of(IdeaModeration.TYPE, proposed != null ? "amendment" : "idea", roundId,
                actor.participantId(), title + "\n\n" + text + (proposed == null ? "" : "\n\n" + proposed),
                Contribution.publicIn(round.settings().preModeration())), held -> {
                    Idea idea = proposed != null
                            ? Idea.amend(roundId, actor.participantId(), actor.displayName(), title, text,
                                    MarkdownBlocks.html(text), paragraphKey, source.versionId(), paragraph.markdown(),
                                    proposed, now)
                            : Idea.propose(roundId, actor.participantId(), actor.displayName(), title, text,
                                    MarkdownBlocks.html(text), paragraphKey, source == null ? null : source.versionId(),
                                    now);
                    if (held) {
                        idea.moderate(Idea.Moderation.HELD, null);
                    }
                    em.persist(idea);
                    em.flush();
                    stored[0] = idea;
                    return IdeaModeration.ref(idea);
                });
        return view(stored[0], Set.of(), actor.participantId());
    }

    private static void requireOpenCoDevelopment(Engagement round, Instant now) {
        if (round.mode() != Mode.CO_DEVELOPMENT) {
            throw IdeaRefused.notCoDevelopment();
        }
        if (!round.isAcceptingContributions(now)) {
            throw IdeaRefused.roundNotOpen();
        }
    }

    private Drafts.VersionSource roundDraft(Engagement round) {
        return round.draftVersionId().flatMap(drafts::source).orElseThrow(IdeaRefused::noDraft);
    }

    /** A page of a round's ideas, filtered by status and kind, most supported, newest or oldest first. */
    public IdeaPage list(Optional<Actor> viewer, long roundId, Optional<Idea.Status> status,
            Optional<Idea.Kind> kind, boolean mineOnly, Sort sort, int page, int size) {
        rounds.visibleTo(viewer, roundId);
        Long me = viewer.map(Actor::participantId).orElse(null);
        var where = new StringBuilder(" WHERE i.engagementId = :round"
                + " AND (i.moderation = org.agora.ideas.entity.Idea.Moderation.VISIBLE OR i.authorId = :viewer)");
        status.ifPresent(s -> where.append(" AND i.status = :status"));
        kind.ifPresent(k -> where.append(" AND i.kind = :kind"));
        if (mineOnly && me != null) {
            where.append(" AND (i.authorId = :viewer OR EXISTS (SELECT v FROM IdeaVote v WHERE v.ideaId = i.id"
                    + " AND v.participantId = :viewer))");
        }
        String order = switch (sort) {
            case SUPPORTED -> " ORDER BY i.supporters DESC, i.createdAt DESC, i.id DESC";
            case NEWEST -> " ORDER BY i.createdAt DESC, i.id DESC";
            case OLDEST -> " ORDER BY i.createdAt, i.id";
        };
        var items = em.createQuery("SELECT i FROM Idea i" + where + order, Idea.class);
        var count = em.createQuery("SELECT COUNT(i) FROM Idea i" + where, Long.class);
        for (var q : List.of(items, count)) {
            q.setParameter("round", roundId);
            q.setParameter("viewer", me == null ? -1L : me);
            status.ifPresent(s -> q.setParameter("status", s));
            kind.ifPresent(k -> q.setParameter("kind", k));
        }
        var ideas = items.setFirstResult(page * size).setMaxResults(size).getResultList();
        var byStatus = new TreeMap<String, Long>();
        for (var row : em.createQuery("SELECT i.status, COUNT(i) FROM Idea i WHERE i.engagementId = :round"
                + " AND i.moderation = org.agora.ideas.entity.Idea.Moderation.VISIBLE GROUP BY i.status",
                Object[].class).setParameter("round", roundId).getResultList()) {
            byStatus.put(((Idea.Status) row[0]).name(), ((Number) row[1]).longValue());
        }
        Set<Long> supported = supportedBy(me, ideas);
        return new IdeaPage(ideas.stream().map(i -> view(i, supported, me)).toList(), page, size,
                count.getSingleResult(), byStatus);
    }

    private Set<Long> supportedBy(Long me, List<Idea> ideas) {
        if (me == null || ideas.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createNamedQuery(IdeaVote.SUPPORTED_AMONG, Long.class)
                .setParameter("participant", me).setParameter("ideas", ideas.stream().map(Idea::id).toList())
                .getResultList());
    }

    public IdeaView idea(Optional<Actor> viewer, long id) {
        var idea = visible(viewer, id);
        Long me = viewer.map(Actor::participantId).orElse(null);
        return view(idea, supportedBy(me, List.of(idea)), me);
    }

    /**
     * The idea with this id in this round if the viewer may read it (a hidden or removed one only its author), else
     * empty: for components that attach things to ideas (discussion threads, evidence), so the rule stays here.
     */
    public Optional<Idea> readable(Optional<Actor> viewer, long roundId, long ideaId) {
        var idea = em.find(Idea.class, ideaId);
        if (idea == null || idea.engagementId() != roundId
                || !idea.isVisibleTo(viewer.map(Actor::participantId).orElse(null))) {
            return Optional.empty();
        }
        return Optional.of(idea);
    }

    private Idea visible(Optional<Actor> viewer, long id) {
        var idea = em.find(Idea.class, id);
        if (idea == null || !idea.isVisibleTo(viewer.map(Actor::participantId).orElse(null))) {
            throw new NotFound("idea", id);
        }
        try {
            rounds.visibleTo(viewer, idea.engagementId());
        } catch (NotFound hidden) {
            throw new NotFound("idea", id);
        }
        return idea;
    }

    /** Gives the actor's support to an idea, once. */
    public IdeaView support(Actor actor, long id) {
        var idea = votable(actor, id);
        sanctions.requireNotBlocked(actor.participantId());
        if (em.find(IdeaVote.class, new IdeaVote.Key(id, actor.participantId())) != null) {
            throw IdeaRefused.alreadyVoted();
        }
        em.persist(new IdeaVote(id, actor.participantId(), rounds.now(rounds.visibleTo(Optional.of(actor),
                idea.engagementId()))));
        try {
            em.flush();
        } catch (PersistenceException doubleClick) {
            throw IdeaRefused.alreadyVoted();
        }
        adjust(id, 1);
        return fresh(id, actor, true);
    }

    /** Withdraws the actor's support, while the round is open. */
    public IdeaView withdrawSupport(Actor actor, long id) {
        votable(actor, id);
        var vote = em.find(IdeaVote.class, new IdeaVote.Key(id, actor.participantId()));
        if (vote == null) {
            throw IdeaRefused.notVoted();
        }
        em.remove(vote);
        em.flush();
        adjust(id, -1);
        return fresh(id, actor, false);
    }

    private Idea votable(Actor actor, long id) {
        var idea = visible(Optional.of(actor), id);
        var round = rounds.forContribution(actor, idea.engagementId());
        requireOpenCoDevelopment(round, rounds.now(round));
        idea.requireTakingVotes();
        return idea;
    }

    private void adjust(long id, int delta) {
        em.createNamedQuery(Idea.ADJUST_SUPPORTERS).setParameter("delta", delta).setParameter("id", id)
                .executeUpdate();
    }

    private IdeaView fresh(long id, Actor actor, boolean supported) {
        var idea = em.find(Idea.class, id);
        em.refresh(idea);
        return view(idea, supported ? Set.of(id) : Set.of(), actor.participantId());
    }

    /** An officer of the round's agency moves an idea on. */
    public IdeaView decide(Actor actor, long id, IdeaDecision decision) {
        var idea = visible(Optional.of(actor), id);
        var round = rounds.managedBy(actor, idea.engagementId());
        Instant now = rounds.now(round);
        String officer = actor.displayName();
        switch (decision.action()) {
            case "REVIEW" -> idea.review(officer, now);
            case "ACCEPT" -> {
                if (idea.kind() == Idea.Kind.AMENDMENT) {
                    for (var staged : stagedOn(idea.baseVersionId().orElseThrow())) {
                        if (staged.paragraphKey().equals(idea.paragraphKey()) && !staged.id().equals(idea.id())) {
                            throw IdeaRefused.paragraphAlreadyStaged(staged.id());
                        }
                    }
                }
                idea.accept(decision.reason(), officer, now);
            }
            case "REJECT" -> idea.reject(decision.reason(), officer, now);
            case "MERGE" -> {
                idea.requireMergeable();
                if (decision.version() == null) {
                    throw new InvalidField("version", "is required: the draft version number that contains it");
                }
                var source = roundDraft(round);
                long versionId = drafts.versionId(source.policyId(), decision.version())
                        .orElseThrow(() -> new InvalidField("version", "names no published version of "
                                + source.policyTitle()));
                int base = idea.baseVersionId().map(this::number).orElse(source.number());
                if (decision.version() <= base) {
                    throw new InvalidField("version", "must be a version published after the one it was proposed"
                            + " on (" + base + ")");
                }
                idea.merge(versionId, officer, now);
            }
            case "DUPLICATE" -> {
                if (decision.duplicateOf() == null) {
                    throw new InvalidField("duplicateOf", "is required: the idea this one repeats");
                }
                var target = em.find(Idea.class, decision.duplicateOf());
                if (target == null) {
                    throw new InvalidField("duplicateOf", "names no idea");
                }
                idea.foldInto(target, officer, now);
                moveSupport(idea, target, now);
            }
            default -> throw new InvalidField("action", "is not a known step");
        }
        em.flush();
        Long me = actor.participantId();
        return view(idea, supportedBy(me, List.of(idea)), me);
    }

    /** A duplicate's supporters support the idea it repeats; who already did is not counted twice. */
    private void moveSupport(Idea duplicate, Idea target, Instant now) {
        var already = new HashSet<>(em.createNamedQuery(IdeaVote.VOTERS_OF, Long.class)
                .setParameter("idea", target.id()).getResultList());
        for (Long voter : em.createNamedQuery(IdeaVote.VOTERS_OF, Long.class).setParameter("idea", duplicate.id())
                .getResultList()) {
            if (already.add(voter)) {
                em.persist(new IdeaVote(target.id(), voter, now));
            }
        }
        em.flush();
        em.createNamedQuery(IdeaVote.DELETE_OF_IDEA).setParameter("idea", duplicate.id()).executeUpdate();
        em.createNamedQuery(Idea.SET_SUPPORTERS).setParameter("count", already.size())
                .setParameter("id", target.id()).executeUpdate();
        em.createNamedQuery(Idea.SET_SUPPORTERS).setParameter("count", 0).setParameter("id", duplicate.id())
                .executeUpdate();
        em.refresh(duplicate);
    }

    private List<Idea> stagedOn(long versionId) {
        return em.createNamedQuery(Idea.STAGED_ON, Idea.class).setParameter("version", versionId).getResultList();
    }

    /**
     * The policy's latest version with every accepted amendment proposed on it applied: the text an officer reviews
     * and publishes as the next version.
     */
    public StagedDraft staged(Actor actor, long policyId) {
        var latest = drafts.latestSourceToRevise(actor, policyId);
        var applied = stagedOn(latest.versionId());
        var replacements = new LinkedHashMap<String, String>();
        applied.forEach(a -> replacements.put(a.paragraphKey().orElseThrow(), a.proposedMarkdown().orElseThrow()));
        String markdown = Staging.apply(latest.paragraphs().stream()
                .map(p -> new Staging.Paragraph(p.key(), p.markdown())).toList(), replacements);
        var stale = em.createQuery("SELECT i FROM Idea i WHERE i.kind = org.agora.ideas.entity.Idea.Kind.AMENDMENT"
                + " AND i.status = org.agora.ideas.entity.Idea.Status.ACCEPTED AND i.baseVersionId <> :latest"
                + " AND i.baseVersionId IN (SELECT v.id FROM DraftVersion v WHERE v.policyId = :policy)"
                + " ORDER BY i.id", Idea.class)
                .setParameter("latest", latest.versionId()).setParameter("policy", policyId).getResultList();
        return new StagedDraft(policyId, latest.number(), markdown, applied.stream().map(Ideas::staged).toList(),
                stale.stream().map(Ideas::staged).toList());
    }

    private static StagedAmendment staged(Idea i) {
        return new StagedAmendment(i.id(), i.engagementId(), i.title(), i.paragraphKey().orElse(null),
                i.authorName());
    }

    /**
     * When a version is published, accepted amendments proposed on the previous version whose text it contains are
     * merged into it (same transaction as the publication).
     */
    public void mergeStaged(@Observes VersionPublished published) {
        if (published.previousVersionId() == null) {
            return;
        }
        var texts = published.paragraphs().stream().map(p -> Staging.squeeze(p.text())).collect(Collectors.toSet());
        Instant now = clock.instant();
        for (var amendment : stagedOn(published.previousVersionId())) {
            var proposed = MarkdownBlocks.split(amendment.proposedMarkdown().orElseThrow());
            if (!proposed.isEmpty() && proposed.stream().allMatch(b -> texts.contains(Staging.squeeze(b.text())))) {
                amendment.merge(published.versionId(), amendment.decidedBy().orElse("the agency"), now);
            }
        }
    }

    /** A version's number (the persistence context keeps versions already read). */
    private int number(long versionId) {
        return drafts.reference(versionId).map(d -> d.number()).orElse(0);
    }

    private IdeaView view(Idea i, Set<Long> supported, Long me) {
        Amendment amendment = null;
        Integer baseNumber = i.baseVersionId().map(this::number).orElse(null);
        if (i.kind() == Idea.Kind.AMENDMENT) {
            String before = i.baseMarkdown().orElse("");
            String after = i.proposedMarkdown().orElse("");
            amendment = new Amendment(i.paragraphKey().orElse(null), baseNumber == null ? 0 : baseNumber, before,
                    after, MarkdownBlocks.html(after), WordDiff.diff(before, after).stream()
                            .map(s -> new Segment(s.op().name(), s.text())).toList(), i.isStaged());
        }
        Merged merged = i.mergedVersionId().flatMap(drafts::reference)
                .map(d -> new Merged(d.policyId(), d.number(), baseNumber)).orElse(null);
        return new IdeaView(i.id(), i.engagementId(), i.kind().name(), i.title(), i.html(), i.authorName(),
                i.moderation().name(), i.moderationReason().orElse(null),
                i.status().name(), i.statusReason().orElse(null), i.decidedBy().orElse(null),
                i.decidedAt().orElse(null), i.createdAt(), i.supporters(), supported.contains(i.id()),
                me != null && me == i.authorId(), i.paragraphKey().orElse(null), amendment, merged,
                i.duplicateOf().orElse(null));
    }
}

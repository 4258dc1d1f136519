package org.agora.engagements.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.agora.engagements.boundary.EngagementQuery;
import org.agora.engagements.entity.Engagement;
import org.agora.engagements.entity.State;
import org.agora.identity.boundary.Actor;
import org.agora.problems.Forbidden;
import org.agora.problems.NotFound;

/** Reads rounds: by id, and filtered pages in a stable order. Runs in the caller's transaction. */
@Dependent
public class EngagementFinder {

    @PersistenceContext
    EntityManager em;

    public Optional<Engagement> byId(long id) {
        return Optional.ofNullable(em.find(Engagement.class, id));
    }

    @Inject
    Clock clock;

    /**
     * A round the viewer may see: drafts only for those who may manage them; a training run's rounds only for its
     * trainee, its personas and its trainer (ADR 0009); to everyone else they do not exist.
     */
    public Engagement visibleTo(Optional<Actor> viewer, long id) {
        return findVisible(viewer, id).orElseThrow(() -> new NotFound("engagement round", id));
    }

    /** The same rule as {@link #visibleTo}, for callers that skip what the viewer may not see instead of failing. */
    public Optional<Engagement> findVisible(Optional<Actor> viewer, long id) {
        return byId(id).filter(round -> Actor.maySee(viewer, round.trainingRunId().orElse(null))
                && (round.state() != State.DRAFT || viewer.filter(a -> a.mayManage(round.agency())).isPresent()));
    }

    /**
     * A round the actor may contribute to (post, ask, propose, cite, support): one they can see, and, for a training
     * run's round, only its trainee and personas; trainees and trainers contribute to no live round (403).
     */
    public Engagement forContribution(Actor actor, long id) {
        var round = visibleTo(Optional.of(actor), id);
        if (!actor.mayContributeTo(round.trainingRunId().orElse(null))) {
            throw new Forbidden(round.trainingRunId().isPresent()
                    ? "Only the trainee of this training run and its personas take part in it."
                    : "Trainees and trainers practise in the training sandbox; they do not take part in live rounds.");
        }
        return round;
    }

    /** "Now" in the round: its run's scenario time for a training run's round, real time for a live one. */
    public Instant now(Engagement round) {
        return round.now(clock.instant());
    }

    /** A round the actor may act on for its agency: 404 if they may not even see it, 403 if they may not manage it. */
    public Engagement managedBy(Actor actor, long id) {
        var engagement = visibleTo(Optional.of(actor), id);
        if (!actor.mayManage(engagement.agency())) {
            throw new Forbidden("This round belongs to " + engagement.agency()
                    + "; only its officers and administrators can do this.");
        }
        return engagement;
    }

    public List<Engagement> page(EngagementQuery q) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var query = cb.createQuery(Engagement.class);
        Root<Engagement> e = query.from(Engagement.class);
        query.select(e).where(filters(cb, e, q));
        var order = new ArrayList<Order>();
        if (q.sort() == EngagementQuery.Sort.CLOSING) {
            // rounds without a closing time sort last on both H2 and PostgreSQL
            order.add(cb.asc(cb.selectCase().when(cb.isNull(e.get("closesAt")), 1).otherwise(0)));
            order.add(cb.asc(e.get("closesAt")));
            order.add(cb.asc(e.get("id")));
        } else {
            order.add(cb.desc(e.get("createdAt")));
            order.add(cb.desc(e.get("id")));
        }
        query.orderBy(order);
        return em.createQuery(query)
                .setFirstResult(q.page() * q.size())
                .setMaxResults(q.size())
                .getResultList();
    }

    public long count(EngagementQuery q) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        Root<Engagement> e = query.from(Engagement.class);
        query.select(cb.count(e)).where(filters(cb, e, q));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<Engagement> e, EngagementQuery q) {
        var where = new ArrayList<Predicate>();
        where.add(cb.isNull(e.get("trainingRunId"))); // a training run's rounds are never listed
        q.state().ifPresent(s -> where.add(cb.equal(e.get("state"), s)));
        q.mode().ifPresent(m -> where.add(cb.equal(e.get("mode"), m)));
        if (q.draftsOf() == null) {
            where.add(cb.notEqual(e.get("state"), State.DRAFT));
        } else if (!EngagementQuery.ALL_AGENCIES.equals(q.draftsOf())) {
            where.add(cb.or(cb.notEqual(e.get("state"), State.DRAFT), cb.equal(e.get("agency"), q.draftsOf())));
        }
        return where.toArray(Predicate[]::new);
    }

    public boolean isEmpty() {
        return em.createNamedQuery(Engagement.COUNT_ALL, Long.class).getSingleResult() == 0;
    }
}

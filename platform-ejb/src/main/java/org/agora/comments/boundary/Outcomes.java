package org.agora.comments.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.agora.comments.boundary.OutcomeReport.DispositionView;
import org.agora.comments.boundary.OutcomeReport.Section;
import org.agora.comments.boundary.OutcomeReport.TopComment;
import org.agora.comments.boundary.OutcomeReport.Totals;
import org.agora.comments.entity.Comment;
import org.agora.comments.entity.Disposition;
import org.agora.drafts.boundary.Drafts;
import org.agora.engagements.control.EngagementFinder;
import org.agora.engagements.entity.Engagement;
import org.agora.engagements.entity.State;
import org.agora.identity.boundary.Actor;
import org.agora.opendata.control.SpreadsheetCsv;
import org.agora.problems.InvalidField;
import org.agora.problems.NotFound;

/**
 * "You said, we did": dispositions on comments, and the outcome report of a round. The report is public once the
 * round's outcome is published; before that its agency's officers and admins can preview it.
 */
@Stateless
public class Outcomes {

    static final int TOP_COMMENTS = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Drafts drafts;

    @Inject
    EngagementFinder rounds;

    public DispositionView record(Actor actor, long roundId, NewDisposition request) {
        var round = managed(actor, roundId);
        var comments = new ArrayList<Comment>();
        for (long id : request.commentIds()) {
            var comment = em.find(Comment.class, id);
            if (comment == null || comment.engagementId() != roundId || comment.depth() != 1) {
                throw new InvalidField("commentIds", "must name first comments of threads in this round; " + id
                        + " is not one");
            }
            comments.add(comment);
        }
        Long answeredIn = null;
        if (request.answeredInVersion() != null) {
            var outline = round.draftVersionId().flatMap(drafts::outline)
                    .orElseThrow(() -> new InvalidField("answeredInVersion", "this round has no draft"));
            answeredIn = drafts.versionId(outline.policyId(), request.answeredInVersion())
                    .orElseThrow(() -> new InvalidField("answeredInVersion", "names no version of the policy"));
        }
        var disposition = new Disposition(roundId, Disposition.Outcome.valueOf(request.outcome()), request.reason(),
                answeredIn, request.paragraphKeys(), actor.participantId() == 0 ? null : actor.participantId(),
                actor.displayName(), rounds.now(round));
        em.persist(disposition);
        em.flush();
        comments.forEach(c -> c.disposed(disposition));
        return view(disposition, comments.stream().map(Comment::id).toList(), round);
    }

    public OutcomeReport report(Optional<Actor> viewer, long roundId) {
        var round = rounds.findVisible(viewer, roundId).orElse(null);
        boolean manages = round != null && viewer.filter(a -> a.mayManage(round.agency())).isPresent();
        boolean published = round != null && (round.state() == State.OUTCOME_PUBLISHED
                || round.state() == State.ARCHIVED);
        if (round == null || !(published || (manages && round.state() == State.CLOSED))) {
            throw new NotFound("There is no published outcome for round " + roundId + ".");
        }
        var outline = round.draftVersionId().flatMap(drafts::outline);
        var roots = em.createQuery("SELECT c FROM Comment c WHERE c.engagementId = :round AND c.depth = 1"
                + " AND c.state = org.agora.comments.entity.Comment.State.VISIBLE", Comment.class)
                .setParameter("round", roundId).getResultList();
        var dispositions = new HashMap<Long, Disposition>();
        for (var d : em.createQuery("SELECT d FROM Disposition d WHERE d.engagementId = :round", Disposition.class)
                .setParameter("round", roundId).getResultList()) {
            dispositions.put(d.id(), d);
        }
        var byParagraph = new LinkedHashMap<String, List<Comment>>();
        outline.ifPresent(o -> o.paragraphs().forEach(p -> byParagraph.put(p.key(), new ArrayList<>())));
        var general = new ArrayList<Comment>();
        for (var c : roots) {
            var key = c.originalParagraphKey().filter(byParagraph::containsKey);
            key.ifPresentOrElse(k -> byParagraph.get(k).add(c), () -> general.add(c));
        }
        var sections = new ArrayList<Section>();
        if (!general.isEmpty()) {
            sections.add(section(null, 0, null, general, dispositions, round));
        }
        outline.ifPresent(o -> o.paragraphs().forEach(p -> {
            var here = byParagraph.get(p.key());
            if (!here.isEmpty()) {
                sections.add(section(p.key(), p.position(), p.text(), here, dispositions, round));
            }
        }));
        long disposed = roots.stream().filter(c -> c.dispositionId().isPresent()).count();
        return new OutcomeReport(round.id(), round.title(), round.agency(), round.state().name(),
                outline.map(Drafts.VersionOutline::policyId).orElse(null),
                outline.map(Drafts.VersionOutline::policyTitle).orElse(null),
                outline.map(Drafts.VersionOutline::number).orElse(null),
                new Totals(roots.size(), disposed, stances(roots)), sections);
    }

    /** The report as open data: one CSV row per thread, with what was done about it. */
    public String csv(Optional<Actor> viewer, long roundId) {
        var report = report(viewer, roundId);
        var csv = new SpreadsheetCsv("round", "paragraph_key", "paragraph_position", "comment_id", "author", "stance",
                "endorsements", "disposition", "reason", "answered_in_version");
        var roots = em.createQuery("SELECT c FROM Comment c WHERE c.engagementId = :round AND c.depth = 1"
                + " AND c.state = org.agora.comments.entity.Comment.State.VISIBLE ORDER BY c.createdAt, c.id",
                Comment.class).setParameter("round", roundId).getResultList();
        var positions = new HashMap<String, Integer>();
        report.sections().forEach(s -> positions.put(s.paragraphKey(), s.position()));
        for (var c : roots) {
            var d = c.dispositionId().map(id -> em.find(Disposition.class, id));
            String key = c.originalParagraphKey().orElse("");
            csv.row(roundId, key, positions.getOrDefault(key.isEmpty() ? null : key, 0), c.id(), c.authorName(),
                    c.stance().map(Enum::name).orElse(""), c.endorsements(),
                    d.map(x -> x.outcome().name()).orElse(""), d.map(Disposition::reason).orElse(""),
                    d.flatMap(Disposition::answeredInVersion).flatMap(drafts::outline)
                            .map(o -> String.valueOf(o.number())).orElse(""));
        }
        return csv.toString();
    }

    private Section section(String key, int position, String text, List<Comment> comments,
            Map<Long, Disposition> dispositions, Engagement round) {
        var top = comments.stream()
                .sorted(Comparator.comparingInt(Comment::endorsements).reversed().thenComparing(Comment::createdAt))
                .limit(TOP_COMMENTS)
                .map(c -> new TopComment(c.id(), c.authorName(), c.stance().map(Enum::name).orElse(null),
                        c.html().orElse(null), c.endorsements()))
                .toList();
        var grouped = new LinkedHashMap<Long, List<Long>>();
        for (var c : comments) {
            c.dispositionId().ifPresent(id -> grouped.computeIfAbsent(id, k -> new ArrayList<>()).add(c.id()));
        }
        var views = grouped.entrySet().stream()
                .map(e -> view(dispositions.get(e.getKey()), e.getValue(), round)).toList();
        return new Section(key, position, text, comments.size(), stances(comments), top, views);
    }

    private static Map<String, Long> stances(List<Comment> comments) {
        var counts = new TreeMap<String, Long>();
        for (var stance : Comment.Stance.values()) {
            counts.put(stance.name(), 0L);
        }
        counts.put("NONE", 0L);
        comments.forEach(c -> counts.merge(c.stance().map(Enum::name).orElse("NONE"), 1L, Long::sum));
        return counts;
    }

    private DispositionView view(Disposition d, List<Long> commentIds, Engagement round) {
        Integer answered = d.answeredInVersion().flatMap(drafts::outline).map(Drafts.VersionOutline::number)
                .orElse(null);
        var from = round.draftVersionId().flatMap(drafts::outline);
        String diff = answered == null || from.isEmpty() ? null
                : "/api/policies/" + from.get().policyId() + "/diff?from=" + from.get().number() + "&to=" + answered;
        return new DispositionView(d.id(), d.outcome().name(), d.reason(), answered, d.paragraphKeys(), commentIds,
                d.officerName(), d.createdAt(), diff);
    }

    private Engagement managed(Actor actor, long roundId) {
        return rounds.managedBy(actor, roundId);
    }
}

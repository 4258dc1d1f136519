package org.agora.comments.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.comments.boundary.CommentViews.AnchorView;
import org.agora.comments.boundary.CommentViews.CommentView;
import org.agora.comments.boundary.CommentViews.ParagraphCount;
import org.agora.comments.boundary.CommentViews.ThreadPage;
import org.agora.comments.control.Anchor;
import java.util.function.Function;
import org.agora.moderation.boundary.Admissions;
import org.agora.moderation.boundary.Contribution;
import org.agora.moderation.boundary.Sanctions;
import org.agora.comments.control.Reanchoring;
import org.agora.comments.entity.Comment;
import org.agora.comments.entity.Revision;
import org.agora.comments.entity.Endorsement;
import org.agora.drafts.boundary.Drafts;
import org.agora.drafts.boundary.VersionPublished;
import org.agora.drafts.control.MarkdownBlocks;
import org.agora.ideas.boundary.Ideas;
import org.agora.engagements.entity.Engagement;
import org.agora.engagements.control.EngagementFinder;
import org.agora.identity.boundary.Actor;
import org.agora.problems.Conflict;
import org.agora.problems.Forbidden;
import org.agora.problems.InvalidField;
import org.agora.problems.NotFound;

/**
 * Use cases on comments. Posting honours the round's settings (open, comments on, maximum length, pre-moderation,
 * slow mode) and an idempotency key; threads are read in two queries whatever their size; a published draft
 * version carries every anchored comment over in the publishing transaction.
 */
@Stateless
public class Comments {

    public enum Sort { NEWEST, OLDEST, ENDORSED }

    /** A posted comment, and whether this request created it (false when an idempotent retry found it). */
    public record Posted(CommentView comment, boolean created) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Query hint: the results are only read, so EclipseLink need not track them for changes. */
    private static final String READ_ONLY = "eclipselink.read-only";

    @Inject
    Drafts drafts;

    @Inject
    Admissions admissions;

    @Inject
    Sanctions sanctions;

    @Inject
    EngagementFinder rounds;

    @Inject
    Ideas ideas;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "agora.comments.edit-window-minutes",
            defaultValue = "30")
    long editWindowMinutes;

    public Posted post(Actor actor, long roundId, NewComment request, String idempotencyKey) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw new InvalidField("Idempotency-Key", "must be 1 to 100 characters");
        }
        if (idempotencyKey != null) {
            var earlier = em.createNamedQuery(Comment.BY_IDEMPOTENCY_KEY, Comment.class)
                    .setParameter("author", actor.participantId()).setParameter("key", idempotencyKey)
                    .getResultStream().findFirst();
            if (earlier.isPresent()) {
                if (earlier.get().engagementId() != roundId) {
                    throw new Conflict("That Idempotency-Key was already used for a comment in another round.");
                }
                return new Posted(view(earlier.get(), List.of(), actor.participantId()), false);
            }
        }
        var round = rounds.forContribution(actor, roundId);
        Instant now = rounds.now(round);
        if (!round.isAcceptingContributions(now)) {
            throw CommentRefused.roundNotOpen();
        }
        var settings = round.settings();
        if (!settings.commentsEnabled()) {
            throw CommentRefused.commentsOff();
        }
        String text = MarkdownBlocks.normalise(request.text()).strip();
        if (text.isEmpty()) {
            throw new InvalidField("text", "is required");
        }
        if (text.length() > settings.maxCommentLength()) {
            throw new InvalidField("text", "must be at most " + settings.maxCommentLength()
                    + " characters in this round");
        }
        if (settings.slowModeSeconds() > 0) {
            // the newest comment as an entity, not MAX(createdAt): aggregates bypass the Instant converter
            var latest = em.createNamedQuery(Comment.LATEST_BY_AUTHOR, Comment.class)
                    .setParameter("round", roundId).setParameter("author", actor.participantId()).setMaxResults(1)
                    .getResultStream().findFirst().map(Comment::createdAt).orElse(null);
            if (latest != null) {
                long waited = Duration.between(latest, now).getSeconds();
                if (waited < settings.slowModeSeconds()) {
                    throw CommentRefused.slowMode(settings.slowModeSeconds() - waited, settings.slowModeSeconds());
                }
            }
        }
        String html = MarkdownBlocks.html(text);
        Function<Boolean, Comment> make;
        if (request.replyTo() != null) {
            if (request.stance() != null || request.anchor() != null || request.idea() != null) {
                throw new InvalidField(
                        request.stance() != null ? "stance" : request.anchor() != null ? "anchor" : "idea",
                        "belongs on the first comment of a thread, not on a reply");
            }
            var parent = em.find(Comment.class, request.replyTo());
            if (parent == null || parent.engagementId() != roundId || !parent.isVisibleTo(actor.participantId())) {
                throw new InvalidField("replyTo", "names no comment in this round");
            }
            var root = parent.rootId() == null ? parent : em.find(Comment.class, parent.rootId());
            if (root != null && root.locked()) {
                throw CommentRefused.threadLocked();
            }
            // the round's own officers reply in their official capacity, and the thread says so
            boolean official = actor.mayManage(round.agency());
            make = held -> {
                var reply = Comment.reply(parent, actor.participantId(), actor.displayName(), text, html, held,
                        idempotencyKey, now);
                if (official) {
                    reply.markOfficial();
                }
                return reply;
            };
        } else {
            Anchor anchor = request.anchor() == null ? null : anchor(round, request.anchor());
            if (request.idea() != null && anchor != null) {
                throw new InvalidField("idea", "a thread discusses either a passage of the draft or an idea");
            }
            var idea = request.idea() == null ? null : ideas.readable(Optional.of(actor), roundId, request.idea())
                    .orElseThrow(() -> new InvalidField("idea", "names no idea in this round"));
            make = held -> {
                var c = Comment.root(roundId, actor.participantId(), actor.displayName(),
                        request.stance() == null ? null : Comment.Stance.valueOf(request.stance()), text, html, held,
                        anchor == null ? null : round.draftVersionId().orElseThrow(), anchor, idempotencyKey, now);
                if (idea != null) {
                    c.discusses(idea.id());
                }
                return c;
            };
        }
        var stored = new Comment[1];
        admissions.admit(Contribution.of(CommentModeration.TYPE, request.replyTo() != null ? "reply" : "post",
                roundId, actor.participantId(), text, Contribution.publicIn(settings.preModeration())), held -> {
                    var comment = make.apply(held);
                    em.persist(comment); // the id comes from the preallocated sequence: the root id goes in the INSERT
                    comment.becomeThreadRoot();
                    em.flush();
                    stored[0] = comment;
                    return CommentModeration.ref(comment);
                });
        return new Posted(view(stored[0], List.of(), actor.participantId()), true);
    }

    /** Checks an anchor against the round's draft: the paragraph must exist and the passage be in it. */
    private Anchor anchor(Engagement round, NewComment.AnchorRequest request) {
        long versionId = round.draftVersionId()
                .orElseThrow(() -> new InvalidField("anchor", "this round has no draft to anchor to"));
        String paragraph = drafts.paragraphText(versionId, request.paragraphKey())
                .orElseThrow(() -> new InvalidField("anchor.paragraphKey", "names no paragraph of the round's draft"));
        if (request.exact() == null || request.exact().isBlank()) {
            return Anchor.wholeParagraph(request.paragraphKey());
        }
        String text = Reanchoring.normalise(paragraph);
        String exact = Reanchoring.normalise(request.exact());
        int position = request.position() == null ? 0 : request.position();
        int at = text.startsWith(exact, Math.min(position, text.length())) ? position : text.indexOf(exact);
        if (at < 0) {
            throw new InvalidField("anchor.exact", "is not a passage of that paragraph");
        }
        return Anchor.of(request.paragraphKey(), text, at, at + exact.length());
    }

    /**
     * A page of threads (newest, oldest or most endorsed first), optionally only those on one paragraph, each with
     * all its replies: two queries whatever the size of the threads.
     */
    public ThreadPage threads(Optional<Actor> viewer, long roundId, Optional<String> paragraphKey,
            Optional<Long> idea, Sort sort, int page, int size) {
        var round = rounds.visibleTo(viewer, roundId);
        // an idea's discussion is there only for those who may read the idea (a hidden one: its author)
        idea.filter(id -> ideas.readable(viewer, roundId, id).isEmpty()).ifPresent(id -> {
            throw new NotFound("idea", id);
        });
        Long me = viewer.map(Actor::participantId).orElse(null);
        // the round's staff also see what waits for moderation, so they know what is coming
        boolean staff = viewer.filter(a -> a.isStaffOf(round.agency())).isPresent();
        String visibility = staff ? ""
                : " AND (c.state <> org.agora.comments.entity.Comment.State.PENDING OR c.authorId = :me)";
        String paragraph = (paragraphKey.isPresent() ? " AND c.paragraphKey = :key" : "")
                + (idea.isPresent() ? " AND c.ideaId = :idea" : " AND c.ideaId IS NULL");
        String order = switch (sort) {
            case NEWEST -> " ORDER BY c.createdAt DESC, c.id DESC";
            case OLDEST -> " ORDER BY c.createdAt, c.id";
            case ENDORSED -> " ORDER BY c.endorsements DESC, c.createdAt DESC, c.id DESC";
        };
        var rootsQuery = em.createQuery("SELECT c FROM Comment c WHERE c.engagementId = :round AND c.depth = 1"
                + visibility + paragraph + order, Comment.class)
                .setParameter("round", roundId).setHint(READ_ONLY, true).setFirstResult(page * size)
                .setMaxResults(size);
        var countQuery = em.createQuery("SELECT COUNT(c) FROM Comment c WHERE c.engagementId = :round"
                + " AND c.depth = 1" + visibility + paragraph, Long.class)
                .setParameter("round", roundId);
        if (!staff) {
            rootsQuery.setParameter("me", me == null ? -1L : me);
            countQuery.setParameter("me", me == null ? -1L : me);
        }
        paragraphKey.ifPresent(k -> {
            rootsQuery.setParameter("key", k);
            countQuery.setParameter("key", k);
        });
        idea.ifPresent(i -> {
            rootsQuery.setParameter("idea", i);
            countQuery.setParameter("idea", i);
        });
        var roots = rootsQuery.getResultList();
        var byParent = new HashMap<Long, List<Comment>>();
        if (!roots.isEmpty()) {
            for (var c : em.createNamedQuery(Comment.OF_THREADS, Comment.class).setHint(READ_ONLY, true)
                    .setParameter("roots", roots.stream().map(Comment::id).toList()).getResultList()) {
                if (c.depth() > 1 && c.isListedFor(me, staff)) {
                    byParent.computeIfAbsent(c.parentId().orElseThrow(), k -> new ArrayList<>()).add(c);
                }
            }
        }
        var threads = roots.stream().map(root -> tree(root, byParent, me, staff)).toList();
        return new ThreadPage(threads, page, size, countQuery.getSingleResult());
    }

    private CommentView tree(Comment comment, Map<Long, List<Comment>> byParent, Long me, boolean staff) {
        var replies = byParent.getOrDefault(comment.id(), List.of()).stream()
                .map(reply -> tree(reply, byParent, me, staff)).toList();
        return view(comment, replies, me, staff);
    }

    /**
     * What the round's comments look like now, in one aggregate query: their number and the sum of their
     * {@code @Version}s. Any new, edited, deleted, moderated, endorsed, re-anchored or disposed comment changes it,
     * so a page rendered for the same fingerprint is still right (the read cache relies on it).
     */
    public String fingerprint(Optional<Actor> viewer, long roundId) {
        rounds.visibleTo(viewer, roundId);
        var row = em.createQuery("SELECT COUNT(c), SUM(c.version) FROM Comment c WHERE c.engagementId = :round",
                Object[].class).setParameter("round", roundId).getSingleResult();
        return row[0] + ":" + (row[1] == null ? 0 : row[1]);
    }

    /** Threads per paragraph of the round's draft, for counts beside the text. */
    public List<ParagraphCount> countsByParagraph(Optional<Actor> viewer, long roundId) {
        rounds.visibleTo(viewer, roundId);
        return em.createQuery("SELECT c.paragraphKey, COUNT(c) FROM Comment c WHERE c.engagementId = :round"
                + " AND c.depth = 1 AND c.paragraphKey IS NOT NULL AND c.ideaId IS NULL"
                + " AND c.state = org.agora.comments.entity.Comment.State.VISIBLE GROUP BY c.paragraphKey",
                Object[].class).setParameter("round", roundId).getResultStream()
                .map(row -> new ParagraphCount((String) row[0], ((Number) row[1]).longValue())).toList();
    }

    public void delete(Actor actor, long commentId) {
        var comment = find(commentId, actor);
        if (comment.authorId() != actor.participantId()) {
            throw new Forbidden("Only its author can delete a comment.");
        }
        if (comment.state() != Comment.State.DELETED) {
            comment.deleteByAuthor(rounds.byId(comment.engagementId()).map(rounds::now).orElse(clock.instant()));
            // the author wants the text gone: earlier versions of it go too, and what screening kept of it
            em.createNamedQuery(Revision.PURGE_OF_COMMENT).setParameter("id", commentId)
                    .executeUpdate();
            admissions.forget(CommentModeration.TYPE, commentId);
        }
    }

    /**
     * Its author changes a comment's text, while the round is open and within the edit window; the earlier text is
     * kept in the comment's history and the comment shows as edited.
     */
    public CommentView edit(Actor actor, long commentId, String newText) {
        var comment = find(commentId, actor);
        if (comment.authorId() != actor.participantId()) {
            throw new Forbidden("Only its author can edit a comment.");
        }
        if (comment.state() == Comment.State.DELETED) {
            throw new NotFound("comment", commentId);
        }
        if (comment.isModerated()) {
            throw CommentRefused.moderated();
        }
        var round = rounds.forContribution(actor, comment.engagementId());
        Instant now = rounds.now(round);
        if (!round.isAcceptingContributions(now)) {
            throw CommentRefused.roundNotOpen();
        }
        if (Duration.between(comment.createdAt(), now).toMinutes() >= editWindowMinutes) {
            throw CommentRefused.editWindowClosed(editWindowMinutes);
        }
        String text = MarkdownBlocks.normalise(newText).strip();
        if (text.isEmpty()) {
            throw new InvalidField("text", "is required");
        }
        if (text.length() > round.settings().maxCommentLength()) {
            throw new InvalidField("text", "must be at most " + round.settings().maxCommentLength()
                    + " characters in this round");
        }
        String html = MarkdownBlocks.html(text);
        // an edit is a new submission: screened like a post; held (and its case told) like a post
        admissions.admit(Contribution.change(CommentModeration.TYPE, "edit", commentId, round.id(),
                actor.participantId(), text, Contribution.publicIn(round.settings().preModeration())), held -> {
                    em.persist(comment.edit(text, html, now));
                    if (held) {
                        comment.holdBack();
                    }
                    return CommentModeration.ref(comment);
                });
        return view(comment, List.of(), actor.participantId());
    }

    /** Earlier texts of a comment, oldest first (none for a deleted one: its history went with it). */
    public List<CommentViews.RevisionView> revisions(Optional<Actor> viewer, long commentId) {
        var comment = em.find(Comment.class, commentId);
        if (comment == null || !comment.isTextReadableBy(viewer.map(Actor::participantId).orElse(null))
                || rounds.findVisible(viewer, comment.engagementId()).isEmpty()) {
            throw new NotFound("comment", commentId);
        }
        return em.createQuery("SELECT r FROM Revision r WHERE r.commentId = :id ORDER BY r.revision",
                org.agora.comments.entity.Revision.class).setParameter("id", commentId).getResultStream()
                .map(r -> new CommentViews.RevisionView(r.revision(), r.html(), r.replacedAt())).toList();
    }

    public CommentView endorse(Actor actor, long commentId) {
        var comment = find(commentId, actor);
        sanctions.requireNotBlocked(actor.participantId());
        if (comment.state() != Comment.State.VISIBLE) {
            throw CommentRefused.notVisible();
        }
        if (comment.authorId() == actor.participantId()) {
            throw CommentRefused.ownComment();
        }
        if (em.find(Endorsement.class, new Endorsement.Key(commentId, actor.participantId())) != null) {
            throw CommentRefused.alreadyEndorsed();
        }
        var round = rounds.forContribution(actor, comment.engagementId());
        em.persist(new Endorsement(commentId, actor.participantId(), rounds.now(round)));
        comment.endorsed();
        return view(comment, List.of(), actor.participantId());
    }

    private Comment find(long id, Actor actor) {
        var comment = em.find(Comment.class, id);
        if (comment == null || !comment.isVisibleTo(actor.participantId())
                || rounds.findVisible(Optional.of(actor), comment.engagementId()).isEmpty()) {
            throw new NotFound("comment", id);
        }
        return comment;
    }

    /** Carries every comment anchored to the previous version over to the new one (same transaction). */
    public void reanchor(@Observes VersionPublished published) {
        if (published.previousVersionId() == null) {
            return;
        }
        var targets = published.paragraphs().stream()
                .map(p -> new Reanchoring.Target(p.key(), p.text(), Optional.ofNullable(p.derivedFrom()))).toList();
        var oldIndex = new LinkedHashMap<String, Integer>();
        for (int i = 0; i < published.previousKeysInOrder().size(); i++) {
            oldIndex.put(published.previousKeysInOrder().get(i), i);
        }
        for (var comment : em.createNamedQuery(Comment.ANCHORED_TO, Comment.class)
                .setParameter("version", published.previousVersionId()).getResultList()) {
            var anchor = comment.anchor().orElseThrow();
            var result = Reanchoring.carry(anchor, oldIndex.getOrDefault(anchor.paragraphKey(), 0), targets);
            result.anchor().ifPresentOrElse(a -> comment.moveTo(published.versionId(), a), comment::orphan);
        }
    }

    private static CommentView view(Comment c, List<CommentView> replies, Long me) {
        return view(c, replies, me, false);
    }

    /** {@code staff}: the round's staff read held comments too (not hidden or removed ones: moderators' queue has those). */
    private static CommentView view(Comment c, List<CommentView> replies, Long me, boolean staff) {
        boolean deleted = c.state() == Comment.State.DELETED;
        boolean hideText = !(c.isTextReadableBy(me) || (staff && c.state() == Comment.State.PENDING));
        AnchorView anchor = c.anchor().map(a -> new AnchorView(c.anchorStatus().name(),
                c.anchorVersionId().orElse(0L), a.paragraphKey(), a.exact(),
                c.originalParagraphKey().orElse(null), c.originalVersionId().orElse(null))).orElse(null);
        return new CommentView(c.id(), c.parentId().orElse(null), c.depth(),
                deleted || hideText ? null : c.authorName(), c.stance().map(Enum::name).orElse(null),
                hideText ? null : c.html().orElse(null), c.state().name(), c.createdAt(),
                deleted ? null : c.editedAt().orElse(null), c.endorsements(), anchor, replies,
                c.moderationReason().orElse(null), c.locked(), c.official());
    }
}

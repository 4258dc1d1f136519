package org.agora.evidence.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.agora.comments.entity.Comment;
import org.agora.engagements.control.EngagementFinder;
import org.agora.engagements.entity.Engagement;
import org.agora.drafts.boundary.Drafts;
import org.agora.evidence.boundary.EvidenceViews.Badge;
import org.agora.evidence.boundary.EvidenceViews.CitationView;
import org.agora.evidence.boundary.EvidenceViews.Download;
import org.agora.evidence.boundary.EvidenceViews.LibraryEntry;
import org.agora.evidence.boundary.EvidenceViews.LibraryPage;
import org.agora.evidence.boundary.EvidenceViews.SourceSummary;
import org.agora.evidence.boundary.EvidenceViews.SourceView;
import org.agora.evidence.boundary.EvidenceViews.Uploaded;
import org.agora.evidence.boundary.EvidenceViews.WebCitation;
import org.agora.evidence.control.EvidenceRefused;
import org.agora.evidence.control.Extraction;
import org.agora.evidence.control.Inspection;
import org.agora.evidence.control.Storage;
import org.agora.evidence.control.UploadPolicy;
import org.agora.evidence.entity.Citation;
import org.agora.evidence.entity.Source;
import org.agora.broadcasts.entity.Update;
import org.agora.ideas.boundary.Ideas;
import org.agora.identity.boundary.Actor;
import org.agora.identity.entity.Role;
import org.agora.problems.Forbidden;
import org.agora.problems.InvalidField;
import org.agora.problems.NotFound;
import org.agora.questions.boundary.Questions;

/**
 * Use cases on evidence: upload a file as a citation (inspected before anything is kept, stored once by its bytes,
 * its text extracted after the transaction commits), cite a web page from a comment, read a source and where it is
 * cited, a round's library, a credibility verdict, and the file itself.
 *
 * <p>A source is shown to whoever can see at least one of the places it is cited (a round that is not a draft, a
 * comment that is visible to them, a citation that is not confidential or that they may read); to others it does
 * not exist. Citations made on private questions are confidential: the round's staff and the question's asker see
 * them, in the library, a source's citations and the badges; nobody else learns they exist.
 */
@Stateless
public class Evidence {

    private static final Logger LOG = Logger.getLogger(Evidence.class.getName());

    /** Query hint: the results are only read, so EclipseLink need not track them for changes. */
    private static final String READ_ONLY = "eclipselink.read-only";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    EngagementFinder rounds;

    @Inject
    Drafts drafts;

    @Inject
    Questions questions;

    @Inject
    Ideas ideas;

    @Inject
    Storage storage;

    @Inject
    Event<SourceStored> stored;

    @Resource
    SessionContext context;

    /** The upload rules of a round: the defaults, with the round's own size limit. */
    static UploadPolicy policy(Engagement round) {
        return UploadPolicy.defaults().withMaxBytes(round.settings().maxUploadMegabytes() * 1024L * 1024L);
    }

    /**
     * Uploads a file as evidence in an open round that takes attachments, cited from one of the round's comments
     * ({@code commentId}) or from the round itself. Refusals of the file are thrown as its
     * {@link org.agora.problems.DomainProblem} and leave nothing behind.
     */
    public Uploaded upload(Actor actor, long roundId, InputStream body, String declaredName, String declaredType,
            CitedFrom from, String quote, Integer page) {
        var round = rounds.forContribution(actor, roundId);
        Instant now = rounds.now(round);
        if (!round.isAcceptingContributions(now)) {
            throw EvidenceRefused.roundNotOpen();
        }
        if (!round.settings().attachmentsAllowed()) {
            throw EvidenceRefused.attachmentsOff();
        }
        var target = target(actor, round, from);
        checkQuote(quote, page);
        Inspection.Outcome outcome;
        try {
            outcome = storage.inspection().inspect(body, declaredName, declaredType, policy(round));
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be read", e);
        }
        if (outcome instanceof Inspection.Refused refused) {
            throw refused.problem();
        }
        var accepted = (Inspection.Accepted) outcome;
        try {
            // the same bytes are stored once, but a source is reused only if the uploader can already see it: an
            // upload must not reveal that someone else uploaded these bytes where the uploader cannot look
            var same = bySha256(accepted.sha256());
            var seen = same.stream().filter(s -> !visibleCitations(Optional.of(actor), s.id()).isEmpty()).findFirst();
            Source source;
            boolean created = seen.isEmpty();
            if (seen.isPresent()) {
                source = seen.get();
            } else {
                String key = storage.keep(accepted.tempFile(), accepted.sha256());
                source = new Source(accepted.sha256(), accepted.mediaType(), accepted.size(), accepted.safeName(), key,
                        now);
                var read = same.stream().filter(s -> s.status() != Source.Status.RECEIVED).findFirst();
                read.ifPresent(s -> source.extractedAs(s, now));
                em.persist(source);
                em.flush();
                if (read.isEmpty()) {
                    stored.fire(new SourceStored(source.id(), key, source.mediaType()));
                }
            }
            var citation = Citation.on(target.type(), target.id(), source.id(), null, null, roundId, quote, page,
                    actor.participantId(), actor.displayName(), now);
            target.confidentialReader().ifPresent(citation::confidentialTo);
            em.persist(citation);
            em.flush();
            return new Uploaded(summary(source), citation.id(), created);
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be stored", e);
        } finally {
            try {
                Files.deleteIfExists(accepted.tempFile());
            } catch (IOException e) {
                LOG.warning(() -> "Could not delete " + accepted.tempFile() + ": " + e);
            }
        }
    }

    /** Cites a web page from a comment in an open round; the address is recorded as given and never fetched. */
    public WebCitation cite(Actor actor, long commentId, String url, String title, String quote) {
        var comment = visibleComment(Optional.of(actor), commentId)
                .orElseThrow(() -> new NotFound("comment", commentId));
        return cite(actor, comment.engagementId(), new CitedFrom(Citation.TargetType.COMMENT,
                String.valueOf(commentId)), url, title, quote);
    }

    /**
     * Where a citation is made from: a comment of the round, a paragraph of the round's draft (by key), an idea, a
     * question or an update of the round (by id), or the round itself ({@code id} ignored).
     */
    public record CitedFrom(Citation.TargetType type, String id) {

        public static CitedFrom round() {
            return new CitedFrom(Citation.TargetType.ROUND, null);
        }
    }

    /**
     * A checked target: what is cited from, and who besides the round's staff may see the citation when it is
     * confidential (the asker of a private question).
     */
    private record Target(Citation.TargetType type, String id, Optional<Long> confidentialReader) {

        Target(CitedFrom from) {
            this(from.type(), from.id(), Optional.empty());
        }
    }

    /**
     * Checks that the target exists in the round and the actor can see it: a question they may read (its component
     * decides) that is not resolved; a published update, on which only the round's officers and administrators
     * cite (the sources shown beside an update are the agency's).
     */
    private Target target(Actor actor, Engagement round, CitedFrom from) {
        long roundId = round.id();
        return switch (from.type()) {
            case ROUND -> new Target(Citation.TargetType.ROUND, String.valueOf(roundId), Optional.empty());
            case COMMENT -> new Target(Citation.TargetType.COMMENT,
                    String.valueOf(commentOfRound(actor, roundId, Long.parseLong(from.id()), "comment").id()),
                    Optional.empty());
            case PARAGRAPH -> {
                boolean exists = round.draftVersionId().flatMap(v -> drafts.paragraphText(v, from.id())).isPresent();
                if (!exists) {
                    throw new InvalidField("paragraph", "names no paragraph of the round's draft");
                }
                yield new Target(from);
            }
            case IDEA -> {
                ideas.readable(Optional.of(actor), roundId, Long.parseLong(from.id()))
                        .orElseThrow(() -> new InvalidField("idea", "names no idea in this round"));
                yield new Target(from);
            }
            case QUESTION -> {
                var question = questions.readable(Optional.of(actor), roundId, Long.parseLong(from.id()))
                        .orElseThrow(() -> new InvalidField("question", "names no question in this round"));
                question.requireNotResolved();
                yield new Target(Citation.TargetType.QUESTION, String.valueOf(question.id()),
                        question.isPublic() ? Optional.empty() : Optional.of(question.askerId()));
            }
            case UPDATE -> {
                var update = em.find(Update.class, Long.parseLong(from.id()));
                if (update == null || update.engagementId() != roundId) {
                    throw new InvalidField("update", "names no update in this round");
                }
                if (!actor.mayManage(round.agency())) {
                    throw new Forbidden("Only the officers of " + round.agency()
                            + " and administrators add evidence to its updates.");
                }
                update.requirePublished();
                yield new Target(Citation.TargetType.UPDATE, String.valueOf(update.id()), Optional.empty());
            }
        };
    }

    /**
     * Cites a web page from a target of the round (see {@link CitedFrom}) while the round is open; the address is
     * recorded as given and never fetched.
     */
    public WebCitation cite(Actor actor, long roundId, CitedFrom from, String url, String title, String quote) {
        var round = rounds.forContribution(actor, roundId);
        Instant now = rounds.now(round);
        if (!round.isAcceptingContributions(now)) {
            throw EvidenceRefused.roundNotOpen();
        }
        var target = target(actor, round, from);
        String address = webAddress(url);
        if (title != null && title.strip().length() > Citation.TITLE_MAX) {
            throw new InvalidField("title", "must be at most " + Citation.TITLE_MAX + " characters long");
        }
        checkQuote(quote, null);
        var citation = Citation.on(target.type(), target.id(), null, address, title, roundId, quote, null,
                actor.participantId(), actor.displayName(), now);
        target.confidentialReader().ifPresent(citation::confidentialTo);
        em.persist(citation);
        em.flush();
        return new WebCitation(citation.id(), citation.targetType(), citation.targetId(),
                citation.commentId().orElse(null), address, citation.urlTitle().orElse(null),
                citation.quote().orElse(null), citation.createdAt());
    }

    /** An http(s) address with a host and no user name or password in it, at most 2000 characters. */
    static String webAddress(String url) {
        String address = url == null ? "" : url.strip();
        if (address.isEmpty()) {
            throw new InvalidField("url", "is required");
        }
        if (address.length() > Citation.URL_MAX) {
            throw new InvalidField("url", "must be at most " + Citation.URL_MAX + " characters long");
        }
        try {
            var uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getHost().isBlank()) {
                throw new InvalidField("url", "must be an http or https address");
            }
            if (uri.getRawUserInfo() != null) {
                throw new InvalidField("url", "must not contain a user name or password");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new InvalidField("url", "must be an http or https address");
        }
    }

    private static void checkQuote(String quote, Integer page) {
        if (quote != null && quote.strip().length() > Citation.QUOTE_MAX) {
            throw new InvalidField("quote", "must be at most " + Citation.QUOTE_MAX + " characters long");
        }
        if (page != null && page < 1) {
            throw new InvalidField("page", "must be a page number from 1");
        }
    }

    /** One source: what is known of it and where it is cited (places the viewer can see). No text. */
    public SourceView source(Optional<Actor> viewer, long sourceId) {
        var source = em.find(Source.class, sourceId);
        var citations = source == null ? List.<Citation>of() : visibleCitations(viewer, sourceId);
        if (citations.isEmpty()) {
            throw new NotFound("evidence source", sourceId);
        }
        return view(source, citations);
    }

    /**
     * The sources cited in a round, with how often the round cites each, the most recently added to the round
     * first. {@code query} (optional) keeps those whose title or extracted text contains it, ignoring case: a
     * {@code LIKE} on a lower-cased copy of title and text, which reads every candidate row (fine for a round's
     * library; a full-text index can replace it).
     */
    public LibraryPage library(Optional<Actor> viewer, long roundId, Optional<String> query, int page, int size) {
        var round = rounds.visibleTo(viewer, roundId);
        var words = query.map(q -> q.strip().toLowerCase(Locale.ROOT)).filter(q -> !q.isEmpty());
        // confidential citations count only for those who may read them: a citation names a reader exactly when it
        // is confidential (a boolean literal is written as 0 on H2 when EclipseLink inlines, and no null is bound)
        String readable = isStaff(viewer, round) ? ""
                : viewer.isPresent() ? " AND (c.confidentialReaderId IS NULL OR c.confidentialReaderId = :me)"
                : " AND c.confidentialReaderId IS NULL";
        String search = readable + (words.isPresent()
                ? " AND c.sourceId IN (SELECT s.id FROM Source s WHERE s.searchText LIKE :q ESCAPE '!')" : "");
        // newest first by the first citation's id (ids grow with time): an aggregate over a converted Instant
        // reaches the converter as the database's own type on PostgreSQL
        var rows = em.createQuery("SELECT c.sourceId, COUNT(c), MIN(c.id) AS firstCited FROM Citation c"
                + " WHERE c.engagementId = :round AND c.sourceId IS NOT NULL" + search
                + " GROUP BY c.sourceId ORDER BY firstCited DESC, c.sourceId DESC", Object[].class)
                .setParameter("round", roundId).setFirstResult(page * size).setMaxResults(size);
        var total = em.createQuery("SELECT COUNT(DISTINCT c.sourceId) FROM Citation c"
                + " WHERE c.engagementId = :round AND c.sourceId IS NOT NULL" + search, Long.class)
                .setParameter("round", roundId);
        if (readable.contains(":me")) {
            rows.setParameter("me", viewer.orElseThrow().participantId());
            total.setParameter("me", viewer.orElseThrow().participantId());
        }
        words.ifPresent(w -> {
            String like = "%" + w.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            rows.setParameter("q", like);
            total.setParameter("q", like);
        });
        var counts = new LinkedHashMap<Long, Long>();
        for (var row : rows.getResultList()) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        var summaries = summaries(counts.keySet());
        var items = counts.entrySet().stream().filter(e -> summaries.containsKey(e.getKey()))
                .map(e -> new LibraryEntry(summaries.get(e.getKey()), e.getValue())).toList();
        return new LibraryPage(items, page, size, total.getSingleResult());
    }

    /**
     * Judges a source's credibility: moderators, administrators, and officers of an agency that owns a round where
     * the source is cited. A DISPUTED verdict needs a note saying why.
     */
    public SourceView judge(Actor actor, long sourceId, Source.Verdict verdict, String note) {
        var source = em.find(Source.class, sourceId);
        if (source == null) {
            throw new NotFound("evidence source", sourceId);
        }
        if (!actor.isAdmin() && !actor.has(Role.MODERATOR)) {
            // the agencies of the rounds that cite it, in one query
            boolean officer = em.createQuery("SELECT DISTINCT e.agency FROM Citation c, Engagement e"
                    + " WHERE c.sourceId = :source AND e.id = c.engagementId", String.class)
                    .setParameter("source", sourceId).getResultStream().anyMatch(actor::mayManage);
            if (!officer) {
                throw new Forbidden("Only moderators and the officers of an agency whose round cites this source"
                        + " can judge it.");
            }
        }
        if (verdict == Source.Verdict.DISPUTED && (note == null || note.isBlank())) {
            throw new InvalidField("note", "is required when a source is disputed: say why");
        }
        if (note != null && note.strip().length() > Source.NOTE_MAX) {
            throw new InvalidField("note", "must be at most " + Source.NOTE_MAX + " characters long");
        }
        source.judge(verdict, note, actor.displayName(), clock.instant());
        return view(source, visibleCitations(Optional.of(actor), sourceId));
    }

    /** A source's stored file, for whoever can see the source. */
    public Download file(Optional<Actor> viewer, long sourceId) {
        var source = em.find(Source.class, sourceId);
        if (source == null || visibleCitations(viewer, sourceId).isEmpty()) {
            throw new NotFound("evidence source", sourceId);
        }
        var file = storage.resolve(source.storageKey());
        if (!Files.isRegularFile(file)) {
            LOG.warning(() -> "The file of evidence source " + sourceId + " is missing: " + file);
            throw new NotFound("The file of evidence source " + sourceId + " is not available.");
        }
        return new Download(file, source.fileName(), source.mediaType(), source.size());
    }

    /**
     * The badges of a round's comments, ideas, questions or updates (keyed by id) or paragraphs (keyed by paragraph
     * key), oldest first, for showing beside them; confidential ones only for those who may read them.
     */
    public Map<String, List<Badge>> badgesOn(Optional<Actor> viewer, long roundId, Citation.TargetType type) {
        var round = rounds.visibleTo(viewer, roundId);
        boolean staff = isStaff(viewer, round);
        var me = viewer.map(Actor::participantId);
        var readable = em.createNamedQuery(Citation.OF_TARGETS, Citation.class).setHint(READ_ONLY, true)
                .setParameter("round", roundId).setParameter("type", type.label()).getResultStream()
                .filter(c -> c.isReadableBy(me, staff)).toList();
        var targets = readableTargets(viewer, roundId, type,
                readable.stream().map(Citation::targetId).collect(java.util.stream.Collectors.toSet()));
        return badges(readable.stream().filter(c -> targets.contains(c.targetId())).toList());
    }

    /**
     * Of these targets of a round (ids as citations keep them), those the viewer may read: a hidden, removed, held or
     * deleted comment, idea or question shows no badges to those who cannot read it. Paragraphs, updates and the
     * round are read by everyone who sees the round.
     */
    private java.util.Set<String> readableTargets(Optional<Actor> viewer, long roundId, Citation.TargetType type,
            java.util.Set<String> ids) {
        if (ids.isEmpty()) {
            return ids;
        }
        if (type != Citation.TargetType.COMMENT && type != Citation.TargetType.IDEA
                && type != Citation.TargetType.QUESTION) {
            return ids;
        }
        Long me = viewer.map(Actor::participantId).orElse(null);
        var numbers = ids.stream().map(Long::valueOf).toList();
        return switch (type) {
            case COMMENT -> em.createQuery("SELECT c FROM Comment c WHERE c.id IN :ids", Comment.class)
                    .setParameter("ids", numbers).setHint(READ_ONLY, true).getResultStream()
                    .filter(c -> c.state() != Comment.State.DELETED && c.isTextReadableBy(me))
                    .map(c -> String.valueOf(c.id())).collect(java.util.stream.Collectors.toSet());
            case IDEA -> numbers.stream().filter(id -> ideas.readable(viewer, roundId, id).isPresent())
                    .map(String::valueOf).collect(java.util.stream.Collectors.toSet());
            case QUESTION -> numbers.stream().filter(id -> questions.readable(viewer, roundId, id).isPresent())
                    .map(String::valueOf).collect(java.util.stream.Collectors.toSet());
            default -> ids;
        };
    }

    /**
     * Who sees every citation of a round, confidential ones included: its staff as the questions component defines
     * them (the round agency's officers, administrators, moderators).
     */
    private static boolean isStaff(Optional<Actor> viewer, Engagement round) {
        return viewer.filter(a -> Questions.isStaff(a, round)).isPresent();
    }

    /** Badges by the id (or key) of what cites them. */
    private Map<String, List<Badge>> badges(List<Citation> citations) {
        var summaries = summaries(citations.stream().flatMap(c -> c.sourceId().stream()).distinct().toList());
        var badges = new HashMap<String, List<Badge>>();
        for (var c : citations) {
            var source = c.sourceId().map(summaries::get);
            var badge = source.map(s -> new Badge(c.id(), s.id(), s.title() != null ? s.title() : s.fileName(), null,
                            s.status(), s.verdict()))
                    .orElseGet(() -> new Badge(c.id(), null, c.urlTitle().orElse(null), c.url().orElse(null), null,
                            null));
            badges.computeIfAbsent(c.targetId(), k -> new ArrayList<>()).add(badge);
        }
        return badges;
    }

    /**
     * Stores what extraction found (or why it failed), in a transaction of its own: called by the worker after the
     * upload's transaction committed.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordExtraction(long sourceId, Extraction.Outcome outcome) {
        var source = em.find(Source.class, sourceId);
        if (source == null) {
            return;
        }
        // the entity's verbs work the values out; one UPDATE of the extraction's own columns writes them
        em.detach(source);
        Instant now = clock.instant();
        if (outcome instanceof Extraction.Extracted e) {
            source.extracted(e.text(), e.truncated(), e.properties().title(), e.properties().author(),
                    e.properties().created(), e.properties().modified(), e.properties().pages(), now);
        } else if (outcome instanceof Extraction.Failed f) {
            source.failed(f.reason().name(), f.detail(), now);
        } else {
            return;
        }
        // plain SQL: the version is left alone (a verdict given while the text was read must not turn into an
        // edit conflict), and absent values are NULL literals (PostgreSQL refuses a NULL bound as text for a
        // timestamp or integer column)
        var values = new java.util.LinkedHashMap<String, Object>();
        values.put("status", source.status().name());
        values.put("failure", source.failure().orElse(null));
        values.put("failure_detail", source.failureDetail().orElse(null));
        values.put("extracted_text", source.text().orElse(null));
        values.put("truncated", source.truncated());
        values.put("title", source.title().orElse(null));
        values.put("author", source.author().orElse(null));
        values.put("search_text", source.searchText().orElse(null));
        values.put("extracted_at", source.extractedAt().map(java.sql.Timestamp::from).orElse(null));
        values.put("doc_created", source.documentCreated().map(java.sql.Timestamp::from).orElse(null));
        values.put("doc_modified", source.documentModified().map(java.sql.Timestamp::from).orElse(null));
        values.put("page_count", source.pageCount().orElse(null));
        var sql = new StringBuilder("UPDATE evidence_source SET ");
        var bound = new java.util.ArrayList<Object>();
        for (var column : values.entrySet()) {
            if (sql.charAt(sql.length() - 1) != ' ') {
                sql.append(", ");
            }
            if (column.getValue() == null) {
                sql.append(column.getKey()).append(" = NULL");
            } else {
                bound.add(column.getValue());
                sql.append(column.getKey()).append(" = ?").append(bound.size());
            }
        }
        bound.add(sourceId);
        sql.append(" WHERE id = ?").append(bound.size());
        var update = em.createNativeQuery(sql.toString());
        for (int i = 0; i < bound.size(); i++) {
            update.setParameter(i + 1, bound.get(i));
        }
        update.executeUpdate();
    }

    /** A comment of the round that the actor can see, or 400 naming the field. */
    private Comment commentOfRound(Actor actor, long roundId, long commentId, String field) {
        return visibleComment(Optional.of(actor), commentId).filter(c -> c.engagementId() == roundId)
                .orElseThrow(() -> new InvalidField(field, "names no comment in this round"));
    }

    /** A comment the viewer can read: visible, or held or moderated but theirs; never a deleted one. */
    private Optional<Comment> visibleComment(Optional<Actor> viewer, long commentId) {
        Long me = viewer.map(Actor::participantId).orElse(null);
        var comment = em.find(Comment.class, commentId);
        if (comment == null || comment.state() == Comment.State.DELETED || !comment.isTextReadableBy(me)) {
            return Optional.empty();
        }
        return Optional.of(comment);
    }

    /** The source's citations in places the viewer can see, confidential ones only for those who may read them. */
    private List<Citation> visibleCitations(Optional<Actor> viewer, long sourceId) {
        var visibleRounds = new HashMap<Long, Optional<Engagement>>();
        var me = viewer.map(Actor::participantId);
        return em.createNamedQuery(Citation.OF_SOURCE, Citation.class).setParameter("source", sourceId)
                .getResultStream()
                .filter(c -> visibleRounds.computeIfAbsent(c.engagementId(), id -> rounds.findVisible(viewer, id))
                        .filter(round -> c.isReadableBy(me, isStaff(viewer, round))).isPresent())
                .filter(c -> c.commentId().map(id -> visibleComment(viewer, id).isPresent()).orElse(true))
                .toList();
    }

    private List<Source> bySha256(String sha256) {
        return em.createNamedQuery(Source.BY_SHA256, Source.class).setParameter("sha256", sha256).getResultList();
    }

    /** Short views of sources by id, without loading their text. */
    private Map<Long, SourceSummary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var summaries = new HashMap<Long, SourceSummary>();
        em.createQuery("SELECT s.id, s.fileName, s.status, s.title, s.mediaType, s.sizeBytes, s.pageCount, s.verdict"
                        + " FROM Source s WHERE s.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultStream().forEach(row -> {
                    long id = ((Number) row[0]).longValue();
                    summaries.put(id, new SourceSummary(id, (String) row[1], ((Source.Status) row[2]).name(),
                            (String) row[3], (String) row[4], ((Number) row[5]).longValue(), (Integer) row[6],
                            ((Source.Verdict) row[7]).name()));
                });
        return summaries;
    }

    private static SourceSummary summary(Source s) {
        return new SourceSummary(s.id(), s.fileName(), s.status().name(), s.title().orElse(null), s.mediaType(),
                s.size(), s.pageCount().orElse(null), s.verdict().name());
    }

    private static SourceView view(Source s, List<Citation> citations) {
        return new SourceView(s.id(), s.fileName(), s.mediaType(), s.size(), s.sha256(), s.status().name(),
                s.failure().orElse(null), s.failureDetail().orElse(null), s.title().orElse(null),
                s.author().orElse(null), s.documentCreated().orElse(null), s.documentModified().orElse(null),
                s.pageCount().orElse(null), s.truncated(), s.verdict().name(), s.verdictNote().orElse(null),
                s.reviewerName().orElse(null), s.reviewedAt().orElse(null), s.createdAt(),
                citations.stream().map(c -> new CitationView(c.id(), c.engagementId(), c.targetType(), c.targetId(),
                        c.citerName(), c.quote().orElse(null), c.page().orElse(null), c.createdAt())).toList());
    }
}

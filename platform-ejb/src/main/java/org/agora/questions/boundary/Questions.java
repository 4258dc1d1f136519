package org.agora.questions.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.agora.drafts.control.MarkdownBlocks;
import org.agora.engagements.control.EngagementFinder;
import org.agora.engagements.entity.Engagement;
import org.agora.engagements.entity.Mode;
import org.agora.identity.boundary.Actor;
import org.agora.moderation.boundary.Admissions;
import org.agora.moderation.boundary.Contribution;
import org.agora.problems.Forbidden;
import org.agora.problems.InvalidField;
import org.agora.problems.NotFound;
import org.agora.questions.boundary.QuestionViews.FaqView;
import org.agora.questions.boundary.QuestionViews.MessageView;
import org.agora.questions.boundary.QuestionViews.QuestionPage;
import org.agora.questions.boundary.QuestionViews.QuestionView;
import org.agora.questions.control.QuestionFigures;
import org.agora.questions.control.WorkingHours;
import org.agora.questions.entity.FaqEntry;
import org.agora.questions.entity.Message;
import org.agora.questions.entity.Question;
import org.agora.questions.entity.QuestionRefused;
import org.agora.questions.entity.State;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Use cases of the question desk; one method, one transaction. Citizens ask in open customer-service and broadcast
 * rounds, follow up and resolve their own questions; officers of the round's agency (and administrators) claim,
 * release, answer and publish FAQ entries. Private questions are seen only by their asker and the round's staff
 * (its agency's officers, administrators, moderators): to anyone else they do not exist.
 */
@Stateless
public class Questions {

    public static final int BODY_MAX = 5_000;
    public static final int ANSWER_MAX = Message.MARKDOWN_MAX;

    /** Modes whose rounds take questions. */
    static final EnumSet<Mode> ASKING_MODES = EnumSet.of(Mode.CUSTOMER_SERVICE, Mode.BROADCAST);

    /** Query hint: the results are only read, so EclipseLink need not track them for changes. */
    private static final String READ_ONLY = "eclipselink.read-only";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    EngagementFinder rounds;

    @Inject
    Admissions admissions;


    @Inject
    @ConfigProperty(name = "agora.questions.zone", defaultValue = "UTC")
    String zone;

    /** Public holidays, on which no working hours pass: ISO dates, e.g. {@code 2026-12-25,2026-12-26}. */
    @Inject
    @ConfigProperty(name = "agora.questions.holidays")
    Optional<String> holidays;

    /** A question in a round that takes them, while it is open. */
    public QuestionView ask(Actor actor, long roundId, NewQuestion request) {
        return ask(actor, roundId, request, null);
    }

    /**
     * The same as {@link #ask}, recorded as asked at an earlier time: for demo data that shows a queue with history
     * (an overdue question, response times). The round must take questions now.
     */
    public QuestionView askAsOf(Actor actor, long roundId, NewQuestion request, Instant askedAt) {
        if (askedAt.isAfter(clock.instant())) {
            throw new InvalidField("askedAt", "must not be in the future");
        }
        return ask(actor, roundId, request, askedAt);
    }

    private QuestionView ask(Actor actor, long roundId, NewQuestion request, Instant asOf) {
        var round = rounds.forContribution(actor, roundId);
        Instant askedAt = asOf != null ? asOf : rounds.now(round);
        if (!ASKING_MODES.contains(round.mode())) {
            throw QuestionRefused.questionsNotTaken(round.mode().name());
        }
        if (!round.isAcceptingContributions(rounds.now(round))) {
            throw QuestionRefused.roundNotOpen();
        }
        String body = text(request.body(), "body", BODY_MAX);
        // a mute or block is about public participation: the agency stays reachable in private
        var audience = request.publicQuestion() ? Contribution.publicIn(round.settings().preModeration())
                : Contribution.Audience.PRIVATE;
        var stored = new Question[1];
        admissions.admit(Contribution.of(QuestionModeration.TYPE, "question", roundId, actor.participantId(),
                (request.title() == null ? "" : request.title()) + "\n\n" + body, audience), held -> {
                    var question = new Question(roundId, actor.participantId(), actor.displayName(), request.title(),
                            request.publicQuestion(), askedAt, due(round, askedAt));
                    if (held) {
                        question.moderate(Question.Moderation.HELD, null);
                    }
                    em.persist(question);
                    em.flush(); // no mapped relation orders the inserts: the question's row goes first
                    em.persist(question.firstMessage(body, MarkdownBlocks.html(body)));
                    em.flush();
                    stored[0] = question;
                    return QuestionModeration.ref(question, body);
                });
        return view(stored[0], round, Optional.of(actor), messages(stored[0]));
    }

    /**
     * The questions of a round the viewer may see: all of them for the round's staff (the officers' queue), public
     * ones and their own for everyone else. Questions owed an answer come first, soonest due first; then the rest,
     * latest activity first.
     */
    public QuestionPage list(Optional<Actor> viewer, long roundId, Optional<State> state, Optional<Boolean> breached,
            boolean mineOnly, int page, int size) {
        var round = rounds.visibleTo(viewer, roundId);
        Instant now = rounds.now(round);
        // the page is cut in SQL from two ordered groups: questions owed an answer (soonest due first), then the
        // others (latest activity first); a question is breached when it is owed an answer past its due time
        var where = new StringBuilder(" WHERE q.engagementId = :round");
        if (viewer.filter(a -> isStaff(a, round)).isEmpty()) {
            where.append(" AND ((q.publicQuestion = TRUE AND q.moderation = ").append(VISIBLE).append(')')
                    .append(viewer.isPresent() ? " OR q.askerId = :me)" : ")");
        }
        state.ifPresent(s -> where.append(" AND q.state = :state"));
        if (mineOnly) {
            where.append(" AND q.askerId = :me");
        }
        String owed = where + " AND q.state IN " + OWED
                + breached.map(b -> b ? " AND q.dueAt < :now" : " AND q.dueAt >= :now").orElse("");
        String others = where + " AND q.state NOT IN " + OWED;
        boolean othersWanted = breached.filter(b -> b).isEmpty(); // questions not owed an answer are never breached
        long owedCount = count(owed, roundId, viewer, state, now);
        long othersCount = othersWanted ? count(others, roundId, viewer, state, now) : 0;
        long from = (long) page * size;
        var pageItems = new ArrayList<Question>();
        if (from < owedCount) {
            pageItems.addAll(pageOf(owed + " ORDER BY q.dueAt, q.id", roundId, viewer, state, now, from, size));
        }
        if (pageItems.size() < size && othersCount > 0) {
            pageItems.addAll(pageOf(others + " ORDER BY q.lastActivityAt DESC, q.id", roundId, viewer, state, now,
                    Math.max(0, from - owedCount), size - pageItems.size()));
        }
        var messages = messagesOf(pageItems);
        var inFaq = inFaq(pageItems);
        var items = pageItems.stream().map(q -> view(q, round, viewer, messages.getOrDefault(q.id(), List.of()),
                inFaq.contains(q.id()), now)).toList();
        return new QuestionPage(items, page, size, owedCount + othersCount);
    }

    private static final String VISIBLE = "org.agora.questions.entity.Question.Moderation.VISIBLE";
    private static final String OWED = "(org.agora.questions.entity.State.WAITING,"
            + " org.agora.questions.entity.State.CLAIMED)";

    private long count(String where, long roundId, Optional<Actor> viewer, Optional<State> state, Instant now) {
        var query = em.createQuery("SELECT COUNT(q) FROM Question q" + where, Long.class);
        bind(query, where, roundId, viewer, state, now);
        return query.getSingleResult();
    }

    private List<Question> pageOf(String whereAndOrder, long roundId, Optional<Actor> viewer, Optional<State> state,
            Instant now, long first, int max) {
        var query = em.createQuery("SELECT q FROM Question q" + whereAndOrder, Question.class)
                .setHint(READ_ONLY, true).setFirstResult((int) Math.min(first, Integer.MAX_VALUE)).setMaxResults(max);
        bind(query, whereAndOrder, roundId, viewer, state, now);
        return query.getResultList();
    }

    private static void bind(jakarta.persistence.Query query, String jpql, long roundId, Optional<Actor> viewer,
            Optional<State> state, Instant now) {
        query.setParameter("round", roundId);
        if (jpql.contains(":me")) {
            query.setParameter("me", viewer.map(Actor::participantId).orElse(-1L));
        }
        state.ifPresent(s -> query.setParameter("state", s));
        if (jpql.contains(":now")) {
            query.setParameter("now", now);
        }
    }

    public QuestionView get(Optional<Actor> viewer, long id) {
        var question = find(id);
        var round = round(viewer, question);
        requireVisible(viewer, question, round);
        return view(question, round, viewer, messages(question));
    }

    public QuestionView claim(Actor actor, long id) {
        var question = find(id);
        var round = officersRound(actor, question);
        question.claim(actor.participantId(), actor.displayName(), rounds.now(round));
        em.flush();
        return view(question, round, Optional.of(actor), messages(question));
    }

    public QuestionView release(Actor actor, long id) {
        var question = find(id);
        var round = officersRound(actor, question);
        question.release(actor.participantId(), actor.isAdmin());
        em.flush();
        return view(question, round, Optional.of(actor), messages(question));
    }

    public QuestionView answer(Actor actor, long id, String text) {
        var question = find(id);
        var round = officersRound(actor, question);
        String body = text(text, "body", ANSWER_MAX);
        em.persist(question.answer(actor.participantId(), actor.displayName(), body, MarkdownBlocks.html(body),
                rounds.now(round)));
        em.flush();
        return view(question, round, Optional.of(actor), messages(question));
    }

    public QuestionView followUp(Actor actor, long id, String text) {
        var question = find(id);
        var round = round(Optional.of(actor), question);
        requireVisible(Optional.of(actor), question, round);
        if (!actor.mayContributeTo(round.trainingRunId().orElse(null))) {
            throw new Forbidden("Trainees and trainers practise in the training sandbox; they do not take part in"
                    + " live rounds.");
        }
        Instant now = rounds.now(round);
        if (question.askerId() == actor.participantId() && !round.isAcceptingContributions(now)) {
            throw QuestionRefused.roundNotOpen();
        }
        String body = text(text, "body", BODY_MAX);
        // a follow-up belongs to its question: held, it holds the question (whose case carries the asker's words)
        var audience = question.isPublic() ? Contribution.publicIn(round.settings().preModeration())
                : Contribution.Audience.PRIVATE;
        admissions.admit(Contribution.change(QuestionModeration.TYPE, "follow-up", question.id(), round.id(),
                actor.participantId(), body, audience), held -> {
                    em.persist(question.followUp(actor.participantId(), body, MarkdownBlocks.html(body), now,
                            due(round, now)));
                    if (held && question.moderation() == Question.Moderation.VISIBLE) {
                        question.moderate(Question.Moderation.HELD, null);
                    }
                    em.flush();
                    return QuestionModeration.ref(question, QuestionModeration.askersWords(messages(question)));
                });
        return view(question, round, Optional.of(actor), messages(question));
    }

    public QuestionView resolve(Actor actor, long id) {
        var question = find(id);
        var round = round(Optional.of(actor), question);
        requireVisible(Optional.of(actor), question, round);
        question.resolve(actor.participantId(), rounds.now(round));
        em.flush();
        return view(question, round, Optional.of(actor), messages(question));
    }

    /** An FAQ entry and whether this request created it (false: an existing entry was reworded). */
    public record Published(FaqView entry, boolean created) {
    }

    /** Publishes an answered question in the round's FAQ, in the officer's words; publishing again rewords it. */
    public Published publishFaq(Actor actor, long id, NewFaqEntry request) {
        var question = find(id);
        var round = officersRound(actor, question);
        question.requireAnswered();
        String q = text(request.question(), "question", FaqEntry.QUESTION_MAX);
        String a = text(request.answer(), "answer", FaqEntry.ANSWER_MAX);
        Instant now = rounds.now(round);
        var existing = em.createNamedQuery(FaqEntry.OF_QUESTION, FaqEntry.class).setParameter("question", id)
                .getResultStream().findFirst();
        FaqEntry entry;
        if (existing.isPresent()) {
            entry = existing.get();
            entry.reword(actor.participantId(), q, MarkdownBlocks.html(q), a, MarkdownBlocks.html(a), now);
        } else {
            entry = new FaqEntry(question, actor.participantId(), q, MarkdownBlocks.html(q), a,
                    MarkdownBlocks.html(a), now);
            em.persist(entry);
        }
        em.flush();
        return new Published(faqView(entry), existing.isEmpty());
    }

    /** The round's FAQ, oldest entry first; public (except for rounds still in draft). */
    public List<FaqView> faq(Optional<Actor> viewer, long roundId) {
        rounds.visibleTo(viewer, roundId);
        return em.createNamedQuery(FaqEntry.OF_ROUND, FaqEntry.class).setParameter("round", roundId)
                .setHint(READ_ONLY, true).getResultStream().map(Questions::faqView).toList();
    }

    /** The round's service figures, for its agency's officers and administrators. */
    public QuestionFigures figures(Actor actor, long roundId) {
        var round = rounds.managedBy(actor, roundId);
        var questions = em.createNamedQuery(Question.OF_ROUND, Question.class).setParameter("round", roundId)
                .setHint(READ_ONLY, true).getResultList();
        return QuestionFigures.of(roundId, questions, round.settings().slaWorkingHours(), rounds.now(round));
    }

    private Instant due(Engagement round, Instant from) {
        return workingHours().plus(from, round.settings().slaWorkingHours());
    }

    WorkingHours workingHours() {
        ZoneId timeZone;
        try {
            timeZone = ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            throw new IllegalStateException("agora.questions.zone is not a time zone: " + zone, e);
        }
        try {
            return new WorkingHours(timeZone, WorkingHours.holidays(holidays.orElse("")));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("agora.questions.holidays: " + e.getMessage(), e);
        }
    }

    private Question find(long id) {
        return Optional.ofNullable(em.find(Question.class, id)).orElseThrow(() -> new NotFound("question", id));
    }

    /** The question's round, if the viewer may see it: a training run's question is nobody else's business. */
    private Engagement round(Optional<Actor> viewer, Question question) {
        return rounds.findVisible(viewer, question.engagementId())
                .orElseThrow(() -> new NotFound("question", question.id()));
    }

    /**
     * A question of the round that the viewer may read (public, asked by them, or they are the round's staff), or
     * empty: for components that attach things to questions, so that the rule of who reads a question stays here.
     */
    public Optional<Question> readable(Optional<Actor> viewer, long roundId, long questionId) {
        var question = em.find(Question.class, questionId);
        if (question == null || question.engagementId() != roundId) {
            return Optional.empty();
        }
        var round = rounds.findVisible(viewer, roundId);
        if (round.isEmpty()) {
            return Optional.empty();
        }
        return isVisible(viewer, question, round.get()) ? Optional.of(question) : Optional.empty();
    }

    /** Staff see every question of the round: its agency's officers, administrators, moderators. */
    public static boolean isStaff(Actor actor, Engagement round) {
        return actor.isStaffOf(round.agency());
    }

    private static boolean isVisible(Optional<Actor> viewer, Question question, Engagement round) {
        return viewer.map(a -> question.isVisibleTo(a.participantId(), isStaff(a, round)))
                .orElse(question.isVisibleTo(-1, false));
    }

    private static void requireVisible(Optional<Actor> viewer, Question question, Engagement round) {
        if (!isVisible(viewer, question, round)) {
            throw new NotFound("question", question.id());
        }
    }

    /** The round of a question an officer acts on: its own agency's (or any, for an administrator). */
    private Engagement officersRound(Actor actor, Question question) {
        var round = round(Optional.of(actor), question);
        if (!actor.mayManage(round.agency())) {
            throw new Forbidden("This question was asked in a round of " + round.agency()
                    + "; only its officers and administrators can work on it.");
        }
        return round;
    }

    private static String text(String value, String field, int max) {
        String text = MarkdownBlocks.normalise(value == null ? "" : value).strip();
        if (text.isEmpty()) {
            throw new InvalidField(field, "is required");
        }
        if (text.length() > max) {
            throw new InvalidField(field, "must be at most " + max + " characters long");
        }
        return text;
    }

    private List<Message> messages(Question question) {
        return em.createNamedQuery(Message.OF_QUESTION, Message.class).setParameter("question", question.id())
                .getResultList();
    }

    private Map<Long, List<Message>> messagesOf(List<Question> questions) {
        if (questions.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(Message.OF_QUESTIONS, Message.class)
                .setParameter("questions", questions.stream().map(Question::id).toList())
                .setHint(READ_ONLY, true).getResultStream()
                .collect(Collectors.groupingBy(Message::questionId));
    }

    private java.util.Set<Long> inFaq(List<Question> questions) {
        if (questions.isEmpty()) {
            return java.util.Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT f.questionId FROM FaqEntry f WHERE f.questionId IN :questions",
                Long.class).setParameter("questions", questions.stream().map(Question::id).toList()).getResultList());
    }

    private QuestionView view(Question q, Engagement round, Optional<Actor> viewer, List<Message> messages) {
        return view(q, round, viewer, messages, inFaq(List.of(q)).contains(q.id()), rounds.now(round));
    }

    static QuestionView view(Question q, Engagement round, Optional<Actor> viewer, List<Message> messages,
            boolean inFaq, Instant now) {
        long me = viewer.map(Actor::participantId).orElse(-1L);
        boolean officer = viewer.filter(a -> a.mayManage(round.agency())).isPresent();
        boolean mine = q.askerId() == me;
        boolean owed = q.state().awaitsOfficer();
        var actions = new ArrayList<String>();
        if (officer) {
            boolean claimedByOther = q.state() == State.CLAIMED && q.claimedById().orElse(-1L) != me;
            if (q.state() == State.WAITING) {
                actions.add("claim");
            }
            if (q.state() == State.CLAIMED && (!claimedByOther || viewer.get().isAdmin())) {
                actions.add("release");
            }
            if (q.state() != State.RESOLVED && !claimedByOther) {
                actions.add("answer");
            }
            if (q.firstAnsweredAt().isPresent()) {
                actions.add("publish-faq");
            }
        }
        if (mine && q.state() == State.ANSWERED) {
            if (round.isAcceptingContributions(now)) {
                actions.add("follow-up");
            }
            actions.add("resolve");
        }
        return new QuestionView(q.id(), q.engagementId(), q.title(), q.state().name(), q.isPublic(),
                q.moderation().name(), q.moderationReason().orElse(null), q.askerName(),
                mine, q.askedAt(), owed ? q.dueAt() : null,
                owed ? Math.floorDiv(Duration.between(now, q.dueAt()).toSeconds(), 60) : null, q.isBreached(now),
                q.firstAnsweredAt().orElse(null), q.resolvedAt().orElse(null), q.claimedByName().orElse(null),
                q.claimedById().filter(id -> id == me).isPresent(), q.lastActivityAt(), inFaq, List.copyOf(actions),
                messages.stream().map(m -> new MessageView(m.id(), m.kind().name(), m.authorName(),
                        m.kind().official(), m.html(), m.createdAt())).toList());
    }

    private static FaqView faqView(FaqEntry f) {
        return new FaqView(f.id(), f.engagementId(), f.questionHtml(), f.answerHtml(), f.publishedAt(),
                f.updatedAt());
    }
}

package org.agora.sandbox.control;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agora.engagements.entity.Mode;

/**
 * A training scenario as its file describes it (see {@link ScenarioParser} for the format and its rules): what the
 * trainee practises, the rounds they run, the personas who take part, the script of what those personas do and when
 * (in scenario minutes from the start), and the answer key the debrief scores against.
 *
 * @param file            the file it was read from, for messages
 * @param key             a stable name, lower case with hyphens
 * @param durationMinutes scenario minutes until the run ends by itself (its rounds close then)
 * @param tasks           what the trainee must do that is not an answer to one event (publish an update, a version)
 * @param modeChoice      a question about which engagement mode fits, answered at the start, if the scenario asks one
 * @param rubric          per criterion scored, its weight (percent of the overall score) and the words the debrief
 *                        quotes
 */
public record Scenario(String file, String key, String title, Topic topic, List<Mode> modes, List<String> goals,
        String briefing, int durationMinutes, List<RoundSpec> rounds, List<Persona> personas,
        List<ScriptedEvent> events, List<Task> tasks, Optional<ModeChoice> modeChoice,
        Map<Criterion, RubricEntry> rubric) {

    public Scenario {
        modes = List.copyOf(modes);
        goals = List.copyOf(goals);
        rounds = List.copyOf(rounds);
        personas = List.copyOf(personas);
        events = List.copyOf(events);
        tasks = List.copyOf(tasks);
        rubric = Map.copyOf(rubric);
    }

    /** What the course material teaches; every topic is practised by at least one scenario. */
    public enum Topic {
        CHOOSING_A_MODE("Choosing how to engage"),
        BUILDING_COMMUNITY("Building an online community"),
        FILLING_THE_VACUUM("Filling the vacuum with facts and credible sources"),
        TAMING_TROLLS("Taming trolls"),
        ITERATING_POLICY("Iterating a policy"),
        MONITORING("Monitoring what people say"),
        SPOTTING_GAMING("Spotting that you are being gamed"),
        MANAGING_STAFF("Managing your own staff online"),
        GOALS_AND_SUCCESS("Setting goals and success criteria");

        private final String label;

        Topic(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** As in the files and URLs: {@code taming-trolls}. */
        public String slug() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * A round the run starts with. {@code draftMarkdown}: the draft a consultation or co-development round discusses;
     * {@code summary}: what the round asks (for a broadcast channel, what it is for).
     */
    public record RoundSpec(String key, Mode mode, String title, String summary, Optional<String> draftTitle,
            Optional<String> draftMarkdown, boolean preModeration, int slaWorkingHours) {
    }

    /** Who the personas are: the kinds the course material names. */
    public enum PersonaKind {
        RESIDENT, ANGRY_RESIDENT, TROLL, MISINFORMER, LOBBY, JOURNALIST, EXPERT, STAFF, BUSINESS, COMMUNITY_LEADER
    }

    public record Persona(String key, String name, PersonaKind kind, String description) {
    }

    /** What a persona does at its minute. */
    public enum Action {
        /** A comment on the round (optionally on a paragraph of its draft, with a stance). */
        COMMENT,
        /** A reply to the content of another event. */
        REPLY,
        /** A question to the desk (public or private). */
        QUESTION,
        /** A follow-up on the question of another event. */
        FOLLOW_UP,
        /** An idea in a co-development round. */
        IDEA,
        /** A report of the content of another event, with a reason. */
        REPORT,
        /** A web page cited on the content of another event (or on the round). */
        CITE,
        /** An endorsement of the comment of another event. */
        ENDORSE
    }

    /** A condition on what the trainee did about the content of an earlier event, checked when this one is due. */
    public enum When {
        /** Fires only if the earlier content is still up and no decision was taken on it (e.g. the troll escalates). */
        UNHANDLED,
        /** Fires only if nobody official replied to or answered the earlier content (e.g. the journalist publishes). */
        UNANSWERED,
        /** Fires only if the earlier content was dealt with (a decision on it). */
        HANDLED,
        /** Fires only if the earlier content got an official reply or answer. */
        ANSWERED
    }

    public record Condition(When when, String event) {
    }

    /**
     * One scripted event: at scenario minute {@code at}, {@code persona} does {@code action} in round
     * {@code round}. {@code target} names the event whose content it acts on (reply, follow-up, report, cite,
     * endorse); {@code paragraph} a paragraph of the round's draft, counted from 1.
     */
    public record ScriptedEvent(String id, int at, String persona, Action action, String round,
            Optional<String> title, Optional<String> text, Optional<String> target, Optional<Integer> paragraph,
            Optional<String> stance, boolean isPublic, Optional<String> url, Optional<String> reason,
            Optional<Condition> condition, List<Expectation> key) {

        public ScriptedEvent {
            key = List.copyOf(key);
        }
    }

    /** What a good officer or moderator does about an event's content (the answer key). */
    public enum Expect {
        /** Remove it (hiding counts half: it is reversible, but the content breaks the rules). */
        REMOVE(Criterion.MODERATION),
        /** Hide it pending review, or remove it. */
        RESTRICT(Criterion.MODERATION),
        /** Leave it up (or approve it if held): restricting it is over-enforcement. */
        LEAVE(Criterion.MODERATION),
        /** Warn, mute or block its author. */
        SANCTION(Criterion.MODERATION),
        /** Escalate it to the agency or to legal. */
        ESCALATE(Criterion.ESCALATION),
        /** Reply to it officially. */
        REPLY(Criterion.COMPLETENESS),
        /** Reply officially, citing a credible source (a link or a cited web page). */
        REPLY_WITH_SOURCE(Criterion.EVIDENCE),
        /** Do not reply (do not feed the troll): a reply is a mistake. */
        NO_REPLY(Criterion.MODERATION),
        /** Answer the question. */
        ANSWER(Criterion.COMPLETENESS),
        /** Record what was done with the comment ("you said, we did"). */
        DISPOSITION(Criterion.COMPLETENESS);

        private final Criterion criterion;

        Expect(Criterion criterion) {
            this.criterion = criterion;
        }

        public Criterion criterion() {
            return criterion;
        }
    }

    /**
     * One expectation. {@code reasons}: the reason codes a restriction should name (empty: any); {@code within}:
     * scenario minutes from the event by which it should have been done (also scored for timeliness).
     */
    public record Expectation(Expect expect, Set<String> reasons, Optional<Integer> within, String why) {

        public Expectation {
            reasons = Set.copyOf(reasons);
        }
    }

    /** A task of the run as a whole. */
    public enum TaskKind {
        /** Publish a broadcast update that cites at least one source. */
        UPDATE_WITH_SOURCE(Criterion.EVIDENCE),
        /** Publish the next version of the round's draft. */
        NEW_VERSION(Criterion.COMPLETENESS),
        /** Publish an answered question in the desk's FAQ. */
        FAQ(Criterion.COMPLETENESS),
        /** Write an engagement plan with a measurable goal (a number) and the communities to reach. */
        PLAN(Criterion.COMPLETENESS);

        private final Criterion criterion;

        TaskKind(Criterion criterion) {
            this.criterion = criterion;
        }

        public Criterion criterion() {
            return criterion;
        }
    }

    /** {@code mentions}: for a plan, words it should name (the communities of the scenario). */
    public record Task(String id, TaskKind kind, String round, Optional<Integer> within, List<String> mentions,
            String why) {

        public Task {
            mentions = List.copyOf(mentions);
        }
    }

    public record ModeChoice(String prompt, List<Mode> options, Mode answer, String why) {

        public ModeChoice {
            options = List.copyOf(options);
        }
    }

    /** What a debrief scores. */
    public enum Criterion {
        MODERATION, TIMELINESS, EVIDENCE, TONE, COMPLETENESS, ESCALATION, MODE;

        public String slug() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public record RubricEntry(int weight, String words) {
    }

    public Optional<Persona> persona(String key) {
        return personas.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    public Optional<ScriptedEvent> event(String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<RoundSpec> round(String key) {
        return rounds.stream().filter(r -> r.key().equals(key)).findFirst();
    }
}

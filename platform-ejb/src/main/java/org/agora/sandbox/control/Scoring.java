package org.agora.sandbox.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.agora.engagements.entity.Mode;
import org.agora.sandbox.control.Scenario.Criterion;
import org.agora.sandbox.control.Scenario.Expect;
import org.agora.sandbox.control.Scenario.Expectation;
import org.agora.sandbox.control.Scenario.ScriptedEvent;
import org.agora.sandbox.control.Scenario.Task;

/**
 * Scores a run against its scenario's answer key: pure, from what happened (the events and what they made) and what
 * the trainee did (decisions, replies, answers, dispositions, updates, versions). Every point is an {@link Item}
 * naming the event or task, what the key expected, what the trainee did, and the key's reason, so the debrief is
 * traceable. A criterion scores the mean of its items (0–100); the overall score weighs criteria by the rubric.
 */
public final class Scoring {

    /** What became of a scripted event in the run. {@code at}: scenario time it fired. */
    public record Happened(String event, boolean fired, Instant at, String contentType, Long contentId) {
    }

    /** Kinds of trainee action the key can ask for. */
    public enum Kind { DECISION, REPLY, ANSWER, DISPOSITION, UPDATE, VERSION, FAQ }

    /**
     * Something the trainee did, at scenario time {@code at}, on content {@code contentType}/{@code contentId}
     * (the persona's content it concerns; none for updates and versions). {@code detail}: a decision's action slug
     * ({@code remove}, {@code hide}, {@code approve}, {@code warn-author}, {@code escalate}, {@code undo} …);
     * {@code reasonCode}: a restriction's; {@code text}: a reply's, answer's or update's words; {@code cited}:
     * whether it cites a source (a cited web page, a file, or a link in the text).
     */
    public record Done(Kind kind, String contentType, Long contentId, Instant at, String detail, String reasonCode,
            String text, boolean cited) {
    }

    public record Facts(Instant start, Optional<Mode> modeChoice, Optional<String> plan, List<Happened> happened,
            List<Done> done) {
    }

    public record Item(String ref, String subject, String expected, String actual, double points, String why) {
    }

    public record CriterionScore(Criterion criterion, int score, int weight, String words, List<Item> items) {
    }

    public record Result(int score, List<CriterionScore> criteria) {
    }

    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final Set<String> RESTRICTING = Set.of("hide", "remove");
    private static final Set<String> SANCTIONS = Set.of("warn-author", "mute-author", "block-author");
    private static final Set<String> ESCALATIONS = Set.of("escalate", "escalate-legal");

    private Scoring() {
    }

    public static Result score(Scenario scenario, Facts facts) {
        var items = new EnumMap<Criterion, List<Item>>(Criterion.class);
        for (var c : scenario.rubric().keySet()) {
            items.put(c, new ArrayList<>());
        }
        for (var event : scenario.events()) {
            var happened = facts.happened().stream().filter(h -> h.event().equals(event.id()) && h.fired())
                    .findFirst();
            if (happened.isEmpty() || happened.get().contentId() == null) {
                continue; // never happened (a condition did not hold): nothing to answer for
            }
            for (var x : event.key()) {
                var item = judge(scenario, event, x, happened.get(), facts);
                items.computeIfAbsent(x.expect().criterion(), k -> new ArrayList<>()).add(item);
                x.within().ifPresent(w -> items.computeIfAbsent(Criterion.TIMELINESS, k -> new ArrayList<>())
                        .add(timely(scenario, event, x, happened.get(), facts, w)));
            }
        }
        for (var task : scenario.tasks()) {
            items.computeIfAbsent(task.kind().criterion(), k -> new ArrayList<>()).add(task(task, facts));
            task.within().ifPresent(w -> items.computeIfAbsent(Criterion.TIMELINESS, k -> new ArrayList<>())
                    .add(taskTimely(task, facts, w)));
        }
        scenario.modeChoice().ifPresent(m -> items.computeIfAbsent(Criterion.MODE, k -> new ArrayList<>())
                .add(new Item("mode-choice", m.prompt(), label(m.answer()),
                        facts.modeChoice().map(Scoring::label).orElse("no choice made"),
                        facts.modeChoice().filter(m.answer()::equals).isPresent() ? 1 : 0, m.why())));
        if (items.containsKey(Criterion.TONE)) {
            items.get(Criterion.TONE).addAll(tone(facts));
        }
        var criteria = new ArrayList<CriterionScore>();
        double overall = 0;
        for (var entry : scenario.rubric().entrySet()) {
            var list = items.getOrDefault(entry.getKey(), List.of());
            int score = list.isEmpty() ? 0 : (int) Math.round(100 * list.stream().mapToDouble(Item::points).sum()
                    / list.size());
            criteria.add(new CriterionScore(entry.getKey(), score, entry.getValue().weight(), entry.getValue().words(),
                    List.copyOf(list)));
            overall += score * entry.getValue().weight() / 100.0;
        }
        criteria.sort(java.util.Comparator.comparing(CriterionScore::criterion));
        return new Result((int) Math.round(overall), List.copyOf(criteria));
    }

    private static Item judge(Scenario scenario, ScriptedEvent event, Expectation x, Happened h, Facts facts) {
        var on = on(facts, h);
        String subject = subject(scenario, event);
        return switch (x.expect()) {
            case REMOVE, RESTRICT -> {
                var last = inForce(on);
                boolean restricted = last.filter(d -> RESTRICTING.contains(d.detail())).isPresent();
                double points = !restricted ? 0 : x.expect() == Expect.REMOVE && !last.get().detail().equals("remove")
                        ? 0.5 : 1;
                String actual = last.map(Scoring::describe).orElse("left it up (under-enforcement)");
                if (restricted && !x.reasons().isEmpty() && !x.reasons().contains(last.get().reasonCode())) {
                    points = Math.min(points, 0.75);
                    actual += " — reason code " + last.get().reasonCode() + ", the key expects "
                            + String.join(" or ", x.reasons());
                }
                yield new Item(event.id(), subject, expected(x), actual, points, x.why());
            }
            case LEAVE -> {
                var last = inForce(on);
                boolean restricted = last.filter(d -> RESTRICTING.contains(d.detail())).isPresent();
                yield new Item(event.id(), subject, expected(x), restricted ? describe(last.get())
                        + " (over-enforcement)" : last.map(Scoring::describe).orElse("left it up"), restricted ? 0 : 1,
                        x.why());
            }
            case SANCTION -> {
                var sanction = on.stream().filter(d -> d.kind() == Kind.DECISION && SANCTIONS.contains(d.detail()))
                        .findFirst();
                yield new Item(event.id(), subject, expected(x), sanction.map(Scoring::describe)
                        .orElse("no warning, mute or block"), sanction.isPresent() ? 1 : 0, x.why());
            }
            case ESCALATE -> {
                var escalation = on.stream().filter(d -> d.kind() == Kind.DECISION
                        && ESCALATIONS.contains(d.detail())).findFirst();
                yield new Item(event.id(), subject, expected(x), escalation.map(Scoring::describe)
                        .orElse("not escalated"), escalation.isPresent() ? 1 : 0, x.why());
            }
            case REPLY -> {
                var reply = first(on, Kind.REPLY);
                yield new Item(event.id(), subject, expected(x), reply.map(r -> "replied: \"" + brief(r.text()) + "\"")
                        .orElse("no reply"), reply.isPresent() ? 1 : 0, x.why());
            }
            case REPLY_WITH_SOURCE -> {
                var replies = on.stream().filter(d -> d.kind() == Kind.REPLY || d.kind() == Kind.ANSWER).toList();
                var sourced = replies.stream().filter(Scoring::cites).findFirst();
                double points = sourced.isPresent() ? 1 : replies.isEmpty() ? 0 : 0.5;
                String actual = sourced.map(r -> "replied with a source: \"" + brief(r.text()) + "\"")
                        .orElse(replies.isEmpty() ? "no reply" : "replied without a source: \""
                                + brief(replies.get(0).text()) + "\"");
                yield new Item(event.id(), subject, expected(x), actual, points, x.why());
            }
            case NO_REPLY -> {
                var reply = first(on, Kind.REPLY);
                yield new Item(event.id(), subject, expected(x), reply.map(r -> "replied (fed the troll): \""
                        + brief(r.text()) + "\"").orElse("did not reply"), reply.isPresent() ? 0 : 1, x.why());
            }
            case ANSWER -> {
                var answer = first(on, Kind.ANSWER);
                yield new Item(event.id(), subject, expected(x), answer.map(a -> "answered: \"" + brief(a.text())
                        + "\"").orElse("not answered"), answer.isPresent() ? 1 : 0, x.why());
            }
            case DISPOSITION -> {
                var disposition = first(on, Kind.DISPOSITION);
                yield new Item(event.id(), subject, expected(x), disposition.map(d -> "recorded: " + d.detail())
                        .orElse("no disposition recorded"), disposition.isPresent() ? 1 : 0, x.why());
            }
        };
    }

    /** Whether the expectation was met by the end of its time, and if later, how much later. */
    private static Item timely(Scenario scenario, ScriptedEvent event, Expectation x, Happened h, Facts facts,
            int within) {
        var on = on(facts, h);
        Optional<Done> first = switch (x.expect()) {
            case REMOVE, RESTRICT -> on.stream().filter(d -> d.kind() == Kind.DECISION
                    && RESTRICTING.contains(d.detail())).findFirst();
            case LEAVE -> on.stream().filter(d -> d.kind() == Kind.DECISION).findFirst();
            case SANCTION -> on.stream().filter(d -> d.kind() == Kind.DECISION && SANCTIONS.contains(d.detail()))
                    .findFirst();
            case ESCALATE -> on.stream().filter(d -> d.kind() == Kind.DECISION && ESCALATIONS.contains(d.detail()))
                    .findFirst();
            case REPLY -> first(on, Kind.REPLY);
            case REPLY_WITH_SOURCE -> on.stream().filter(d -> d.kind() == Kind.REPLY || d.kind() == Kind.ANSWER)
                    .findFirst();
            case NO_REPLY -> Optional.empty();
            case ANSWER -> first(on, Kind.ANSWER);
            case DISPOSITION -> first(on, Kind.DISPOSITION);
        };
        String expected = expected(x) + " within " + within + " scenario minutes";
        if (x.expect() == Expect.LEAVE && first.isEmpty()) {
            return new Item(event.id(), subject(scenario, event), expected, "nothing needed doing", 1, x.why());
        }
        if (first.isEmpty()) {
            return new Item(event.id(), subject(scenario, event), expected, "not done", 0, x.why());
        }
        return late(event.id(), subject(scenario, event), expected, minutes(h.at(), first.get().at()), within,
                x.why());
    }

    private static Item late(String ref, String subject, String expected, long took, int within, String why) {
        double points = took <= within ? 1 : Math.max(0, 1 - (double) (took - within) / within);
        return new Item(ref, subject, expected, "after " + took + " scenario minute" + (took == 1 ? "" : "s")
                + (took <= within ? "" : " (late)"), points, why);
    }

    private static Item task(Task task, Facts facts) {
        String subject = "Task: " + switch (task.kind()) {
            case UPDATE_WITH_SOURCE -> "publish an update that cites a source";
            case NEW_VERSION -> "publish the next version of the draft";
            case FAQ -> "publish an answer in the FAQ";
            case PLAN -> "write an engagement plan with a measurable goal";
        };
        return switch (task.kind()) {
            case UPDATE_WITH_SOURCE -> {
                var updates = facts.done().stream().filter(d -> d.kind() == Kind.UPDATE).toList();
                var sourced = updates.stream().filter(Scoring::cites).findFirst();
                yield new Item(task.id(), subject, "an update with at least one source", sourced
                        .map(u -> "published with a source: \"" + brief(u.text()) + "\"")
                        .orElse(updates.isEmpty() ? "no update" : "updates without a source"),
                        sourced.isPresent() ? 1 : updates.isEmpty() ? 0 : 0.5, task.why());
            }
            case NEW_VERSION -> {
                var version = facts.done().stream().filter(d -> d.kind() == Kind.VERSION).findFirst();
                yield new Item(task.id(), subject, "a new version", version.map(v -> "published version "
                        + v.detail()).orElse("no new version"), version.isPresent() ? 1 : 0, task.why());
            }
            case FAQ -> {
                var faq = facts.done().stream().filter(d -> d.kind() == Kind.FAQ).findFirst();
                yield new Item(task.id(), subject, "an FAQ entry", faq.map(f -> "published: \"" + brief(f.text())
                        + "\"").orElse("no FAQ entry"), faq.isPresent() ? 1 : 0, task.why());
            }
            case PLAN -> {
                String plan = facts.plan().orElse("");
                boolean measurable = plan.matches("(?s).*\\d.*");
                String lower = plan.toLowerCase(Locale.ROOT);
                long named = task.mentions().stream().filter(m -> lower.contains(m.toLowerCase(Locale.ROOT)))
                        .count();
                double points = plan.isBlank() ? 0 : (measurable ? 0.5 : 0)
                        + 0.5 * Math.min(1, named / Math.max(1.0, Math.ceil(task.mentions().size() / 2.0)));
                yield new Item(task.id(), subject, "a goal with a number, naming " + String.join(", ",
                        task.mentions()), plan.isBlank() ? "no plan" : (measurable ? "a measurable goal" : "no number"
                                + " in the goal") + "; names " + named + " of " + task.mentions().size()
                                + " communities", points, task.why());
            }
        };
    }

    private static Item taskTimely(Task task, Facts facts, int within) {
        var kind = switch (task.kind()) {
            case UPDATE_WITH_SOURCE -> Kind.UPDATE;
            case NEW_VERSION -> Kind.VERSION;
            case FAQ -> Kind.FAQ;
            case PLAN -> null;
        };
        var first = kind == null ? Optional.<Done>empty()
                : facts.done().stream().filter(d -> d.kind() == kind).findFirst();
        String expected = "within " + within + " scenario minutes of the start";
        if (first.isEmpty()) {
            return new Item(task.id(), "Task " + task.id(), expected, kind == null ? "not timed" : "not done",
                    kind == null ? 1 : 0, task.why());
        }
        return late(task.id(), "Task " + task.id(), expected, minutes(facts.start(), first.get().at()), within,
                task.why());
    }

    private static List<Item> tone(Facts facts) {
        var items = new ArrayList<Item>();
        for (var d : facts.done()) {
            if (d.kind() == Kind.REPLY || d.kind() == Kind.ANSWER) {
                var judgement = Tone.judge(d.text());
                items.add(new Item(d.contentType() + "-" + d.contentId(), "Your " + (d.kind() == Kind.REPLY
                        ? "reply" : "answer") + ": \"" + brief(d.text()) + "\"",
                        "acknowledges, no hostile or dismissive words, plain language",
                        judgement.findings().isEmpty() ? "all three" : String.join("; ", judgement.findings()),
                        judgement.score(), "Replies that acknowledge the concern and answer in plain words calm a"
                                + " conversation; dismissive ones feed it."));
            }
        }
        if (items.isEmpty()) {
            items.add(new Item("tone", "Official replies", "replies whose tone can be judged",
                    "no official replies or answers", 0, "The key expects you to reply to people."));
        }
        return items;
    }

    /**
     * What the trainee did about one event's content, in the order they did it, from the moment the event happened
     * (a follow-up is the same question as the one it follows: only what came after it answers it).
     */
    private static List<Done> on(Facts facts, Happened h) {
        return facts.done().stream().filter(d -> h.contentType().equals(d.contentType())
                && h.contentId().equals(d.contentId()) && !d.at().isBefore(h.at()))
                .sorted(java.util.Comparator.comparing(Done::at)).toList();
    }

    /** The moderation decision in force: the newest one not cancelled by an undo. */
    static Optional<Done> inForce(List<Done> on) {
        int undone = 0;
        var decisions = on.stream().filter(d -> d.kind() == Kind.DECISION).toList();
        for (int i = decisions.size() - 1; i >= 0; i--) {
            var d = decisions.get(i);
            if (d.detail().equals("undo")) {
                undone++;
            } else if (undone > 0) {
                undone--;
            } else if (!ESCALATIONS.contains(d.detail()) && !d.detail().equals("agency-responds")) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static Optional<Done> first(List<Done> on, Kind kind) {
        return on.stream().filter(d -> d.kind() == kind).findFirst();
    }

    private static boolean cites(Done d) {
        return d.cited() || (d.text() != null && LINK.matcher(d.text()).find());
    }

    private static long minutes(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toMinutes());
    }

    private static String describe(Done d) {
        return switch (d.detail()) {
            case "remove" -> "removed it" + (d.reasonCode() == null ? "" : " (" + d.reasonCode() + ")");
            case "hide" -> "hid it" + (d.reasonCode() == null ? "" : " (" + d.reasonCode() + ")");
            case "approve" -> "approved it";
            case "warn-author" -> "warned the author";
            case "mute-author" -> "muted the author";
            case "block-author" -> "blocked the author";
            case "lock-thread" -> "locked the thread";
            case "escalate" -> "escalated it to the agency";
            case "escalate-legal" -> "escalated it to legal";
            default -> d.detail();
        };
    }

    private static String expected(Expectation x) {
        return switch (x.expect()) {
            case REMOVE -> "remove it" + reasons(x);
            case RESTRICT -> "hide or remove it" + reasons(x);
            case LEAVE -> "leave it up";
            case SANCTION -> "warn, mute or block its author";
            case ESCALATE -> "escalate it";
            case REPLY -> "reply officially";
            case REPLY_WITH_SOURCE -> "reply with a credible source";
            case NO_REPLY -> "do not reply";
            case ANSWER -> "answer it";
            case DISPOSITION -> "record what was done with it";
        };
    }

    private static String reasons(Expectation x) {
        return x.reasons().isEmpty() ? "" : " (" + String.join(" or ", x.reasons().stream().sorted().toList()) + ")";
    }

    private static String subject(Scenario scenario, ScriptedEvent event) {
        var persona = scenario.persona(event.persona()).orElseThrow();
        return persona.name() + " (" + persona.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + ") at minute " + event.at() + ": \"" + brief(event.title().map(t -> t + ". ").orElse("")
                + event.text().orElse("")) + "\"";
    }

    static String brief(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= 120 ? t : t.substring(0, 117) + "…";
    }

    private static String label(Mode mode) {
        return switch (mode) {
            case BROADCAST -> "broadcast";
            case CONSULTATION -> "consultation";
            case CO_DEVELOPMENT -> "co-development";
            case CUSTOMER_SERVICE -> "customer service";
        };
    }
}

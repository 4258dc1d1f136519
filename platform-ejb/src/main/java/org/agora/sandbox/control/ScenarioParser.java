package org.agora.sandbox.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.agora.drafts.control.MarkdownBlocks;
import org.agora.engagements.entity.Mode;
import org.agora.sandbox.control.Scenario.Action;
import org.agora.sandbox.control.Scenario.Condition;
import org.agora.sandbox.control.Scenario.Criterion;
import org.agora.sandbox.control.Scenario.Expect;
import org.agora.sandbox.control.Scenario.Expectation;
import org.agora.sandbox.control.Scenario.ModeChoice;
import org.agora.sandbox.control.Scenario.Persona;
import org.agora.sandbox.control.Scenario.PersonaKind;
import org.agora.sandbox.control.Scenario.RoundSpec;
import org.agora.sandbox.control.Scenario.RubricEntry;
import org.agora.sandbox.control.Scenario.ScriptedEvent;
import org.agora.sandbox.control.Scenario.Task;
import org.agora.sandbox.control.Scenario.TaskKind;
import org.agora.sandbox.control.Scenario.Topic;
import org.agora.sandbox.control.Scenario.When;

/**
 * Reads a scenario file (JSON) and checks everything a run will rely on, so that a broken scenario fails when the
 * server starts, naming the file, the field and the problem ({@link ScenarioInvalid}), instead of in front of a
 * trainee. The rules, besides each field's type and length:
 * <ul>
 *   <li>the key is lower case with hyphens and is the file's name; the modes are exactly those of its rounds;</li>
 *   <li>a consultation round has a draft; a paragraph an event names exists in its round's draft;</li>
 *   <li>every event happens before the scenario ends, by a persona of the scenario, in one of its rounds, with
 *       what its action needs (text, a title for questions and ideas, a reason code for reports, an http(s) address
 *       for citations) in a round whose mode takes it (questions: customer service or broadcast; ideas:
 *       co-development);</li>
 *   <li>a target or condition names an earlier event whose content fits (a reply answers a comment, a reply or an
 *       idea — in the idea's discussion —, a follow-up a question, an endorsement a comment or reply; nothing acts
 *       on a report, citation or endorsement);</li>
 *   <li>an expectation fits its event (an answer is for a question, a disposition for a comment) and is due before
 *       the end;</li>
 *   <li>the rubric weighs exactly the criteria the scenario scores, in whole percent summing to 100.</li>
 * </ul>
 */
public final class ScenarioParser {

    private static final Set<String> REASON_CODES = Set.of("SPAM", "ABUSE", "OFF_TOPIC", "MISINFORMATION", "PRIVACY",
            "OTHER");
    private static final Set<String> STANCES = Set.of("SUPPORT", "OPPOSE", "NEUTRAL");
    private static final Set<Action> MAKES_CONTENT = Set.of(Action.COMMENT, Action.REPLY, Action.QUESTION,
            Action.FOLLOW_UP, Action.IDEA);

    private final String file;

    private ScenarioParser(String file) {
        this.file = file;
    }

    /** The scenario in {@code json}, read from the file called {@code file} (e.g. {@code scenarios/x.json}). */
    public static Scenario parse(String file, String json) {
        return new ScenarioParser(file).scenario(json);
    }

    private ScenarioInvalid invalid(String field, String problem) {
        return new ScenarioInvalid(file, field, problem);
    }

    private Scenario scenario(String json) {
        JsonObject root;
        try (var reader = Json.createReader(new StringReader(json))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw invalid("(file)", "is not a JSON object: " + e.getMessage());
        }
        String key = text(root, "key", 3, 64);
        if (!key.matches("[a-z][a-z0-9-]*")) {
            throw invalid("key", "must be lower case letters, digits and hyphens, starting with a letter");
        }
        String name = file.substring(file.lastIndexOf('/') + 1);
        if (!name.equals(key + ".json")) {
            throw invalid("key", "is \"" + key + "\" but the file is " + name + "; name the file " + key + ".json");
        }
        String title = text(root, "title", 3, 200);
        Topic topic = topic(root);
        int duration = whole(root, "durationMinutes", 10, 1440);
        var goals = texts(root, "goals", 1);
        String briefing = text(root, "briefing", 10, 4000);
        var rounds = rounds(root);
        var modes = modes(root, "modes", rounds);
        var personas = personas(root);
        var events = events(root, duration, rounds, personas);
        var tasks = tasks(root, duration, rounds);
        var modeChoice = root.containsKey("modeChoice") ? Optional.of(modeChoice(object(root, "modeChoice")))
                : Optional.<ModeChoice>empty();
        var rubric = rubric(root, scored(events, tasks, modeChoice));
        return new Scenario(file, key, title, topic, modes, goals, briefing, duration,
                rounds.values().stream().toList(), personas.values().stream().toList(), events, tasks, modeChoice,
                rubric);
    }

    private Topic topic(JsonObject root) {
        String slug = text(root, "topic", 1, 64);
        return Arrays.stream(Topic.values()).filter(t -> t.slug().equals(slug)).findFirst()
                .orElseThrow(() -> invalid("topic", "\"" + slug + "\" is not a topic; use one of "
                        + Arrays.stream(Topic.values()).map(Topic::slug).collect(Collectors.joining(", "))));
    }

    private Map<String, RoundSpec> rounds(JsonObject root) {
        var list = array(root, "rounds", 1);
        var rounds = new java.util.LinkedHashMap<String, RoundSpec>();
        for (int i = 0; i < list.size(); i++) {
            String at = "rounds[" + i + "]";
            var r = element(list, i, at);
            String key = text(r, "key", at, 1, 32);
            Mode mode = mode(text(r, "mode", at, 1, 32), at + ".mode");
            String title = text(r, "title", at, 3, 200);
            String summary = text(r, "summary", at, 3, 4000);
            Optional<String> draftTitle = Optional.empty();
            Optional<String> markdown = Optional.empty();
            if (r.containsKey("draft")) {
                var draft = object(r, "draft", at);
                draftTitle = Optional.of(text(draft, "title", at + ".draft", 3, 200));
                markdown = Optional.of(text(draft, "markdown", at + ".draft", 10, 100_000));
                if (MarkdownBlocks.split(markdown.get()).isEmpty()) {
                    throw invalid(at + ".draft.markdown", "has no paragraph");
                }
            } else if (mode == Mode.CONSULTATION) {
                throw invalid(at + ".draft", "is required: a consultation discusses a draft");
            }
            boolean pre = r.containsKey("preModeration") && bool(r, "preModeration", at);
            int sla = r.containsKey("slaWorkingHours") ? whole(r, "slaWorkingHours", at, 1, 720) : 16;
            if (rounds.put(key, new RoundSpec(key, mode, title, summary, draftTitle, markdown, pre, sla)) != null) {
                throw invalid(at + ".key", "\"" + key + "\" names two rounds");
            }
        }
        return rounds;
    }

    private List<Mode> modes(JsonObject root, String field, Map<String, RoundSpec> rounds) {
        var list = array(root, field, 1);
        var modes = new LinkedHashSet<Mode>();
        for (int i = 0; i < list.size(); i++) {
            modes.add(mode(string(list, i, field + "[" + i + "]"), field + "[" + i + "]"));
        }
        var ofRounds = rounds.values().stream().map(RoundSpec::mode).collect(Collectors.toSet());
        if (!ofRounds.equals(modes)) {
            throw invalid(field, "must be exactly the modes of the scenario's rounds (" + ofRounds.stream()
                    .map(Enum::name).sorted().collect(Collectors.joining(", ")) + ")");
        }
        return List.copyOf(modes);
    }

    private Map<String, Persona> personas(JsonObject root) {
        var list = array(root, "personas", 1);
        var personas = new java.util.LinkedHashMap<String, Persona>();
        for (int i = 0; i < list.size(); i++) {
            String at = "personas[" + i + "]";
            var p = element(list, i, at);
            String key = text(p, "key", at, 1, 32);
            if (!key.matches("[a-z][a-z0-9-]*")) {
                throw invalid(at + ".key", "must be lower case letters, digits and hyphens");
            }
            String kind = text(p, "kind", at, 1, 32);
            var persona = new Persona(key, text(p, "name", at, 2, 100),
                    Arrays.stream(PersonaKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                            .orElseThrow(() -> invalid(at + ".kind", "\"" + kind + "\" is not a kind of persona; use"
                                    + " one of " + Arrays.toString(PersonaKind.values()))),
                    text(p, "description", at, 3, 1000));
            if (personas.put(key, persona) != null) {
                throw invalid(at + ".key", "\"" + key + "\" names two personas");
            }
        }
        return personas;
    }

    private List<ScriptedEvent> events(JsonObject root, int duration, Map<String, RoundSpec> rounds,
            Map<String, Persona> personas) {
        var list = array(root, "events", 1);
        var events = new ArrayList<ScriptedEvent>();
        var byId = new HashMap<String, ScriptedEvent>();
        for (int i = 0; i < list.size(); i++) {
            String at = "events[" + i + "]";
            var e = element(list, i, at);
            String id = text(e, "id", at, 1, 32);
            if (byId.containsKey(id)) {
                throw invalid(at + ".id", "\"" + id + "\" names two events");
            }
            int minute = whole(e, "at", at, 0, duration - 1);
            String persona = text(e, "persona", at, 1, 32);
            if (!personas.containsKey(persona)) {
                throw invalid(at + ".persona", "\"" + persona + "\" names no persona of the scenario (known: "
                        + String.join(", ", personas.keySet()) + ")");
            }
            String actionName = text(e, "action", at, 1, 32);
            Action action = Arrays.stream(Action.values()).filter(a -> a.name().equals(actionName)).findFirst()
                    .orElseThrow(() -> invalid(at + ".action", "\"" + actionName + "\" is not an action; use one of "
                            + Arrays.toString(Action.values())));
            String roundKey = e.containsKey("round") ? text(e, "round", at, 1, 32)
                    : rounds.keySet().iterator().next();
            var round = rounds.get(roundKey);
            if (round == null) {
                throw invalid(at + ".round", "\"" + roundKey + "\" names no round of the scenario (known: "
                        + String.join(", ", rounds.keySet()) + ")");
            }
            var title = optionalText(e, "title", at, 3, 200);
            var text = optionalText(e, "text", at, 2, 5000);
            var target = optionalText(e, "target", at, 1, 32);
            var url = optionalText(e, "url", at, 10, 2000);
            var reason = optionalText(e, "reason", at, 1, 32);
            var stance = optionalText(e, "stance", at, 1, 16);
            Optional<Integer> paragraph = e.containsKey("paragraph")
                    ? Optional.of(whole(e, "paragraph", at, 1, 5000)) : Optional.empty();
            boolean isPublic = !e.containsKey("public") || bool(e, "public", at);
            checkAction(at, action, round, title, text, target, url, reason, stance, paragraph, byId, minute);
            Optional<Condition> condition = Optional.empty();
            if (e.containsKey("if")) {
                var c = object(e, "if", at);
                if (c.size() != 1) {
                    throw invalid(at + ".if", "names exactly one of unhandled, unanswered, handled, answered");
                }
                var entry = c.entrySet().iterator().next();
                When when = Arrays.stream(When.values()).filter(w -> w.name().toLowerCase(Locale.ROOT)
                        .equals(entry.getKey())).findFirst().orElseThrow(() -> invalid(at + ".if." + entry.getKey(),
                                "is not a condition; use unhandled, unanswered, handled or answered"));
                if (!(entry.getValue() instanceof JsonString earlier)) {
                    throw invalid(at + ".if." + entry.getKey(), "must name an event (text)");
                }
                earlierContent(at + ".if." + entry.getKey(), earlier.getString(), byId, minute, MAKES_CONTENT);
                condition = Optional.of(new Condition(when, earlier.getString()));
            }
            var key = expectations(e, at, action, duration, minute);
            var event = new ScriptedEvent(id, minute, persona, action, roundKey, title, text, target, paragraph,
                    stance, isPublic, url, reason, condition, key);
            byId.put(id, event);
            events.add(event);
        }
        return events;
    }

    private void checkAction(String at, Action action, RoundSpec round, Optional<String> title,
            Optional<String> text, Optional<String> target, Optional<String> url, Optional<String> reason,
            Optional<String> stance, Optional<Integer> paragraph, Map<String, ScriptedEvent> earlier, int minute) {
        boolean needsText = MAKES_CONTENT.contains(action);
        if (needsText && text.isEmpty()) {
            throw invalid(at + ".text", "is required for " + action);
        }
        if ((action == Action.QUESTION || action == Action.IDEA) && title.isEmpty()) {
            throw invalid(at + ".title", "is required for " + action);
        }
        if (action == Action.QUESTION && round.mode() != Mode.CUSTOMER_SERVICE && round.mode() != Mode.BROADCAST) {
            throw invalid(at + ".round", "questions are asked in customer-service or broadcast rounds, not "
                    + round.mode());
        }
        if (action == Action.IDEA && round.mode() != Mode.CO_DEVELOPMENT) {
            throw invalid(at + ".round", "ideas are proposed in co-development rounds, not " + round.mode());
        }
        switch (action) {
            case REPLY -> earlierContent(at + ".target", target.orElseThrow(() -> invalid(at + ".target",
                    "is required for " + action)), earlier, minute, Set.of(Action.COMMENT, Action.REPLY, Action.IDEA));
            case ENDORSE -> earlierContent(at + ".target", target.orElseThrow(() -> invalid(at + ".target",
                    "is required for " + action)), earlier, minute, Set.of(Action.COMMENT, Action.REPLY));
            case FOLLOW_UP -> earlierContent(at + ".target", target.orElseThrow(() -> invalid(at + ".target",
                    "is required for " + action)), earlier, minute, Set.of(Action.QUESTION));
            case REPORT -> {
                earlierContent(at + ".target", target.orElseThrow(() -> invalid(at + ".target",
                        "is required for " + action)), earlier, minute,
                        Set.of(Action.COMMENT, Action.REPLY, Action.QUESTION, Action.IDEA));
                String code = reason.orElseThrow(() -> invalid(at + ".reason", "is required for a report"));
                if (!REASON_CODES.contains(code)) {
                    throw invalid(at + ".reason", "\"" + code + "\" is not a reason code; use one of "
                            + REASON_CODES.stream().sorted().collect(Collectors.joining(", ")));
                }
            }
            case CITE -> {
                target.ifPresent(t -> earlierContent(at + ".target", t, earlier, minute, MAKES_CONTENT));
                String address = url.orElseThrow(() -> invalid(at + ".url", "is required for a citation"));
                if (!address.startsWith("https://") && !address.startsWith("http://")) {
                    throw invalid(at + ".url", "must be an http or https address");
                }
            }
            default -> {
                if (target.isPresent()) {
                    throw invalid(at + ".target", action + " acts on nothing earlier; leave the target out");
                }
            }
        }
        stance.ifPresent(s -> {
            if (action != Action.COMMENT || !STANCES.contains(s)) {
                throw invalid(at + ".stance", "is SUPPORT, OPPOSE or NEUTRAL, and only on a comment");
            }
        });
        paragraph.ifPresent(p -> {
            if (action != Action.COMMENT) {
                throw invalid(at + ".paragraph", "only a comment is on a paragraph");
            }
            int count = round.draftMarkdown().map(m -> MarkdownBlocks.split(m).size()).orElse(0);
            if (p > count) {
                throw invalid(at + ".paragraph", "the round's draft has " + count + " paragraph"
                        + (count == 1 ? "" : "s") + ", not " + p);
            }
        });
    }

    private void earlierContent(String field, String id, Map<String, ScriptedEvent> earlier, int minute,
            Set<Action> fits) {
        var event = earlier.get(id);
        if (event == null) {
            throw invalid(field, "\"" + id + "\" names no earlier event");
        }
        if (event.at() > minute) {
            throw invalid(field, "\"" + id + "\" happens at minute " + event.at() + ", after this one");
        }
        if (!fits.contains(event.action())) {
            throw invalid(field, "\"" + id + "\" is a " + event.action() + "; this needs one of "
                    + fits.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
        }
    }

    private List<Expectation> expectations(JsonObject e, String at, Action action, int duration, int minute) {
        if (!e.containsKey("key")) {
            return List.of();
        }
        var list = array(e, "key", at, 1);
        var key = new ArrayList<Expectation>();
        for (int i = 0; i < list.size(); i++) {
            String field = at + ".key[" + i + "]";
            var x = element(list, i, field);
            String name = text(x, "expect", field, 1, 32);
            Expect expect = Arrays.stream(Expect.values()).filter(v -> v.name().equals(name)).findFirst()
                    .orElseThrow(() -> invalid(field + ".expect", "\"" + name + "\" is not an expectation; use one"
                            + " of " + Arrays.toString(Expect.values())));
            if (!MAKES_CONTENT.contains(action)) {
                throw invalid(field, "a " + action + " leaves nothing to act on; put the key on its target");
            }
            if (expect == Expect.ANSWER && action != Action.QUESTION && action != Action.FOLLOW_UP) {
                throw invalid(field + ".expect", "ANSWER is for questions and follow-ups, not a " + action);
            }
            if (expect == Expect.DISPOSITION && action != Action.COMMENT && action != Action.REPLY) {
                throw invalid(field + ".expect", "DISPOSITION is for comments, not a " + action);
            }
            var reasons = new HashSet<String>();
            if (x.containsKey("reasons")) {
                var codes = array(x, "reasons", field, 1);
                for (int j = 0; j < codes.size(); j++) {
                    String code = string(codes, j, field + ".reasons[" + j + "]");
                    if (!REASON_CODES.contains(code)) {
                        throw invalid(field + ".reasons[" + j + "]", "\"" + code + "\" is not a reason code");
                    }
                    reasons.add(code);
                }
            }
            Optional<Integer> within = x.containsKey("within")
                    ? Optional.of(whole(x, "within", field, 1, duration)) : Optional.empty();
            if (within.isPresent() && minute + within.get() > duration) {
                throw invalid(field + ".within", "falls after the scenario ends (minute " + (minute + within.get())
                        + " of " + duration + ")");
            }
            key.add(new Expectation(expect, reasons, within, text(x, "why", field, 3, 1000)));
        }
        return key;
    }

    private List<Task> tasks(JsonObject root, int duration, Map<String, RoundSpec> rounds) {
        if (!root.containsKey("tasks")) {
            return List.of();
        }
        var list = array(root, "tasks", 1);
        var tasks = new ArrayList<Task>();
        var ids = new HashSet<String>();
        for (int i = 0; i < list.size(); i++) {
            String at = "tasks[" + i + "]";
            var t = element(list, i, at);
            String id = text(t, "id", at, 1, 32);
            if (!ids.add(id)) {
                throw invalid(at + ".id", "\"" + id + "\" names two tasks");
            }
            String kindName = text(t, "kind", at, 1, 32);
            TaskKind kind = Arrays.stream(TaskKind.values()).filter(k -> k.name().equals(kindName)).findFirst()
                    .orElseThrow(() -> invalid(at + ".kind", "\"" + kindName + "\" is not a task; use one of "
                            + Arrays.toString(TaskKind.values())));
            String roundKey = t.containsKey("round") ? text(t, "round", at, 1, 32) : rounds.keySet().iterator().next();
            var round = rounds.get(roundKey);
            if (round == null) {
                throw invalid(at + ".round", "\"" + roundKey + "\" names no round of the scenario");
            }
            switch (kind) {
                case UPDATE_WITH_SOURCE -> {
                    if (round.mode() != Mode.BROADCAST) {
                        throw invalid(at + ".round", "updates are published in broadcast rounds");
                    }
                }
                case NEW_VERSION -> {
                    if (round.draftMarkdown().isEmpty()) {
                        throw invalid(at + ".round", "a new version needs a round with a draft");
                    }
                }
                case FAQ -> {
                    if (round.mode() != Mode.CUSTOMER_SERVICE && round.mode() != Mode.BROADCAST) {
                        throw invalid(at + ".round", "an FAQ belongs to a customer-service or broadcast round");
                    }
                }
                case PLAN -> {
                    // any round
                }
            }
            var mentions = t.containsKey("mentions") ? texts(t, "mentions", at, 1) : List.<String>of();
            if (kind == TaskKind.PLAN && mentions.isEmpty()) {
                throw invalid(at + ".mentions", "is required for a plan: the communities it should name");
            }
            Optional<Integer> within = t.containsKey("within") ? Optional.of(whole(t, "within", at, 1, duration))
                    : Optional.empty();
            tasks.add(new Task(id, kind, roundKey, within, mentions, text(t, "why", at, 3, 1000)));
        }
        return tasks;
    }

    private ModeChoice modeChoice(JsonObject c) {
        String at = "modeChoice";
        var list = array(c, "options", at, 2);
        var options = new ArrayList<Mode>();
        for (int i = 0; i < list.size(); i++) {
            options.add(mode(string(list, i, at + ".options[" + i + "]"), at + ".options[" + i + "]"));
        }
        Mode answer = mode(text(c, "answer", at, 1, 32), at + ".answer");
        if (!options.contains(answer)) {
            throw invalid(at + ".answer", "must be one of the options");
        }
        return new ModeChoice(text(c, "prompt", at, 10, 2000), options, answer, text(c, "why", at, 3, 1000));
    }

    /** The criteria the scenario's key, tasks and mode choice score. */
    static Set<Criterion> scored(List<ScriptedEvent> events, List<Task> tasks, Optional<ModeChoice> modeChoice) {
        var scored = java.util.EnumSet.noneOf(Criterion.class);
        for (var e : events) {
            for (var x : e.key()) {
                scored.add(x.expect().criterion());
                x.within().ifPresent(w -> scored.add(Criterion.TIMELINESS));
                if (x.expect() == Expect.REPLY || x.expect() == Expect.REPLY_WITH_SOURCE
                        || x.expect() == Expect.ANSWER) {
                    scored.add(Criterion.TONE);
                }
            }
        }
        for (var t : tasks) {
            scored.add(t.kind().criterion());
            t.within().ifPresent(w -> scored.add(Criterion.TIMELINESS));
        }
        modeChoice.ifPresent(m -> scored.add(Criterion.MODE));
        return scored;
    }

    private Map<Criterion, RubricEntry> rubric(JsonObject root, Set<Criterion> scored) {
        var r = object(root, "rubric", "(file)");
        var rubric = new EnumMap<Criterion, RubricEntry>(Criterion.class);
        int sum = 0;
        for (var entry : r.entrySet()) {
            String field = "rubric." + entry.getKey();
            var criterion = Arrays.stream(Criterion.values()).filter(c -> c.slug().equals(entry.getKey()))
                    .findFirst().orElseThrow(() -> invalid(field, "is not a criterion; use "
                            + Arrays.stream(Criterion.values()).map(Criterion::slug).collect(Collectors.joining(", "))));
            if (!scored.contains(criterion)) {
                throw invalid(field, "scores nothing: no expectation, task or mode choice of the scenario is "
                        + criterion.slug());
            }
            if (!(entry.getValue() instanceof JsonObject o)) {
                throw invalid(field, "must be an object with weight and words");
            }
            int weight = whole(o, "weight", field, 1, 100);
            rubric.put(criterion, new RubricEntry(weight, text(o, "words", field, 10, 2000)));
            sum += weight;
        }
        for (var criterion : scored) {
            if (!rubric.containsKey(criterion)) {
                throw invalid("rubric." + criterion.slug(), "is missing: the scenario scores it");
            }
        }
        if (sum != 100) {
            throw invalid("rubric", "weights add up to " + sum + ", not 100");
        }
        return rubric;
    }

    // ---- typed access, every refusal naming the field -----------------------------------------------------

    private Mode mode(String name, String field) {
        return Arrays.stream(Mode.values()).filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> invalid(field, "\"" + name + "\" is not a mode; use one of "
                        + Arrays.toString(Mode.values())));
    }

    private String text(JsonObject o, String name, int min, int max) {
        return text(o, name, null, min, max);
    }

    private String text(JsonObject o, String name, String parent, int min, int max) {
        return optionalText(o, name, parent, min, max)
                .orElseThrow(() -> invalid(path(parent, name), "is required"));
    }

    private Optional<String> optionalText(JsonObject o, String name, String parent, int min, int max) {
        var value = o.get(name);
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonString s)) {
            throw invalid(path(parent, name), "must be text (in quotes)");
        }
        String text = s.getString().strip();
        if (text.length() < min || text.length() > max) {
            throw invalid(path(parent, name), "must be " + min + " to " + max + " characters long, is "
                    + text.length());
        }
        return Optional.of(text);
    }

    private List<String> texts(JsonObject o, String name, int min) {
        return texts(o, name, null, min);
    }

    private List<String> texts(JsonObject o, String name, String parent, int min) {
        var list = array(o, name, parent, min);
        var texts = new ArrayList<String>();
        for (int i = 0; i < list.size(); i++) {
            String t = string(list, i, path(parent, name) + "[" + i + "]").strip();
            if (t.isEmpty()) {
                throw invalid(path(parent, name) + "[" + i + "]", "is empty");
            }
            texts.add(t);
        }
        return texts;
    }

    private int whole(JsonObject o, String name, int min, int max) {
        return whole(o, name, null, min, max);
    }

    private int whole(JsonObject o, String name, String parent, int min, int max) {
        var value = o.get(name);
        if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
            throw invalid(path(parent, name), value == null ? "is required" : "must be a whole number");
        }
        long v = n.longValue();
        if (v < min || v > max) {
            throw invalid(path(parent, name), "must be " + min + " to " + max + ", is " + v);
        }
        return (int) v;
    }

    private boolean bool(JsonObject o, String name, String parent) {
        var value = o.get(name);
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw invalid(path(parent, name), "must be true or false");
        }
        return value == JsonValue.TRUE;
    }

    private JsonArray array(JsonObject o, String name, int min) {
        return array(o, name, null, min);
    }

    private JsonArray array(JsonObject o, String name, String parent, int min) {
        var value = o.get(name);
        if (!(value instanceof JsonArray a)) {
            throw invalid(path(parent, name), value == null ? "is required" : "must be a list (in [ ])");
        }
        if (a.size() < min) {
            throw invalid(path(parent, name), "needs at least " + min);
        }
        return a;
    }

    private JsonObject object(JsonObject o, String name) {
        return object(o, name, null);
    }

    private JsonObject object(JsonObject o, String name, String parent) {
        var value = o.get(name);
        if (!(value instanceof JsonObject x)) {
            throw invalid(path(parent, name), value == null ? "is required" : "must be an object (in { })");
        }
        return x;
    }

    private JsonObject element(JsonArray list, int i, String field) {
        if (!(list.get(i) instanceof JsonObject o)) {
            throw invalid(field, "must be an object (in { })");
        }
        return o;
    }

    private String string(JsonArray list, int i, String field) {
        if (!(list.get(i) instanceof JsonString s)) {
            throw invalid(field, "must be text (in quotes)");
        }
        return s.getString();
    }

    private static String path(String parent, String name) {
        return parent == null || parent.equals("(file)") ? name : parent + "." + name;
    }
}

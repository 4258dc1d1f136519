package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The training sandbox over HTTP (issue 14, ADR 0009): the library, a run of "Tame the trolls" at 60× with its
 * personas firing on the scenario clock, the trainee working the run's queue and replying as its officer, pause and
 * resume, the scored debrief, a class with its cohort table, resets — and isolation: nothing of a run is seen by
 * anyone outside it, and trainees cannot act on live content.
 */
class TrainingApiIT extends WholeApplication {

    String traineeName;
    Http trainee;

    @BeforeEach
    void people() {
        traineeName = Tokens.unique("tina");
        trainee = http.as(Tokens.person(traineeName, null, "trainee"));
    }

    JsonObject start(Http who, String body) {
        var started = who.postJson("/api/training/runs", body);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        return started.json();
    }

    /** The run as its trainee sees it once {@code until} holds (the personas act on the scenario clock). */
    JsonObject await(Http who, long run, Predicate<JsonObject> until, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        JsonObject view;
        do {
            var reply = who.get("/api/training/runs/" + run);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            view = reply.json();
            if (until.test(view)) {
                return view;
            }
            sleep(250);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("run " + run + " did not get there in " + patience + ": " + view);
    }

    static Predicate<JsonObject> fired(String event) {
        return v -> v.getJsonArray("timeline").stream().map(JsonObject.class::cast)
                .anyMatch(t -> t.getString("event").equals(event) && t.getString("state").equals("fired"));
    }

    static long contentOf(JsonObject run, String event) {
        return run.getJsonArray("timeline").stream().map(JsonObject.class::cast)
                .filter(t -> t.getString("event").equals(event)).findFirst().orElseThrow()
                .getJsonNumber("contentId").longValue();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void the_library_has_at_least_twelve_checked_scenarios_covering_every_topic_and_every_mode_twice() {
        var list = http.get("/api/training/scenarios");
        assertThat(list.status()).isEqualTo(200);
        var scenarios = list.jsonArray().stream().map(JsonObject.class::cast).toList();
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(12);
        assertThat(scenarios.stream().map(s -> s.getString("topic")).distinct()).containsExactlyInAnyOrder(
                "choosing-a-mode", "building-community", "filling-the-vacuum", "taming-trolls", "iterating-policy",
                "monitoring", "spotting-gaming", "managing-staff", "goals-and-success");
        for (String mode : List.of("BROADCAST", "CONSULTATION", "CO_DEVELOPMENT", "CUSTOMER_SERVICE")) {
            assertThat(scenarios.stream().filter(s -> s.getJsonArray("modes").getValuesAs(jakarta.json.JsonString.class)
                    .stream().anyMatch(m -> m.getString().equals(mode)))).as(mode).hasSizeGreaterThanOrEqualTo(2);
        }
        var detail = http.get("/api/training/scenarios/tame-the-trolls");
        assertThat(detail.status()).isEqualTo(200);
        var trolls = detail.json();
        assertThat(trolls.getString("title")).isEqualTo("Tame the trolls");
        assertThat(trolls.getJsonArray("personas")).isNotEmpty();
        assertThat(trolls.getJsonArray("rubric")).isNotEmpty();
        assertThat(detail.body()).as("the answer key stays hidden until the debrief").doesNotContain("NO_REPLY")
                .doesNotContain("\"expect\"");
        http.get("/api/training/scenarios/no-such-scenario").assertProblem(404, "not-found");
        http.get("/api/training/scenarios/Not%20A%20Key").assertProblem(400, "validation");
    }

    @Test
    void a_trainee_plays_tame_the_trolls_on_the_real_tools_and_gets_a_scored_debrief() {
        var run = start(trainee, "{\"scenario\":\"tame-the-trolls\",\"speed\":60}");
        long id = run.getJsonNumber("id").longValue();
        assertThat(run.getString("state")).isEqualTo("running");
        assertThat(run.getInt("speed")).isEqualTo(60);
        var round = run.getJsonArray("rounds").getJsonObject(0);
        long roundId = round.getJsonNumber("id").longValue();
        assertThat(round.getString("page")).startsWith("/draft.html?policy=");

        // the round is an ordinary round, open, run by the trainee as its officer and moderator
        var seen = trainee.get("/api/engagements/" + roundId);
        assertThat(seen.status()).as(seen.body()).isEqualTo(200);
        assertThat(seen.json().getString("state")).isEqualTo("OPEN");
        var you = seen.json().getJsonObject("you");
        assertThat(you.getBoolean("manage")).isTrue();
        assertThat(you.getBoolean("moderate")).isTrue();

        // the personas act on the scenario clock: the troll's insult at minute 5 is held by screening
        var after = await(trainee, id, fired("e3"), Duration.ofSeconds(30));
        long insult = contentOf(after, "e2");
        long grievance = contentOf(after, "e3");
        var queue = trainee.get("/api/moderation/cases?round=" + roundId);
        assertThat(queue.status()).as(queue.body()).isEqualTo(200);
        var insultCase = queue.json().getJsonArray("cases").stream().map(JsonObject.class::cast)
                .filter(c -> c.getJsonNumber("contentId").longValue() == insult).findFirst();
        assertThat(insultCase).as("the insult waits in the run's own queue: %s", queue.body()).isPresent();

        // real moderators never see a run's cases
        var realModerator = http.as(Tokens.person(Tokens.unique("maya"), null, "moderator", "citizen"));
        assertThat(realModerator.get("/api/moderation/cases?round=" + roundId).json().getJsonArray("cases"))
                .isEmpty();
        assertThat(realModerator.get("/api/moderation/counts").body()).doesNotContain("\"roundId\":" + roundId + ",");
        realModerator.get("/api/moderation/cases/" + insultCase.get().getJsonNumber("id").longValue())
                .assertProblem(404, "not-found");

        // the trainee removes the insult with a reason and answers the angry resident as the round's officer
        var removed = trainee.postJson("/api/moderation/cases/" + insultCase.get().getJsonNumber("id").longValue()
                + "/decisions", "{\"action\":\"remove\",\"reasonCode\":\"ABUSE\",\"statement\":\"Insults aimed at"
                + " people break the house rules.\"}");
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        var reply = trainee.postJson("/api/engagements/" + roundId + "/comments", Json.createObjectBuilder()
                .add("text", "Thank you, Bill, and I am sorry your reports went unanswered. Wardens will start at"
                        + " your gate next week.").add("replyTo", grievance).build().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);

        // pause stops the scenario clock; resume starts it again
        var paused = trainee.postJson("/api/training/runs/" + id + "/pause", "");
        assertThat(paused.status()).as(paused.body()).isEqualTo(200);
        assertThat(paused.json().getString("state")).isEqualTo("paused");
        String frozen = paused.json().getString("scenarioNow");
        sleep(1500);
        assertThat(trainee.get("/api/training/runs/" + id).json().getString("scenarioNow")).isEqualTo(frozen);
        trainee.postJson("/api/training/runs/" + id + "/pause", "").assertProblem(409, "run-paused");
        assertThat(trainee.postJson("/api/training/runs/" + id + "/resume", "").json().getString("state"))
                .isEqualTo("running");

        var finished = trainee.postJson("/api/training/runs/" + id + "/finish", "");
        assertThat(finished.status()).as(finished.body()).isEqualTo(200);
        assertThat(finished.json().getString("state")).isEqualTo("finished");
        assertThat(trainee.get("/api/engagements/" + roundId).json().getString("state")).isEqualTo("CLOSED");

        var debrief = trainee.get("/api/training/runs/" + id + "/debrief");
        assertThat(debrief.status()).as(debrief.body()).isEqualTo(200);
        var scored = debrief.json();
        assertThat(scored.getBoolean("complete")).isTrue();
        assertThat(scored.getInt("score")).isBetween(0, 100);
        var criteria = scored.getJsonArray("criteria").stream().map(JsonObject.class::cast).toList();
        assertThat(criteria.stream().map(c -> c.getString("criterion"))).contains("moderation", "timeliness",
                "tone", "completeness");
        var moderation = criteria.stream().filter(c -> c.getString("criterion").equals("moderation")).findFirst()
                .orElseThrow();
        var e2 = moderation.getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(i -> i.getString("ref").equals("e2") && i.getString("expected").startsWith("remove"))
                .findFirst().orElseThrow();
        assertThat(e2.getString("actual")).isEqualTo("removed it (ABUSE)");
        assertThat(e2.getInt("points")).isEqualTo(100);
        assertThat(e2.getString("why")).isNotBlank();
        assertThat(debrief.body()).as("the reply's tone is judged").contains("Your reply");
        // an ended run takes no more actions, not even from its trainee
        trainee.postJson("/api/engagements/" + roundId + "/comments", "{\"text\":\"Late\"}").assertProblem(403,
                "forbidden");
        trainee.postJson("/api/training/runs/" + id + "/finish", "").assertProblem(409, "run-finished");
    }

    @Test
    void nothing_of_a_run_is_seen_outside_it_and_trainees_cannot_act_on_live_content() {
        var citizen = http.as(Tokens.citizen());
        var admin = http.as(Tokens.admin());
        var before = http.get("/api/engagements?size=100").body();
        var policiesBefore = http.get("/api/policies").body();
        var adminBefore = admin.get("/api/engagements?size=100").body();
        var run = start(trainee, "{\"scenario\":\"tame-the-trolls\",\"speed\":60}");
        long id = run.getJsonNumber("id").longValue();
        long roundId = run.getJsonArray("rounds").getJsonObject(0).getJsonNumber("id").longValue();
        var view = await(trainee, id, fired("e2"), Duration.ofSeconds(30));
        long comment = contentOf(view, "e1");
        var engagement = trainee.get("/api/engagements/" + roundId).json();
        long policy = engagement.getJsonObject("draft").getJsonNumber("policyId").longValue();

        assertThat(http.get("/api/engagements?size=100").body()).isEqualTo(before);
        assertThat(http.get("/api/policies").body()).isEqualTo(policiesBefore);
        assertThat(admin.get("/api/engagements?size=100").body()).isEqualTo(adminBefore);
        var otherTrainee = http.as(Tokens.person(Tokens.unique("tom"), null, "trainee"));
        var strangerTrainer = http.as(Tokens.person(Tokens.unique("tess"), null, "trainer"));
        for (var outsider : List.of(http, citizen, admin, otherTrainee, strangerTrainer)) {
            for (String path : List.of("/api/engagements/" + roundId, "/api/engagements/" + roundId + "/comments",
                    "/api/engagements/" + roundId + "/comments/counts", "/api/engagements/" + roundId + "/evidence",
                    "/api/engagements/" + roundId + "/outcome", "/api/comments/" + comment + "/revisions",
                    "/api/engagements/" + roundId + "/evidence/badges", "/api/engagements/" + roundId + "/ideas",
                    "/api/engagements/" + roundId + "/questions", "/api/engagements/" + roundId + "/faq",
                    "/api/engagements/" + roundId + "/updates",
                    "/api/policies/" + policy, "/api/policies/" + policy + "/versions/1")) {
                assertThat(outsider.get(path).status()).as(path).isEqualTo(404);
            }
        }
        for (var outsider : List.of(otherTrainee, strangerTrainer)) {
            outsider.get("/api/training/runs/" + id).assertProblem(404, "not-found");
            outsider.get("/api/training/runs/" + id + "/debrief").assertProblem(404, "not-found");
        }
        admin.get("/api/training/runs/" + id).assertProblem(403, "forbidden");
        citizen.postJson("/api/engagements/" + roundId + "/comments", "{\"text\":\"Let me in\"}")
                .assertProblem(404, "not-found");
        admin.get("/api/engagements/" + roundId + "/moderation-log").assertProblem(404, "not-found");
        admin.get("/api/engagements/" + roundId + "/history").assertProblem(404, "not-found");
        assertThat(admin.get("/api/moderation/cases?size=100").body()).doesNotContain("\"roundId\":" + roundId);

        // a trainee on live content: refused, not a silent no-op
        var officer = http.as(Tokens.officer(Tokens.unique("Live agency")));
        var live = officer.postJson("/api/engagements", "{\"title\":\"Live round\",\"mode\":\"CONSULTATION\","
                + "\"closesAt\":\"" + Instant.now().plus(Duration.ofDays(3)) + "\"}").json();
        long liveRound = live.getJsonNumber("id").longValue();
        assertThat(officer.postJson("/api/engagements/" + liveRound + "/open", "").status()).isEqualTo(200);
        long liveComment = citizen.postJson("/api/engagements/" + liveRound + "/comments", "{\"text\":\"Live\"}")
                .json().getJsonNumber("id").longValue();
        trainee.postJson("/api/engagements/" + liveRound + "/comments", "{\"text\":\"Practice\"}")
                .assertProblem(403, "forbidden");
        trainee.postJson("/api/flags", "{\"contentType\":\"comment\",\"contentId\":" + liveComment
                + ",\"reason\":\"SPAM\"}").assertProblem(403, "forbidden");
        trainee.postJson("/api/comments/" + liveComment + "/endorsements", "").assertProblem(403, "forbidden");
        trainee.postJson("/api/engagements/" + liveRound + "/close", "").assertProblem(403, "forbidden");
        assertThat(trainee.get("/api/moderation/cases?round=" + liveRound).json().getJsonArray("cases")).isEmpty();
        trainee.postJson("/api/training/runs/" + id + "/finish", "");
    }

    @Test
    void a_trainer_runs_a_class_watches_the_cohort_table_exports_it_and_resets_runs() {
        String trainerToken = Tokens.person(Tokens.unique("trent"), null, "trainer");
        var trainer = http.as(trainerToken);
        String secondName = Tokens.unique("tara");
        var second = http.as(Tokens.person(secondName, null, "trainee"));
        var created = trainer.postJson("/api/training/classes", "{\"title\":\"Induction\",\"scenario\":"
                + "\"tame-the-trolls\",\"speed\":60,\"trainees\":[\"" + traineeName + "\",\"" + secondName + "\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long course = created.json().getJsonNumber("id").longValue();
        assertThat(created.json().getJsonArray("cohort")).hasSize(2);

        var mine = trainee.get("/api/training/mine");
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(mine.json().getJsonArray("classes").getJsonObject(0).getJsonNumber("classId").longValue())
                .isEqualTo(course);
        var first = start(trainee, "{\"class\":" + course + "}");
        assertThat(first.getJsonNumber("classId").longValue()).isEqualTo(course);
        assertThat(first.getInt("speed")).isEqualTo(60);
        trainee.postJson("/api/training/runs", "{\"class\":" + course + "}").assertProblem(409, "run-exists");
        var other = start(second, "{\"class\":" + course + "}");
        long firstId = first.getJsonNumber("id").longValue();
        http.as(Tokens.person(Tokens.unique("nobody"), null, "trainee")).postJson("/api/training/runs",
                "{\"class\":" + course + "}").assertProblem(404, "not-found");

        // the trainer watches: the run and its rounds, but may not play it
        await(trainer, firstId, fired("e1"), Duration.ofSeconds(30));
        long round = first.getJsonArray("rounds").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(trainer.get("/api/engagements/" + round).status()).isEqualTo(200);
        trainer.postJson("/api/engagements/" + round + "/comments", "{\"text\":\"Hint\"}").assertProblem(403,
                "forbidden");
        trainer.postJson("/api/training/runs/" + firstId + "/finish", "").assertProblem(403, "forbidden");
        trainee.postJson("/api/training/runs/" + firstId + "/finish", "");

        var table = trainer.get("/api/training/classes/" + course);
        assertThat(table.status()).as(table.body()).isEqualTo(200);
        var cohort = table.json().getJsonArray("cohort").stream().map(JsonObject.class::cast).toList();
        assertThat(cohort).extracting(r -> r.getString("username")).containsExactlyInAnyOrder(
                traineeName.toLowerCase(), secondName.toLowerCase());
        var done = cohort.stream().filter(r -> r.getString("username").equals(traineeName.toLowerCase()))
                .findFirst().orElseThrow();
        assertThat(done.getString("state")).isEqualTo("finished");
        assertThat(done.getBoolean("complete")).isTrue();
        assertThat(done.getJsonObject("criteria").keySet()).contains("moderation", "tone");
        var csv = trainer.send("GET", "/api/training/classes/" + course + "/csv", null, null);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(csv.body().lines().findFirst().orElseThrow()).startsWith("username,run,state");
        assertThat(csv.body().lines().count()).isEqualTo(3);
        http.as(Tokens.person(Tokens.unique("tess"), null, "trainer")).get("/api/training/classes/" + course)
                .assertProblem(404, "not-found");
        trainee.get("/api/training/classes/" + course).assertProblem(403, "forbidden");

        // a trainee's own reset is a fresh run at once; a trainer's frees the place in the class
        var fresh = trainee.postJson("/api/training/runs/" + firstId + "/reset", "");
        assertThat(fresh.status()).as(fresh.body()).isEqualTo(200);
        assertThat(fresh.json().getJsonNumber("id").longValue()).isNotEqualTo(firstId);
        assertThat(fresh.json().getString("state")).isEqualTo("running");
        assertThat(trainee.get("/api/training/runs/" + firstId).json().getString("state")).isEqualTo("reset");
        var reset = trainer.postJson("/api/training/classes/" + course + "/reset", "");
        assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        assertThat(reset.json().getJsonArray("cohort").stream().map(JsonObject.class::cast)
                .map(r -> r.getString("state"))).containsOnly("not-started");
        assertThat(second.get("/api/training/runs/" + other.getJsonNumber("id").longValue()).json()
                .getString("state")).isEqualTo("reset");
    }

    @Test
    void bad_training_requests_get_clear_problems() {
        trainee.postJson("/api/training/runs", "{\"scenario\":\"tame-the-trolls\",\"speed\":0}")
                .assertProblem(400, "validation");
        trainee.postJson("/api/training/runs", "{\"scenario\":\"tame-the-trolls\",\"speed\":61}")
                .assertProblem(400, "validation");
        trainee.postJson("/api/training/runs", "{\"scenario\":\"no-such-thing\"}").assertProblem(400,
                "validation");
        trainee.postJson("/api/training/runs", "{}").assertProblem(400, "validation");
        trainee.postJson("/api/training/runs", "{\"scenario\":7}").assertProblem(400, "malformed-request");
        http.postJson("/api/training/runs", "{\"scenario\":\"tame-the-trolls\"}").assertProblem(401,
                "unauthenticated");
        http.as(Tokens.citizen()).postJson("/api/training/runs", "{\"scenario\":\"tame-the-trolls\"}")
                .assertProblem(403, "forbidden");
        trainee.get("/api/training/runs/999999999").assertProblem(404, "not-found");
        var trainer = http.as(Tokens.person(Tokens.unique("trent"), null, "trainer"));
        trainer.postJson("/api/training/classes", "{\"scenario\":\"tame-the-trolls\",\"trainees\":[]}")
                .assertProblem(400, "validation");
        trainer.postJson("/api/training/classes", "{\"scenario\":\"tame-the-trolls\",\"trainees\":[\"a b\"]}")
                .assertProblem(400, "validation");
        var run = start(trainee, "{\"scenario\":\"tame-the-trolls\",\"speed\":30}");
        long id = run.getJsonNumber("id").longValue();
        trainee.send("PUT", "/api/training/runs/" + id + "/mode", "application/json", "{\"mode\":\"BROADCAST\"}")
                .assertProblem(409, "no-mode-choice");
        trainee.send("PUT", "/api/training/runs/" + id + "/plan", "application/json", "{\"text\":\"\"}")
                .assertProblem(400, "validation");
        trainee.postJson("/api/training/runs/" + id + "/finish", "");
    }
}

package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Co-development: ideas, amendments as diffs, one vote each, the officer's state machine, staging and merging. */
class IdeasApiIT extends WholeApplication {

    static final String PATHS = "Shared paths in the park are two metres wide.";
    static final String LIGHTS = "Lights along the paths switch off at midnight.";
    static final String V1 = "# Park paths\n\n" + PATHS + "\n\n" + LIGHTS + "\n";

    String agency;
    Http officer;
    Http alice;
    Http ben;
    Http carol;

    @BeforeEach
    void people() {
        agency = Tokens.unique("Parks agency");
        officer = http.as(Tokens.officer(agency));
        alice = http.as(Tokens.person(Tokens.unique("alice"), null, "citizen"));
        ben = http.as(Tokens.person(Tokens.unique("ben"), null, "citizen"));
        carol = http.as(Tokens.person(Tokens.unique("carol"), null, "citizen"));
    }

    /** policy id, round id, key of the PATHS paragraph. */
    Object[] coDevelopmentRound() {
        long policy = officer.postJson("/api/policies", "{\"title\":\"Park paths\"}").json().getJsonNumber("id")
                .longValue();
        var v1 = officer.postJson("/api/policies/" + policy + "/versions",
                Json.createObjectBuilder().add("markdown", V1).build().toString()).json();
        long round = open("CO_DEVELOPMENT", ",\"draftVersionId\":" + v1.getJsonNumber("versionId"));
        String key = v1.getJsonArray("paragraphs").getJsonObject(1).getString("key");
        return new Object[] {policy, round, key};
    }

    long open(String mode, String extra) {
        var created = officer.postJson("/api/engagements", "{\"title\":\"Ideas round\",\"mode\":\"" + mode + "\","
                + "\"closesAt\":\"" + Instant.now().plus(Duration.ofDays(3)) + "\"" + extra + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(officer.postJson("/api/engagements/" + id + "/open", "").status()).isEqualTo(200);
        return id;
    }

    static String idea(String title, String text) {
        return Json.createObjectBuilder().add("title", title).add("text", text).build().toString();
    }

    static String amendment(String key, String proposed) {
        return Json.createObjectBuilder().add("title", "Wider paths").add("text", "Bikes and buggies collide.")
                .add("paragraphKey", key).add("proposedText", proposed).build().toString();
    }

    JsonObject propose(Http who, long round, String body) {
        var reply = who.postJson("/api/engagements/" + round + "/ideas", body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.header("Location")).get().asString().endsWith("/api/ideas/" + reply.json().getJsonNumber("id"));
        return reply.json();
    }

    Http.Reply decide(Http who, long idea, String json) {
        return who.postJson("/api/ideas/" + idea + "/decisions", json);
    }

    @Test
    void an_amendment_is_shown_as_a_diff_accepted_staged_and_merged_when_a_version_contains_it() {
        var r = coDevelopmentRound();
        long policy = (long) r[0];
        long round = (long) r[1];
        String key = (String) r[2];
        String wider = "Shared paths in the park are three metres wide, with a centre line.";
        var a = propose(alice, round, amendment(key, wider));
        long id = a.getJsonNumber("id").longValue();
        assertThat(a.getString("kind")).isEqualTo("AMENDMENT");
        assertThat(a.getString("status")).isEqualTo("NEW");
        var diff = a.getJsonObject("amendment");
        assertThat(diff.getString("currentMarkdown")).isEqualTo(PATHS);
        assertThat(diff.getInt("baseVersion")).isEqualTo(1);
        assertThat(diff.getJsonArray("diff").getValuesAs(JsonObject.class))
                .anySatisfy(s -> {
                    assertThat(s.getString("op")).isEqualTo("DELETE");
                    assertThat(s.getString("text")).contains("two");
                })
                .anySatisfy(s -> {
                    assertThat(s.getString("op")).isEqualTo("INSERT");
                    assertThat(s.getString("text")).contains("three");
                });

        assertThat(decide(officer, id, "{\"action\":\"REVIEW\"}").json().getString("status"))
                .isEqualTo("UNDER_REVIEW");
        var accepted = decide(officer, id, "{\"action\":\"ACCEPT\",\"reason\":\"Safer for everyone\"}").json();
        assertThat(accepted.getString("status")).isEqualTo("ACCEPTED");
        assertThat(accepted.getJsonObject("amendment").getBoolean("staged")).isTrue();

        // a second amendment of the same paragraph cannot be staged on top of the first
        long rival = propose(ben, round, amendment(key, "Shared paths are four metres wide.")).getJsonNumber("id")
                .longValue();
        decide(officer, rival, "{\"action\":\"ACCEPT\"}").assertProblem(409, "paragraph-already-staged");

        var staged = officer.get("/api/policies/" + policy + "/staged-draft").json();
        assertThat(staged.getInt("baseVersion")).isEqualTo(1);
        assertThat(staged.getString("markdown")).contains(wider).doesNotContain(PATHS).contains(LIGHTS);
        assertThat(staged.getJsonArray("applied").getJsonObject(0).getJsonNumber("ideaId").longValue())
                .isEqualTo(id);
        // only the policy's agency sees what it is about to publish
        http.as(Tokens.officer(Tokens.unique("Other agency"))).get("/api/policies/" + policy + "/staged-draft")
                .assertProblem(403, "forbidden");

        var v2 = officer.postJson("/api/policies/" + policy + "/versions", Json.createObjectBuilder()
                .add("markdown", staged.getString("markdown")).add("changelog", "Wider paths").build().toString());
        assertThat(v2.status()).as(v2.body()).isEqualTo(201);
        var merged = http.get("/api/ideas/" + id).json();
        assertThat(merged.getString("status")).isEqualTo("MERGED");
        assertThat(merged.getJsonObject("merged").getInt("version")).isEqualTo(2);
        assertThat(merged.getJsonObject("merged").getInt("fromVersion")).isEqualTo(1);
        assertThat(merged.getJsonObject("merged").getJsonNumber("policyId").longValue()).isEqualTo(policy);
        // the rival was never accepted: publishing does not touch it
        assertThat(http.get("/api/ideas/" + rival).json().getString("status")).isEqualTo("NEW");
    }

    @Test
    void each_person_supports_an_idea_once_and_may_change_their_mind_while_the_round_is_open() {
        long round = (long) coDevelopmentRound()[1];
        long id = propose(alice, round, idea("Benches", "More benches by the pond.")).getJsonNumber("id").longValue();
        var supported = alice.send("PUT", "/api/ideas/" + id + "/support", null, null);
        assertThat(supported.status()).as(supported.body()).isEqualTo(200);
        assertThat(supported.json().getInt("supporters")).isEqualTo(1);
        assertThat(supported.json().getBoolean("supported")).isTrue();
        alice.send("PUT", "/api/ideas/" + id + "/support", null, null).assertProblem(409, "already-voted");
        assertThat(ben.send("PUT", "/api/ideas/" + id + "/support", null, null).json().getInt("supporters"))
                .isEqualTo(2);
        var withdrawn = ben.send("DELETE", "/api/ideas/" + id + "/support", null, null);
        assertThat(withdrawn.json().getInt("supporters")).isEqualTo(1);
        assertThat(withdrawn.json().getBoolean("supported")).isFalse();
        ben.send("DELETE", "/api/ideas/" + id + "/support", null, null).assertProblem(409, "not-voted");

        assertThat(http.get("/api/ideas/" + id).json().getBoolean("supported")).isFalse();
        assertThat(alice.get("/api/ideas/" + id).json().getBoolean("supported")).isTrue();

        assertThat(officer.postJson("/api/engagements/" + round + "/close", "").status()).isEqualTo(200);
        carol.send("PUT", "/api/ideas/" + id + "/support", null, null).assertProblem(409, "round-not-open");
        alice.send("DELETE", "/api/ideas/" + id + "/support", null, null).assertProblem(409, "round-not-open");
        alice.postJson("/api/engagements/" + round + "/ideas", idea("Late", "Too late."))
                .assertProblem(409, "round-not-open");
    }

    @Test
    void folding_a_duplicate_keeps_its_supporters_without_counting_anyone_twice() {
        long round = (long) coDevelopmentRound()[1];
        long original = propose(alice, round, idea("Water fountain", "A drinking fountain by the playground."))
                .getJsonNumber("id").longValue();
        long repeat = propose(ben, round, idea("Drinking water", "Please add a fountain near the swings."))
                .getJsonNumber("id").longValue();
        alice.send("PUT", "/api/ideas/" + original + "/support", null, null);
        ben.send("PUT", "/api/ideas/" + original + "/support", null, null);
        ben.send("PUT", "/api/ideas/" + repeat + "/support", null, null);
        carol.send("PUT", "/api/ideas/" + repeat + "/support", null, null);

        var folded = decide(officer, repeat, "{\"action\":\"DUPLICATE\",\"duplicateOf\":" + original + "}").json();
        assertThat(folded.getString("status")).isEqualTo("DUPLICATE");
        assertThat(folded.getJsonNumber("duplicateOf").longValue()).isEqualTo(original);
        assertThat(folded.getInt("supporters")).isZero();
        var kept = http.get("/api/ideas/" + original).json();
        assertThat(kept.getInt("supporters")).isEqualTo(3); // alice, ben (once), carol
        assertThat(carol.get("/api/ideas/" + original).json().getBoolean("supported")).isTrue();
        carol.send("PUT", "/api/ideas/" + repeat + "/support", null, null).assertProblem(409, "idea-closed-for-votes");
        decide(officer, original, "{\"action\":\"DUPLICATE\",\"duplicateOf\":" + original + "}")
                .assertProblem(400, "validation");
    }

    @Test
    void the_list_sorts_by_support_filters_by_status_and_counts_each_status() {
        long round = (long) coDevelopmentRound()[1];
        long quiet = propose(alice, round, idea("Quiet zone", "A quiet zone without music.")).getJsonNumber("id")
                .longValue();
        long popular = propose(ben, round, idea("Dog area", "A fenced area for dogs.")).getJsonNumber("id")
                .longValue();
        alice.send("PUT", "/api/ideas/" + popular + "/support", null, null);
        carol.send("PUT", "/api/ideas/" + popular + "/support", null, null);
        decide(officer, quiet, "{\"action\":\"REJECT\",\"reason\":\"The park already has one.\"}");

        var page = http.get("/api/engagements/" + round + "/ideas").json();
        assertThat(page.getInt("total")).isEqualTo(2);
        assertThat(page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(popular);
        assertThat(page.getJsonObject("byStatus").getInt("REJECTED")).isEqualTo(1);
        var rejected = http.get("/api/engagements/" + round + "/ideas?status=REJECTED").json();
        assertThat(rejected.getJsonArray("items")).hasSize(1);
        assertThat(rejected.getJsonArray("items").getJsonObject(0).getString("statusReason"))
                .isEqualTo("The park already has one.");
        var mine = carol.get("/api/engagements/" + round + "/ideas?mine=true").json();
        assertThat(mine.getJsonArray("items")).hasSize(1); // the one carol supports
        http.get("/api/engagements/" + round + "/ideas?sort=loudest").assertProblem(400, "validation");
        http.get("/api/engagements/" + round + "/ideas?status=MAYBE").assertProblem(400, "validation");
    }

    @Test
    void refusals_say_why_and_change_nothing() {
        var r = coDevelopmentRound();
        long round = (long) r[1];
        String key = (String) r[2];
        long consultation = open("CONSULTATION", "");
        alice.postJson("/api/engagements/" + consultation + "/ideas", idea("Wrong mode", "Consultations take"
                + " comments.")).assertProblem(409, "not-a-co-development-round");
        alice.postJson("/api/engagements/" + round + "/ideas", amendment(key, PATHS)).assertProblem(400, "validation");
        alice.postJson("/api/engagements/" + round + "/ideas", amendment("nokey", "Anything else."))
                .assertProblem(400, "validation");
        alice.postJson("/api/engagements/" + round + "/ideas", "{\"title\":\"\",\"text\":\"x\"}")
                .assertProblem(400, "validation");
        long id = propose(alice, round, idea("Toilets", "Public toilets by the gate.")).getJsonNumber("id")
                .longValue();
        decide(alice, id, "{\"action\":\"ACCEPT\"}").assertProblem(403, "forbidden");
        decide(http.as(Tokens.officer(Tokens.unique("Other agency"))), id, "{\"action\":\"ACCEPT\"}")
                .assertProblem(403, "forbidden");
        decide(officer, id, "{\"action\":\"REJECT\"}").assertProblem(400, "validation");
        decide(officer, id, "{\"action\":\"MERGE\",\"version\":1}").assertProblem(409, "idea-transition-refused");
        decide(officer, id, "{\"action\":\"APPROVE\"}").assertProblem(400, "validation");
        assertThat(http.get("/api/ideas/" + id).json().getString("status")).isEqualTo("NEW");
        http.get("/api/ideas/99999999").assertProblem(404, "not-found");
        // hostile text is stored inert
        var hostile = propose(ben, round, idea("<script>alert(1)</script>",
                "[click](javascript:alert(1)) <img src=x onerror=alert(1)>"));
        assertThat(hostile.getString("html")).doesNotContain("javascript:").doesNotContain("onerror=")
                .doesNotContain("<img").contains("&lt;img");
    }

    Http.Reply flagIdea(long idea, String reason) {
        return http.as(Tokens.person(Tokens.unique("flagger"), null, "citizen")).postJson("/api/flags",
                "{\"contentType\":\"idea\",\"contentId\":" + idea + ",\"reason\":\"" + reason + "\"}");
    }

    @Test
    void a_reported_idea_is_hidden_after_three_flags_and_a_moderator_removes_it_seen_only_by_its_author() {
        long round = (long) coDevelopmentRound()[1];
        long spam = propose(alice, round, idea("Cheap pills", "Visit my shop for cheap pills, best prices."))
                .getJsonNumber("id").longValue();
        long fine = propose(ben, round, idea("Bike racks", "Racks by the park gate.")).getJsonNumber("id")
                .longValue();
        var first = flagIdea(spam, "SPAM");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        long caseId = first.json().getJsonNumber("caseId").longValue();
        alice.postJson("/api/flags", "{\"contentType\":\"idea\",\"contentId\":" + spam + ",\"reason\":\"SPAM\"}")
                .assertProblem(409, "own-content");
        assertThat(flagIdea(spam, "SPAM").status()).isEqualTo(201);
        assertThat(flagIdea(spam, "SPAM").status()).isEqualTo(201);

        // three newcomers' flags: hidden pending review; gone for everyone but its author
        var list = http.get("/api/engagements/" + round + "/ideas").json();
        assertThat(list.getInt("total")).isEqualTo(1);
        assertThat(list.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(fine);
        http.get("/api/ideas/" + spam).assertProblem(404, "not-found");
        carol.send("PUT", "/api/ideas/" + spam + "/support", null, null).assertProblem(404, "not-found");
        // nor can others discuss it or cite sources for it
        http.get("/api/engagements/" + round + "/comments?idea=" + spam).assertProblem(404, "not-found");
        carol.postJson("/api/engagements/" + round + "/comments", "{\"text\":\"Where is the shop?\",\"idea\":" + spam
                + "}").assertProblem(400, "validation");
        assertThat(alice.get("/api/engagements/" + round + "/comments?idea=" + spam).status()).isEqualTo(200);
        var own = alice.get("/api/ideas/" + spam).json();
        assertThat(own.getString("moderation")).isEqualTo("HIDDEN");
        assertThat(alice.get("/api/engagements/" + round + "/ideas").json().getInt("total")).isEqualTo(2);

        var moderator = http.as(Tokens.person(Tokens.unique("maya"), null, "moderator"));
        var decided = moderator.postJson("/api/moderation/cases/" + caseId + "/decisions",
                "{\"action\":\"remove\",\"reasonCode\":\"SPAM\",\"statement\":\"Advertising (house rule 4).\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        var removed = alice.get("/api/ideas/" + spam).json();
        assertThat(removed.getString("moderation")).isEqualTo("REMOVED");
        assertThat(removed.getString("moderationReason")).isEqualTo("SPAM");
        assertThat(http.get("/api/ideas/" + fine).json().getString("moderation")).isEqualTo("VISIBLE");
    }

    @Test
    void an_idea_has_its_own_comment_thread_apart_from_the_draft_discussion() {
        long round = (long) coDevelopmentRound()[1];
        long id = propose(alice, round, idea("Outdoor gym", "Fitness equipment by the lake.")).getJsonNumber("id")
                .longValue();
        var thread = ben.postJson("/api/engagements/" + round + "/comments",
                "{\"text\":\"Yes, near the running track.\",\"idea\":" + id + "}");
        assertThat(thread.status()).as(thread.body()).isEqualTo(201);
        var reply = alice.postJson("/api/engagements/" + round + "/comments",
                "{\"text\":\"Good spot, thanks.\",\"replyTo\":" + thread.json().getJsonNumber("id") + "}");
        assertThat(reply.status()).isEqualTo(201);
        var onIdea = http.get("/api/engagements/" + round + "/comments?idea=" + id).json();
        assertThat(onIdea.getJsonArray("threads")).hasSize(1);
        assertThat(onIdea.getJsonArray("threads").getJsonObject(0).getJsonArray("replies")).hasSize(1);
        assertThat(http.get("/api/engagements/" + round + "/comments").json().getJsonArray("threads")).isEmpty();
        ben.postJson("/api/engagements/" + round + "/comments", "{\"text\":\"Elsewhere\",\"idea\":99999999}")
                .assertProblem(400, "validation");
    }
}

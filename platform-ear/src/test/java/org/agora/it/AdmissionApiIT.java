package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One admission path (ADR 0008): every contribution is screened with the author's recent posts of every kind, a held
 * one always reaches the moderators' queue, and an edit is a new submission.
 */
class AdmissionApiIT extends WholeApplication {

    String agency;
    Http officer;
    Http author;
    Http maya;

    @BeforeEach
    void people() {
        agency = Tokens.unique("Admission agency");
        officer = http.as(Tokens.officer(agency));
        author = http.as(Tokens.person(Tokens.unique("author"), null, "citizen"));
        maya = http.as(Tokens.person(Tokens.unique("maya"), null, "moderator", "citizen"));
    }

    long openRound(String mode, String extra) {
        var created = officer.postJson("/api/engagements", "{\"title\":\"Admission round\",\"mode\":\"" + mode
                + "\",\"closesAt\":\"" + Instant.now().plus(Duration.ofDays(3)) + "\"" + extra + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(officer.postJson("/api/engagements/" + id + "/open", "").status()).isEqualTo(200);
        return id;
    }

    JsonObject post(Http who, long round, String text) {
        var reply = who.postJson("/api/engagements/" + round + "/comments",
                Json.createObjectBuilder().add("text", text).build().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    List<JsonObject> threads(Http reader, long round) {
        return reader.get("/api/engagements/" + round + "/comments?size=100").json().getJsonArray("threads")
                .getValuesAs(JsonObject.class);
    }

    List<JsonObject> queue(String filter) {
        var reply = maya.get("/api/moderation/cases?size=100" + filter);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getJsonArray("cases").getValuesAs(JsonObject.class);
    }

    JsonObject caseOf(String type, long id, String filter) {
        return queue(filter).stream().filter(c -> c.getString("contentType").equals(type)
                && c.getJsonNumber("contentId").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("no case for " + type + " " + id + " in " + queue(filter)));
    }

    JsonObject decide(long caseId, String body) {
        var reply = maya.postJson("/api/moderation/cases/" + caseId + "/decisions", body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void a_pre_moderated_comment_waits_in_the_queue_is_counted_and_approval_publishes_it() {
        long round = openRound("CONSULTATION", ",\"settings\":{\"preModeration\":true}");
        var comment = post(author, round, "The crossing by the school needs a longer green phase.");
        long id = comment.getJsonNumber("id").longValue();
        assertThat(comment.getString("state")).isEqualTo("PENDING");
        // nobody else sees it, but it reaches a moderator: in the queue with its own origin, and counted
        assertThat(threads(http, round)).isEmpty();
        var held = caseOf("comment", id, "&origin=PRE_MODERATION&round=" + round);
        assertThat(held.getString("origin")).isEqualTo("PRE_MODERATION");
        assertThat(held.getString("snapshot")).contains("longer green phase");
        assertThat(queue("&origin=FLAGS&round=" + round)).isEmpty();
        var counts = maya.get("/api/moderation/counts").jsonArray().getValuesAs(JsonObject.class);
        assertThat(counts).anySatisfy(c -> {
            assertThat(c.getJsonNumber("roundId").longValue()).isEqualTo(round);
            assertThat(c.getJsonNumber("pending").longValue()).isEqualTo(1);
        });
        // the round's officer sees what waits; the author is told why
        assertThat(threads(officer, round)).singleElement()
                .satisfies(t -> assertThat(t.getString("state")).isEqualTo("PENDING"))
                .satisfies(t -> assertThat(t.getString("html")).contains("longer green phase"));
        var notice = author.get("/api/moderation/notices").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getJsonNumber("caseId").longValue() == held.getJsonNumber("id").longValue())
                .findFirst().orElseThrow();
        assertThat(notice.getString("action")).isEqualTo("held-for-pre-moderation");
        // approving publishes it
        decide(held.getJsonNumber("id").longValue(), "{\"action\":\"approve\",\"statement\":\"On topic.\"}");
        assertThat(threads(http, round)).singleElement()
                .satisfies(t -> assertThat(t.getString("state")).isEqualTo("VISIBLE"));
        assertThat(queue("&round=" + round)).isEmpty();
    }

    @Test
    void pre_moderation_holds_ideas_and_public_questions_but_never_a_private_question() {
        long ideas = openRound("CO_DEVELOPMENT", ",\"settings\":{\"preModeration\":true}");
        var idea = author.postJson("/api/engagements/" + ideas + "/ideas",
                "{\"title\":\"Benches\",\"text\":\"More benches along the river path.\"}");
        assertThat(idea.status()).as(idea.body()).isEqualTo(201);
        assertThat(idea.json().getString("moderation")).isEqualTo("HELD");
        long ideaId = idea.json().getJsonNumber("id").longValue();
        assertThat(http.get("/api/ideas/" + ideaId).status()).isEqualTo(404);
        caseOf("idea", ideaId, "&origin=PRE_MODERATION&round=" + ideas);

        long desk = openRound("CUSTOMER_SERVICE", ",\"settings\":{\"preModeration\":true}");
        var open = author.postJson("/api/engagements/" + desk + "/questions",
                "{\"title\":\"Bin day\",\"body\":\"When is bin day on my street?\",\"public\":true}").json();
        assertThat(open.getString("moderation")).isEqualTo("HELD");
        caseOf("question", open.getJsonNumber("id").longValue(), "&origin=PRE_MODERATION&round=" + desk);
        // the agency still sees and answers it
        assertThat(officer.get("/api/questions/" + open.getJsonNumber("id")).status()).isEqualTo(200);
        var secret = author.postJson("/api/engagements/" + desk + "/questions",
                "{\"title\":\"My permit\",\"body\":\"Where is my permit number 123?\",\"public\":false}").json();
        assertThat(secret.getString("moderation")).isEqualTo("VISIBLE");
        assertThat(queue("&round=" + desk)).extracting(c -> c.getJsonNumber("contentId").longValue())
                .doesNotContain(secret.getJsonNumber("id").longValue());
    }

    @Test
    void an_edit_is_screened_like_a_post_and_a_refused_edit_changes_nothing() {
        long round = openRound("CONSULTATION", "");
        long id = post(author, round, "A clean comment about cycle lanes.").getJsonNumber("id").longValue();
        author.send("PUT", "/api/comments/" + id, "application/json", "{\"text\":\"kill yourself\"}")
                .assertProblem(400, "screening-refused");
        assertThat(threads(http, round)).singleElement()
                .satisfies(t -> assertThat(t.getString("html")).contains("clean comment"))
                .satisfies(t -> assertThat(t.containsKey("editedAt")).isFalse());
        assertThat(http.get("/api/comments/" + id + "/revisions").jsonArray()).isEmpty();
        // an edit that screening holds takes the comment out of view and opens its case
        var edited = author.send("PUT", "/api/comments/" + id, "application/json",
                "{\"text\":\"Only an idiot would support this.\"}");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().getString("state")).isEqualTo("PENDING");
        assertThat(threads(http, round)).isEmpty();
        var held = caseOf("comment", id, "&round=" + round);
        assertThat(held.getString("origin")).isEqualTo("SCREENING");
        assertThat(held.getString("snapshot")).contains("idiot");
        // its earlier text is not public either while it waits
        assertThat(http.get("/api/comments/" + id + "/revisions").status()).isEqualTo(404);
    }

    @Test
    void a_held_comment_edited_before_approval_is_judged_on_its_new_text() {
        long round = openRound("CONSULTATION", ",\"settings\":{\"preModeration\":true}");
        long id = post(author, round, "First words, waiting for a moderator.").getJsonNumber("id").longValue();
        var held = caseOf("comment", id, "&round=" + round);
        long caseId = held.getJsonNumber("id").longValue();
        long seenVersion = held.getJsonNumber("version").longValue();
        var edited = author.send("PUT", "/api/comments/" + id, "application/json",
                "{\"text\":\"Second words, written after the first.\"}");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().getString("state")).isEqualTo("PENDING");
        var now = caseOf("comment", id, "&round=" + round);
        assertThat(now.getString("snapshot")).contains("Second words").doesNotContain("First words");
        // a moderator who read the old text cannot approve it: they must read the new one first
        maya.postJson("/api/moderation/cases/" + caseId + "/decisions", "{\"action\":\"approve\",\"statement\":"
                + "\"Fine.\",\"caseVersion\":" + seenVersion + "}").assertProblem(409, "case-changed");
        assertThat(threads(http, round)).isEmpty();
        decide(caseId, "{\"action\":\"approve\",\"statement\":\"Fine.\",\"caseVersion\":"
                + now.getJsonNumber("version") + "}");
        assertThat(threads(http, round)).singleElement()
                .satisfies(t -> assertThat(t.getString("html")).contains("Second words"));
        assertThat(maya.get("/api/moderation/cases/" + caseId).json().getJsonArray("log").toString())
                .contains("resubmit");
    }

    @Test
    void ideas_and_questions_are_screened_with_the_authors_recent_comments_and_can_be_held() {
        long consultation = openRound("CONSULTATION", "");
        String repeated = "The bus lane on Harbour Road should run all day, every day.";
        post(author, consultation, "Bus lane. " + repeated);
        // the same words as a public question: a repeat across kinds, held (not refused, not published)
        long desk = openRound("CUSTOMER_SERVICE", "");
        var question = author.postJson("/api/engagements/" + desk + "/questions", Json.createObjectBuilder()
                .add("title", "Bus lane").add("body", repeated).add("public", true).build().toString());
        assertThat(question.status()).as(question.body()).isEqualTo(201);
        assertThat(question.json().getString("moderation")).isEqualTo("HELD");
        long questionId = question.json().getJsonNumber("id").longValue();
        assertThat(http.get("/api/engagements/" + desk + "/questions").json().getJsonArray("items")).isEmpty();
        var questionCase = caseOf("question", questionId, "&origin=SCREENING&round=" + desk);
        assertThat(maya.get("/api/moderation/cases/" + questionCase.getJsonNumber("id")).json()
                .getString("screening")).contains("recent posts");
        // a burst: more than five posts in a minute, whatever their kind, holds the next one (an idea here)
        long ideas = openRound("CO_DEVELOPMENT", "");
        var burster = http.as(Tokens.person(Tokens.unique("burster"), null, "citizen"));
        for (int i = 0; i < 5; i++) {
            post(burster, consultation, "Distinct remark number " + i + " about the plan for the harbour.");
        }
        var idea = burster.postJson("/api/engagements/" + ideas + "/ideas",
                "{\"title\":\"Shade\",\"text\":\"Plant trees for shade by the playground.\"}");
        assertThat(idea.status()).as(idea.body()).isEqualTo(201);
        assertThat(idea.json().getString("moderation")).isEqualTo("HELD");
        caseOf("idea", idea.json().getJsonNumber("id").longValue(), "&origin=SCREENING&round=" + ideas);
    }

    @Test
    void a_held_follow_up_holds_its_public_question_with_the_new_words_in_its_case() {
        long desk = openRound("CUSTOMER_SERVICE", "");
        var asker = http.as(Tokens.person(Tokens.unique("asker"), null, "citizen"));
        long id = asker.postJson("/api/engagements/" + desk + "/questions",
                "{\"title\":\"Footpath\",\"body\":\"When will the footpath be repaired?\",\"public\":true}").json()
                .getJsonNumber("id").longValue();
        assertThat(officer.postJson("/api/questions/" + id + "/answers", "{\"body\":\"In March.\"}").status())
                .isEqualTo(200);
        var follow = asker.postJson("/api/questions/" + id + "/follow-ups",
                "{\"body\":\"Only an idiot would believe March.\"}");
        assertThat(follow.status()).as(follow.body()).isEqualTo(200);
        assertThat(follow.json().getString("moderation")).isEqualTo("HELD");
        assertThat(http.get("/api/questions/" + id).status()).isEqualTo(404);
        var held = caseOf("question", id, "&round=" + desk);
        assertThat(held.getString("snapshot")).contains("footpath").contains("idiot");
    }

    @Test
    void a_moderator_feed_that_went_away_costs_other_people_nothing() throws Exception {
        long round = openRound("CONSULTATION", "");
        // a moderator opens the live queue and leaves at once
        var opened = maya.openStream("/api/moderation/stream", lines -> lines.findFirst());
        assertThat(opened.status()).isEqualTo(200);
        Thread.sleep(300);
        // later posts that open cases (and so announce them on the feed) still answer as they should
        for (int i = 0; i < 3; i++) {
            var writer = http.as(Tokens.person(Tokens.unique("writer"), null, "citizen"));
            var reply = writer.postJson("/api/engagements/" + round + "/comments",
                    "{\"text\":\"Only an idiot would plan it this way, number " + i + ".\"}");
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
            assertThat(reply.header("Content-Type")).get().asString().startsWith("application/json");
            assertThat(reply.json().getString("state")).isEqualTo("PENDING");
        }
        assertThat(queue("&round=" + round)).hasSize(3);
        // and a moderator who is still listening gets the next event
        var events = new java.util.concurrent.CopyOnWriteArrayList<String>();
        var listening = java.util.concurrent.CompletableFuture.runAsync(() -> maya.openStream(
                "/api/moderation/stream", lines -> lines.filter(l -> l.startsWith("event:")).peek(events::add)
                        .anyMatch(l -> l.equals("event:case") || l.equals("event: case"))));
        Thread.sleep(500);
        post(http.as(Tokens.person(Tokens.unique("writer"), null, "citizen")), round,
                "Only an idiot would not listen, again.");
        listening.get(20, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(events).anySatisfy(e -> assertThat(e.replace(" ", "")).isEqualTo("event:case"));
    }
}

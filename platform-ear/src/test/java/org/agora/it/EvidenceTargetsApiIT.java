package org.agora.it;

import static org.agora.it.EvidenceApiIT.text;
import static org.agora.it.EvidenceApiIT.upload;
import static org.agora.it.EvidenceApiIT.uploaded;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Evidence on customer-service questions and broadcast updates: files and web pages cited from them, the refusals,
 * and a citation on a private question kept from everyone who cannot see that question (library, source, badges).
 */
class EvidenceTargetsApiIT extends WholeApplication {

    String agency;
    Http officer;
    Http otherOfficer;
    Http moderator;
    Http alice;
    Http ben;

    @BeforeEach
    void people() {
        agency = Tokens.unique("Desk agency");
        officer = http.as(Tokens.officer(agency));
        otherOfficer = http.as(Tokens.officer(Tokens.unique("Other agency")));
        moderator = http.as(Tokens.person(Tokens.unique("maya"), null, "moderator", "citizen"));
        alice = http.as(Tokens.person(Tokens.unique("alice"), null, "citizen"));
        ben = http.as(Tokens.person(Tokens.unique("ben"), null, "citizen"));
    }

    long openRound(String mode) {
        var created = officer.postJson("/api/engagements", "{\"title\":\"Evidence desk\",\"mode\":\"" + mode
                + "\",\"closesAt\":\"" + Instant.now().plus(Duration.ofDays(3)) + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(officer.postJson("/api/engagements/" + id + "/open", "").status()).isEqualTo(200);
        return id;
    }

    long ask(Http who, long round, boolean isPublic) {
        var reply = who.postJson("/api/engagements/" + round + "/questions", Json.createObjectBuilder()
                .add("title", "Permit for a skip").add("body", "Do I need a permit?").add("public", isPublic).build()
                .toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    long post(long round) {
        var reply = officer.postJson("/api/engagements/" + round + "/updates", "{\"title\":\"Works start\","
                + "\"body\":\"The works start on Monday.\",\"sources\":[{\"url\":\"https://example.org/plan\","
                + "\"title\":\"Plan\"}]}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    static String web(String url, String target, long id) {
        return Json.createObjectBuilder().add("url", url).add("title", "A page").add("quote", "a passage")
                .add(target, id).build().toString();
    }

    static long sourceId(JsonObject uploaded) {
        return uploaded.getJsonObject("source").getJsonNumber("id").longValue();
    }

    /** The source ids in the round's library as this person sees it, and the library's total. */
    static List<Long> library(Http who, long round) {
        var reply = who.get("/api/engagements/" + round + "/evidence");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        var ids = reply.json().getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getJsonObject("source").getJsonNumber("id").longValue()).toList();
        assertThat(reply.json().getJsonNumber("total").longValue()).as("total").isEqualTo(ids.size());
        return ids;
    }

    static JsonObject badges(Http who, long round, String on) {
        var reply = who.get("/api/engagements/" + round + "/evidence/badges?on=" + on);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void a_public_question_takes_a_file_and_a_web_page_shown_to_everyone_as_its_badges() {
        long round = openRound("CUSTOMER_SERVICE");
        long question = ask(alice, round, true);
        var file = uploaded(upload(alice, round, "skip.txt", "text/plain", text("Skips on the road need a permit."),
                "?question=" + question), 201);
        long source = sourceId(file);
        var view = http.get("/api/evidence/" + source);
        assertThat(view.status()).as(view.body()).isEqualTo(200);
        var citation = view.json().getJsonArray("citations").getJsonObject(0);
        assertThat(citation.getString("targetType")).isEqualTo("question");
        assertThat(citation.getString("targetId")).isEqualTo(String.valueOf(question));

        // the officer answers with a web page; any reader of a public question may cite from it
        var cited = officer.postJson("/api/engagements/" + round + "/evidence/web",
                web("https://example.org/skips", "question", question));
        assertThat(cited.status()).as(cited.body()).isEqualTo(201);
        assertThat(cited.json().getString("targetType")).isEqualTo("question");
        assertThat(cited.json().getString("targetId")).isEqualTo(String.valueOf(question));
        assertThat(ben.postJson("/api/engagements/" + round + "/evidence/web",
                web("https://example.org/mine", "question", question)).status()).isEqualTo(201);

        var shown = badges(http, round, "question").getJsonArray(String.valueOf(question));
        assertThat(shown).hasSize(3);
        assertThat(shown.getJsonObject(0).getJsonNumber("sourceId").longValue()).isEqualTo(source);
        assertThat(shown.getJsonObject(1).getString("url")).isEqualTo("https://example.org/skips");
        assertThat(library(http, round)).containsExactly(source);
        // nothing else is counted as a comment's or an update's citation
        assertThat(badges(http, round, "comment")).isEmpty();
        assertThat(badges(http, round, "update")).isEmpty();
    }

    @Test
    void an_update_takes_a_file_and_a_web_page_from_its_officers_only() {
        long round = openRound("BROADCAST");
        long update = post(round);
        var file = uploaded(upload(officer, round, "plan.txt", "text/plain", text("The works plan, phase one."),
                "?update=" + update), 201);
        long source = sourceId(file);
        var citation = http.get("/api/evidence/" + source).json().getJsonArray("citations").getJsonObject(0);
        assertThat(citation.getString("targetType")).isEqualTo("update");
        assertThat(citation.getString("targetId")).isEqualTo(String.valueOf(update));
        var cited = officer.postJson("/api/engagements/" + round + "/evidence/web",
                web("https://example.org/detour", "update", update));
        assertThat(cited.status()).as(cited.body()).isEqualTo(201);
        assertThat(cited.json().getString("targetType")).isEqualTo("update");

        var shown = badges(http, round, "update").getJsonArray(String.valueOf(update));
        assertThat(shown).hasSize(2);
        assertThat(shown.getJsonObject(0).getJsonNumber("sourceId").longValue()).isEqualTo(source);
        assertThat(shown.getJsonObject(1).getString("url")).isEqualTo("https://example.org/detour");
        assertThat(library(alice, round)).containsExactly(source);

        // the sources beside an update are the agency's: citizens and other agencies' officers do not add to them
        upload(alice, round, "mine.txt", "text/plain", text("Mine"), "?update=" + update)
                .assertProblem(403, "forbidden");
        alice.postJson("/api/engagements/" + round + "/evidence/web", web("https://example.org/x", "update", update))
                .assertProblem(403, "forbidden");
        upload(otherOfficer, round, "theirs.txt", "text/plain", text("Theirs"), "?update=" + update)
                .assertProblem(403, "forbidden");
        assertThat(badges(http, round, "update").getJsonArray(String.valueOf(update))).hasSize(2);
    }

    @Test
    void withdrawn_updates_resolved_questions_and_other_rounds_take_no_evidence() {
        long broadcast = openRound("BROADCAST");
        long update = post(broadcast);
        assertThat(officer.postJson("/api/updates/" + update + "/withdrawal", "{\"reason\":\"Wrong date\"}").status())
                .isEqualTo(200);
        upload(officer, broadcast, "late.txt", "text/plain", text("Late"), "?update=" + update)
                .assertProblem(409, "update-withdrawn");
        officer.postJson("/api/engagements/" + broadcast + "/evidence/web",
                web("https://example.org/late", "update", update)).assertProblem(409, "update-withdrawn");

        long desk = openRound("CUSTOMER_SERVICE");
        long question = ask(alice, desk, true);
        // a question or update of another round is not this round's to cite
        upload(alice, broadcast, "x.txt", "text/plain", text("x"), "?question=" + question)
                .assertProblem(400, "validation");
        upload(officer, desk, "x.txt", "text/plain", text("x"), "?update=" + post(broadcast))
                .assertProblem(400, "validation");
        upload(alice, desk, "x.txt", "text/plain", text("x"), "?question=99999999999")
                .assertProblem(400, "validation");
        // one place at a time
        upload(alice, desk, "x.txt", "text/plain", text("x"), "?question=" + question + "&idea=1")
                .assertProblem(400, "validation");
        alice.postJson("/api/engagements/" + desk + "/evidence/web", "{\"url\":\"https://example.org\","
                + "\"title\":\"x\",\"question\":" + question + ",\"update\":1}").assertProblem(400, "validation");
        http.get("/api/engagements/" + desk + "/evidence/badges?on=questions").assertProblem(400, "validation");

        // someone else's private question does not exist for them
        long secret = ask(alice, desk, false);
        upload(ben, desk, "x.txt", "text/plain", text("x"), "?question=" + secret).assertProblem(400, "validation");
        ben.postJson("/api/engagements/" + desk + "/evidence/web", web("https://example.org/b", "question", secret))
                .assertProblem(400, "validation");

        // a resolved question is final
        assertThat(officer.postJson("/api/questions/" + question + "/answers", "{\"body\":\"Yes.\"}").status())
                .isEqualTo(200);
        assertThat(alice.postJson("/api/questions/" + question + "/resolve", "").status()).isEqualTo(200);
        upload(alice, desk, "x.txt", "text/plain", text("x"), "?question=" + question)
                .assertProblem(409, "question-resolved");
        assertThat(library(http, desk)).isEmpty();
    }

    @Test
    void evidence_on_a_private_question_is_seen_only_by_its_asker_and_the_round_staff() {
        long round = openRound("CUSTOMER_SERVICE");
        long secret = ask(alice, round, false);
        long open = ask(ben, round, true);
        // only cited from the private question: the asker's file and the officer's file and web page
        long asked = sourceId(uploaded(upload(alice, round, "my-lease.txt", "text/plain",
                text("My lease, flat 4, rent 900 a month."), "?question=" + secret), 201));
        long answered = sourceId(uploaded(upload(officer, round, "ruling.txt", "text/plain",
                text("Internal ruling on the lease of flat 4."), "?question=" + secret), 201));
        assertThat(officer.postJson("/api/engagements/" + round + "/evidence/web",
                web("https://example.org/tenancy", "question", secret)).status()).isEqualTo(201);
        // the same bytes uploaded again from a public question: stored once, but a source of its own, so that the
        // public one reveals nothing of the private one (its name, its citations, that it exists)
        var sharedBytes = text("Skips: the general rules.");
        long shared = sourceId(uploaded(upload(officer, round, "rules.txt", "text/plain", sharedBytes,
                "?question=" + secret), 201));
        long bens = sourceId(uploaded(upload(ben, round, "skip-rules.txt", "text/plain", sharedBytes,
                "?question=" + open), 201));
        assertThat(bens).isNotEqualTo(shared);

        var privileged = List.of(alice, officer, moderator, http.as(Tokens.admin()));
        var others = List.of(http, ben, otherOfficer);

        for (Http who : privileged) {
            assertThat(library(who, round)).as("library").containsExactlyInAnyOrder(asked, answered, shared, bens);
            assertThat(who.get("/api/evidence/" + asked).status()).isEqualTo(200);
            assertThat(who.get("/api/evidence/" + shared).json().getJsonArray("citations")).hasSize(1);
            var mine = badges(who, round, "question");
            assertThat(mine.getJsonArray(String.valueOf(secret))).hasSize(4);
            assertThat(mine.getJsonArray(String.valueOf(open))).hasSize(1);
        }
        for (Http who : others) {
            assertThat(library(who, round)).as("library").containsExactly(bens);
            who.get("/api/evidence/" + asked).assertProblem(404, "not-found");
            who.get("/api/evidence/" + answered).assertProblem(404, "not-found");
            who.get("/api/evidence/" + shared).assertProblem(404, "not-found");
            assertThat(who.download("/api/evidence/" + answered + "/file").statusCode()).isEqualTo(404);
            var bensView = who.get("/api/evidence/" + bens);
            assertThat(bensView.status()).isEqualTo(200);
            assertThat(bensView.json().getString("fileName")).isEqualTo("skip-rules.txt");
            var citations = bensView.json().getJsonArray("citations");
            assertThat(citations).as("only the public question's citation").hasSize(1);
            assertThat(citations.getJsonObject(0).getString("targetId")).isEqualTo(String.valueOf(open));
            var theirs = badges(who, round, "question");
            assertThat(theirs.containsKey(String.valueOf(secret))).as("badges of the private question").isFalse();
            assertThat(theirs.getJsonArray(String.valueOf(open))).hasSize(1);
            assertThat(who.get("/api/engagements/" + round + "/evidence?q=lease").json().getJsonNumber("total")
                    .longValue()).as("search").isZero();
        }
    }
}

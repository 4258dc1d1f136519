package org.agora.it;

import static org.agora.it.EvidenceApiIT.upload;
import static org.agora.it.EvidenceApiIT.uploaded;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The holes a security review of the running demo found (issue 13): confidential files revealed by re-uploading the
 * same bytes, brigading by reports, web citations of removed content, tokens in addresses, lax JSON binding, CORS on
 * the API description, and lifecycle actions offered that are then refused.
 */
class ReviewHolesApiIT extends WholeApplication {

    String agency;
    Http officer;

    @BeforeEach
    void people() {
        agency = Tokens.unique("Review agency");
        officer = http.as(Tokens.officer(agency));
    }

    long openRound(String mode) {
        var created = officer.postJson("/api/engagements", "{\"title\":\"Reviewed round\",\"mode\":\"" + mode
                + "\",\"closesAt\":\"" + Instant.now().plus(Duration.ofDays(3)) + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(officer.postJson("/api/engagements/" + id + "/open", "").status()).isEqualTo(200);
        return id;
    }

    Http citizen(String name) {
        return http.as(Tokens.person(Tokens.unique(name), null, "citizen"));
    }

    long comment(Http who, long round, String text) {
        var reply = who.postJson("/api/engagements/" + round + "/comments",
                Json.createObjectBuilder().add("text", text).build().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    @Test
    void uploading_the_bytes_of_a_confidential_file_reveals_nothing_and_makes_nothing_public() {
        long desk = openRound("CUSTOMER_SERVICE");
        var asker = citizen("asker");
        long question = asker.postJson("/api/engagements/" + desk + "/questions",
                "{\"title\":\"My benefit letter\",\"body\":\"Is this letter right?\",\"public\":false}").json()
                .getJsonNumber("id").longValue();
        byte[] letter = ("Confidential letter about benefits, case " + UUID.randomUUID() + ".\n")
                .getBytes(StandardCharsets.UTF_8);
        long secret = uploaded(upload(asker, desk, "benefit-letter-jane-doe.txt", "text/plain", letter,
                "?question=" + question), 201).getJsonObject("source").getJsonNumber("id").longValue();

        // someone who has the same bytes uploads them to the round itself
        var other = citizen("other");
        var again = uploaded(upload(other, desk, "found.txt", "text/plain", letter, ""), 201);
        var source = again.getJsonObject("source");
        assertThat(source.getJsonNumber("id").longValue()).isNotEqualTo(secret);
        assertThat(source.getString("fileName")).isEqualTo("found.txt");
        assertThat(again.getBoolean("created")).isTrue();
        // the confidential source stays invisible to them and to everyone outside the question
        assertThat(other.get("/api/evidence/" + secret).status()).isEqualTo(404);
        assertThat(http.get("/api/evidence/" + secret).status()).isEqualTo(404);
        assertThat(http.download("/api/evidence/" + secret + "/file").statusCode()).isEqualTo(404);
        var library = http.get("/api/engagements/" + desk + "/evidence?q=benefits").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(library).extracting(i -> i.getJsonObject("source").getJsonNumber("id").longValue())
                .doesNotContain(secret);
        // the asker still sees their own file, under their own name
        assertThat(asker.get("/api/evidence/" + secret).json().getString("fileName"))
                .isEqualTo("benefit-letter-jane-doe.txt");
        // uploading a file one can already see again cites that source (stored once, nothing revealed)
        var mine = uploaded(upload(other, desk, "found-again.txt", "text/plain", letter, ""), 200);
        assertThat(mine.getJsonObject("source").getJsonNumber("id").longValue())
                .isEqualTo(source.getJsonNumber("id").longValue());
        assertThat(mine.getBoolean("created")).isFalse();
    }

    @Test
    void trainees_and_trainers_cannot_report_and_a_staff_report_opens_a_case_without_hiding() {
        long round = openRound("CONSULTATION");
        long legit = comment(citizen("resident"), round, "The crossing needs a lollipop person at 8.30.");
        String flag = "{\"contentType\":\"comment\",\"contentId\":" + legit + ",\"reason\":\"ABUSE\"}";
        http.as(Tokens.person(Tokens.unique("tina"), null, "trainee")).postJson("/api/flags", flag)
                .assertProblem(403, "forbidden");
        http.as(Tokens.person(Tokens.unique("trent"), null, "trainer")).postJson("/api/flags", flag)
                .assertProblem(403, "forbidden");
        var moderator = http.as(Tokens.person(Tokens.unique("mo"), null, "moderator"));
        var staff = moderator.postJson("/api/flags", flag);
        assertThat(staff.status()).as(staff.body()).isEqualTo(201);
        var admin = http.as(Tokens.admin()).postJson("/api/flags", flag);
        assertThat(admin.status()).as(admin.body()).isEqualTo(201);
        assertThat(officer.postJson("/api/flags", flag).status()).isEqualTo(201);
        // three staff reports: the comment is still visible, and waits for a moderator's decision
        var thread = http.get("/api/engagements/" + round + "/comments").json().getJsonArray("threads")
                .getJsonObject(0);
        assertThat(thread.getString("state")).isEqualTo("VISIBLE");
        long caseId = staff.json().getJsonNumber("caseId").longValue();
        var detail = moderator.get("/api/moderation/cases/" + caseId).json();
        assertThat(detail.getJsonObject("summary").getString("contentState")).isEqualTo("VISIBLE");
        assertThat(detail.getJsonArray("flags").getValuesAs(JsonObject.class))
                .hasSize(3).allSatisfy(f -> assertThat(f.getBoolean("staff")).isTrue())
                .allSatisfy(f -> assertThat(f.getJsonNumber("weight").doubleValue()).isZero());
    }

    @Test
    void web_citations_of_removed_comments_and_ideas_leave_the_badges() {
        long round = openRound("CONSULTATION");
        var author = citizen("author");
        long c = comment(author, round, "See the report at the link.");
        assertThat(author.postJson("/api/comments/" + c + "/citations",
                "{\"url\":\"https://example.org/report\",\"title\":\"A report\"}").status()).isEqualTo(201);
        assertThat(http.get("/api/engagements/" + round + "/evidence/badges").json().containsKey(String.valueOf(c)))
                .isTrue();
        var moderator = http.as(Tokens.person(Tokens.unique("mo"), null, "moderator"));
        long caseId = citizen("reporter").postJson("/api/flags", "{\"contentType\":\"comment\",\"contentId\":" + c
                + ",\"reason\":\"SPAM\"}").json().getJsonNumber("caseId").longValue();
        assertThat(moderator.postJson("/api/moderation/cases/" + caseId + "/decisions",
                "{\"action\":\"remove\",\"reasonCode\":\"SPAM\",\"statement\":\"Advert\"}").status()).isEqualTo(200);
        assertThat(http.get("/api/engagements/" + round + "/evidence/badges").json().containsKey(String.valueOf(c)))
                .isFalse();
        assertThat(citizen("reader").get("/api/engagements/" + round + "/evidence/badges").json()
                .containsKey(String.valueOf(c))).isFalse();
        // its author still sees what they cited
        assertThat(author.get("/api/engagements/" + round + "/evidence/badges").json()
                .containsKey(String.valueOf(c))).isTrue();
    }

    @Test
    void an_access_token_in_the_address_is_refused() {
        var reply = http.get("/api/me?access_token=" + Tokens.citizen());
        reply.assertProblem(400, "token-in-address");
        var write = http.postJson("/api/engagements?access_token=" + Tokens.officer(agency),
                "{\"title\":\"Token in the address\",\"mode\":\"BROADCAST\"}");
        write.assertProblem(400, "token-in-address");
    }

    @Test
    void json_is_bound_strictly_and_every_refusal_names_the_field() {
        long round = openRound("CONSULTATION");
        var author = citizen("strict");
        String path = "/api/engagements/" + round + "/comments";
        var number = author.postJson(path, "{\"text\": 123}").assertProblem(400, "malformed-request");
        assertThat(number.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("text");
        author.postJson(path, "{\"text\": \"fine\"} trailing garbage").assertProblem(400, "malformed-request");
        author.postJson(path, "{\"text\": \"fine\"}{\"text\": \"twice\"}").assertProblem(400, "malformed-request");
        author.postJson(path, "{\"text\": ").assertProblem(400, "malformed-request");
        var overflow = author.postJson("/api/flags", "{\"contentType\":\"comment\",\"contentId\":"
                + "9223372036854775808,\"reason\":\"SPAM\"}").assertProblem(400, "malformed-request");
        assertThat(overflow.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("contentId");
        author.postJson("/api/flags", "{\"contentType\":\"comment\",\"contentId\":1.5,\"reason\":\"SPAM\"}")
                .assertProblem(400, "malformed-request");
        var flag = author.postJson(path, "{\"text\": \"A comment\", \"replyTo\": \"12\"}")
                .assertProblem(400, "malformed-request");
        assertThat(flag.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("replyTo");
        var bool = http.as(Tokens.citizen()).postJson("/api/engagements/" + openRound("CUSTOMER_SERVICE")
                + "/questions", "{\"title\":\"A title\",\"body\":\"A body\",\"public\":\"yes\"}")
                .assertProblem(400, "malformed-request");
        assertThat(bool.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("public");
        // nothing of it was stored
        assertThat(http.get(path).json().getJsonNumber("total").longValue()).isZero();
    }

    @Test
    void the_api_description_never_allows_credentials_from_any_origin() {
        var reply = http.send("GET", "/openapi", null, null);
        assertThat(reply.status()).isEqualTo(200);
        boolean anyOrigin = reply.header("Access-Control-Allow-Origin").filter("*"::equals).isPresent();
        boolean credentials = reply.header("Access-Control-Allow-Credentials").filter("true"::equalsIgnoreCase)
                .isPresent();
        assertThat(anyOrigin && credentials).as("ACAO * with credentials").isFalse();
        assertThat(credentials).isFalse();
    }

    @Test
    void a_round_offers_only_lifecycle_actions_that_succeed() {
        var draft = officer.postJson("/api/engagements", "{\"title\":\"No dates yet\",\"mode\":\"CONSULTATION\"}")
                .json();
        assertThat(draft.getJsonArray("actions")).isEmpty();
        officer.postJson("/api/engagements/" + draft.getJsonNumber("id") + "/open", "")
                .assertProblem(409, "illegal-transition");
        var dated = officer.postJson("/api/engagements", "{\"title\":\"With a closing time\","
                + "\"mode\":\"CONSULTATION\",\"closesAt\":\"" + Instant.now().plus(Duration.ofDays(2)) + "\"}").json();
        assertThat(dated.getJsonArray("actions").toString()).isEqualTo("[\"open\"]");
        for (var action : dated.getJsonArray("actions").getValuesAs(jakarta.json.JsonString.class)) {
            assertThat(officer.postJson("/api/engagements/" + dated.getJsonNumber("id") + "/" + action.getString(),
                    "").status()).isEqualTo(200);
        }
    }
}

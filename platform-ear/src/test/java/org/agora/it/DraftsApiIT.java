package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Policies, draft versions with stable paragraph keys, diffs, rounds on drafts and the round clock. */
class DraftsApiIT extends WholeApplication {

    static final String V1 = """
            # Cycle lanes on the High Street

            Protected cycle lanes will be built on both sides of the High Street between the station and the market.

            Thirty parking spaces will be removed to make room for the lanes, and loading bays will be kept for \
            deliveries before ten in the morning.

            Bus stops will be moved onto islands so that cyclists pass behind waiting passengers.
            """;

    static final String V2 = """
            # Cycle lanes on the High Street

            Bus stops will be moved onto islands so that cyclists pass behind waiting passengers.

            Protected cycle lanes will be built on both sides of the High Street between the station and the market.

            Twenty parking spaces will be removed to make room for the lanes, and loading bays will be kept for \
            deliveries before eleven in the morning.

            New trees will be planted along the lanes where the pavement is wide enough.
            """;

    String agency;
    Http officer;

    @BeforeEach
    void officer() {
        agency = Tokens.unique("Drafting agency");
        officer = http.as(Tokens.officer(agency));
    }

    static String json(String markdown, String changelog) {
        return Json.createObjectBuilder().add("markdown", markdown).add("changelog", changelog).build().toString();
    }

    long policy() {
        var reply = officer.postJson("/api/policies", "{\"title\":\"High Street cycle lanes\",\"summary\":\"Plan\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    static List<JsonObject> paragraphs(JsonObject version) {
        return version.getJsonArray("paragraphs").getValuesAs(JsonObject.class);
    }

    @Test
    void an_officer_publishes_two_versions_and_paragraphs_keep_their_keys() {
        long id = policy();
        assertThat(http.get("/api/policies/" + id).status()).as("unpublished is not public").isEqualTo(404);

        var v1 = officer.postJson("/api/policies/" + id + "/versions", json(V1, "First draft"));
        assertThat(v1.status()).as(v1.body()).isEqualTo(201);
        var p1 = paragraphs(v1.json());
        assertThat(p1).extracting(p -> p.getString("kind")).containsExactly("HEADING", "PARAGRAPH", "PARAGRAPH",
                "PARAGRAPH");
        assertThat(p1.get(0).getInt("level")).isEqualTo(1);
        assertThat(p1).allMatch(p -> p.getString("origin").equals("NEW"));

        // version 2 uploaded as a Markdown file
        var v2 = officer.send("POST", "/api/policies/" + id + "/versions?changelog=Fewer%20spaces%20removed",
                "text/markdown; charset=UTF-8", V2);
        assertThat(v2.status()).as(v2.body()).isEqualTo(201);
        assertThat(v2.header("Location")).get().asString().endsWith("/api/policies/" + id + "/versions/2");
        var p2 = paragraphs(v2.json());
        assertThat(v2.json().getString("changelog")).isEqualTo("Fewer spaces removed");
        String heading = p1.get(0).getString("key");
        String lanes = p1.get(1).getString("key");
        String parking = p1.get(2).getString("key");
        String buses = p1.get(3).getString("key");
        assertThat(p2).extracting(p -> p.getString("key")).startsWith(heading, buses, lanes, parking);
        assertThat(p2.get(3).getString("origin")).isEqualTo("EDITED");
        assertThat(p2.get(4).getString("origin")).isEqualTo("NEW");
        assertThat(List.of(heading, lanes, parking, buses)).doesNotContain(p2.get(4).getString("key"));

        // anyone can now read both versions and the diff
        assertThat(http.get("/api/policies/" + id + "/versions/1").status()).isEqualTo(200);
        var diff = http.get("/api/policies/" + id + "/diff?from=1&to=2");
        assertThat(diff.status()).as(diff.body()).isEqualTo(200);
        var stats = diff.json().getJsonObject("stats");
        assertThat(stats.getInt("added")).isEqualTo(1);
        assertThat(stats.getInt("removed")).isZero();
        assertThat(stats.getInt("changed")).isEqualTo(1);
        assertThat(stats.getInt("moved")).isEqualTo(1);
        var changed = diff.json().getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("kind").equals("CHANGED")).findFirst().orElseThrow();
        assertThat(changed.getString("key")).isEqualTo(parking);
        assertThat(changed.getJsonArray("words").toString()).contains("{\"op\":\"DELETE\",\"text\":\"Thirty\"}")
                .contains("{\"op\":\"INSERT\",\"text\":\"Twenty\"}");

        var detail = http.get("/api/policies/" + id).json();
        assertThat(detail.getJsonArray("versions").getValuesAs(JsonObject.class))
                .extracting(v -> v.getInt("number")).containsExactly(1, 2);
        assertThat(http.get("/api/policies").body()).contains("\"id\":" + id);
    }

    @Test
    void rounds_on_each_version_form_the_policy_timeline() {
        long id = policy();
        long v1 = versionId(id, V1);
        long v2 = versionId(id, V2);
        long round2 = round("{\"title\":\"Round 2\",\"mode\":\"CONSULTATION\",\"draftVersionId\":" + v2
                + ",\"closesAt\":\"" + Instant.now().plus(Duration.ofDays(9)) + "\",\"settings\":{\"preModeration\":"
                + "true,\"maxCommentLength\":2000,\"slowModeSeconds\":60}}");
        long round1 = round("{\"title\":\"Round 1\",\"mode\":\"CO_DEVELOPMENT\",\"draftVersionId\":" + v1
                + ",\"closesAt\":\"" + Instant.now().plus(Duration.ofDays(3)) + "\"}");
        var settings = officer.get("/api/engagements/" + round2).json().getJsonObject("settings");
        assertThat(settings.getBoolean("preModeration")).isTrue();
        assertThat(settings.getBoolean("commentsEnabled")).isTrue();
        assertThat(settings.getInt("maxCommentLength")).isEqualTo(2000);
        assertThat(settings.getInt("slowModeSeconds")).isEqualTo(60);

        var timeline = http.get("/api/policies/" + id).json().getJsonArray("rounds").getValuesAs(JsonObject.class);
        assertThat(timeline).extracting(r -> r.getJsonNumber("id").longValue()).containsExactly(round1, round2);
        assertThat(timeline).extracting(r -> r.getInt("draftVersion")).containsExactly(1, 2);
    }

    long versionId(long policy, String markdown) {
        var reply = officer.postJson("/api/policies/" + policy + "/versions", json(markdown, ""));
        assertThat(reply.status()).isEqualTo(201);
        return reply.json().getJsonNumber("versionId").longValue();
    }

    long round(String body) {
        var reply = officer.postJson("/api/engagements", body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        long id = reply.json().getJsonNumber("id").longValue();
        assertThat(officer.postJson("/api/engagements/" + id + "/open", "").status()).isEqualTo(200);
        return id;
    }

    @Test
    void bad_drafts_are_refused_clearly_and_nothing_is_stored() {
        long id = policy();
        officer.postJson("/api/policies/" + id + "/versions", json("", "x")).assertProblem(400, "validation");
        officer.postJson("/api/policies/" + id + "/versions", json(" \n\n---\n", "x"))
                .assertProblem(400, "validation");
        var huge = officer.postJson("/api/policies/" + id + "/versions", json("word ".repeat(1_100_000), "x"));
        huge.assertProblem(400, "validation");
        var many = officer.postJson("/api/policies/" + id + "/versions", json("p\n\n".repeat(10_000), "x"))
                .assertProblem(400, "validation");
        assertThat(many.getString("detail")).contains("5000");
        byte[] latin1 = "Caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1);
        var binary = officer.sendBytes("/api/policies/" + id + "/versions", "text/plain", latin1)
                .assertProblem(400, "validation");
        assertThat(binary.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("file");
        officer.send("POST", "/api/policies/" + id + "/versions", "application/pdf", "%PDF-1.7")
                .assertProblem(415, "unsupported-media-type");
        // none of that created a version
        var reply = officer.get("/api/policies/" + id);
        assertThat(reply.json().getJsonArray("versions")).isEmpty();
        assertThat(reply.json().getJsonObject("policy").getInt("latestVersion")).isZero();
    }

    @Test
    void script_in_a_draft_is_shown_as_text_never_run() {
        long id = policy();
        var v1 = officer.postJson("/api/policies/" + id + "/versions",
                json("Hello <script>alert(1)</script> and <img src=x onerror=alert(2)>", "x"));
        String html = paragraphs(v1.json()).get(0).getString("html");
        assertThat(html).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
    }

    @Test
    void only_the_owning_agency_publishes_and_rounds_only_on_its_own_drafts() {
        long id = policy();
        var other = http.as(Tokens.officer(Tokens.unique("Other agency")));
        other.postJson("/api/policies/" + id + "/versions", json(V1, "x")).assertProblem(404, "not-found");
        officer.postJson("/api/policies/" + id + "/versions", json(V1, "x"));
        other.postJson("/api/policies/" + id + "/versions", json(V2, "x")).assertProblem(403, "forbidden");
        http.as(Tokens.citizen()).postJson("/api/policies/" + id + "/versions", json(V2, "x"))
                .assertProblem(403, "forbidden");
        http.postJson("/api/policies/" + id + "/versions", json(V2, "x")).assertProblem(401, "unauthenticated");
        officer.postJson("/api/engagements", "{\"title\":\"Nowhere\",\"mode\":\"CONSULTATION\","
                + "\"draftVersionId\":987654321}").assertProblem(400, "validation");
    }

    @Test
    void a_scheduled_round_opens_and_closes_by_itself() throws Exception {
        Instant opens = Instant.now().plusSeconds(3);
        Instant closes = opens.plusSeconds(6);
        var created = officer.postJson("/api/engagements", "{\"title\":\"Clockwork\",\"mode\":\"BROADCAST\","
                + "\"opensAt\":\"" + opens + "\",\"closesAt\":\"" + closes + "\"}").json();
        long id = created.getJsonNumber("id").longValue();
        assertThat(officer.postJson("/api/engagements/" + id + "/schedule", "").status()).isEqualTo(200);

        awaitState(id, "OPEN", () -> "round " + id + " should open at " + opens);
        awaitState(id, "CLOSED", () -> "round " + id + " should close at " + closes);
        var history = Json.createReader(new StringReader(officer.get("/api/engagements/" + id + "/history").body()))
                .readArray().getValuesAs(JsonObject.class);
        assertThat(history).extracting(h -> h.getString("action")).containsExactly("create", "schedule", "open",
                "close");
        assertThat(history.get(2).getString("actorName")).isEqualTo("Agora round clock");
    }

    void awaitState(long id, String state, Supplier<String> why) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            if (http.get("/api/engagements/" + id).json().getString("state").equals(state)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(why.get());
    }
}

package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Threaded comments: shape, anchors that follow the draft, round settings, idempotency, hostile text. */
class CommentsApiIT extends WholeApplication {

    static final String PARKING = "Thirty parking spaces will be removed, and loading bays will be kept for deliveries.";
    static final String TREES = "New trees will be planted along the lanes.";
    static final String V1 = "# Lanes\n\n" + PARKING + "\n\n" + TREES + "\n";
    static final String V2 = "# Lanes\n\nTwenty parking spaces will be removed, and loading bays will be kept for"
            + " deliveries.\n";

    Http officer;
    Http alice;
    Http ben;

    @BeforeEach
    void people() {
        officer = http.as(Tokens.officer(Tokens.unique("Commenting agency")));
        alice = http.as(Tokens.person(Tokens.unique("alice"), null, "citizen"));
        ben = http.as(Tokens.person(Tokens.unique("ben"), null, "citizen"));
    }

    long openRound(String extra) {
        var created = officer.postJson("/api/engagements", "{\"title\":\"Comment round\",\"mode\":\"CONSULTATION\","
                + "\"closesAt\":\"" + Instant.now().plus(Duration.ofDays(3)) + "\"" + extra + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(officer.postJson("/api/engagements/" + id + "/open", "").status()).isEqualTo(200);
        return id;
    }

    static String comment(String text) {
        return Json.createObjectBuilder().add("text", text).build().toString();
    }

    JsonObject post(Http who, long round, String body) {
        var reply = who.postJson("/api/engagements/" + round + "/comments", body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    @Test
    void threads_nest_three_deep_and_a_deleted_comment_leaves_a_tombstone() {
        long round = openRound("");
        var root = post(alice, round, "{\"text\":\"I **support** this.\",\"stance\":\"SUPPORT\"}");
        long rootId = root.getJsonNumber("id").longValue();
        assertThat(root.getString("html")).contains("<strong>support</strong>");
        var second = post(ben, round, "{\"text\":\"Why?\",\"replyTo\":" + rootId + "}");
        var third = post(alice, round, "{\"text\":\"Safety.\",\"replyTo\":" + second.getJsonNumber("id") + "}");
        var fourth = post(ben, round, "{\"text\":\"Too deep?\",\"replyTo\":" + third.getJsonNumber("id") + "}");
        assertThat(third.getInt("depth")).isEqualTo(3);
        assertThat(fourth.getInt("depth")).isEqualTo(3);
        assertThat(fourth.getJsonNumber("replyTo")).isEqualTo(second.getJsonNumber("id"));

        assertThat(ben.send("DELETE", "/api/comments/" + second.getJsonNumber("id"), null, null).status())
                .isEqualTo(204);
        var thread = http.get("/api/engagements/" + round + "/comments").json().getJsonArray("threads")
                .getJsonObject(0);
        assertThat(thread.getString("stance")).isEqualTo("SUPPORT");
        var tombstone = thread.getJsonArray("replies").getJsonObject(0);
        assertThat(tombstone.getString("state")).isEqualTo("DELETED");
        assertThat(tombstone.containsKey("html")).isFalse();
        assertThat(tombstone.containsKey("author")).isFalse();
        assertThat(tombstone.getJsonArray("replies")).hasSize(2);

        alice.postJson("/api/engagements/" + round + "/comments", "{\"text\":\"x\",\"stance\":\"OPPOSE\",\"replyTo\":"
                + rootId + "}").assertProblem(400, "validation");
        alice.send("DELETE", "/api/comments/" + fourth.getJsonNumber("id"), null, null).assertProblem(403, "forbidden");
    }

    long statementsFor(Http reader, String path) {
        var reply = reader.get(path);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        var timing = reply.header("Server-Timing").orElseThrow();
        var count = java.util.regex.Pattern.compile("sql;desc=\"(\\d+) statements\"").matcher(timing);
        assertThat(count.find()).as(timing).isTrue();
        return Long.parseLong(count.group(1));
    }

    @Test
    void a_page_of_threads_costs_the_same_few_statements_whatever_the_size_of_the_threads() {
        long round = openRound("");
        var first = post(alice, round, comment("First thought."));
        post(ben, round, "{\"text\":\"A reply.\",\"replyTo\":" + first.getJsonNumber("id") + "}");
        String page = "/api/engagements/" + round + "/comments?size=50";
        statementsFor(ben, page); // warm: first reads may fill EclipseLink's caches
        // rendered (the comments changed since the last anonymous read): round + fingerprint, round + 3 for the page
        long small = statementsFor(http, page);
        long smallSignedIn = statementsFor(ben, page);
        long cached = statementsFor(http, page); // unchanged since: served from the page cache

        // different people for each thread: screening holds anyone posting in bursts
        for (int t = 0; t < 16; t++) {
            var writer = http.as(Tokens.person(Tokens.unique("writer"), null, "citizen"));
            var replier = http.as(Tokens.person(Tokens.unique("replier"), null, "citizen"));
            var root = post(writer, round, comment("Thread number " + t));
            var reply = post(replier, round, "{\"text\":\"Reply to " + t + "\",\"replyTo\":" + root.getJsonNumber("id")
                    + "}");
            post(writer, round, "{\"text\":\"Deeper on " + t + "\",\"replyTo\":" + reply.getJsonNumber("id") + "}");
        }
        assertThat(ben.get(page).json().getJsonArray("threads")).hasSize(17);
        long large = statementsFor(http, page);
        long largeSignedIn = statementsFor(ben, page);

        assertThat(small).isPositive().isLessThanOrEqualTo(6);
        assertThat(large).as("statements for 17 threads and 49 comments vs 1 thread").isEqualTo(small);
        assertThat(largeSignedIn).isEqualTo(smallSignedIn).isLessThanOrEqualTo(6);
        assertThat(cached).as("a page unchanged since it was rendered").isLessThan(small).isLessThanOrEqualTo(2);
        assertThat(statementsFor(http, page)).isEqualTo(cached);
        // a change shows at once: the cached page was rendered for an older state of the round's comments
        assertThat(alice.send("PUT", "/api/comments/" + first.getJsonNumber("id"), "application/json",
                "{\"text\":\"First thought, revised.\"}").status()).isEqualTo(200);
        assertThat(http.get(page).body()).contains("First thought, revised.");
    }

    long[] policyRound() {
        long policy = officer.postJson("/api/policies", "{\"title\":\"Lanes\"}").json().getJsonNumber("id")
                .longValue();
        var v1 = officer.postJson("/api/policies/" + policy + "/versions",
                Json.createObjectBuilder().add("markdown", V1).build().toString()).json();
        long round = openRound(",\"draftVersionId\":" + v1.getJsonNumber("versionId"));
        var paragraphs = v1.getJsonArray("paragraphs").getValuesAs(JsonObject.class);
        return new long[] {policy, round, v1.getJsonNumber("versionId").longValue(),
            paragraphs.indexOf(paragraphs.get(1))};
    }

    @Test
    void a_passage_comment_follows_its_paragraph_into_the_next_version_and_a_deleted_one_is_orphaned() {
        long[] ids = policyRound();
        long policy = ids[0];
        long round = ids[1];
        var v1 = officer.get("/api/policies/" + policy + "/versions/1").json().getJsonArray("paragraphs")
                .getValuesAs(JsonObject.class);
        String parkingKey = v1.get(1).getString("key");
        String treesKey = v1.get(2).getString("key");
        int at = PARKING.indexOf("loading bays will be kept");
        var onPassage = post(alice, round, "{\"text\":\"Keep them longer.\",\"anchor\":{\"paragraphKey\":\"" + parkingKey
                + "\",\"exact\":\"loading bays will be kept\",\"position\":" + at + "}}");
        assertThat(onPassage.getJsonObject("anchor").getString("status")).isEqualTo("ANCHORED");
        var onTrees = post(ben, round, "{\"text\":\"More trees!\",\"anchor\":{\"paragraphKey\":\"" + treesKey + "\"}}");

        var counts = http.get("/api/engagements/" + round + "/comments/counts").body();
        assertThat(counts).contains("{\"paragraphKey\":\"" + parkingKey + "\",\"threads\":1}");
        assertThat(http.get("/api/engagements/" + round + "/comments?paragraph=" + parkingKey).json()
                .getJsonNumber("total").longValue()).isEqualTo(1);
        alice.postJson("/api/engagements/" + round + "/comments", "{\"text\":\"x\",\"anchor\":{\"paragraphKey\":\""
                + parkingKey + "\",\"exact\":\"not in the text\"}}").assertProblem(400, "validation");
        alice.postJson("/api/engagements/" + round + "/comments", "{\"text\":\"x\",\"anchor\":{\"paragraphKey\":"
                + "\"pnothere\"}}").assertProblem(400, "validation");

        var v2 = officer.postJson("/api/policies/" + policy + "/versions",
                Json.createObjectBuilder().add("markdown", V2).build().toString()).json();
        var threads = http.get("/api/engagements/" + round + "/comments?sort=oldest").json().getJsonArray("threads")
                .getValuesAs(JsonObject.class);
        var moved = threads.get(0).getJsonObject("anchor");
        assertThat(moved.getString("status")).isEqualTo("ANCHORED");
        assertThat(moved.getJsonNumber("draftVersionId")).isEqualTo(v2.getJsonNumber("versionId"));
        assertThat(moved.getString("paragraphKey")).isEqualTo(parkingKey);
        assertThat(moved.getString("exact")).isEqualTo("loading bays will be kept");
        var orphan = threads.get(1).getJsonObject("anchor");
        assertThat(threads.get(1).getJsonNumber("id")).isEqualTo(onTrees.getJsonNumber("id"));
        assertThat(orphan.getString("status")).isEqualTo("ORPHANED");
        assertThat(orphan.getString("originalParagraphKey")).isEqualTo(treesKey);
        assertThat(threads.get(1).getString("html")).contains("More trees!");
    }

    @Test
    void round_settings_are_honoured() {
        long off = openRound(",\"settings\":{\"commentsEnabled\":false}");
        alice.postJson("/api/engagements/" + off + "/comments", comment("Hello")).assertProblem(409, "comments-off");

        long held = openRound(",\"settings\":{\"preModeration\":true}");
        var pending = post(alice, held, comment("Wait for me"));
        assertThat(pending.getString("state")).isEqualTo("PENDING");
        assertThat(alice.get("/api/engagements/" + held + "/comments").json().getJsonNumber("total").longValue())
                .isEqualTo(1);
        assertThat(ben.get("/api/engagements/" + held + "/comments").json().getJsonNumber("total").longValue())
                .isZero();
        assertThat(http.get("/api/engagements/" + held + "/comments").json().getJsonNumber("total").longValue())
                .isZero();

        long shortOnes = openRound(",\"settings\":{\"maxCommentLength\":100}");
        var tooLong = alice.postJson("/api/engagements/" + shortOnes + "/comments", comment("x".repeat(150)))
                .assertProblem(400, "validation");
        assertThat(tooLong.getString("detail")).contains("100");

        long slow = openRound(",\"settings\":{\"slowModeSeconds\":60}");
        post(alice, slow, comment("First"));
        var again = alice.postJson("/api/engagements/" + slow + "/comments", comment("Second"));
        again.assertProblem(429, "slow-mode");
        assertThat(Long.parseLong(again.header("Retry-After").orElseThrow())).isBetween(1L, 60L);
        post(ben, slow, comment("Others are not slowed"));
    }

    @Test
    void an_author_edits_within_the_window_and_the_history_is_kept_until_deletion() {
        long round = openRound("");
        long id = post(alice, round, comment("First thought")).getJsonNumber("id").longValue();
        var edited = alice.send("PUT", "/api/comments/" + id, "application/json", comment("Second *thought*"));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().getString("html")).contains("<em>thought</em>");
        assertThat(edited.json().containsKey("editedAt")).isTrue();
        var history = http.get("/api/comments/" + id + "/revisions").body();
        assertThat(history).contains("First thought").contains("\"revision\":1");
        ben.send("PUT", "/api/comments/" + id, "application/json", comment("Hijack")).assertProblem(403, "forbidden");
        alice.send("PUT", "/api/comments/" + id, "application/json", "{\"text\":\"\"}")
                .assertProblem(400, "validation");

        assertThat(alice.send("DELETE", "/api/comments/" + id, null, null).status()).isEqualTo(204);
        assertThat(http.get("/api/comments/" + id + "/revisions").body()).isEqualTo("[]");
        alice.send("PUT", "/api/comments/" + id, "application/json", comment("Back?")).assertProblem(404,
                "not-found");
    }

    @Test
    void a_retried_post_with_the_same_idempotency_key_creates_one_comment() {
        long round = openRound("");
        var first = alice.postJson("/api/engagements/" + round + "/comments", comment("Once"), "Idempotency-Key",
                "retry-123");
        var retry = alice.postJson("/api/engagements/" + round + "/comments", comment("Once"), "Idempotency-Key",
                "retry-123");
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().getJsonNumber("id")).isEqualTo(first.json().getJsonNumber("id"));
        assertThat(http.get("/api/engagements/" + round + "/comments").json().getJsonNumber("total").longValue())
                .isEqualTo(1);
    }

    @Test
    void a_closed_round_takes_no_comments_and_endorsements_count_once() {
        long round = openRound("");
        long id = post(alice, round, comment("Endorse me")).getJsonNumber("id").longValue();
        assertThat(ben.postJson("/api/comments/" + id + "/endorsements", "").json().getInt("endorsements"))
                .isEqualTo(1);
        ben.postJson("/api/comments/" + id + "/endorsements", "").assertProblem(409, "already-endorsed");
        alice.postJson("/api/comments/" + id + "/endorsements", "").assertProblem(409, "own-comment");
        assertThat(http.get("/api/engagements/" + round + "/comments?sort=endorsed").json().getJsonArray("threads")
                .getJsonObject(0).getInt("endorsements")).isEqualTo(1);

        officer.postJson("/api/engagements/" + round + "/close", "");
        alice.postJson("/api/engagements/" + round + "/comments", comment("Too late"))
                .assertProblem(409, "round-not-open");
    }

    @Test
    void hostile_text_is_stored_inert_or_refused_never_a_500() {
        long round = openRound("");
        var hostile = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "[x](javascript:alert(3))",
                "Normal \u202Eevil\u202C text", "zero\u200Bwidth", "nul\u0000byte", "<b onclick=\"x()\">bold</b>");
        for (String text : hostile) {
            var reply = ben.postJson("/api/engagements/" + round + "/comments", comment(text));
            assertThat(reply.status()).as(text).isEqualTo(201);
            String html = reply.json().getString("html");
            var tags = java.util.regex.Pattern.compile("<[^>]*>").matcher(html).results()
                    .map(java.util.regex.MatchResult::group).toList();
            assertThat(tags).as(text).allSatisfy(tag -> assertThat(tag.toLowerCase()).doesNotContain("script")
                    .doesNotContain(" on").doesNotContain("javascript").doesNotContain("<img"));
            assertThat(html).doesNotContain("\u0000");
        }
        ben.postJson("/api/engagements/" + round + "/comments", comment("x".repeat(1_000_000)))
                .assertProblem(400, "validation");
    }
}

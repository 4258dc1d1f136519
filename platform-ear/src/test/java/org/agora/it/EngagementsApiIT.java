package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engagements REST API against the whole EAR in a real WildFly with EclipseLink and the H2 datasource. */
class EngagementsApiIT extends WholeApplication {

    /** Each test acts as an officer of an agency of its own, so it sees exactly its own drafts. */
    String agency;

    @BeforeEach
    void client() {
        agency = unique("Agency");
        http = new Http(base).as(Tokens.officer(agency));
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static String round(String title, String mode, Instant opensAt, Instant closesAt) {
        return "{\"title\":\"" + title + "\",\"summary\":\"What do you think?\",\"mode\":\"" + mode + "\""
                + (opensAt == null ? "" : ",\"opensAt\":\"" + opensAt + "\"")
                + (closesAt == null ? "" : ",\"closesAt\":\"" + closesAt + "\"") + "}";
    }

    static Instant inDays(int days) {
        return Instant.now().plus(Duration.ofDays(days));
    }

    JsonObject created(String mode, Instant opensAt, Instant closesAt) {
        var reply = http.postJson("/api/engagements", round(unique("Round"), mode, opensAt, closesAt));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    static List<String> actions(JsonObject round) {
        return round.getJsonArray("actions").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .toList();
    }

    @Test
    void a_created_round_is_a_draft_with_its_location_and_version() {
        String title = unique("Cycle lanes");
        var reply = http.postJson("/api/engagements", round(title, "CONSULTATION", inDays(1), inDays(30)));

        assertThat(reply.status()).isEqualTo(201);
        var created = reply.json();
        long id = created.getJsonNumber("id").longValue();
        assertThat(reply.header("Location")).get().asString().endsWith("/api/engagements/" + id);
        assertThat(reply.header("ETag")).contains("\"" + created.getInt("version") + "\"");
        assertThat(created.getString("title")).isEqualTo(title);
        assertThat(created.getString("state")).isEqualTo("DRAFT");
        assertThat(created.getString("mode")).isEqualTo("CONSULTATION");
        assertThat(created.getString("agency")).isEqualTo(agency);
        assertThat(actions(created)).containsExactly("schedule", "open");

        var fetched = http.get("/api/engagements/" + id);
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.json().getString("title")).isEqualTo(title);
        assertThat(fetched.json().getString("closesAt")).isEqualTo(created.getString("closesAt"));
    }

    @Test
    void a_round_goes_through_its_whole_lifecycle() {
        long id = created("CO_DEVELOPMENT", null, inDays(10)).getJsonNumber("id").longValue();

        var opened = http.postJson("/api/engagements/" + id + "/open", "");
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        assertThat(opened.json().getString("state")).isEqualTo("OPEN");
        assertThat(actions(opened.json())).containsExactly("close");

        var closed = http.postJson("/api/engagements/" + id + "/close", "");
        assertThat(closed.json().getString("state")).isEqualTo("CLOSED");
        assertThat(Instant.parse(closed.json().getString("closesAt"))).isBefore(inDays(1));

        assertThat(http.postJson("/api/engagements/" + id + "/publish-outcome", "").json().getString("state"))
                .isEqualTo("OUTCOME_PUBLISHED");
        var archived = http.postJson("/api/engagements/" + id + "/archive", "");
        assertThat(archived.json().getString("state")).isEqualTo("ARCHIVED");
        assertThat(actions(archived.json())).isEmpty();
    }

    @Test
    void a_future_round_can_be_scheduled() {
        long id = created("BROADCAST", inDays(2), inDays(9)).getJsonNumber("id").longValue();
        var scheduled = http.postJson("/api/engagements/" + id + "/schedule", "");
        assertThat(scheduled.status()).isEqualTo(200);
        assertThat(scheduled.json().getString("state")).isEqualTo("SCHEDULED");
    }

    @Test
    void an_illegal_transition_is_a_409_that_changes_nothing() {
        var draft = created("CONSULTATION", null, inDays(5));
        long id = draft.getJsonNumber("id").longValue();

        var refused = http.postJson("/api/engagements/" + id + "/close", "");

        var problem = refused.assertProblem(409, "illegal-transition");
        assertThat(problem.getString("detail")).contains("draft").contains("only possible from open");
        assertThat(problem.getString("state")).isEqualTo("DRAFT");
        assertThat(problem.getJsonArray("allowedActions").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).containsExactly("schedule", "open");
        assertThat(problem.getString("instance")).isEqualTo("/api/engagements/" + id + "/close");
        var after = http.get("/api/engagements/" + id).json();
        assertThat(after.getString("state")).isEqualTo("DRAFT");
        assertThat(after.getInt("version")).isEqualTo(draft.getInt("version"));
    }

    @Test
    void a_round_cannot_open_without_a_closing_time() {
        long id = created("CUSTOMER_SERVICE", null, null).getJsonNumber("id").longValue();
        var problem = http.postJson("/api/engagements/" + id + "/open", "").assertProblem(409, "illegal-transition");
        assertThat(problem.getString("detail")).contains("no closing time");
        assertThat(http.get("/api/engagements/" + id).json().getString("state")).isEqualTo("DRAFT");
    }

    @Test
    void a_stale_if_match_is_refused_and_a_current_one_accepted() {
        var draft = created("CONSULTATION", null, inDays(5));
        long id = draft.getJsonNumber("id").longValue();
        String current = "\"" + draft.getInt("version") + "\"";

        var stale = http.postJson("/api/engagements/" + id + "/open", "", "If-Match", "\"999\"");
        stale.assertProblem(409, "edit-conflict");
        assertThat(http.get("/api/engagements/" + id).json().getString("state")).isEqualTo("DRAFT");

        var fresh = http.postJson("/api/engagements/" + id + "/open", "", "If-Match", current);
        assertThat(fresh.status()).isEqualTo(200);

        var garbage = http.postJson("/api/engagements/" + id + "/close", "", "If-Match", "yesterday");
        var problem = garbage.assertProblem(400, "validation");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("If-Match");
    }

    @Test
    void listing_filters_by_state_and_mode_and_pages_never_repeat_or_skip() {
        var mine = new HashSet<Long>();
        for (int i = 0; i < 7; i++) {
            mine.add(created("BROADCAST", null, inDays(3 + i)).getJsonNumber("id").longValue());
        }
        created("CONSULTATION", null, inDays(3)); // other mode: must not appear

        for (String sort : List.of("newest", "closing")) {
            var seen = new ArrayList<Long>();
            long total = -1;
            for (int page = 0; page < 1000; page++) {
                var reply = http.get("/api/engagements?state=DRAFT&mode=BROADCAST&size=3&sort=" + sort
                        + "&page=" + page);
                assertThat(reply.status()).isEqualTo(200);
                var body = reply.json();
                total = body.getJsonNumber("total").longValue();
                var items = body.getJsonArray("items").getValuesAs(JsonObject.class);
                for (var item : items) {
                    assertThat(item.getString("state")).isEqualTo("DRAFT");
                    assertThat(item.getString("mode")).isEqualTo("BROADCAST");
                    seen.add(item.getJsonNumber("id").longValue());
                }
                if (items.size() < 3) {
                    break;
                }
            }
            assertThat(seen).as("sort=%s", sort).doesNotHaveDuplicates().hasSize((int) total).containsAll(mine);
        }
    }

    @Test
    void closing_order_lists_the_soonest_closing_first() {
        var later = created("CUSTOMER_SERVICE", null, inDays(400)).getJsonNumber("id").longValue();
        var sooner = created("CUSTOMER_SERVICE", null, inDays(200)).getJsonNumber("id").longValue();
        var all = new ArrayList<Long>();
        for (int page = 0; ; page++) {
            var items = http.get("/api/engagements?mode=customer_service&state=draft&sort=closing&size=100&page="
                    + page).json().getJsonArray("items").getValuesAs(JsonObject.class);
            items.forEach(i -> all.add(i.getJsonNumber("id").longValue()));
            if (items.size() < 100) {
                break;
            }
        }
        assertThat(all.indexOf(sooner)).isNotNegative().isLessThan(all.indexOf(later));
    }

    @Test
    void every_invalid_field_is_listed() {
        var problem = http.postJson("/api/engagements", "{\"title\":\"ab\",\"mode\":\"PARTY\"}")
                .assertProblem(400, "validation");
        var fields = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertThat(fields).containsExactly("mode", "title");
        assertThat(problem.getString("instance")).isEqualTo("/api/engagements");
    }

    @Test
    void a_round_that_closes_before_it_opens_is_refused() {
        var problem = http.postJson("/api/engagements", round("Backwards", "CONSULTATION", inDays(9), inDays(2)))
                .assertProblem(400, "validation");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("closesAt");
    }

    @Test
    void an_overlong_title_is_refused_with_its_limit() {
        var problem = http.postJson("/api/engagements", round("x".repeat(201), "CONSULTATION", null, null))
                .assertProblem(400, "validation");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("message")).contains("200");
    }

    @Test
    void a_missing_body_is_a_validation_problem() {
        var problem = http.postJson("/api/engagements", "").assertProblem(400, "validation");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("request");
    }

    @Test
    void malformed_json_and_wrong_types_are_400_not_500() {
        http.postJson("/api/engagements", "{\"title\": broken").assertProblem(400, "malformed-request");
        http.postJson("/api/engagements", "[1,2,3]").assertProblem(400, "malformed-request");
        http.postJson("/api/engagements", round("Bad date", "CONSULTATION", null, null)
                .replace("}", ",\"closesAt\":\"next tuesday\"}")).assertProblem(400, "malformed-request");
    }

    @Test
    void a_body_that_is_not_json_is_415() {
        http.send("POST", "/api/engagements", "text/plain", "title=hello").assertProblem(415,
                "unsupported-media-type");
    }

    @Test
    void bad_query_parameters_are_named() {
        var problem = http.get("/api/engagements?state=PARTYING&mode=X&page=-1&size=1000&sort=random")
                .assertProblem(400, "validation");
        var fields = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertThat(fields).containsExactly("mode", "page", "size", "sort", "state");
    }

    @Test
    void unknown_rounds_actions_and_paths_are_404_problems() {
        http.get("/api/engagements/987654321").assertProblem(404, "not-found");
        http.get("/api/engagements/not-a-number").assertProblem(404, "not-found");
        http.get("/api/engagements/99999999999999999999999").assertProblem(404, "not-found");
        http.get("/api/no-such-thing").assertProblem(404, "not-found");
        long id = created("CONSULTATION", null, inDays(4)).getJsonNumber("id").longValue();
        var problem = http.postJson("/api/engagements/" + id + "/explode", "").assertProblem(404, "not-found");
        assertThat(problem.getString("detail")).contains("schedule, open, close");
    }

    @Test
    void a_wrong_method_is_405_with_allow() {
        var reply = http.send("DELETE", "/api/engagements", null, null);
        reply.assertProblem(405, "method-not-allowed");
        assertThat(reply.header("Allow")).get().asString().contains("GET").contains("POST");
    }

    Http.Reply patch(long id, String body) {
        return http.send("PATCH", "/api/engagements/" + id, "application/json", body);
    }

    @Test
    void an_officer_extends_an_open_rounds_deadline_with_a_note_the_public_reads_and_the_history_keeps() {
        var round = created("CONSULTATION", null, inDays(5));
        long id = round.getJsonNumber("id").longValue();
        assertThat(http.postJson("/api/engagements/" + id + "/open", "").status()).isEqualTo(200);
        Instant later = inDays(12).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        // a new deadline of a public round needs a note
        var bare = patch(id, "{\"closesAt\":\"" + later + "\"}").assertProblem(400, "validation");
        assertThat(bare.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("note");
        var changed = patch(id, "{\"closesAt\":\"" + later + "\",\"note\":\"Extended after residents asked for"
                + " more time over the holidays.\",\"title\":\"Cycle lanes, extended\","
                + "\"settings\":{\"preModeration\":true}}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        var view = changed.json();
        assertThat(Instant.parse(view.getString("closesAt"))).isEqualTo(later);
        assertThat(view.getString("title")).isEqualTo("Cycle lanes, extended");
        assertThat(view.getJsonObject("settings").getBoolean("preModeration")).isTrue();
        // anyone reading the round sees the announcement
        var announced = new Http(base).get("/api/engagements/" + id).json().getJsonArray("announcements")
                .getJsonObject(0);
        assertThat(announced.getString("note")).contains("more time over the holidays");
        assertThat(Instant.parse(announced.getString("closesAt"))).isEqualTo(later);
        assertThat(announced.containsKey("previousClosesAt")).isTrue();
        var history = http.get("/api/engagements/" + id + "/history").jsonArray().getValuesAs(JsonObject.class);
        assertThat(history).extracting(e -> e.getString("action")).containsSubsequence("open", "change-dates",
                "change");
        assertThat(history).filteredOn(e -> e.getString("action").equals("change-dates")).singleElement()
                .satisfies(e -> assertThat(e.getString("details")).contains("closes"))
                .satisfies(e -> assertThat(e.getString("publicNote")).contains("holidays"));
        assertThat(history).filteredOn(e -> e.getString("action").equals("change")).singleElement()
                .satisfies(e -> assertThat(e.getString("details")).contains("title").contains("preModeration=true"));
        // a deadline already passed is refused; the opening time of an open round does not move
        patch(id, "{\"closesAt\":\"" + Instant.now().minusSeconds(60) + "\",\"note\":\"x\"}")
                .assertProblem(400, "validation");
        patch(id, "{\"opensAt\":\"" + inDays(1) + "\"}").assertProblem(400, "validation");
    }

    @Test
    void a_closed_round_keeps_its_dates_and_another_agency_cannot_change_a_round() {
        var round = created("CONSULTATION", null, inDays(5));
        long id = round.getJsonNumber("id").longValue();
        assertThat(http.postJson("/api/engagements/" + id + "/open", "").status()).isEqualTo(200);
        assertThat(http.postJson("/api/engagements/" + id + "/close", "").status()).isEqualTo(200);
        patch(id, "{\"closesAt\":\"" + inDays(9) + "\",\"note\":\"Reopen?\"}")
                .assertProblem(409, "round-unchangeable");
        // the summary can still be corrected (a typo in the record)
        assertThat(patch(id, "{\"summary\":\"What do you think of the cycle lanes?\"}").status()).isEqualTo(200);
        new Http(base).as(Tokens.officer(unique("Other agency"))).send("PATCH", "/api/engagements/" + id,
                "application/json", "{\"title\":\"Mine now\"}").assertProblem(403, "forbidden");
        // a draft's dates change freely and without a public note: nobody has seen it yet
        var draft = created("CONSULTATION", inDays(2), inDays(9));
        long d = draft.getJsonNumber("id").longValue();
        var moved = patch(d, "{\"opensAt\":\"" + inDays(3) + "\",\"closesAt\":\"" + inDays(20) + "\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().getJsonArray("announcements")).isEmpty();
    }
}

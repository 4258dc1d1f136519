package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Broadcast rounds: officers post, edit and withdraw updates with sources; people react; reach counts readers. */
class BroadcastsApiIT extends WholeApplication {

    String agency;
    Http officer;
    Http alice;
    Http ben;

    @BeforeEach
    void people() {
        agency = Tokens.unique("Broadcasting agency");
        officer = http.as(Tokens.officer(agency));
        alice = http.as(Tokens.person(Tokens.unique("alice"), null, "citizen"));
        ben = http.as(Tokens.person(Tokens.unique("ben"), null, "citizen"));
    }

    long round(String mode, boolean open) {
        var created = officer.postJson("/api/engagements", "{\"title\":\"Ring road works\",\"mode\":\"" + mode
                + "\",\"closesAt\":\"" + Instant.now().plus(Duration.ofDays(3)) + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        if (open) {
            assertThat(officer.postJson("/api/engagements/" + id + "/open", "").status()).isEqualTo(200);
        }
        return id;
    }

    static String update(String title, String body, String sources) {
        return "{\"title\":" + Json.createValue(title) + ",\"body\":" + Json.createValue(body) + ",\"sources\":"
                + sources + "}";
    }

    static final String SOURCES = "[{\"url\":\"https://example.org/traffic-report\",\"title\":\"Traffic report\","
            + "\"quote\":\"Works end on 12 May\"},{\"url\":\"http://example.org/map\",\"title\":\"Map of diversions\"}]";

    JsonObject post(long round, String body) {
        var reply = officer.postJson("/api/engagements/" + round + "/updates", body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.header("Location")).get().asString().endsWith("/api/updates/" + reply.json().getJsonNumber("id"));
        return reply.json();
    }

    @Test
    void an_officer_posts_an_update_with_sources_and_everyone_reads_it_rendered_and_sanitised() {
        long round = round("BROADCAST", true);
        var posted = post(round, update("Lane closure", "The **north** lane closes.\n\n<script>alert(1)</script>",
                SOURCES));
        assertThat(posted.getString("html")).contains("<strong>north</strong>").doesNotContain("<script");
        assertThat(posted.getString("state")).isEqualTo("PUBLISHED");
        assertThat(posted.getString("agency")).isEqualTo(agency);
        assertThat(posted.getJsonArray("sources")).hasSize(2);
        assertThat(posted.getJsonArray("sources").getJsonObject(0).getString("quote")).isEqualTo("Works end on 12 May");

        var page = http.get("/api/engagements/" + round + "/updates").json();
        assertThat(page.getJsonNumber("total").longValue()).isEqualTo(1);
        var item = page.getJsonArray("items").getJsonObject(0);
        assertThat(item.getString("title")).isEqualTo("Lane closure");
        assertThat(item.getJsonArray("sources").getJsonObject(1).getString("url")).isEqualTo("http://example.org/map");
        assertThat(item.containsKey("markdown")).as("only editors see the Markdown").isFalse();
        assertThat(item.getBoolean("canManage")).isFalse();
        var single = officer.get("/api/updates/" + posted.getJsonNumber("id")).json();
        assertThat(single.getString("markdown")).startsWith("The **north** lane");
        assertThat(single.getBoolean("canManage")).isTrue();
    }

    @Test
    void pinned_updates_come_first_then_the_newest() {
        long round = round("BROADCAST", true);
        post(round, update("First", "One.", "[]"));
        post(round, "{\"title\":\"Pinned\",\"body\":\"Read me first.\",\"pinned\":true}");
        post(round, update("Third", "Three.", "[]"));
        var items = http.get("/api/engagements/" + round + "/updates?size=2").json();
        assertThat(items.getJsonNumber("total").longValue()).isEqualTo(3);
        assertThat(items.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("title")).containsExactly("Pinned", "Third");
    }

    @Test
    void an_edit_replaces_text_and_sources_and_shows_as_edited() {
        long round = round("BROADCAST", true);
        long id = post(round, update("Closure", "Closed until Friday.", SOURCES)).getJsonNumber("id").longValue();
        var edited = officer.send("PUT", "/api/updates/" + id, "application/json",
                update("Closure (corrected)", "Closed until *Monday*.",
                        "[{\"url\":\"https://example.org/new\",\"title\":\"New notice\"}]"));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        var read = http.get("/api/updates/" + id).json();
        assertThat(read.getString("title")).isEqualTo("Closure (corrected)");
        assertThat(read.getString("html")).contains("<em>Monday</em>");
        assertThat(read.getString("editedAt")).isNotBlank();
        assertThat(read.getJsonArray("sources")).hasSize(1);
        assertThat(read.getJsonArray("sources").getJsonObject(0).getString("title")).isEqualTo("New notice");
    }

    @Test
    void a_withdrawn_update_stays_listed_as_a_tombstone_and_takes_no_more_edits_or_reactions() {
        long round = round("BROADCAST", true);
        long id = post(round, update("Wrong date", "Closed on the 3rd.", SOURCES)).getJsonNumber("id").longValue();
        assertThat(alice.send("PUT", "/api/updates/" + id + "/reaction", "application/json",
                "{\"reaction\":\"HELPFUL\"}").status()).isEqualTo(200);
        var withdrawn = officer.postJson("/api/updates/" + id + "/withdrawal", "{\"reason\":\"The date was wrong.\"}");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);

        var tombstone = http.get("/api/engagements/" + round + "/updates").json().getJsonArray("items")
                .getJsonObject(0);
        assertThat(tombstone.getString("state")).isEqualTo("WITHDRAWN");
        assertThat(tombstone.getString("title")).isEqualTo("Wrong date");
        assertThat(tombstone.getString("withdrawnAt")).isNotBlank();
        assertThat(tombstone.getString("withdrawalReason")).isEqualTo("The date was wrong.");
        assertThat(tombstone.containsKey("html")).isFalse();
        assertThat(tombstone.getJsonArray("sources")).isEmpty();
        assertThat(tombstone.getInt("helpful")).isEqualTo(1);

        alice.send("PUT", "/api/updates/" + id + "/reaction", "application/json", "{\"reaction\":\"NOT_HELPFUL\"}")
                .assertProblem(409, "update-withdrawn");
        officer.send("PUT", "/api/updates/" + id, "application/json", update("Again", "Again.", "[]"))
                .assertProblem(409, "update-withdrawn");
        officer.postJson("/api/updates/" + id + "/withdrawal", "{}").assertProblem(409, "update-withdrawn");
    }

    @Test
    void one_reaction_per_person_changeable_and_removable_and_each_sees_their_own() {
        long round = round("BROADCAST", true);
        long id = post(round, update("Diversion", "Use the east road.", "[]")).getJsonNumber("id").longValue();
        String path = "/api/updates/" + id + "/reaction";
        var first = alice.send("PUT", path, "application/json", "{\"reaction\":\"HELPFUL\"}");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        alice.send("PUT", path, "application/json", "{\"reaction\":\"HELPFUL\"}");
        ben.send("PUT", path, "application/json", "{\"reaction\":\"HELPFUL\"}");
        var counted = http.get("/api/updates/" + id).json();
        assertThat(counted.getInt("helpful")).as("once per person").isEqualTo(2);
        assertThat(counted.containsKey("myReaction")).isFalse();

        var changed = alice.send("PUT", path, "application/json", "{\"reaction\":\"NOT_HELPFUL\"}").json();
        assertThat(changed.getInt("helpful")).isEqualTo(1);
        assertThat(changed.getInt("notHelpful")).isEqualTo(1);
        assertThat(changed.getString("myReaction")).isEqualTo("NOT_HELPFUL");
        assertThat(ben.get("/api/updates/" + id).json().getString("myReaction")).isEqualTo("HELPFUL");

        var removed = alice.send("DELETE", path, null, null);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().getInt("notHelpful")).isZero();
        assertThat(removed.json().containsKey("myReaction")).isFalse();
        assertThat(alice.send("DELETE", path, null, null).status()).as("removing nothing is fine").isEqualTo(200);

        alice.send("PUT", path, "application/json", "{\"reaction\":\"LOVE\"}").assertProblem(400, "validation");
        http.send("PUT", path, "application/json", "{\"reaction\":\"HELPFUL\"}").assertProblem(401, "unauthenticated");
    }

    @Test
    void reach_counts_each_reader_once_a_day_and_only_the_agency_sees_it() {
        long round = round("BROADCAST", true);
        long first = post(round, update("First", "One.", "[]")).getJsonNumber("id").longValue();
        long second = post(round, update("Second", "Two.", "[]")).getJsonNumber("id").longValue();
        // alice reads the list twice and the first update once more: she counts once for each update
        alice.get("/api/engagements/" + round + "/updates");
        alice.get("/api/engagements/" + round + "/updates");
        alice.get("/api/updates/" + first);
        // ben reads only the first update
        ben.get("/api/updates/" + first);
        // two anonymous browsers on the same address, and one of them again
        anonymous("Browser A").get("/api/updates/" + first);
        anonymous("Browser A").get("/api/updates/" + first);
        anonymous("Browser B").get("/api/updates/" + first);
        // the agency's own reading does not count
        officer.get("/api/engagements/" + round + "/updates");

        var reach = officer.get("/api/engagements/" + round + "/updates/reach");
        assertThat(reach.status()).as(reach.body()).isEqualTo(200);
        var report = reach.json();
        var perUpdate = report.getJsonArray("updates").getValuesAs(JsonObject.class);
        assertThat(perUpdate).extracting(o -> o.getJsonNumber("id").longValue()).containsExactly(second, first);
        assertThat(perUpdate.get(1).getInt("reach")).as("alice, ben, browser A, browser B").isEqualTo(4);
        assertThat(perUpdate.get(1).getInt("readersToday")).isEqualTo(4);
        assertThat(perUpdate.get(0).getInt("reach")).as("alice").isEqualTo(1);
        assertThat(report.getInt("reach")).isEqualTo(5);

        alice.get("/api/engagements/" + round + "/updates/reach").assertProblem(403, "forbidden");
        http.as(Tokens.officer(Tokens.unique("Other agency"))).get("/api/engagements/" + round + "/updates/reach")
                .assertProblem(403, "forbidden");
        assertThat(http.as(Tokens.admin()).get("/api/engagements/" + round + "/updates/reach").status())
                .isEqualTo(200);
    }

    @Test
    void refusals_are_problem_documents_with_stable_types() {
        long broadcast = round("BROADCAST", true);
        long consultation = round("CONSULTATION", true);
        String body = update("Title", "Text.", "[]");
        officer.postJson("/api/engagements/" + consultation + "/updates", body)
                .assertProblem(409, "not-a-broadcast-round");
        http.get("/api/engagements/" + consultation + "/updates").assertProblem(409, "not-a-broadcast-round");
        http.as(Tokens.officer(Tokens.unique("Other agency"))).postJson("/api/engagements/" + broadcast + "/updates",
                body).assertProblem(403, "forbidden");
        alice.postJson("/api/engagements/" + broadcast + "/updates", body).assertProblem(403, "forbidden");
        http.postJson("/api/engagements/" + broadcast + "/updates", body).assertProblem(401, "unauthenticated");
        officer.postJson("/api/engagements/99999999/updates", body).assertProblem(404, "not-found");
        http.get("/api/updates/99999999").assertProblem(404, "not-found");

        var invalid = officer.postJson("/api/engagements/" + broadcast + "/updates",
                update("Title", "Text.", "[{\"url\":\"javascript:alert(1)\",\"title\":\"Evil\"}]"))
                .assertProblem(400, "validation");
        assertThat(invalid.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("sources[0].url");
        officer.postJson("/api/engagements/" + broadcast + "/updates", "{\"title\":\"\",\"body\":\"x\"}")
                .assertProblem(400, "validation");
        officer.postJson("/api/engagements/" + broadcast + "/updates",
                update("Title", "Text.", "[{\"url\":\"https://example.org/" + "a".repeat(2000) + "\",\"title\":\"Long\"}]"))
                .assertProblem(400, "validation");

        long id = post(broadcast, body).getJsonNumber("id").longValue();
        http.as(Tokens.officer(Tokens.unique("Other agency"))).postJson("/api/updates/" + id + "/withdrawal", "{}")
                .assertProblem(403, "forbidden");
        http.as(Tokens.officer(Tokens.unique("Other agency"))).send("PUT", "/api/updates/" + id, "application/json",
                body).assertProblem(403, "forbidden");

        // a draft round is not open for updates (and invisible to others); a closed one takes no more reactions
        long draft = round("BROADCAST", false);
        officer.postJson("/api/engagements/" + draft + "/updates", body).assertProblem(409, "round-not-open");
        assertThat(officer.postJson("/api/engagements/" + broadcast + "/close", "").status()).isEqualTo(200);
        alice.send("PUT", "/api/updates/" + id + "/reaction", "application/json", "{\"reaction\":\"HELPFUL\"}")
                .assertProblem(409, "round-not-open");
        officer.postJson("/api/engagements/" + broadcast + "/updates", body).assertProblem(409, "round-not-open");
        assertThat(officer.postJson("/api/updates/" + id + "/withdrawal", "{}").status())
                .as("withdrawing stays possible after closing").isEqualTo(200);
    }

    /** A client without a token that sends its own User-Agent, as a different browser on the same machine would. */
    Anonymous anonymous(String userAgent) {
        return new Anonymous(URI.create(base.toExternalForm()), userAgent);
    }

    record Anonymous(URI base, String userAgent) {
        int get(String path) {
            try {
                return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(path.substring(1)))
                        .header("User-Agent", userAgent).GET().build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}

package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The demo data the README's run command shows is seeded into the test server's fresh database too
 * ({@code agora.demo.enabled}, arquillian.xml), so a broken seed fails the build instead of the first demo: an open
 * round of every mode, each with content of its own.
 */
class DemoDataIT extends WholeApplication {

    /**
     * Every open round by title, page by page (newest first); where a test reused a demo title, the oldest round of
     * that title, which is the demo's.
     */
    Map<String, JsonObject> openRoundsByTitle() {
        var all = new java.util.ArrayList<JsonObject>();
        for (int page = 0; page < 100; page++) {
            var items = http.get("/api/engagements?state=OPEN&size=100&page=" + page).json().getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            all.addAll(items);
            if (items.size() < 100) {
                break;
            }
        }
        return all.stream().collect(Collectors.toMap(r -> r.getString("title"), r -> r, (newer, older) -> older));
    }

    long id(JsonObject round) {
        return round.getJsonNumber("id").longValue();
    }

    @Test
    void the_demo_has_an_open_round_of_every_mode_with_content() {
        var rounds = openRoundsByTitle();
        assertThat(rounds).as("seeded when the database was created; `mvn clean verify` starts from a fresh one")
                .containsKeys("Cycle lanes on the High Street: revised plan", "Ideas for the riverside park",
                        "Ask the permits desk", "Road works on the ring road: weekly updates");
        assertThat(rounds.values().stream().map(r -> r.getString("mode")).distinct())
                .contains("CONSULTATION", "CO_DEVELOPMENT", "CUSTOMER_SERVICE", "BROADCAST");

        long consultation = id(rounds.get("Cycle lanes on the High Street: revised plan"));
        assertThat(http.get("/api/engagements/" + consultation + "/comments").json().getInt("total")).isPositive();

        long ideas = id(rounds.get("Ideas for the riverside park"));
        var ideaPage = http.get("/api/engagements/" + ideas + "/ideas").json();
        assertThat(ideaPage.getInt("total")).isEqualTo(5);
        assertThat(ideaPage.getJsonObject("byStatus").getInt("ACCEPTED")).isEqualTo(1);
        assertThat(ideaPage.getJsonObject("byStatus").getInt("DUPLICATE")).isEqualTo(1);
        var top = ideaPage.getJsonArray("items").getJsonObject(0);
        assertThat(top.getString("kind")).isEqualTo("AMENDMENT");
        assertThat(top.getJsonObject("amendment").getBoolean("staged")).isTrue();

        long desk = id(rounds.get("Ask the permits desk"));
        assertThat(http.get("/api/engagements/" + desk + "/faq").jsonArray()).isNotEmpty();
        assertThat(http.get("/api/engagements/" + desk + "/questions").json().getInt("total")).isPositive();
        // a reported advert on the desk waits in the moderators' queue
        var deskQueue = http.as(Tokens.person(Tokens.unique("maya"), null, "moderator"))
                .get("/api/moderation/cases?round=" + desk).json().getJsonArray("cases");
        assertThat(deskQueue.toString()).contains("\"contentType\":\"question\"").contains("Cheap parking");

        long updates = id(rounds.get("Road works on the ring road: weekly updates"));
        assertThat(http.get("/api/engagements/" + updates + "/updates").json().getInt("total")).isEqualTo(3);
    }
}

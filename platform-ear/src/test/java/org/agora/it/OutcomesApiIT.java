package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** "You said, we did": dispositions linked to the answering version, and the outcome report as JSON and CSV. */
class OutcomesApiIT extends WholeApplication {

    @Test
    void an_officer_records_what_was_done_and_the_published_outcome_shows_it_per_paragraph() {
        String agency = Tokens.unique("Outcome agency");
        var officer = http.as(Tokens.officer(agency));
        var alice = http.as(Tokens.person(Tokens.unique("alice"), null, "citizen"));
        var ben = http.as(Tokens.person(Tokens.unique("ben"), null, "citizen"));
        long policy = officer.postJson("/api/policies", "{\"title\":\"Permits\"}").json().getJsonNumber("id")
                .longValue();
        var v1 = officer.postJson("/api/policies/" + policy + "/versions", Json.createObjectBuilder()
                .add("markdown", "# Permits\n\nEach household may hold two permits.\n").build().toString()).json();
        String key = v1.getJsonArray("paragraphs").getJsonObject(1).getString("key");
        var round = officer.postJson("/api/engagements", "{\"title\":\"Permits round\",\"mode\":\"CONSULTATION\","
                + "\"draftVersionId\":" + v1.getJsonNumber("versionId") + ",\"closesAt\":\""
                + Instant.now().plus(Duration.ofDays(3)) + "\"}").json();
        long roundId = round.getJsonNumber("id").longValue();
        officer.postJson("/api/engagements/" + roundId + "/open", "");
        long three = alice.postJson("/api/engagements/" + roundId + "/comments", "{\"text\":\"Allow three.\","
                + "\"stance\":\"OPPOSE\",\"anchor\":{\"paragraphKey\":\"" + key + "\"}}").json().getJsonNumber("id")
                .longValue();
        long four = ben.postJson("/api/engagements/" + roundId + "/comments", "{\"text\":\"Four, please.\","
                + "\"stance\":\"OPPOSE\",\"anchor\":{\"paragraphKey\":\"" + key + "\"}}").json().getJsonNumber("id")
                .longValue();
        long general = ben.postJson("/api/engagements/" + roundId + "/comments", "{\"text\":\"Good process.\","
                + "\"stance\":\"SUPPORT\"}").json().getJsonNumber("id").longValue();
        officer.postJson("/api/engagements/" + roundId + "/close", "");
        officer.postJson("/api/policies/" + policy + "/versions", Json.createObjectBuilder()
                .add("markdown", "# Permits\n\nEach household may hold three permits.\n").build().toString());

        // an accepted disposition must say which version answers it
        officer.postJson("/api/engagements/" + roundId + "/dispositions", "{\"commentIds\":[" + three + "],"
                + "\"outcome\":\"PARTLY\",\"reason\":\"Three, not four\"}").assertProblem(400, "validation");
        var recorded = officer.postJson("/api/engagements/" + roundId + "/dispositions", "{\"commentIds\":[" + three
                + "," + four + "],\"outcome\":\"PARTLY\",\"reason\":\"Three permits, not four: street capacity.\","
                + "\"answeredInVersion\":2,\"paragraphKeys\":[\"" + key + "\"]}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json().getString("diff")).isEqualTo("/api/policies/" + policy + "/diff?from=1&to=2");
        http.as(Tokens.officer(Tokens.unique("Other"))).postJson("/api/engagements/" + roundId + "/dispositions",
                "{\"commentIds\":[" + general + "],\"outcome\":\"NOT_ACCEPTED\",\"reason\":\"x\"}")
                .assertProblem(403, "forbidden");
        // a reason that a spreadsheet would run as a formula
        assertThat(officer.postJson("/api/engagements/" + roundId + "/dispositions", "{\"commentIds\":[" + general
                + "],\"outcome\":\"NOT_ACCEPTED\",\"reason\":\"=1+1 is not how permits are counted\"}").status())
                .isEqualTo(201);

        // not public until published; the officer can preview
        http.get("/api/engagements/" + roundId + "/outcome").assertProblem(404, "not-found");
        assertThat(officer.get("/api/engagements/" + roundId + "/outcome").status()).isEqualTo(200);
        officer.postJson("/api/engagements/" + roundId + "/publish-outcome", "");

        var report = http.get("/api/engagements/" + roundId + "/outcome").json();
        assertThat(report.getJsonObject("totals").getInt("threads")).isEqualTo(3);
        assertThat(report.getJsonObject("totals").getInt("disposed")).isEqualTo(3);
        var sections = report.getJsonArray("sections").getValuesAs(JsonObject.class);
        var generalSection = sections.get(0);
        assertThat(generalSection.containsKey("paragraphKey")).isFalse();
        var onPermits = sections.get(1);
        assertThat(onPermits.getString("paragraphKey")).isEqualTo(key);
        assertThat(onPermits.getString("text")).isEqualTo("Each household may hold two permits.");
        assertThat(onPermits.getJsonObject("stances").getInt("OPPOSE")).isEqualTo(2);
        assertThat(onPermits.getJsonArray("topComments")).hasSize(2);
        var did = onPermits.getJsonArray("dispositions").getJsonObject(0);
        assertThat(did.getString("outcome")).isEqualTo("PARTLY");
        assertThat(did.getInt("answeredInVersion")).isEqualTo(2);
        assertThat(did.getJsonArray("commentIds")).hasSize(2);

        var csv = http.send("GET", "/api/engagements/" + roundId + "/outcome/csv", null, null);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).get().asString().startsWith("text/csv");
        var lines = csv.body().strip().split("\r\n");
        assertThat(lines[0]).isEqualTo("round,paragraph_key,paragraph_position,comment_id,author,stance,endorsements,"
                + "disposition,reason,answered_in_version");
        assertThat(lines).hasSize(4);
        assertThat(csv.body()).contains(three + ",").contains("PARTLY,\"Three permits, not four: street capacity.\",2")
                .contains("NOT_ACCEPTED,'=1+1 is not how permits are counted,");
    }
}

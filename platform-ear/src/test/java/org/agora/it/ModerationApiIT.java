package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Flags, auto-hide, the queue, decisions with reasons, appeals by another moderator, screening, sanctions, log. */
class ModerationApiIT extends WholeApplication {

    static final String AGENCY = "Moderated agency";

    Http officer;
    Http author;
    Http maya;
    Http mo;
    long round;

    @BeforeEach
    void people() {
        officer = http.as(Tokens.officer(AGENCY));
        author = http.as(Tokens.person(Tokens.unique("troll"), null, "citizen"));
        maya = http.as(Tokens.person(Tokens.unique("maya"), null, "moderator", "citizen"));
        mo = http.as(Tokens.person(Tokens.unique("mo"), null, "moderator"));
        var created = officer.postJson("/api/engagements", "{\"title\":\"Moderated round\",\"mode\":\"CONSULTATION\","
                + "\"closesAt\":\"" + Instant.now().plus(Duration.ofDays(3)) + "\"}");
        round = created.json().getJsonNumber("id").longValue();
        assertThat(officer.postJson("/api/engagements/" + round + "/open", "").status()).isEqualTo(200);
    }

    long comment(Http who, String text) {
        var reply = who.postJson("/api/engagements/" + round + "/comments",
                Json.createObjectBuilder().add("text", text).build().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    Http.Reply flag(Http who, long commentId, String reason) {
        return who.postJson("/api/flags", "{\"contentType\":\"comment\",\"contentId\":" + commentId
                + ",\"reason\":\"" + reason + "\"}");
    }

    Http citizen() {
        return http.as(Tokens.person(Tokens.unique("flagger"), null, "citizen"));
    }

    JsonObject thread(Http reader, long commentId) {
        for (var t : reader.get("/api/engagements/" + round + "/comments?size=100").json().getJsonArray("threads")
                .getValuesAs(JsonObject.class)) {
            if (t.getJsonNumber("id").longValue() == commentId) {
                return t;
            }
        }
        throw new AssertionError("no thread " + commentId);
    }

    JsonObject decide(Http moderator, long caseId, String body) {
        var reply = moderator.postJson("/api/moderation/cases/" + caseId + "/decisions", body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void three_flags_hide_a_comment_a_moderator_removes_it_and_another_reverses_it_on_appeal() {
        long troll = comment(author, "This plan is rubbish and so are you.");
        var first = flag(citizen(), troll, "ABUSE");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().getString("outcome")).isEqualTo("RECEIVED");
        long caseId = first.json().getJsonNumber("caseId").longValue();
        assertThat(thread(http, troll).getString("state")).isEqualTo("VISIBLE");

        var second = citizen();
        assertThat(flag(second, troll, "ABUSE").status()).isEqualTo(201);
        flag(second, troll, "ABUSE").assertProblem(409, "already-flagged");
        flag(author, troll, "SPAM").assertProblem(409, "own-content");
        assertThat(flag(citizen(), troll, "OFF_TOPIC").status()).isEqualTo(201);

        // three newcomers' flags reach the threshold: hidden pending review, text kept for its author
        var hidden = thread(http, troll);
        assertThat(hidden.getString("state")).isEqualTo("HIDDEN");
        assertThat(hidden.containsKey("html")).isFalse();
        assertThat(hidden.getString("moderationReason")).isEqualTo("ABUSE");
        assertThat(thread(author, troll).getString("html")).contains("rubbish");
        // a citizen never sees others' flags or the queue
        citizen().get("/api/moderation/cases/" + caseId).assertProblem(403, "forbidden");

        var queue = maya.get("/api/moderation/cases?round=" + round).json();
        assertThat(queue.getJsonArray("cases").getValuesAs(JsonObject.class))
                .anySatisfy(c -> {
                    assertThat(c.getJsonNumber("id").longValue()).isEqualTo(caseId);
                    assertThat(c.getInt("flags")).isEqualTo(3);
                    assertThat(c.getString("contentState")).isEqualTo("HIDDEN");
                });
        assertThat(maya.postJson("/api/moderation/cases/" + caseId + "/claim", "").json().getString("claimedBy"))
                .isNotBlank();
        mo.postJson("/api/moderation/cases/" + caseId + "/claim", "").assertProblem(409, "case-already-claimed");
        maya.postJson("/api/moderation/cases/" + caseId + "/decisions", "{\"action\":\"remove\"}")
                .assertProblem(400, "reason-code-required");
        var template = maya.get("/api/moderation/templates").jsonArray().toString();
        assertThat(template).contains("de-escalation");
        decide(maya, caseId, "{\"action\":\"remove\",\"reasonCode\":\"ABUSE\",\"statement\":\"Personal insult"
                + " against another participant (house rule 2).\"}");

        assertThat(thread(http, troll).getString("state")).isEqualTo("REMOVED");
        assertThat(thread(http, troll).containsKey("html")).isFalse();
        assertThat(flag(second, troll, "ABUSE").status()).isEqualTo(409);
        assertThat(second.get("/api/flags/mine").jsonArray().getJsonObject(0).getString("outcome"))
                .isEqualTo("ACTION_TAKEN");

        // the author is told why and appeals once
        var notice = notice(caseId);
        assertThat(notice.getString("action")).isEqualTo("remove");
        assertThat(notice.getString("reasonCode")).isEqualTo("ABUSE");
        assertThat(notice.getString("statement")).contains("house rule 2");
        assertThat(notice.getBoolean("canAppeal")).isTrue();
        citizen().postJson("/api/moderation/notices/" + caseId + "/appeal", "{\"statement\":\"Not mine\"}")
                .assertProblem(403, "forbidden");
        assertThat(author.postJson("/api/moderation/notices/" + caseId + "/appeal",
                "{\"statement\":\"I was quoting the leaflet, not insulting anyone.\"}").status()).isEqualTo(201);
        author.postJson("/api/moderation/notices/" + caseId + "/appeal", "{\"statement\":\"Again\"}")
                .assertProblem(409, "appeal-already-made");

        // the moderator who decided cannot rule on the appeal; another one reverses it
        maya.postJson("/api/moderation/cases/" + caseId + "/ruling", "{\"outcome\":\"reverse\",\"statement\":\"x\"}")
                .assertProblem(403, "appeal-needs-another-moderator");
        var reversed = mo.postJson("/api/moderation/cases/" + caseId + "/ruling",
                "{\"outcome\":\"reverse\",\"statement\":\"A quotation from the council's own leaflet.\"}");
        assertThat(reversed.status()).as(reversed.body()).isEqualTo(200);
        assertThat(reversed.json().getString("state")).isEqualTo("REVERSED");
        var back = thread(http, troll);
        assertThat(back.getString("state")).isEqualTo("VISIBLE");
        assertThat(back.getString("html")).contains("rubbish");
        assertThat(notice(caseId).getJsonObject("appeal").getString("outcome")).isEqualTo("REVERSED");

        // every step is in the round's log; the owning agency sees it without flaggers' names
        var actions = maya.get("/api/engagements/" + round + "/moderation-log").jsonArray()
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
        assertThat(actions).containsSubsequence("flag", "flag", "flag", "auto-hide", "claim", "remove", "appeal",
                "reverse");
        var agencyView = officer.get("/api/engagements/" + round + "/moderation-log").jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(agencyView).filteredOn(e -> e.getString("action").equals("flag"))
                .allSatisfy(e -> assertThat(e.getString("actor")).isEqualTo("a participant"));
        var csv = officer.send("GET", "/api/engagements/" + round + "/moderation-log/csv", null, null);
        assertThat(csv.header("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(csv.body()).contains("auto-hide").contains("reverse");
        http.as(Tokens.officer(Tokens.unique("Another agency"))).get("/api/engagements/" + round + "/moderation-log")
                .assertProblem(403, "forbidden");
    }

    JsonObject notice(long caseId) {
        return author.get("/api/moderation/notices").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getJsonNumber("caseId").longValue() == caseId).findFirst().orElseThrow();
    }

    @Test
    void screening_holds_abuse_for_review_and_refuses_the_worst_without_storing_it() {
        long held = comment(author, "Only an idiot would support this.");
        assertThat(thread(author, held).getString("state")).isEqualTo("PENDING");
        var queue = maya.get("/api/moderation/cases?round=" + round).json().getJsonArray("cases")
                .getValuesAs(JsonObject.class);
        var heldCase = queue.stream().filter(c -> c.getJsonNumber("contentId").longValue() == held).findFirst()
                .orElseThrow();
        assertThat(heldCase.getString("origin")).isEqualTo("SCREENING");
        var detail = maya.get("/api/moderation/cases/" + heldCase.getJsonNumber("id")).json();
        assertThat(detail.getString("screening")).isNotBlank();
        assertThat(notice(heldCase.getJsonNumber("id").longValue()).getString("action"))
                .isEqualTo("held-by-screening");

        decide(maya, heldCase.getJsonNumber("id").longValue(), "{\"action\":\"approve\",\"statement\":"
                + "\"Robust but about the plan, not a person.\"}");
        assertThat(thread(http, held).getString("state")).isEqualTo("VISIBLE");

        var before = http.get("/api/engagements/" + round + "/comments?size=100").json().getInt("total");
        var refused = author.postJson("/api/engagements/" + round + "/comments", "{\"text\":\"kill yourself\"}");
        var problem = refused.assertProblem(400, "screening-refused");
        assertThat(problem.getJsonArray("rules").toString()).isNotEmpty();
        assertThat(http.get("/api/engagements/" + round + "/comments?size=100").json().getInt("total"))
                .isEqualTo(before);
        assertThat(maya.get("/api/engagements/" + round + "/moderation-log").body()).contains("screening-refuse")
                .contains("screening-hold");
    }

    @Test
    void mute_lock_slow_mode_and_undo_act_on_the_author_thread_and_round() {
        long c = comment(author, "A heated opinion.");
        long caseId = flag(citizen(), c, "OFF_TOPIC").json().getJsonNumber("caseId").longValue();
        decide(maya, caseId, "{\"action\":\"mute-author\",\"reasonCode\":\"ABUSE\",\"statement\":\"Cool off\","
                + "\"days\":2}");
        author.postJson("/api/engagements/" + round + "/comments", "{\"text\":\"Still here\"}")
                .assertProblem(403, "muted");
        maya.postJson("/api/moderation/cases/" + caseId + "/undo", "{}").assertProblem(400, "validation");
        assertThat(maya.postJson("/api/moderation/cases/" + caseId + "/undo", "{\"statement\":\"Wrong person\"}")
                .json().getString("state")).isEqualTo("OPEN");
        comment(author, "Back again, calmly.");

        long root = comment(citizen(), "Thread to lock");
        long lockCase = flag(citizen(), root, "OFF_TOPIC").json().getJsonNumber("caseId").longValue();
        decide(mo, lockCase, "{\"action\":\"lock-thread\",\"reasonCode\":\"OFF_TOPIC\",\"statement\":\"Gone"
                + " off topic\"}");
        author.postJson("/api/engagements/" + round + "/comments", "{\"text\":\"Reply\",\"replyTo\":" + root + "}")
                .assertProblem(409, "thread-locked");
        assertThat(thread(http, root).getBoolean("locked")).isTrue();

        assertThat(maya.postJson("/api/moderation/rounds/" + round + "/slow-mode",
                "{\"seconds\":600,\"statement\":\"Let people read before replying\"}").status()).isEqualTo(204);
        assertThat(http.get("/api/engagements/" + round).json().getJsonObject("settings").getInt("slowModeSeconds"))
                .isEqualTo(600);
        var writer = citizen();
        comment(writer, "First");
        writer.postJson("/api/engagements/" + round + "/comments", "{\"text\":\"Second\"}").assertProblem(429,
                "slow-mode");
    }

    @Test
    void a_moderator_replies_officially_and_an_escalation_is_answered_by_the_owning_agency() {
        long c = comment(author, "The council spent ten million on this last year.");
        long caseId = flag(citizen(), c, "MISINFORMATION").json().getJsonNumber("caseId").longValue();
        maya.postJson("/api/moderation/cases/" + caseId + "/reply", "{\"text\":\"The figure is in {source_link}.\"}")
                .assertProblem(400, "template-not-filled");
        assertThat(maya.postJson("/api/moderation/cases/" + caseId + "/reply",
                "{\"text\":\"Thanks for raising this: the agency will confirm the figure.\"}").status()).isEqualTo(200);
        var reply = thread(http, c).getJsonArray("replies").getJsonObject(0);
        assertThat(reply.getBoolean("official")).isTrue();
        assertThat(reply.getString("html")).contains("agency will confirm");

        maya.postJson("/api/moderation/cases/" + caseId + "/decisions", "{\"action\":\"escalate\"}")
                .assertProblem(400, "statement-required");
        var escalated = decide(maya, caseId, "{\"action\":\"escalate\",\"statement\":\"Is ten million right?\","
                + "\"days\":1}");
        assertThat(escalated.getString("state")).isEqualTo("ESCALATED");
        assertThat(escalated.getString("escalatedDue")).isNotBlank();
        assertThat(officer.get("/api/moderation/escalations").jsonArray().getValuesAs(JsonObject.class))
                .anySatisfy(e -> assertThat(e.getJsonNumber("id").longValue()).isEqualTo(caseId));
        var other = http.as(Tokens.officer(Tokens.unique("Other agency")));
        assertThat(other.get("/api/moderation/escalations").jsonArray()).isEmpty();
        other.postJson("/api/moderation/escalations/" + caseId + "/answer", "{\"statement\":\"Not ours\"}")
                .assertProblem(403, "forbidden");
        var answered = officer.postJson("/api/moderation/escalations/" + caseId + "/answer",
                "{\"statement\":\"It was 9.8 million; see the 2025 accounts, page 14.\"}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().getString("state")).isEqualTo("OPEN");
        assertThat(maya.get("/api/engagements/" + round + "/moderation-log").body()).contains("official-reply")
                .contains("escalate").contains("agency-responds").contains("9.8 million");
    }

    @Test
    void a_round_sets_how_much_flag_weight_hides_an_item() {
        var created = officer.postJson("/api/engagements", "{\"title\":\"Touchy round\",\"mode\":\"CONSULTATION\","
                + "\"closesAt\":\"" + Instant.now().plus(Duration.ofDays(3)) + "\",\"settings\":{\"autoHideThreshold\":1}}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().getJsonObject("settings").getInt("autoHideThreshold")).isEqualTo(1);
        round = created.json().getJsonNumber("id").longValue();
        assertThat(officer.postJson("/api/engagements/" + round + "/open", "").status()).isEqualTo(200);
        long c = comment(author, "Something one person will report.");
        assertThat(flag(citizen(), c, "SPAM").status()).isEqualTo(201);
        assertThat(thread(http, c).getString("state")).isEqualTo("HIDDEN");
        officer.postJson("/api/engagements", "{\"title\":\"Bad\",\"mode\":\"CONSULTATION\",\"settings\":"
                + "{\"autoHideThreshold\":0}}").assertProblem(400, "validation");
    }

    @Test
    void bulk_decisions_decide_each_case_or_say_why_not_and_bad_requests_are_problems() {
        long a = flag(citizen(), comment(author, "Buy cheap watches"), "SPAM").json().getJsonNumber("caseId")
                .longValue();
        long b = flag(citizen(), comment(author, "Buy cheap shoes"), "SPAM").json().getJsonNumber("caseId")
                .longValue();
        decide(maya, b, "{\"action\":\"approve\",\"statement\":\"Fine\"}");
        var bulk = mo.postJson("/api/moderation/cases/bulk-decisions", "{\"caseIds\":[" + a + "," + b
                + "],\"action\":\"hide\",\"reasonCode\":\"SPAM\",\"statement\":\"Adverts\"}").json();
        assertThat(bulk.getJsonArray("decided").toString()).isEqualTo("[" + a + "]");
        assertThat(bulk.getJsonArray("refused").getJsonObject(0).getString("type")).isEqualTo("case-already-decided");

        flag(citizen(), 1L << 40, "SPAM").assertProblem(404, "not-found");
        citizen().postJson("/api/flags", "{\"contentType\":\"comment\",\"contentId\":1,\"reason\":\"RUDE\"}")
                .assertProblem(400, "validation");
        citizen().postJson("/api/flags", "{\"contentType\":\"poll\",\"contentId\":1,\"reason\":\"SPAM\"}")
                .assertProblem(400, "validation");
        maya.get("/api/moderation/cases/" + (1L << 40)).assertProblem(404, "not-found");
        maya.get("/api/moderation/cases?state=SLEEPING").assertProblem(400, "validation");
        maya.postJson("/api/moderation/cases/" + a + "/decisions", "{\"action\":\"explode\"}")
                .assertProblem(400, "validation");
    }

    @Test
    void the_live_queue_announces_a_new_case_to_a_moderator() throws Exception {
        long c = comment(author, "Something to report");
        var event = new CompletableFuture<String>();
        var reader = CompletableFuture.runAsync(() -> maya.openStream("/api/moderation/stream", lines -> {
            var it = lines.iterator();
            while (!event.isDone() && it.hasNext()) {
                String line = it.next();
                if (line.startsWith("data:") && line.contains("\"caseId\"")) {
                    event.complete(line);
                }
            }
        }));
        Thread.sleep(500); // subscribed
        long caseId = flag(citizen(), c, "SPAM").json().getJsonNumber("caseId").longValue();
        assertThat(event.get(10, TimeUnit.SECONDS)).contains("\"caseId\":" + caseId).contains("OPEN");
        reader.cancel(true);
        assertThat(List.of(maya.get("/api/moderation/counts").jsonArray().toString())).isNotEmpty();
    }

    @Test
    void a_block_stops_posting_reporting_and_supporting_but_not_a_private_question_and_is_appealable() {
        long c = comment(author, "A first rude remark.");
        long caseId = flag(citizen(), c, "ABUSE").json().getJsonNumber("caseId").longValue();
        var blocked = decide(maya, caseId, "{\"action\":\"block-author\",\"reasonCode\":\"ABUSE\","
                + "\"statement\":\"Repeated threats after two warnings\"}");
        assertThat(blocked.getString("state")).isEqualTo("ACTIONED");
        var refused = author.postJson("/api/engagements/" + round + "/comments", "{\"text\":\"I am back\"}")
                .assertProblem(403, "blocked");
        assertThat(refused.containsKey("blockedUntil")).as("a block without days is for good").isFalse();
        long other = comment(citizen(), "Someone else's comment.");
        author.postJson("/api/flags", "{\"contentType\":\"comment\",\"contentId\":" + other
                + ",\"reason\":\"SPAM\"}").assertProblem(403, "blocked");
        author.postJson("/api/comments/" + other + "/endorsements", "").assertProblem(403, "blocked");
        // the agency stays reachable in private
        var desk = officer.postJson("/api/engagements", "{\"title\":\"Desk\",\"mode\":\"CUSTOMER_SERVICE\","
                + "\"closesAt\":\"" + Instant.now().plus(Duration.ofDays(3)) + "\"}").json().getJsonNumber("id");
        assertThat(officer.postJson("/api/engagements/" + desk + "/open", "").status()).isEqualTo(200);
        assertThat(author.postJson("/api/engagements/" + desk + "/questions", "{\"title\":\"My account\","
                + "\"body\":\"Why was I blocked?\",\"public\":false}").status()).isEqualTo(201);
        author.postJson("/api/engagements/" + desk + "/questions", "{\"title\":\"In public\","
                + "\"body\":\"Why was I blocked?\",\"public\":true}").assertProblem(403, "blocked");
        // the notice says so, and the block can be appealed; reversing it lifts it
        assertThat(notice(caseId).getString("action")).isEqualTo("block-author");
        assertThat(notice(caseId).getBoolean("canAppeal")).isTrue();
        assertThat(author.postJson("/api/moderation/notices/" + caseId + "/appeal",
                "{\"statement\":\"I was quoting someone.\"}").status()).isEqualTo(201);
        assertThat(mo.postJson("/api/moderation/cases/" + caseId + "/ruling",
                "{\"outcome\":\"reverse\",\"statement\":\"It was a quotation.\"}").status()).isEqualTo(200);
        comment(author, "Back, and calm.");
    }

    @Test
    void a_time_limited_block_ends_and_its_length_is_checked() {
        long c = comment(author, "Another rude remark.");
        long caseId = flag(citizen(), c, "ABUSE").json().getJsonNumber("caseId").longValue();
        maya.postJson("/api/moderation/cases/" + caseId + "/decisions", "{\"action\":\"block-author\","
                + "\"reasonCode\":\"ABUSE\",\"statement\":\"Threats\",\"days\":4000}")
                .assertProblem(400, "validation");
        decide(maya, caseId, "{\"action\":\"block-author\",\"reasonCode\":\"ABUSE\",\"statement\":"
                + "\"Threats\",\"days\":3}");
        var refused = author.postJson("/api/engagements/" + round + "/comments", "{\"text\":\"Hello\"}")
                .assertProblem(403, "blocked");
        assertThat(Instant.parse(refused.getString("blockedUntil")))
                .isBetween(Instant.now().plus(Duration.ofDays(2)), Instant.now().plus(Duration.ofDays(4)));
    }

    @Test
    void an_escalation_goes_to_the_agency_then_to_legal_with_its_own_due_time_and_comes_back_answered() {
        long c = comment(author, "The councillor took a bribe from the developer.");
        long caseId = flag(citizen(), c, "MISINFORMATION").json().getJsonNumber("caseId").longValue();
        var escalated = decide(maya, caseId, "{\"action\":\"escalate\",\"statement\":\"Is this true?\"}");
        assertThat(escalated.getString("escalationLevel")).isEqualTo("AGENCY");
        var agencyDue = Instant.parse(escalated.getString("escalatedDue"));
        assertThat(officer.get("/api/moderation/escalations?level=agency").jsonArray()
                .getValuesAs(JsonObject.class)).anySatisfy(e -> assertThat(e.getJsonNumber("id").longValue())
                        .isEqualTo(caseId));
        // the agency cannot judge it and sends it on to legal
        var legal = officer.postJson("/api/moderation/escalations/" + caseId + "/legal",
                "{\"statement\":\"Possible defamation of a named person.\"}");
        assertThat(legal.status()).as(legal.body()).isEqualTo(200);
        assertThat(legal.json().getString("escalationLevel")).isEqualTo("LEGAL");
        assertThat(Instant.parse(legal.json().getString("escalatedDue"))).isAfter(agencyDue);
        officer.postJson("/api/moderation/escalations/" + caseId + "/legal", "{\"statement\":\"Again\"}")
                .assertProblem(409, "case-already-escalated");
        assertThat(officer.get("/api/moderation/escalations?level=legal").jsonArray().getValuesAs(JsonObject.class))
                .anySatisfy(e -> assertThat(e.getJsonNumber("id").longValue()).isEqualTo(caseId));
        assertThat(officer.get("/api/moderation/escalations?level=agency").jsonArray()
                .getValuesAs(JsonObject.class)).noneSatisfy(e -> assertThat(e.getJsonNumber("id").longValue())
                        .isEqualTo(caseId));
        // moderators may also send a case straight to legal
        long other = comment(author, "Another claim about a named official.");
        long second = flag(citizen(), other, "MISINFORMATION").json().getJsonNumber("caseId").longValue();
        assertThat(decide(mo, second, "{\"action\":\"escalate-legal\",\"statement\":\"Defamation?\","
                + "\"days\":1}").getString("escalationLevel")).isEqualTo("LEGAL");
        // legal's answer (recorded by the agency) returns the case to the queue
        var answered = officer.postJson("/api/moderation/escalations/" + caseId + "/answer",
                "{\"statement\":\"Legal advice: remove it, it names a person.\"}");
        assertThat(answered.json().getString("state")).isEqualTo("OPEN");
        assertThat(maya.get("/api/engagements/" + round + "/moderation-log").body()).contains("escalate-legal");
    }

    @Test
    void an_agency_words_the_response_templates_its_moderators_start_from() {
        var house = "{\"title\":\"Our house rules\",\"body\":\"Please keep to the house rules of " + AGENCY
                + ": {house_rules_link}. Thank you.\"}";
        var put = officer.send("PUT", "/api/moderation/agency-templates/house-rules", "application/json", house);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().getString("agency")).isEqualTo(AGENCY);
        officer.send("PUT", "/api/moderation/agency-templates/house-rules", "application/json",
                "{\"title\":\"Broken\",\"body\":\"An {unclosed placeholder\"}").assertProblem(400, "validation");
        // moderators of this agency's round see the agency's wording; of another agency's round, the standard one
        var ours = maya.get("/api/moderation/templates?round=" + round).jsonArray().getValuesAs(JsonObject.class);
        assertThat(ours).filteredOn(t -> t.getString("key").equals("house-rules")).singleElement()
                .satisfies(t -> assertThat(t.getString("body")).contains(AGENCY))
                .satisfies(t -> assertThat(t.getJsonArray("placeholders").toString()).contains("house_rules_link"));
        var standard = maya.get("/api/moderation/templates").jsonArray().getValuesAs(JsonObject.class);
        assertThat(standard).filteredOn(t -> t.getString("key").equals("house-rules")).singleElement()
                .satisfies(t -> assertThat(t.getString("body")).doesNotContain(AGENCY));
        // back to the standard wording
        assertThat(officer.send("DELETE", "/api/moderation/agency-templates/house-rules", null, null).status())
                .isEqualTo(204);
        assertThat(maya.get("/api/moderation/templates?round=" + round).jsonArray().getValuesAs(JsonObject.class))
                .filteredOn(t -> t.getString("key").equals("house-rules")).singleElement()
                .satisfies(t -> assertThat(t.getString("body")).doesNotContain(AGENCY));
    }
}

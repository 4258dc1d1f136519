package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The question desk over HTTP: the lifecycle from asking to resolving, who sees private questions, the service-level
 * fields, the round's figures, the FAQ, and every refusal as problem+json.
 */
class QuestionsApiIT extends WholeApplication {

    String agency;
    Http officer;
    Http colleague;
    Http stranger;
    Http alice;
    Http ben;
    Http moderator;

    @BeforeEach
    void people() {
        agency = Tokens.unique("Permits desk");
        officer = http.as(Tokens.person(Tokens.unique("omar"), agency, "agency"));
        colleague = http.as(Tokens.person(Tokens.unique("olu"), agency, "agency"));
        stranger = http.as(Tokens.officer(Tokens.unique("Other agency")));
        alice = http.as(Tokens.person(Tokens.unique("alice"), null, "citizen"));
        ben = http.as(Tokens.person(Tokens.unique("ben"), null, "citizen"));
        moderator = http.as(Tokens.person(Tokens.unique("maya"), null, "moderator", "citizen"));
    }

    long openRound(String mode, String settings) {
        var created = officer.postJson("/api/engagements", "{\"title\":\"Ask the permits desk\",\"mode\":\"" + mode
                + "\",\"closesAt\":\"" + Instant.now().plus(Duration.ofDays(3)) + "\"" + settings + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(officer.postJson("/api/engagements/" + id + "/open", "").status()).isEqualTo(200);
        return id;
    }

    long openRound() {
        return openRound("CUSTOMER_SERVICE", "");
    }

    static String question(String title, String body, boolean isPublic) {
        return Json.createObjectBuilder().add("title", title).add("body", body).add("public", isPublic).build()
                .toString();
    }

    static String text(String body) {
        return Json.createObjectBuilder().add("body", body).build().toString();
    }

    JsonObject ask(Http who, long round, String title, boolean isPublic) {
        var reply = who.postJson("/api/engagements/" + round + "/questions", question(title, "Is a **visitor**"
                + " permit needed on Sundays?", isPublic));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.header("Location")).get().asString()
                .endsWith("/api/questions/" + reply.json().getJsonNumber("id"));
        return reply.json();
    }

    static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    @Test
    void a_question_is_asked_claimed_answered_followed_up_answered_again_and_resolved() {
        long round = openRound();
        var asked = ask(alice, round, "Visitor permits on Sundays", false);
        long q = id(asked);
        assertThat(asked.getString("state")).isEqualTo("WAITING");
        assertThat(asked.getBoolean("public")).isFalse();
        assertThat(asked.getBoolean("mine")).isTrue();
        assertThat(asked.getJsonArray("messages").getJsonObject(0).getString("html"))
                .contains("<strong>visitor</strong>");
        assertThat(asked.getJsonArray("actions")).isEmpty();

        var claimed = officer.postJson("/api/questions/" + q + "/claim", "");
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(200);
        assertThat(claimed.json().getString("state")).isEqualTo("CLAIMED");
        assertThat(claimed.json().getBoolean("claimedByMe")).isTrue();
        assertThat(officer.postJson("/api/questions/" + q + "/claim", "").status()).as("claiming again").isEqualTo(200);
        colleague.postJson("/api/questions/" + q + "/claim", "").assertProblem(409, "question-claimed");
        colleague.postJson("/api/questions/" + q + "/answers", text("Mine!")).assertProblem(409, "question-claimed");

        var answered = officer.postJson("/api/questions/" + q + "/answers", text("No: Sundays are free."));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        var a = answered.json();
        assertThat(a.getString("state")).isEqualTo("ANSWERED");
        assertThat(a.containsKey("dueAt")).isFalse();
        assertThat(a.getBoolean("breached")).isFalse();
        String firstAnswer = a.getString("firstAnsweredAt");
        var official = a.getJsonArray("messages").getJsonObject(1);
        assertThat(official.getBoolean("official")).isTrue();
        assertThat(official.getString("kind")).isEqualTo("ANSWER");
        assertThat(official.getString("author")).startsWith("omar");

        var seen = alice.get("/api/questions/" + q).json();
        assertThat(seen.getJsonArray("actions").toString()).isEqualTo("[\"follow-up\",\"resolve\"]");
        var followed = alice.postJson("/api/questions/" + q + "/follow-ups", text("And on bank holidays?"));
        assertThat(followed.status()).as(followed.body()).isEqualTo(200);
        assertThat(followed.json().getString("state")).isEqualTo("WAITING");
        assertThat(followed.json().getString("dueAt")).isNotBlank();
        assertThat(followed.json().getString("firstAnsweredAt")).as("a follow-up keeps the first response")
                .isEqualTo(firstAnswer);
        alice.postJson("/api/questions/" + q + "/resolve", "").assertProblem(409, "question-not-answered");

        assertThat(colleague.postJson("/api/questions/" + q + "/answers", text("Bank holidays are free too."))
                .status()).isEqualTo(200);
        var resolved = alice.postJson("/api/questions/" + q + "/resolve", "");
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(resolved.json().getString("state")).isEqualTo("RESOLVED");
        assertThat(alice.postJson("/api/questions/" + q + "/resolve", "").status()).as("again").isEqualTo(200);
        assertThat(resolved.json().getJsonArray("messages")).hasSize(4);
        assertThat(resolved.json().getString("firstAnsweredAt")).isEqualTo(firstAnswer);

        alice.postJson("/api/questions/" + q + "/follow-ups", text("One more")).assertProblem(409,
                "question-resolved");
        officer.postJson("/api/questions/" + q + "/answers", text("Late")).assertProblem(409, "question-resolved");
    }

    @Test
    void private_questions_are_seen_only_by_the_asker_and_the_rounds_staff() {
        long round = openRound();
        long secret = id(ask(alice, round, "My car registration", false));
        long open = id(ask(ben, round, "Permits for tradespeople", true));

        for (var who : new Http[] {http, ben, stranger}) {
            who.get("/api/questions/" + secret).assertProblem(404, "not-found");
            var list = who.get("/api/engagements/" + round + "/questions").json();
            assertThat(list.getJsonNumber("total").longValue()).isEqualTo(1);
            assertThat(list.toString()).doesNotContain("My car registration");
            assertThat(list.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(open);
        }
        var mine = alice.get("/api/engagements/" + round + "/questions").json();
        assertThat(mine.getJsonNumber("total").longValue()).isEqualTo(2);
        var onlyMine = alice.get("/api/engagements/" + round + "/questions?mine=true").json();
        assertThat(onlyMine.getJsonNumber("total").longValue()).isEqualTo(1);
        for (var staff : new Http[] {officer, colleague, moderator, http.as(Tokens.admin())}) {
            assertThat(staff.get("/api/questions/" + secret).status()).isEqualTo(200);
            assertThat(staff.get("/api/engagements/" + round + "/questions").json().getJsonNumber("total")
                    .longValue()).isEqualTo(2);
        }
        // a stranger cannot act on what they cannot see
        ben.postJson("/api/questions/" + secret + "/resolve", "").assertProblem(404, "not-found");
        ben.postJson("/api/questions/" + secret + "/follow-ups", text("Me too")).assertProblem(404, "not-found");
        // on a public one they are told it is not theirs
        officer.postJson("/api/questions/" + open + "/answers", text("Yes, one per van."));
        alice.postJson("/api/questions/" + open + "/resolve", "").assertProblem(403, "forbidden");
        alice.postJson("/api/questions/" + open + "/follow-ups", text("Me too")).assertProblem(403, "forbidden");
    }

    Http.Reply flagQuestion(Http who, long question) {
        return who.postJson("/api/flags",
                "{\"contentType\":\"question\",\"contentId\":" + question + ",\"reason\":\"SPAM\"}");
    }

    @Test
    void a_reported_public_question_is_hidden_after_three_flags_and_removed_and_purged_by_a_moderator() {
        long round = openRound();
        var spamReply = alice.postJson("/api/engagements/" + round + "/questions",
                question("Cheap pills here", "Visit my shop for cheap pills, best prices.", true));
        assertThat(spamReply.status()).as(spamReply.body()).isEqualTo(201);
        long spam = id(spamReply.json());
        long fine = id(ask(ben, round, "Permits for tradespeople", true));
        long secret = id(ask(alice, round, "My car registration", false));
        assertThat(alice.get("/api/questions/" + spam).json().getString("moderation")).isEqualTo("VISIBLE");

        // a private question cannot be reported by those who cannot read it; one's own cannot be reported
        flagQuestion(ben, secret).assertProblem(404, "not-found");
        flagQuestion(alice, spam).assertProblem(409, "own-content");

        var first = flagQuestion(http.as(Tokens.person(Tokens.unique("flagger"), null, "citizen")), spam);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        long caseId = first.json().getJsonNumber("caseId").longValue();
        for (int i = 0; i < 2; i++) {
            assertThat(flagQuestion(http.as(Tokens.person(Tokens.unique("flagger"), null, "citizen")), spam)
                    .status()).isEqualTo(201);
        }

        // three newcomers' flags: out of public view, like a private question
        for (var who : new Http[] {http, ben, stranger}) {
            who.get("/api/questions/" + spam).assertProblem(404, "not-found");
            var list = who.get("/api/engagements/" + round + "/questions").json();
            assertThat(list.getJsonNumber("total").longValue()).isEqualTo(1);
            assertThat(list.toString()).doesNotContain("Cheap pills");
            assertThat(list.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(fine);
        }
        var own = alice.get("/api/questions/" + spam).json();
        assertThat(own.getString("moderation")).isEqualTo("HIDDEN");
        assertThat(alice.get("/api/engagements/" + round + "/questions").json().getJsonNumber("total").longValue())
                .isEqualTo(3);
        // the agency still owes the asker an answer
        assertThat(officer.get("/api/questions/" + spam).json().getString("moderation")).isEqualTo("HIDDEN");
        assertThat(officer.get("/api/engagements/" + round + "/questions").json().getJsonNumber("total")
                .longValue()).isEqualTo(3);
        assertThat(officer.postJson("/api/questions/" + spam + "/answers", text("We do not sell medicine.")).status())
                .isEqualTo(200);

        var decided = moderator.postJson("/api/moderation/cases/" + caseId + "/decisions",
                "{\"action\":\"remove\",\"reasonCode\":\"SPAM\",\"statement\":\"Advertising (house rule 4).\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        var removed = alice.get("/api/questions/" + spam).json();
        assertThat(removed.getString("moderation")).isEqualTo("REMOVED");
        assertThat(removed.getString("moderationReason")).isEqualTo("SPAM");
        assertThat(removed.getJsonArray("messages").getJsonObject(0).getString("html")).contains("cheap pills");

        var purged = moderator.postJson("/api/moderation/cases/" + caseId + "/purge",
                "{\"statement\":\"Advertising, removed for good.\"}");
        assertThat(purged.status()).as(purged.body()).isEqualTo(200);
        var gone = alice.get("/api/questions/" + spam).json();
        assertThat(gone.getString("title")).isEqualTo("Removed");
        assertThat(gone.toString()).doesNotContain("pills").contains("We do not sell");
        assertThat(http.get("/api/questions/" + fine).json().getString("moderation")).isEqualTo("VISIBLE");
    }

    @Test
    void questions_are_screened_and_a_muted_person_may_still_ask_privately() {
        long round = openRound();
        alice.postJson("/api/engagements/" + round + "/questions", question("Officer", "kill yourself", false))
                .assertProblem(400, "screening-refused");
        long q = id(ask(alice, round, "Bins on Sundays", true));
        officer.postJson("/api/questions/" + q + "/answers", text("Mondays only."));
        alice.postJson("/api/questions/" + q + "/follow-ups", text("kill yourself"))
                .assertProblem(400, "screening-refused");
        assertThat(alice.get("/api/questions/" + q).json().getJsonArray("messages")).hasSize(2);
        // nothing refused is stored, but the moderation log keeps both refusals
        assertThat(moderator.get("/api/engagements/" + round + "/moderation-log").body().split("screening-refuse"))
                .hasSize(3);

        long caseId = flagQuestion(ben, q).json().getJsonNumber("caseId").longValue();
        var muted = moderator.postJson("/api/moderation/cases/" + caseId + "/decisions", "{\"action\":\"mute-author\","
                + "\"reasonCode\":\"ABUSE\",\"statement\":\"Cool off\",\"days\":2}");
        assertThat(muted.status()).as(muted.body()).isEqualTo(200);
        alice.postJson("/api/engagements/" + round + "/questions", question("Again", "In public, please.", true))
                .assertProblem(403, "muted");
        var privately = alice.postJson("/api/engagements/" + round + "/questions",
                question("My bin was not emptied", "Could someone check?", false));
        assertThat(privately.status()).as(privately.body()).isEqualTo(201);
    }

    @Test
    void the_queue_shows_due_times_and_filters_and_sorts_by_due() {
        long round = openRound("CUSTOMER_SERVICE", ",\"settings\":{\"slaWorkingHours\":8}");
        assertThat(officer.get("/api/engagements/" + round).json().getJsonObject("settings").getInt("slaWorkingHours"))
                .isEqualTo(8);
        Instant before = Instant.now();
        long first = id(ask(alice, round, "First question", false));
        long second = id(ask(ben, round, "Second question", false));
        var queue = officer.get("/api/engagements/" + round + "/questions").json().getJsonArray("items");
        assertThat(queue).hasSize(2);
        var item = queue.getJsonObject(0);
        assertThat(item.getJsonNumber("id").longValue()).isEqualTo(first);
        Instant due = Instant.parse(item.getString("dueAt"));
        // 8 working hours: at least 8 hours ahead, and never more than a long weekend plus a working day
        assertThat(due).isAfterOrEqualTo(before.plus(Duration.ofHours(8)).minusSeconds(1))
                .isBefore(before.plus(Duration.ofDays(4)));
        long minutes = item.getJsonNumber("minutesToDue").longValue();
        assertThat(minutes).isPositive().isLessThanOrEqualTo(Duration.between(before, due).toMinutes() + 1);
        assertThat(item.getBoolean("breached")).isFalse();
        assertThat(item.getJsonArray("actions").toString()).isEqualTo("[\"claim\",\"answer\"]");

        officer.postJson("/api/questions/" + first + "/answers", text("Answered."));
        var waiting = officer.get("/api/engagements/" + round + "/questions?state=waiting").json();
        assertThat(waiting.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(waiting.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(second);
        assertThat(officer.get("/api/engagements/" + round + "/questions?breached=true").json()
                .getJsonNumber("total").longValue()).isZero();
        var sorted = officer.get("/api/engagements/" + round + "/questions").json().getJsonArray("items");
        assertThat(sorted.getJsonObject(0).getJsonNumber("id").longValue()).as("owed an answer first")
                .isEqualTo(second);
        officer.get("/api/engagements/" + round + "/questions?state=lost").assertProblem(400, "validation");
        for (int outOfRange : new int[] {0, 721}) {
            var refused = officer.postJson("/api/engagements", "{\"title\":\"Desk\",\"mode\":\"CUSTOMER_SERVICE\","
                    + "\"settings\":{\"slaWorkingHours\":" + outOfRange + "}}").assertProblem(400, "validation");
            assertThat(refused.getJsonArray("errors").getJsonObject(0).getString("field"))
                    .isEqualTo("settings.slaWorkingHours");
        }
    }

    @Test
    void pages_of_the_queue_run_from_owed_answers_to_answered_questions_without_gaps() {
        long round = openRound();
        var asked = new java.util.ArrayList<Long>();
        for (int i = 0; i < 5; i++) {
            asked.add(id(ask(i % 2 == 0 ? alice : ben, round, "Question " + i, i != 4)));
        }
        // answered later are listed earlier among the answered; the three owed come first, oldest due first
        officer.postJson("/api/questions/" + asked.get(1) + "/answers", text("One."));
        officer.postJson("/api/questions/" + asked.get(3) + "/answers", text("Three."));
        var seen = new java.util.ArrayList<Long>();
        for (int page = 0; page < 3; page++) {
            var reply = officer.get("/api/engagements/" + round + "/questions?size=2&page=" + page).json();
            assertThat(reply.getJsonNumber("total").longValue()).isEqualTo(5);
            reply.getJsonArray("items").getValuesAs(JsonObject.class).forEach(q -> seen.add(id(q)));
        }
        assertThat(seen).containsExactly(asked.get(0), asked.get(2), asked.get(4), asked.get(3), asked.get(1));
        assertThat(officer.get("/api/engagements/" + round + "/questions?size=2&page=3").json()
                .getJsonArray("items")).isEmpty();
        assertThat(officer.get("/api/engagements/" + round + "/questions?breached=false").json()
                .getJsonNumber("total").longValue()).as("nothing is overdue yet").isEqualTo(5);
        // ben sees the public questions and his own private one: 4 of 5 (question 4 is alice's private one)
        var bens = ben.get("/api/engagements/" + round + "/questions?size=3&page=1").json();
        assertThat(bens.getJsonNumber("total").longValue()).isEqualTo(4);
        assertThat(bens.getJsonArray("items")).hasSize(1);
        assertThat(ben.get("/api/engagements/" + round + "/questions?mine=true").json().getJsonNumber("total")
                .longValue()).isEqualTo(2);
    }

    @Test
    void the_figures_count_questions_answers_and_time_to_first_answer() {
        long round = openRound();
        long q1 = id(ask(alice, round, "One", false));
        id(ask(ben, round, "Two", true));
        officer.postJson("/api/questions/" + q1 + "/answers", text("Here you are."));
        var figures = officer.get("/api/engagements/" + round + "/questions/figures");
        assertThat(figures.status()).as(figures.body()).isEqualTo(200);
        var f = figures.json();
        assertThat(f.getInt("asked")).isEqualTo(2);
        assertThat(f.getInt("answered")).isEqualTo(1);
        assertThat(f.getInt("open")).isEqualTo(1);
        assertThat(f.getInt("breaches")).isZero();
        assertThat(f.getJsonNumber("answeredWithinSlaPercent").doubleValue()).isEqualTo(100.0);
        assertThat(f.getJsonNumber("medianFirstResponseMinutes").doubleValue()).isBetween(0.0, 5.0);
        assertThat(f.getInt("slaWorkingHours")).isEqualTo(16);
        assertThat(f.getString("clock")).contains("wall-clock");
        stranger.get("/api/engagements/" + round + "/questions/figures").assertProblem(403, "forbidden");
        alice.get("/api/engagements/" + round + "/questions/figures").assertProblem(403, "forbidden");
    }

    @Test
    void an_answered_question_is_published_as_an_faq_entry_without_the_asker() {
        long round = openRound();
        String asker = "alice-faq-" + Tokens.unique("x");
        var private_ = http.as(Tokens.person(asker, null, "citizen"));
        long q = id(ask(private_, round, "My permit number 4711", false));
        officer.postJson("/api/engagements/" + round + "/questions", "").assertProblem(403, "forbidden");
        officer.postJson("/api/questions/" + q + "/faq", "{\"question\":\"Q\",\"answer\":\"A\"}")
                .assertProblem(409, "question-not-answered");
        officer.postJson("/api/questions/" + q + "/answers", text("Permit 4711 is valid on Sundays."));
        var published = officer.postJson("/api/questions/" + q + "/faq",
                "{\"question\":\"Is a visitor permit valid on *Sundays*?\",\"answer\":\"Yes, every day.\"}");
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        var reworded = officer.postJson("/api/questions/" + q + "/faq",
                "{\"question\":\"Is a visitor permit valid on *Sundays*?\",\"answer\":\"Yes, every day of the week.\"}");
        assertThat(reworded.status()).isEqualTo(200);
        var faq = http.get("/api/engagements/" + round + "/faq");
        assertThat(faq.status()).isEqualTo(200);
        var entries = faq.jsonArray();
        assertThat(entries).hasSize(1);
        assertThat(entries.getJsonObject(0).getString("questionHtml")).contains("<em>Sundays</em>");
        assertThat(entries.getJsonObject(0).getString("answerHtml")).contains("every day of the week");
        assertThat(faq.body()).doesNotContain(asker).doesNotContain("4711");
        assertThat(officer.get("/api/questions/" + q).json().getBoolean("inFaq")).isTrue();
        stranger.postJson("/api/questions/" + q + "/faq", "{\"question\":\"Q\",\"answer\":\"A\"}")
                .assertProblem(403, "forbidden");
    }

    @Test
    void refusals_are_problem_documents_with_stable_types() {
        long round = openRound();
        long q = id(ask(alice, round, "A question", true));
        // another agency's officer
        stranger.postJson("/api/questions/" + q + "/claim", "").assertProblem(403, "forbidden");
        stranger.postJson("/api/questions/" + q + "/answers", text("Not ours")).assertProblem(403, "forbidden");
        // citizens cannot answer
        ben.postJson("/api/questions/" + q + "/answers", text("I know!")).assertProblem(403, "forbidden");
        // following up before an answer
        alice.postJson("/api/questions/" + q + "/follow-ups", text("Hello?")).assertProblem(409,
                "question-not-answered");
        // invalid content
        alice.postJson("/api/engagements/" + round + "/questions", question("ab", "Body", false))
                .assertProblem(400, "validation");
        alice.postJson("/api/engagements/" + round + "/questions", question("A title", "   ", false))
                .assertProblem(400, "validation");
        alice.postJson("/api/engagements/" + round + "/questions", question("A title", "x".repeat(5001), false))
                .assertProblem(400, "validation");
        officer.postJson("/api/questions/" + q + "/answers", "{}").assertProblem(400, "validation");
        // a consultation round takes no questions
        long consultation = openRound("CONSULTATION", "");
        alice.postJson("/api/engagements/" + consultation + "/questions", question("A title", "Body", false))
                .assertProblem(409, "questions-not-taken");
        // a broadcast round does: clarifying questions land in the same queue
        long broadcast = openRound("BROADCAST", "");
        ask(alice, broadcast, "What does phase two mean?", false);
        assertThat(officer.get("/api/engagements/" + broadcast + "/questions").json().getJsonNumber("total")
                .longValue()).isEqualTo(1);
        // a closed round takes no questions or follow-ups, but officers still answer what is owed
        officer.postJson("/api/questions/" + q + "/claim", "");
        assertThat(officer.postJson("/api/engagements/" + round + "/close", "").status()).isEqualTo(200);
        alice.postJson("/api/engagements/" + round + "/questions", question("Too late", "Body", false))
                .assertProblem(409, "round-not-open");
        assertThat(officer.postJson("/api/questions/" + q + "/answers", text("Answered after closing")).status())
                .isEqualTo(200);
        alice.postJson("/api/questions/" + q + "/follow-ups", text("More")).assertProblem(409, "round-not-open");
        // unknown ones
        http.get("/api/questions/999999999").assertProblem(404, "not-found");
        http.get("/api/engagements/999999999/faq").assertProblem(404, "not-found");
    }
}

package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

/**
 * Access control with tokens from the test issuer: the role matrix for every endpoint, bad tokens, participants
 * created on first sight, who-did-what, and write rate limits.
 */
class AccessIT extends WholeApplication {

    static final String OWN = "Transport Department";
    static final String OTHER = "Parks Department";


    /** Who asks: the personas of the matrix, each a fresh participant. */
    static Map<String, String> personas() {
        var personas = new LinkedHashMap<String, String>();
        personas.put("anonymous", null);
        personas.put("citizen", Tokens.person(Tokens.unique("alice"), null, "citizen"));
        personas.put("moderator", Tokens.person(Tokens.unique("maya"), null, "moderator", "citizen"));
        personas.put("agency (own)", Tokens.person(Tokens.unique("omar"), OWN, "agency"));
        personas.put("agency (other)", Tokens.person(Tokens.unique("olga"), OTHER, "agency"));
        personas.put("trainee", Tokens.person(Tokens.unique("tina"), null, "trainee"));
        personas.put("trainer", Tokens.person(Tokens.unique("trent"), null, "trainer"));
        personas.put("admin", Tokens.person(Tokens.unique("ada"), null, "admin"));
        return personas;
    }

    record Endpoint(String name, Map<String, Integer> expected, Function<Http, Http.Reply> call) {
    }

    static Map<String, Integer> expect(int anonymous, int citizen, int moderator, int own, int other, int trainee,
            int trainer, int admin) {
        var m = new LinkedHashMap<String, Integer>();
        m.put("anonymous", anonymous);
        m.put("citizen", citizen);
        m.put("moderator", moderator);
        m.put("agency (own)", own);
        m.put("agency (other)", other);
        m.put("trainee", trainee);
        m.put("trainer", trainer);
        m.put("admin", admin);
        return m;
    }

    private long lastRound;

    private Long run;
    private Long trainingClass;

    /** A run of another trainee (made once): the matrix's trainee and trainer are strangers to it. */
    long someonesRun() {
        if (run == null) {
            var other = http.as(Tokens.person(Tokens.unique("tom"), null, "trainee"));
            var started = other.postJson("/api/training/runs", "{\"scenario\":\"set-the-goals\",\"speed\":1}");
            assertThat(started.status()).as(started.body()).isEqualTo(201);
            run = started.json().getJsonNumber("id").longValue();
        }
        return run;
    }

    /** A class of another trainer (made once). */
    long someonesClass() {
        if (trainingClass == null) {
            var other = http.as(Tokens.person(Tokens.unique("tess"), null, "trainer"));
            var created = other.postJson("/api/training/classes", "{\"scenario\":\"set-the-goals\","
                    + "\"trainees\":[\"someone\"]}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            trainingClass = created.json().getJsonNumber("id").longValue();
        }
        return trainingClass;
    }

    /** A round of {@link #OWN} with one comment, closed and with its outcome published. */
    long publishedOutcome() {
        someonesComment();
        var admin = http.as(Tokens.admin());
        assertThat(admin.postJson("/api/engagements/" + lastRound + "/close", "").status()).isEqualTo(200);
        assertThat(admin.postJson("/api/engagements/" + lastRound + "/publish-outcome", "").status()).isEqualTo(200);
        return lastRound;
    }

    /** An open round owned by {@link #OWN}, made by an admin for one cell of the matrix. */
    long openRound() {
        var admin = http.as(Tokens.admin());
        var created = admin.postJson("/api/engagements", "{\"title\":\"Matrix round\",\"mode\":\"CONSULTATION\","
                + "\"agency\":\"" + OWN + "\",\"closesAt\":\"" + Instant.now().plus(Duration.ofDays(3)) + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(admin.postJson("/api/engagements/" + id + "/open", "").status()).isEqualTo(200);
        lastRound = id;
        return id;
    }

    @Test
    void every_endpoint_answers_every_role_exactly_as_specified() {
        String newRound = "{\"title\":\"Matrix draft\",\"mode\":\"BROADCAST\"}";
        String adminRound = "{\"title\":\"Matrix draft\",\"mode\":\"BROADCAST\",\"agency\":\"" + OWN + "\"}";
        var endpoints = List.of(
                new Endpoint("POST /api/engagements", expect(401, 403, 403, 201, 201, 403, 403, 201),
                        h -> h.postJson("/api/engagements", isAdmin(h) ? adminRound : newRound)),
                new Endpoint("GET /api/engagements", expect(200, 200, 200, 200, 200, 200, 200, 200),
                        h -> h.get("/api/engagements?size=5")),
                new Endpoint("GET /api/engagements/{id}", expect(200, 200, 200, 200, 200, 200, 200, 200),
                        h -> h.get("/api/engagements/" + openRound())),
                new Endpoint("POST /api/engagements/{id}/{action}", expect(401, 403, 403, 200, 403, 403, 403, 200),
                        h -> h.postJson("/api/engagements/" + openRound() + "/close", "")),
                new Endpoint("PATCH /api/engagements/{id}", expect(401, 403, 403, 200, 403, 403, 403, 200),
                        h -> h.send("PATCH", "/api/engagements/" + openRound(), "application/json",
                                "{\"title\":\"Matrix round, renamed\"}")),
                new Endpoint("GET /api/engagements/{id}/history", expect(401, 403, 403, 200, 403, 403, 403, 200),
                        h -> h.get("/api/engagements/" + openRound() + "/history")),
                new Endpoint("GET /api/me", expect(200, 200, 200, 200, 200, 200, 200, 200),
                        h -> h.get("/api/me")),
                new Endpoint("DELETE /api/session", expect(401, 200, 200, 200, 200, 200, 200, 200),
                        h -> h.send("DELETE", "/api/session", null, null)),
                new Endpoint("POST /api/policies", expect(401, 403, 403, 201, 201, 403, 403, 201),
                        h -> h.postJson("/api/policies", isAdmin(h) ? "{\"title\":\"Matrix policy\",\"agency\":\""
                                + OWN + "\"}" : "{\"title\":\"Matrix policy\"}")),
                new Endpoint("GET /api/policies", expect(200, 200, 200, 200, 200, 200, 200, 200),
                        h -> h.get("/api/policies")),
                new Endpoint("GET /api/policies/{id}", expect(200, 200, 200, 200, 200, 200, 200, 200),
                        h -> h.get("/api/policies/" + publishedPolicy())),
                new Endpoint("POST /api/policies/{id}/versions", expect(401, 403, 403, 201, 403, 403, 403, 201),
                        h -> h.postJson("/api/policies/" + publishedPolicy() + "/versions",
                                "{\"markdown\":\"Third text.\"}")),
                new Endpoint("POST /api/policies/{id}/versions", expect(401, 403, 403, 201, 403, 403, 403, 201),
                        h -> h.send("POST", "/api/policies/" + publishedPolicy() + "/versions", "text/markdown",
                                "Uploaded text.")),
                new Endpoint("GET /api/policies/{id}/versions/{n}", expect(200, 200, 200, 200, 200, 200, 200, 200),
                        h -> h.get("/api/policies/" + publishedPolicy() + "/versions/2")),
                new Endpoint("GET /api/policies/{id}/diff", expect(200, 200, 200, 200, 200, 200, 200, 200),
                        h -> h.get("/api/policies/" + publishedPolicy() + "/diff?from=1&to=2")),
                new Endpoint("POST /api/engagements/{round}/comments", expect(401, 201, 201, 201, 201, 403, 403, 201),
                        h -> h.postJson("/api/engagements/" + openRound() + "/comments", "{\"text\":\"Matrix\"}")),
                new Endpoint("GET /api/engagements/{round}/comments", expect(200, 200, 200, 200, 200, 200, 200, 200),
                        h -> h.get("/api/engagements/" + openRound() + "/comments")),
                new Endpoint("GET /api/engagements/{round}/comments/counts",
                        expect(200, 200, 200, 200, 200, 200, 200, 200),
                        h -> h.get("/api/engagements/" + openRound() + "/comments/counts")),
                // only a comment's author may delete it: everyone else here is refused
                new Endpoint("DELETE /api/comments/{id}", expect(401, 403, 403, 403, 403, 403, 403, 403),
                        h -> h.send("DELETE", "/api/comments/" + someonesComment(), null, null)),
                // only a comment's author may edit it
                new Endpoint("PUT /api/comments/{id}", expect(401, 403, 403, 403, 403, 403, 403, 403),
                        h -> h.send("PUT", "/api/comments/" + someonesComment(), "application/json",
                                "{\"text\":\"Edited\"}")),
                new Endpoint("GET /api/comments/{id}/revisions", expect(200, 200, 200, 200, 200, 200, 200, 200),
                        h -> h.get("/api/comments/" + someonesComment() + "/revisions")),
                new Endpoint("POST /api/comments/{id}/endorsements", expect(401, 200, 200, 200, 200, 403, 403, 200),
                        h -> h.postJson("/api/comments/" + someonesComment() + "/endorsements", "")),
                new Endpoint("POST /api/engagements/{round}/ideas", expect(401, 201, 201, 201, 201, 403, 403, 201),
                        h -> h.postJson("/api/engagements/" + openCoDevelopmentRound() + "/ideas",
                                "{\"title\":\"Matrix idea\",\"text\":\"An idea of the matrix.\"}")),
                new Endpoint("GET /api/engagements/{round}/ideas", expect(200, 200, 200, 200, 200, 200, 200, 200),
                        h -> h.get("/api/engagements/" + openCoDevelopmentRound() + "/ideas")),
                new Endpoint("GET /api/ideas/{id}", expect(200, 200, 200, 200, 200, 200, 200, 200),
                        h -> h.get("/api/ideas/" + someonesIdea())),
                new Endpoint("PUT /api/ideas/{id}/support", expect(401, 200, 200, 200, 200, 403, 403, 200),
                        h -> h.send("PUT", "/api/ideas/" + someonesIdea() + "/support", null, null)),
                // withdrawing needs one's own support first; the PUT answers as the row above does
                new Endpoint("DELETE /api/ideas/{id}/support", expect(401, 200, 200, 200, 200, 403, 403, 200),
                        h -> {
                            long idea = someonesIdea();
                            h.send("PUT", "/api/ideas/" + idea + "/support", null, null);
                            return h.send("DELETE", "/api/ideas/" + idea + "/support", null, null);
                        }),
                new Endpoint("POST /api/ideas/{id}/decisions", expect(401, 403, 403, 200, 403, 403, 403, 200),
                        h -> h.postJson("/api/ideas/" + someonesIdea() + "/decisions", "{\"action\":\"REVIEW\"}")),
                new Endpoint("GET /api/policies/{id}/staged-draft", expect(401, 403, 403, 200, 403, 403, 403, 200),
                        h -> h.get("/api/policies/" + publishedPolicy() + "/staged-draft")),
                new Endpoint("POST /api/engagements/{round}/evidence/web", expect(401, 201, 201, 201, 201, 403, 403, 201),
                        h -> h.postJson("/api/engagements/" + openRound() + "/evidence/web",
                                "{\"url\":\"https://example.org/matrix\",\"title\":\"Matrix\"}")),
                new Endpoint("POST /api/engagements/{round}/dispositions", expect(401, 403, 403, 201, 403, 403, 403, 201),
                        h -> {
                            long comment = someonesComment(); // on a fresh open round of OWN: lastRound
                            return h.postJson("/api/engagements/" + lastRound + "/dispositions", "{\"commentIds\":["
                                    + comment + "],\"outcome\":\"NOT_ACCEPTED\",\"reason\":\"Matrix\"}");
                        }),
                new Endpoint("GET /api/engagements/{round}/outcome", expect(200, 200, 200, 200, 200, 200, 200, 200),
                        h -> h.get("/api/engagements/" + publishedOutcome() + "/outcome")),
                new Endpoint("GET /api/engagements/{round}/outcome/csv", expect(200, 200, 200, 200, 200, 200, 200, 200),
                        h -> h.send("GET", "/api/engagements/" + publishedOutcome() + "/outcome/csv", null, null)),
                // moderation: everyone who takes part in live rounds flags (trainees and trainers practise in the
                // sandbox); everyone signed in reads their own flags and notices
                new Endpoint("POST /api/flags", expect(401, 201, 201, 201, 201, 403, 403, 201),
                        h -> h.postJson("/api/flags", "{\"contentType\":\"comment\",\"contentId\":"
                                + someonesComment() + ",\"reason\":\"SPAM\"}")),
                new Endpoint("GET /api/flags/mine", expect(401, 200, 200, 200, 200, 200, 200, 200),
                        h -> h.get("/api/flags/mine")),
                new Endpoint("GET /api/moderation/notices", expect(401, 200, 200, 200, 200, 200, 200, 200),
                        h -> h.get("/api/moderation/notices")),
                // only the author appeals: nobody of the matrix wrote the content
                new Endpoint("POST /api/moderation/notices/{case}/appeal",
                        expect(401, 403, 403, 403, 403, 403, 403, 403),
                        h -> h.postJson("/api/moderation/notices/" + decidedCase("hide") + "/appeal",
                                "{\"statement\":\"Please look again\"}")),
                // the queue is for moderators (and admins)
                new Endpoint("GET /api/moderation/cases", expect(401, 403, 200, 403, 403, 200, 403, 200),
                        h -> h.get("/api/moderation/cases")),
                new Endpoint("GET /api/moderation/cases/{case}", expect(401, 403, 200, 403, 403, 403, 403, 200),
                        h -> h.get("/api/moderation/cases/" + flaggedCase())),
                new Endpoint("POST /api/moderation/cases/{case}/claim", expect(401, 403, 200, 403, 403, 403, 403, 200),
                        h -> h.postJson("/api/moderation/cases/" + flaggedCase() + "/claim", "")),
                new Endpoint("POST /api/moderation/cases/{case}/release",
                        expect(401, 403, 200, 403, 403, 403, 403, 200),
                        h -> h.postJson("/api/moderation/cases/" + claimedCase() + "/release", "")),
                new Endpoint("POST /api/moderation/cases/{case}/decisions",
                        expect(401, 403, 200, 403, 403, 403, 403, 200),
                        h -> h.postJson("/api/moderation/cases/" + flaggedCase() + "/decisions",
                                "{\"action\":\"hide\",\"reasonCode\":\"SPAM\",\"statement\":\"Advert\"}")),
                // a trainee's bulk decision on live cases is answered case by case: each one refused (403)
                new Endpoint("POST /api/moderation/cases/bulk-decisions",
                        expect(401, 403, 200, 403, 403, 200, 403, 200),
                        h -> h.postJson("/api/moderation/cases/bulk-decisions", "{\"caseIds\":[" + flaggedCase()
                                + "],\"action\":\"approve\",\"statement\":\"Fine\"}")),
                new Endpoint("POST /api/moderation/cases/{case}/undo", expect(401, 403, 200, 403, 403, 403, 403, 200),
                        h -> h.postJson("/api/moderation/cases/" + decidedCase("hide") + "/undo",
                                "{\"statement\":\"Too hasty\"}")),
                new Endpoint("POST /api/moderation/cases/{case}/purge", expect(401, 403, 200, 403, 403, 403, 403, 200),
                        h -> h.postJson("/api/moderation/cases/" + decidedCase("remove") + "/purge",
                                "{\"statement\":\"Personal data\"}")),
                new Endpoint("POST /api/moderation/cases/{case}/ruling", expect(401, 403, 200, 403, 403, 403, 403, 200),
                        h -> h.postJson("/api/moderation/cases/" + appealedCase() + "/ruling",
                                "{\"outcome\":\"uphold\",\"statement\":\"The removal stands\"}")),
                new Endpoint("POST /api/moderation/cases/{case}/reply", expect(401, 403, 200, 403, 403, 403, 403, 200),
                        h -> h.postJson("/api/moderation/cases/" + flaggedCase() + "/reply",
                                "{\"text\":\"Please keep to the topic of the round.\"}")),
                // escalations go to the agency that owns the round
                new Endpoint("GET /api/moderation/escalations", expect(401, 403, 403, 200, 200, 200, 403, 200),
                        h -> h.get("/api/moderation/escalations")),
                new Endpoint("POST /api/moderation/escalations/{case}/answer",
                        expect(401, 403, 403, 200, 403, 403, 403, 200),
                        h -> h.postJson("/api/moderation/escalations/" + decidedCase("escalate") + "/answer",
                                "{\"statement\":\"The figure is correct; see the budget report.\"}")),
                new Endpoint("POST /api/moderation/escalations/{case}/legal",
                        expect(401, 403, 403, 200, 403, 403, 403, 200),
                        h -> h.postJson("/api/moderation/escalations/" + decidedCase("escalate") + "/legal",
                                "{\"statement\":\"Is this defamatory?\"}")),
                // an agency's own wording of the response templates: its officers (admins name the agency)
                new Endpoint("GET /api/moderation/agency-templates", expect(401, 403, 403, 200, 200, 403, 403, 200),
                        h -> h.get("/api/moderation/agency-templates" + agencyParameter())),
                new Endpoint("PUT /api/moderation/agency-templates/{key}",
                        expect(401, 403, 403, 200, 200, 403, 403, 200),
                        h -> h.send("PUT", "/api/moderation/agency-templates/house-rules" + agencyParameter(),
                                "application/json", TEMPLATE)),
                new Endpoint("DELETE /api/moderation/agency-templates/{key}",
                        expect(401, 403, 403, 204, 204, 403, 403, 204),
                        h -> {
                            h.send("PUT", "/api/moderation/agency-templates/matrix-note" + agencyParameter(),
                                    "application/json", TEMPLATE);
                            return h.send("DELETE", "/api/moderation/agency-templates/matrix-note"
                                    + agencyParameter(), null, null);
                        }),
                new Endpoint("GET /api/moderation/counts", expect(401, 403, 200, 403, 403, 200, 403, 200),
                        h -> h.get("/api/moderation/counts")),
                new Endpoint("GET /api/moderation/templates", expect(401, 403, 200, 403, 403, 200, 403, 200),
                        h -> h.get("/api/moderation/templates")),
                new Endpoint("POST /api/moderation/rounds/{round}/slow-mode",
                        expect(401, 403, 204, 403, 403, 403, 403, 204),
                        h -> h.postJson("/api/moderation/rounds/" + openRound() + "/slow-mode",
                                "{\"seconds\":30,\"statement\":\"Heated thread\"}")),
                new Endpoint("GET /api/moderation/stream", expect(401, 403, 200, 403, 403, 200, 403, 200),
                        h -> h.openStream("/api/moderation/stream", null)),
                // the log: moderators, and the agency that owns the round
                new Endpoint("GET /api/engagements/{round}/moderation-log",
                        expect(401, 403, 200, 200, 403, 403, 403, 200),
                        h -> h.get("/api/engagements/" + openRound() + "/moderation-log")),
                new Endpoint("GET /api/engagements/{round}/moderation-log/csv",
                        expect(401, 403, 200, 200, 403, 403, 403, 200),
                        h -> h.send("GET", "/api/engagements/" + openRound() + "/moderation-log/csv", null, null)),
                // evidence: everyone who may comment uploads and cites; everyone reads; the round's agency and
                // moderators judge
                new Endpoint("POST /api/engagements/{round}/evidence", expect(401, 201, 201, 201, 201, 403, 403, 201),
                        h -> h.postBytes("/api/engagements/" + openRound() + "/evidence", "text/plain",
                                uniqueText(), "X-File-Name", "matrix.txt")),
                new Endpoint("GET /api/engagements/{round}/evidence", expect(200, 200, 200, 200, 200, 200, 200, 200),
                        h -> h.get("/api/engagements/" + openRound() + "/evidence")),
                new Endpoint("GET /api/engagements/{round}/evidence/badges",
                        expect(200, 200, 200, 200, 200, 200, 200, 200),
                        h -> h.get("/api/engagements/" + openRound() + "/evidence/badges")),
                new Endpoint("POST /api/comments/{id}/citations", expect(401, 201, 201, 201, 201, 403, 403, 201),
                        h -> h.postJson("/api/comments/" + someonesComment() + "/citations",
                                "{\"url\":\"https://example.org/matrix\",\"title\":\"Matrix\"}")),
                new Endpoint("GET /api/evidence/{id}", expect(200, 200, 200, 200, 200, 200, 200, 200),
                        h -> h.get("/api/evidence/" + someonesSource())),
                new Endpoint("GET /api/evidence/{id}/file", expect(200, 200, 200, 200, 200, 200, 200, 200),
                        h -> h.send("GET", "/api/evidence/" + someonesSource() + "/file", null, null)),
                new Endpoint("POST /api/evidence/{id}/verdict", expect(401, 403, 200, 200, 403, 403, 403, 200),
                        h -> h.postJson("/api/evidence/" + someonesSource() + "/verdict",
                                "{\"verdict\":\"VERIFIED\",\"note\":\"Matrix\"}")),
                // broadcasts: the round's agency (and admins) publish and see reach; everyone reads; people react
                new Endpoint("POST /api/engagements/{round}/updates", expect(401, 403, 403, 201, 403, 403, 403, 201),
                        h -> h.postJson("/api/engagements/" + openBroadcastRound() + "/updates", UPDATE)),
                new Endpoint("GET /api/engagements/{round}/updates", expect(200, 200, 200, 200, 200, 200, 200, 200),
                        h -> h.get("/api/engagements/" + openBroadcastRound() + "/updates")),
                new Endpoint("GET /api/engagements/{round}/updates/reach",
                        expect(401, 403, 403, 200, 403, 403, 403, 200),
                        h -> h.get("/api/engagements/" + openBroadcastRound() + "/updates/reach")),
                new Endpoint("GET /api/updates/{id}", expect(200, 200, 200, 200, 200, 200, 200, 200),
                        h -> h.get("/api/updates/" + someonesUpdate())),
                new Endpoint("PUT /api/updates/{id}", expect(401, 403, 403, 200, 403, 403, 403, 200),
                        h -> h.send("PUT", "/api/updates/" + someonesUpdate(), "application/json", UPDATE)),
                new Endpoint("POST /api/updates/{id}/withdrawal", expect(401, 403, 403, 200, 403, 403, 403, 200),
                        h -> h.postJson("/api/updates/" + someonesUpdate() + "/withdrawal",
                                "{\"reason\":\"Matrix\"}")),
                new Endpoint("PUT /api/updates/{id}/reaction", expect(401, 200, 200, 200, 200, 403, 403, 200),
                        h -> h.send("PUT", "/api/updates/" + someonesUpdate() + "/reaction", "application/json",
                                "{\"reaction\":\"HELPFUL\"}")),
                new Endpoint("DELETE /api/updates/{id}/reaction", expect(401, 200, 200, 200, 200, 403, 403, 200),
                        h -> h.send("DELETE", "/api/updates/" + someonesUpdate() + "/reaction", null, null)),
                // questions: citizens ask; everyone reads public ones; the round's agency (and admins) work them
                new Endpoint("POST /api/engagements/{round}/questions", expect(401, 201, 201, 403, 403, 403, 403, 403),
                        h -> h.postJson("/api/engagements/" + questionRound() + "/questions",
                                "{\"title\":\"Matrix question\",\"body\":\"Why?\"}")),
                new Endpoint("GET /api/engagements/{round}/questions", expect(200, 200, 200, 200, 200, 200, 200, 200),
                        h -> h.get("/api/engagements/" + questionRound() + "/questions")),
                new Endpoint("GET /api/engagements/{round}/questions/figures",
                        expect(401, 403, 403, 200, 403, 403, 403, 200),
                        h -> h.get("/api/engagements/" + questionRound() + "/questions/figures")),
                new Endpoint("GET /api/engagements/{round}/faq", expect(200, 200, 200, 200, 200, 200, 200, 200),
                        h -> h.get("/api/engagements/" + questionRound() + "/faq")),
                new Endpoint("GET /api/questions/{id}", expect(200, 200, 200, 200, 200, 200, 200, 200),
                        h -> h.get("/api/questions/" + someonesQuestion(false))),
                new Endpoint("POST /api/questions/{id}/claim", expect(401, 403, 403, 200, 403, 403, 403, 200),
                        h -> h.postJson("/api/questions/" + someonesQuestion(false) + "/claim", "")),
                new Endpoint("POST /api/questions/{id}/release", expect(401, 403, 403, 200, 403, 403, 403, 200),
                        h -> h.postJson("/api/questions/" + someonesQuestion(false) + "/release", "")),
                new Endpoint("POST /api/questions/{id}/answers", expect(401, 403, 403, 200, 403, 403, 403, 200),
                        h -> h.postJson("/api/questions/" + someonesQuestion(false) + "/answers",
                                "{\"body\":\"Matrix answer\"}")),
                // only the asker follows up or resolves: nobody of the matrix asked
                new Endpoint("POST /api/questions/{id}/follow-ups", expect(401, 403, 403, 403, 403, 403, 403, 403),
                        h -> h.postJson("/api/questions/" + someonesQuestion(true) + "/follow-ups",
                                "{\"body\":\"Matrix follow-up\"}")),
                new Endpoint("POST /api/questions/{id}/resolve", expect(401, 403, 403, 403, 403, 403, 403, 403),
                        h -> h.postJson("/api/questions/" + someonesQuestion(true) + "/resolve", "")),
                new Endpoint("POST /api/questions/{id}/faq", expect(401, 403, 403, 201, 403, 403, 403, 201),
                        h -> h.postJson("/api/questions/" + someonesQuestion(true) + "/faq",
                                "{\"question\":\"Matrix?\",\"answer\":\"Matrix.\"}")),
                // training: everyone reads the library; trainees run scenarios, trainers run classes; a run or a
                // class is 404 to everyone but its trainee and trainer (the matrix's trainee and trainer are not)
                new Endpoint("GET /api/training/scenarios", expect(200, 200, 200, 200, 200, 200, 200, 200),
                        h -> h.get("/api/training/scenarios")),
                new Endpoint("GET /api/training/scenarios/{key}", expect(200, 200, 200, 200, 200, 200, 200, 200),
                        h -> h.get("/api/training/scenarios/tame-the-trolls")),
                new Endpoint("GET /api/training/mine", expect(401, 403, 403, 403, 403, 200, 200, 403),
                        h -> h.get("/api/training/mine")),
                new Endpoint("POST /api/training/runs", expect(401, 403, 403, 403, 403, 201, 403, 403),
                        h -> h.postJson("/api/training/runs", "{\"scenario\":\"set-the-goals\",\"speed\":1}")),
                new Endpoint("GET /api/training/runs/{id}", expect(401, 403, 403, 403, 403, 404, 404, 403),
                        h -> h.get("/api/training/runs/" + someonesRun())),
                new Endpoint("POST /api/training/runs/{id}/pause", expect(401, 403, 403, 403, 403, 404, 403, 403),
                        h -> h.postJson("/api/training/runs/" + someonesRun() + "/pause", "")),
                new Endpoint("POST /api/training/runs/{id}/resume", expect(401, 403, 403, 403, 403, 404, 403, 403),
                        h -> h.postJson("/api/training/runs/" + someonesRun() + "/resume", "")),
                new Endpoint("POST /api/training/runs/{id}/finish", expect(401, 403, 403, 403, 403, 404, 403, 403),
                        h -> h.postJson("/api/training/runs/" + someonesRun() + "/finish", "")),
                new Endpoint("POST /api/training/runs/{id}/reset", expect(401, 403, 403, 403, 403, 404, 404, 403),
                        h -> h.postJson("/api/training/runs/" + someonesRun() + "/reset", "")),
                new Endpoint("PUT /api/training/runs/{id}/mode", expect(401, 403, 403, 403, 403, 404, 403, 403),
                        h -> h.send("PUT", "/api/training/runs/" + someonesRun() + "/mode", "application/json",
                                "{\"mode\":\"BROADCAST\"}")),
                new Endpoint("PUT /api/training/runs/{id}/plan", expect(401, 403, 403, 403, 403, 404, 403, 403),
                        h -> h.send("PUT", "/api/training/runs/" + someonesRun() + "/plan", "application/json",
                                "{\"text\":\"Reach 500 residents.\"}")),
                new Endpoint("GET /api/training/runs/{id}/debrief", expect(401, 403, 403, 403, 403, 404, 404, 403),
                        h -> h.get("/api/training/runs/" + someonesRun() + "/debrief")),
                new Endpoint("POST /api/training/classes", expect(401, 403, 403, 403, 403, 403, 201, 403),
                        h -> h.postJson("/api/training/classes", "{\"scenario\":\"set-the-goals\","
                                + "\"trainees\":[\"matrix-trainee\"]}")),
                new Endpoint("GET /api/training/classes", expect(401, 403, 403, 403, 403, 403, 200, 403),
                        h -> h.get("/api/training/classes")),
                new Endpoint("GET /api/training/classes/{id}", expect(401, 403, 403, 403, 403, 403, 404, 403),
                        h -> h.get("/api/training/classes/" + someonesClass())),
                new Endpoint("GET /api/training/classes/{id}/csv", expect(401, 403, 403, 403, 403, 403, 404, 403),
                        h -> h.send("GET", "/api/training/classes/" + someonesClass() + "/csv", null, null)),
                new Endpoint("POST /api/training/classes/{id}/reset", expect(401, 403, 403, 403, 403, 403, 404, 403),
                        h -> h.postJson("/api/training/classes/" + someonesClass() + "/reset", "")));

        // the matrix must name every operation the API has: a new endpoint without a row fails here
        var documented = new java.util.TreeSet<String>();
        var paths = http.get("/openapi?format=JSON").json().getJsonObject("paths");
        for (var path : paths.keySet()) {
            for (var method : paths.getJsonObject(path).keySet()) {
                if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    documented.add(method.toUpperCase() + " " + path);
                }
            }
        }
        var inMatrix = new java.util.TreeSet<String>();
        for (Endpoint endpoint : endpoints) {
            inMatrix.add(endpoint.name());
        }
        assertThat(inMatrix).isEqualTo(documented);

        var mismatches = new ArrayList<String>();
        int cells = 0;
        for (var endpoint : endpoints) {
            for (var persona : personas().entrySet()) {
                var client = persona.getValue() == null ? http : http.as(persona.getValue());
                current = persona.getKey();
                var reply = endpoint.call().apply(client);
                int expected = endpoint.expected().get(persona.getKey());
                cells++;
                if (reply.status() != expected) {
                    mismatches.add(endpoint.name() + " as " + persona.getKey() + ": expected " + expected + ", got "
                            + reply.status() + " " + reply.body());
                }
                if (reply.status() >= 400) {
                    reply.assertProblem(reply.status(), switch (reply.status()) {
                        case 401 -> "unauthenticated";
                        case 403 -> "forbidden";
                        case 404 -> "not-found";
                        default -> "unexpected";
                    });
                }
                if (reply.status() == 401) {
                    assertThat(reply.header("WWW-Authenticate")).get().asString().startsWith("Bearer");
                }
            }
        }
        assertThat(cells).isEqualTo(endpoints.size() * 8).isEqualTo(102 * 8);
        assertThat(mismatches).isEmpty();
    }

    private String current;

    /** A moderator who is none of the matrix's personas. */
    Http moderatorAside() {
        return http.as(Tokens.person(Tokens.unique("mod"), null, "moderator"));
    }

    /** A comment flagged by someone outside the matrix: its case id. */
    long flaggedCase() {
        var reply = http.as(Tokens.citizen()).postJson("/api/flags", "{\"contentType\":\"comment\",\"contentId\":"
                + someonesComment() + ",\"reason\":\"ABUSE\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getJsonNumber("caseId").longValue();
    }

    long claimedCase() {
        long c = flaggedCase();
        assertThat(moderatorAside().postJson("/api/moderation/cases/" + c + "/claim", "").status()).isEqualTo(200);
        return c;
    }

    /** A flagged case decided by a moderator outside the matrix. */
    long decidedCase(String action) {
        long c = flaggedCase();
        var reply = moderatorAside().postJson("/api/moderation/cases/" + c + "/decisions", "{\"action\":\"" + action
                + "\",\"reasonCode\":\"ABUSE\",\"statement\":\"Insults\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return c;
    }

    /** A removal that its author appealed. */
    long appealedCase() {
        String author = Tokens.citizen();
        var comment = http.as(author).postJson("/api/engagements/" + openRound() + "/comments",
                "{\"text\":\"My comment\"}");
        var flag = http.as(Tokens.citizen()).postJson("/api/flags", "{\"contentType\":\"comment\",\"contentId\":"
                + comment.json().getJsonNumber("id") + ",\"reason\":\"ABUSE\"}");
        long c = flag.json().getJsonNumber("caseId").longValue();
        assertThat(moderatorAside().postJson("/api/moderation/cases/" + c + "/decisions",
                "{\"action\":\"remove\",\"reasonCode\":\"ABUSE\",\"statement\":\"Insults\"}").status())
                .isEqualTo(200);
        var appeal = http.as(author).postJson("/api/moderation/notices/" + c + "/appeal",
                "{\"statement\":\"It was a quote\"}");
        assertThat(appeal.status()).as(appeal.body()).isEqualTo(201);
        return c;
    }

    /** An open co-development round of {@link #OWN} on the second version of a fresh policy. */
    long openCoDevelopmentRound() {
        var admin = http.as(Tokens.admin());
        long policy = publishedPolicy();
        long version = admin.get("/api/policies/" + policy + "/versions/2").json().getJsonNumber("versionId")
                .longValue();
        var created = admin.postJson("/api/engagements", "{\"title\":\"Matrix ideas\",\"mode\":\"CO_DEVELOPMENT\","
                + "\"agency\":\"" + OWN + "\",\"draftVersionId\":" + version + ",\"closesAt\":\""
                + Instant.now().plus(Duration.ofDays(3)) + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(admin.postJson("/api/engagements/" + id + "/open", "").status()).isEqualTo(200);
        return id;
    }

    static final String UPDATE = "{\"title\":\"Matrix update\",\"body\":\"Matrix text.\",\"sources\":"
            + "[{\"url\":\"https://example.org/matrix\",\"title\":\"Matrix source\"}]}";

    /** An open broadcast round owned by {@link #OWN}, made by an admin for one cell of the matrix. */
    long openBroadcastRound() {
        var admin = http.as(Tokens.admin());
        var created = admin.postJson("/api/engagements", "{\"title\":\"Matrix broadcast\",\"mode\":\"BROADCAST\","
                + "\"agency\":\"" + OWN + "\",\"closesAt\":\"" + Instant.now().plus(Duration.ofDays(3)) + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(admin.postJson("/api/engagements/" + id + "/open", "").status()).isEqualTo(200);
        return id;
    }

    /** An idea by a citizen who is none of the matrix's personas, on a fresh co-development round of OWN. */
    long someonesIdea() {
        var reply = http.as(Tokens.citizen()).postJson("/api/engagements/" + openCoDevelopmentRound() + "/ideas",
                "{\"title\":\"Someone's idea\",\"text\":\"Someone's idea, in words.\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    /** An update posted by an officer of {@link #OWN} outside the matrix, on a fresh open broadcast round. */
    long someonesUpdate() {
        var reply = http.as(Tokens.officer(OWN)).postJson("/api/engagements/" + openBroadcastRound() + "/updates",
                UPDATE);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    /** A comment by a citizen who is none of the matrix's personas, on an open round. */
    long someonesComment() {
        var reply = http.as(Tokens.citizen()).postJson("/api/engagements/" + openRound() + "/comments",
                "{\"text\":\"Someone's comment\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    /** A source uploaded by a citizen outside the matrix, on a fresh open round of {@link #OWN}: its id. */
    long someonesSource() {
        var reply = http.as(Tokens.citizen()).postBytes("/api/engagements/" + openRound() + "/evidence",
                "text/plain", uniqueText(), "X-File-Name", "someones.txt");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getJsonObject("source").getJsonNumber("id").longValue();
    }

    /** An open customer-service round of {@link #OWN}, made by an admin for one cell of the matrix. */
    long questionRound() {
        var admin = http.as(Tokens.admin());
        var created = admin.postJson("/api/engagements", "{\"title\":\"Matrix desk\",\"mode\":\"CUSTOMER_SERVICE\","
                + "\"agency\":\"" + OWN + "\",\"closesAt\":\"" + Instant.now().plus(Duration.ofDays(3)) + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(admin.postJson("/api/engagements/" + id + "/open", "").status()).isEqualTo(200);
        return id;
    }

    /** A public question by a citizen outside the matrix on a fresh round of {@link #OWN}; answered if asked. */
    long someonesQuestion(boolean answered) {
        long round = questionRound();
        var reply = http.as(Tokens.citizen()).postJson("/api/engagements/" + round + "/questions",
                "{\"title\":\"Someone's question\",\"body\":\"How?\",\"public\":true}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        long id = reply.json().getJsonNumber("id").longValue();
        if (answered) {
            var answer = http.as(Tokens.admin()).postJson("/api/questions/" + id + "/answers", "{\"body\":\"Thus.\"}");
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        }
        return id;
    }

    /** Text no upload had before, so that every upload of the matrix stores a new source. */
    static byte[] uniqueText() {
        return ("Matrix evidence " + java.util.UUID.randomUUID() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A policy of {@link #OWN} with two published versions, made by an admin for one cell of the matrix. */
    long publishedPolicy() {
        var admin = http.as(Tokens.admin());
        long id = admin.postJson("/api/policies", "{\"title\":\"Matrix policy\",\"agency\":\"" + OWN + "\"}").json()
                .getJsonNumber("id").longValue();
        assertThat(admin.postJson("/api/policies/" + id + "/versions", "{\"markdown\":\"One.\\n\\nTwo.\"}").status())
                .isEqualTo(201);
        assertThat(admin.postJson("/api/policies/" + id + "/versions", "{\"markdown\":\"One.\\n\\nTwo, edited.\"}")
                .status()).isEqualTo(201);
        return id;
    }

    static final String TEMPLATE = "{\"title\":\"Our house rules\",\"body\":\"Please read {house_rules_link}.\"}";

    /** Administrators name the agency whose templates they work on; officers work on their own. */
    private String agencyParameter() {
        return isAdmin(null) ? "?agency=" + OWN.replace(" ", "%20") : "";
    }

    private boolean isAdmin(Http h) {
        return "admin".equals(current);
    }

    @Test
    void bad_tokens_are_refused_with_401() {
        var body = "{\"title\":\"Should not exist\",\"mode\":\"BROADCAST\"}";
        var tokens = new LinkedHashMap<String, String>();
        tokens.put("forged signature", Tokens.forged());
        tokens.put("alg none", Tokens.unsigned());
        tokens.put("expired", Tokens.tampered(c -> {
            c.setExpirationTime(NumericDate.fromSeconds(Instant.now().minusSeconds(600).getEpochSecond()));
            c.setIssuedAt(NumericDate.fromSeconds(Instant.now().minusSeconds(900).getEpochSecond()));
        }));
        tokens.put("wrong audience", Tokens.tampered(c -> c.setAudience("some-other-service")));
        tokens.put("wrong issuer", Tokens.tampered(c -> c.setIssuer("http://127.0.0.1:1/realms/evil")));
        tokens.put("garbage", "not.a.token");
        for (var token : tokens.entrySet()) {
            var reply = http.as(token.getValue()).postJson("/api/engagements", body);
            assertThat(reply.status()).as(token.getKey() + ": " + reply.body()).isEqualTo(401);
            reply.assertProblem(401, "invalid-token");
            assertThat(reply.header("WWW-Authenticate")).get().asString().contains("error=\"invalid_token\"");
            // a bad token is refused even where no token is needed, so a client learns its token is broken
            var read = http.as(token.getValue()).get("/api/me");
            assertThat(read.status()).as(token.getKey() + " on a public read").isEqualTo(401);
            assertThat(reply.body()).as(token.getKey()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void a_participant_is_created_on_first_sight_and_recognised_after() {
        String username = Tokens.unique("newcomer");
        String token = Tokens.person(username, null, "citizen", "moderator");
        var first = http.as(token).get("/api/me").json();
        var second = http.as(token).get("/api/me").json();
        assertThat(first.getBoolean("authenticated")).isTrue();
        assertThat(first.getString("displayName")).isEqualTo(username);
        assertThat(first.getJsonArray("roles").toString()).isEqualTo("[\"citizen\",\"moderator\"]");
        assertThat(second.getJsonNumber("participantId")).isEqualTo(first.getJsonNumber("participantId"));
        var anonymous = http.get("/api/me").json();
        assertThat(anonymous.getBoolean("authenticated")).isFalse();
    }

    @Test
    void history_records_who_did_what() {
        String omar = Tokens.person(Tokens.unique("omar"), OWN, "agency");
        String ada = Tokens.person(Tokens.unique("ada"), null, "admin");
        var created = http.as(omar).postJson("/api/engagements", "{\"title\":\"Who did it\",\"mode\":\"CONSULTATION\","
                + "\"closesAt\":\"" + Instant.now().plus(Duration.ofDays(4)) + "\"}").json();
        long id = created.getJsonNumber("id").longValue();
        assertThat(created.getString("agency")).isEqualTo(OWN);
        http.as(omar).postJson("/api/engagements/" + id + "/open", "");
        http.as(ada).postJson("/api/engagements/" + id + "/close", "");

        var history = http.as(omar).get("/api/engagements/" + id + "/history");
        assertThat(history.status()).isEqualTo(200);
        var entries = jakarta.json.Json.createReader(new java.io.StringReader(history.body())).readArray()
                .getValuesAs(JsonObject.class);
        assertThat(entries).extracting(e -> e.getString("action")).containsExactly("create", "open", "close");
        assertThat(entries).extracting(e -> e.getString("stateAfter")).containsExactly("DRAFT", "OPEN", "CLOSED");
        String omarName = http.as(omar).get("/api/me").json().getString("displayName");
        String adaName = http.as(ada).get("/api/me").json().getString("displayName");
        assertThat(entries).extracting(e -> e.getString("actorName")).containsExactly(omarName, omarName, adaName);
    }

    @Test
    void drafts_are_invisible_to_everyone_but_their_agency_and_admins() {
        String omar = Tokens.person(Tokens.unique("omar"), OWN, "agency");
        long id = http.as(omar).postJson("/api/engagements", "{\"title\":\"Secret draft\",\"mode\":\"BROADCAST\"}")
                .json().getJsonNumber("id").longValue();
        assertThat(http.get("/api/engagements/" + id).status()).isEqualTo(404);
        assertThat(http.as(Tokens.citizen()).get("/api/engagements/" + id).status()).isEqualTo(404);
        assertThat(http.as(Tokens.officer(OTHER)).get("/api/engagements/" + id).status()).isEqualTo(404);
        assertThat(http.as(Tokens.officer(OTHER)).postJson("/api/engagements/" + id + "/open", "").status())
                .isEqualTo(404);
        assertThat(http.as(Tokens.officer(OWN)).get("/api/engagements/" + id).status()).isEqualTo(200);
        assertThat(http.as(Tokens.admin()).get("/api/engagements/" + id).status()).isEqualTo(200);
        assertThat(http.get("/api/engagements?state=DRAFT&size=100").json().getJsonNumber("total").longValue())
                .isZero();
    }

    @Test
    void an_officer_cannot_create_for_another_agency_and_an_admin_must_name_one() {
        var problem = http.as(Tokens.officer(OWN)).postJson("/api/engagements",
                "{\"title\":\"Not mine\",\"mode\":\"BROADCAST\",\"agency\":\"" + OTHER + "\"}")
                .assertProblem(403, "forbidden");
        assertThat(problem.getString("detail")).contains(OWN);
        http.as(Tokens.person(Tokens.unique("loose"), null, "agency")).postJson("/api/engagements",
                "{\"title\":\"No agency\",\"mode\":\"BROADCAST\"}").assertProblem(403, "forbidden");
        var missing = http.as(Tokens.admin()).postJson("/api/engagements",
                "{\"title\":\"Whose?\",\"mode\":\"BROADCAST\"}").assertProblem(400, "validation");
        assertThat(missing.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("agency");
    }

    @Test
    void a_participant_who_floods_writes_gets_429_with_retry_after() {
        var officer = http.as(Tokens.officer(Tokens.unique("Flood agency")));
        int created = 0;
        Http.Reply refused = null;
        for (int i = 0; i < 40 && refused == null; i++) {
            var reply = officer.postJson("/api/engagements", "{\"title\":\"Flood " + i + "\",\"mode\":\"BROADCAST\"}");
            if (reply.status() == 201) {
                created++;
            } else {
                refused = reply;
            }
        }
        assertThat(created).isEqualTo(30); // the default burst
        assertThat(refused).isNotNull();
        refused.assertProblem(429, "rate-limited");
        assertThat(Long.parseLong(refused.header("Retry-After").orElseThrow())).isBetween(1L, 60L);
        // others are not affected, and reads are never throttled
        assertThat(http.as(Tokens.officer("Calm agency")).postJson("/api/engagements",
                "{\"title\":\"Calm\",\"mode\":\"BROADCAST\"}").status()).isEqualTo(201);
        assertThat(officer.get("/api/engagements?size=1").status()).isEqualTo(200);
    }
}

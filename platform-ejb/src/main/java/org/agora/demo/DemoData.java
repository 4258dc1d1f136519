package org.agora.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import java.util.List;
import org.agora.comments.boundary.Comments;
import org.agora.comments.boundary.NewComment;
import org.agora.comments.boundary.NewDisposition;
import org.agora.comments.boundary.Outcomes;
import org.agora.drafts.boundary.Drafts;
import org.agora.identity.boundary.Participants;
import org.agora.drafts.boundary.NewPolicy;
import org.agora.drafts.boundary.NewVersion;
import org.agora.engagements.boundary.Engagements;
import org.agora.engagements.boundary.NewEngagement;
import org.agora.engagements.control.EngagementFinder;
import org.agora.engagements.entity.Action;
import org.agora.identity.boundary.Actor;
import org.agora.moderation.boundary.Moderation;
import org.agora.moderation.boundary.Moderator;
import org.agora.moderation.control.ReasonCode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Seeds demo rounds into an empty database when enabled, in one transaction: all of it or none. */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "agora.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    Engagements engagements;

    @Inject
    EngagementFinder finder;

    @Inject
    Drafts drafts;

    @Inject
    Comments comments;

    @Inject
    Outcomes outcomes;

    @Inject
    Participants participants;

    @Inject
    Clock clock;

    @Inject
    Moderation moderation;

    @Inject
    org.agora.questions.boundary.Questions questions;

    private static final Actor DEMO = Actor.system("Agora demo data");

    @PostConstruct
    void seed() {
        if (!enabled) {
            return;
        }
        if (!finder.isEmpty()) {
            LOG.info("Demo data: the database already holds rounds; nothing seeded.");
            return;
        }
        Instant now = clock.instant();
        var policy = drafts.createPolicy(DEMO, new NewPolicy("Cycle lanes on the High Street",
                "A plan for protected cycle lanes between the station and the market square.",
                "City Transport Department"));
        var v1 = drafts.publish(DEMO, policy.id(), new NewVersion(CYCLE_LANES_V1, "First draft for consultation"));
        var first = engagements.create(DEMO, new NewEngagement("Cycle lanes: first draft", "Round 1 on version 1.",
                "CONSULTATION", "City Transport Department", null, now.plus(Duration.ofDays(1)), v1.versionId(),
                null));
        engagements.perform(DEMO, first.id(), Action.OPEN, null);
        String parkingKey = v1.paragraphs().stream().filter(p -> p.text().startsWith("Thirty parking")).findFirst()
                .orElseThrow().key();
        var loading = comments.post(resident("anna"), first.id(), new NewComment("Shops on the High Street need"
                + " deliveries until eleven; ten is too early.", null, "OPPOSE", new NewComment.AnchorRequest(
                parkingKey, "before ten in the morning", null, null, null)), null).comment();
        var spaces = comments.post(resident("karim"), first.id(), new NewComment("Thirty spaces is a lot for the"
                + " blue badge holders who live here.", null, "OPPOSE", new NewComment.AnchorRequest(parkingKey,
                "Thirty parking spaces", null, null, null)), null).comment();
        comments.post(resident("lee"), first.id(), new NewComment("Yes please: my children could cycle to school.",
                null, "SUPPORT", null), null);
        engagements.perform(DEMO, first.id(), Action.CLOSE, null);

        var v2 = drafts.publish(DEMO, policy.id(), new NewVersion(CYCLE_LANES_V2,
                "After round 1: fewer parking spaces removed, later loading hours, new section on trees"));
        outcomes.record(DEMO, first.id(), new NewDisposition(List.of(loading.id()), "ACCEPTED",
                "Loading bays now stay open until eleven.", 2, List.of(parkingKey)));
        outcomes.record(DEMO, first.id(), new NewDisposition(List.of(spaces.id()), "PARTLY",
                "Twenty spaces instead of thirty are removed; blue badge bays stay.", 2, List.of(parkingKey)));
        engagements.perform(DEMO, first.id(), Action.PUBLISH_OUTCOME, null);
        var second = engagements.create(DEMO, new NewEngagement("Cycle lanes on the High Street: revised plan",
                "Read the revised plan for protected cycle lanes and tell us what works and what does not,"
                        + " paragraph by paragraph.", "CONSULTATION", "City Transport Department", null,
                now.plus(Duration.ofDays(21)), v2.versionId(), new NewEngagement.Settings(true, false, true, 5000,
                        30, null, null)));
        engagements.perform(DEMO, second.id(), Action.OPEN, null);
        // a moderation backlog: a reported comment (two flags, under the auto-hide threshold) and one screening held
        var rude = comments.post(resident("rex"), second.id(), new NewComment("Cyclists are a menace and whoever"
                + " drew this plan has never left their office.", null, "OPPOSE", null), null).comment();
        for (String reporter : List.of("anna", "karim")) {
            var who = resident(reporter);
            moderation.flag(new Moderator(who.participantId(), who.displayName(), false), "comment", rude.id(),
                    ReasonCode.ABUSE, null);
        }
        comments.post(resident("sam"), second.id(), new NewComment("Only an idiot would remove parking here.", null,
                null, null), null);
        open("Ideas for the riverside park",
                "Propose and vote on ideas for the new riverside park. The most supported ideas go into the design"
                        + " brief.",
                "CO_DEVELOPMENT", "Parks and Recreation", now.plus(Duration.ofDays(35)));
        open("Ask us about the new waste collection schedule",
                "Questions about bins, collection days or missed collections. We answer within two working days.",
                "CUSTOMER_SERVICE", "Waste Services", now.plus(Duration.ofDays(60)));
        open("Water main renewal: weekly updates",
                "Weekly progress on the water main renewal, with sources. Ask if anything is unclear.",
                "BROADCAST", "Water Utility", now.plus(Duration.ofDays(90)));
        var scheduled = engagements.create(DEMO, new NewEngagement("Library opening hours review",
                "How should the central library's opening hours change next year?", "CONSULTATION",
                "Libraries and Culture", now.plus(Duration.ofDays(7)), now.plus(Duration.ofDays(40)), null, null));
        engagements.perform(DEMO, scheduled.id(), Action.SCHEDULE, null);
        permitsDesk(now);
        LOG.info("Demo data: a policy with 2 versions, 6 rounds (4 open, 1 with its outcome published, 1 scheduled),"
                + " 5 comments, 2 decisions and 2 moderation cases seeded.");
    }

    /**
     * Questions: an open customer-service round of the transport department with an answered and resolved question,
     * one published in the FAQ, one overdue (asked five days ago) and one private question waiting.
     */
    private void permitsDesk(Instant now) {
        var desk = engagements.create(DEMO, new NewEngagement("Ask the permits desk",
                "Questions about parking permits, visitor permits and permits for works on the street. We answer"
                        + " within two working days.", "CUSTOMER_SERVICE", "City Transport Department", null,
                now.plus(Duration.ofDays(60)), null, new NewEngagement.Settings(null, null, null, null, null, null,
                        16)));
        engagements.perform(DEMO, desk.id(), Action.OPEN, null);
        var officer = participants.enroll("demo:permits-officer", "Priya (permits desk)",
                java.util.Optional.of("City Transport Department"),
                java.util.Set.of(org.agora.identity.entity.Role.AGENCY));
        var anna = resident("anna");
        var resolved = questions.askAsOf(anna, desk.id(), new org.agora.questions.boundary.NewQuestion(
                "Resident permit after moving house", "I moved from Mill Lane to Station Road. Does my resident"
                        + " permit move with me?", false), now.minus(Duration.ofHours(3)));
        questions.answer(officer, resolved.id(), "No: a permit belongs to a street zone. Apply for a new one for"
                + " Station Road online; the old one is refunded for the months left.");
        questions.resolve(anna, resolved.id());
        var asked = questions.askAsOf(resident("karim"), desk.id(), new org.agora.questions.boundary.NewQuestion(
                "Visitor permits on Sundays", "Do my visitors need a visitor permit on Sundays?", true),
                now.minus(Duration.ofHours(26)));
        questions.answer(officer, asked.id(), "No. Parking in the resident zones is free for everyone on Sundays"
                + " and public holidays.");
        questions.publishFaq(officer, asked.id(), new org.agora.questions.boundary.NewFaqEntry(
                "Do visitors need a visitor permit on Sundays?",
                "No. Parking in the resident zones is free for everyone on Sundays and public holidays."));
        questions.askAsOf(resident("lee"), desk.id(), new org.agora.questions.boundary.NewQuestion(
                "Skip on the street for two weeks", "We are renovating. How do I get a permit to put a skip on the"
                        + " street outside number 12 for two weeks?", false), now.minus(Duration.ofDays(5)));
        questions.ask(resident("sam"), desk.id(), new org.agora.questions.boundary.NewQuestion(
                "Blue badge bay outside my house", "My mother has a blue badge and lives with us. Can we have a"
                        + " disabled bay outside our house?", false));
        LOG.info("Demo data: the permits desk with 4 questions (1 resolved, 1 in the FAQ, 1 overdue, 1 waiting).");
    }

    /** A demo resident: a participant of its own, not one of the Keycloak demo users. */
    private Actor resident(String name) {
        return participants.enroll("demo:" + name, name, java.util.Optional.empty(),
                java.util.Set.of(org.agora.identity.entity.Role.CITIZEN));
    }

    private void open(String title, String summary, String mode, String agency, Instant closesAt) {
        var created = engagements.create(DEMO, new NewEngagement(title, summary, mode, agency, null, closesAt, null, null));
        engagements.perform(DEMO, created.id(), Action.OPEN, null);
    }

    static final String CYCLE_LANES_V1 = """
            # Cycle lanes on the High Street

            ## Why we propose this

            Four in ten trips in the town centre are shorter than three kilometres, yet most are made by car. People \
            tell us they would cycle more if they felt safe on the High Street.

            ## What we propose

            Protected cycle lanes will be built on both sides of the High Street between the station and the \
            market square.

            Thirty parking spaces will be removed to make room for the lanes, and loading bays will be kept for \
            deliveries before ten in the morning.

            Bus stops will be moved onto islands so that cyclists pass behind waiting passengers.

            ## Timetable

            Works would start in spring and take about nine months, street by street.
            """;

    static final String CYCLE_LANES_V2 = """
            # Cycle lanes on the High Street

            ## Why we propose this

            Four in ten trips in the town centre are shorter than three kilometres, yet most are made by car. People \
            tell us they would cycle more if they felt safe on the High Street.

            ## What we propose

            Protected cycle lanes will be built on both sides of the High Street between the station and the \
            market square.

            Bus stops will be moved onto islands so that cyclists pass behind waiting passengers.

            Twenty parking spaces will be removed to make room for the lanes, and loading bays will be kept for \
            deliveries before eleven in the morning.

            ## Trees and shade

            New trees will be planted along the lanes wherever the pavement is wide enough, chosen with residents.

            ## Timetable

            Works would start in spring and take about nine months, street by street.
            """;
}

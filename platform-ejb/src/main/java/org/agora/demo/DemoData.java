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
import org.agora.broadcasts.boundary.NewUpdate;
import org.agora.broadcasts.boundary.Updates;
import org.agora.broadcasts.entity.Reaction;
import org.agora.comments.boundary.Comments;
import org.agora.comments.boundary.NewComment;
import org.agora.comments.boundary.NewDisposition;
import org.agora.comments.boundary.Outcomes;
import org.agora.drafts.boundary.Drafts;
import org.agora.ideas.boundary.IdeaDecision;
import org.agora.ideas.boundary.Ideas;
import org.agora.ideas.boundary.NewIdea;
import org.agora.identity.boundary.Participants;
import org.agora.drafts.boundary.NewPolicy;
import org.agora.drafts.boundary.NewVersion;
import org.agora.engagements.boundary.Engagements;
import org.agora.engagements.boundary.NewEngagement;
import org.agora.engagements.control.EngagementFinder;
import org.agora.engagements.entity.Action;
import org.agora.identity.boundary.Actor;
import org.agora.moderation.boundary.Flags;
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
    Flags flags;

    @Inject
    Ideas ideas;

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
                parkingKey, "before ten in the morning", null, null, null), null), null).comment();
        var spaces = comments.post(resident("karim"), first.id(), new NewComment("Thirty spaces is a lot for the"
                + " blue badge holders who live here.", null, "OPPOSE", new NewComment.AnchorRequest(parkingKey,
                "Thirty parking spaces", null, null, null), null), null).comment();
        comments.post(resident("lee"), first.id(), new NewComment("Yes please: my children could cycle to school.",
                null, "SUPPORT", null, null), null);
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
                        30, null, null, null)));
        engagements.perform(DEMO, second.id(), Action.OPEN, null);
        // a moderation backlog: a reported comment (two flags, under the auto-hide threshold) and one screening held
        var rude = comments.post(resident("rex"), second.id(), new NewComment("Cyclists are a menace and whoever"
                + " drew this plan has never left their office.", null, "OPPOSE", null, null), null).comment();
        for (String reporter : List.of("anna", "karim")) {
            var who = resident(reporter);
            flags.flag(Moderator.participant(who.participantId(), who.displayName()), "comment", rude.id(),
                    ReasonCode.ABUSE, null);
        }
        comments.post(resident("sam"), second.id(), new NewComment("Only an idiot would remove parking here.", null,
                null, null, null), null);
        seedCoDevelopment(now);
        var scheduled = engagements.create(DEMO, new NewEngagement("Library opening hours review",
                "How should the central library's opening hours change next year?", "CONSULTATION",
                "Libraries and Culture", now.plus(Duration.ofDays(7)), now.plus(Duration.ofDays(40)), null, null));
        engagements.perform(DEMO, scheduled.id(), Action.SCHEDULE, null);
        permitsDesk(now);
        seedBroadcasts(now);
        LOG.info("Demo data: 2 policies, 6 rounds (4 open, 1 with its outcome published, 1 scheduled),"
                + " 6 comments, 2 decisions, 3 moderation cases, 5 ideas, 3 broadcast updates and a permits desk"
                + " seeded.");
    }

    /**
     * An open co-development round on a design brief, with ideas, an amendment shown as a diff, support, one idea
     * under review, an accepted amendment staged for version 2 and a duplicate folded into the idea it repeats.
     */
    private void seedCoDevelopment(Instant now) {
        var brief = drafts.createPolicy(DEMO, new NewPolicy("Riverside park design brief",
                "What the new riverside park must offer; shaped with residents.", "Parks and Recreation"));
        var v1 = drafts.publish(DEMO, brief.id(), new NewVersion(RIVERSIDE_V1, "First brief, open to amendment"));
        var round = engagements.create(DEMO, new NewEngagement("Ideas for the riverside park",
                "Propose and support ideas for the new riverside park, or amend the brief paragraph by paragraph."
                        + " Accepted amendments go into the next version of the brief.",
                "CO_DEVELOPMENT", "Parks and Recreation", null, now.plus(Duration.ofDays(35)), v1.versionId(), null));
        engagements.perform(DEMO, round.id(), Action.OPEN, null);
        String paths = v1.paragraphs().stream().filter(p -> p.text().startsWith("Paths")).findFirst().orElseThrow()
                .key();
        String lights = v1.paragraphs().stream().filter(p -> p.text().startsWith("Lighting")).findFirst()
                .orElseThrow().key();
        var fountain = ideas.propose(resident("anna"), round.id(), new NewIdea("Drinking fountains",
                "Two drinking fountains, one by the playground and one by the sports field.", null, null));
        var water = ideas.propose(resident("lee"), round.id(), new NewIdea("Free water by the swings",
                "Parents need somewhere to fill bottles near the swings.", null, null));
        var wider = ideas.propose(resident("karim"), round.id(), new NewIdea("Wider shared paths",
                "Bikes, buggies and wheelchairs share these paths; two metres is not enough at weekends.", paths,
                "Paths are three metres wide, with a centre line where cyclists and walkers share them."));
        var darkSky = ideas.propose(resident("sam"), round.id(), new NewIdea("Keep the river bank dark",
                "Bats feed along the water; light only the main paths.", lights,
                "Lighting is limited to the main paths, with warm, downward lights that dim after ten at night."));
        var cafe = ideas.propose(resident("rex"), round.id(), new NewIdea("A café by the boathouse",
                "Somewhere to sit with a coffee would bring people in all year.", null, null));
        for (String who : List.of("anna", "karim", "lee", "sam")) {
            ideas.support(resident(who), wider.id());
        }
        for (String who : List.of("anna", "sam")) {
            ideas.support(resident(who), fountain.id());
        }
        for (String who : List.of("lee", "karim")) {
            ideas.support(resident(who), water.id());
        }
        ideas.support(resident("anna"), darkSky.id());
        ideas.support(resident("rex"), cafe.id());
        ideas.decide(DEMO, wider.id(), new IdeaDecision("ACCEPT", "Safer for everyone; the budget allows it.", null,
                null));
        ideas.decide(DEMO, darkSky.id(), new IdeaDecision("REVIEW", null, null, null));
        ideas.decide(DEMO, water.id(), new IdeaDecision("DUPLICATE", null, null, fountain.id()));
        comments.post(resident("lee"), round.id(), new NewComment("A café would need a kitchen and toilets: who"
                + " runs it in winter?", null, null, null, cafe.id()), null);
    }

    // ---- broadcasts: an open broadcast round with updates, sources, reactions ----

    @Inject
    Updates updates;

    /** An open broadcast round of the City Transport Department: three updates (one pinned), sources, reactions. */
    private void seedBroadcasts(Instant now) {
        var created = engagements.create(DEMO, new NewEngagement("Road works on the ring road: weekly updates",
                "Every week: what is closed, what the diversions are, and when each section reopens. Ask us if"
                        + " anything is unclear.", "BROADCAST", "City Transport Department", null,
                now.plus(Duration.ofDays(120)), null, null));
        engagements.perform(DEMO, created.id(), Action.OPEN, null);
        var office = participants.enroll("demo:transport-press-office", "Transport press office",
                java.util.Optional.of("City Transport Department"),
                java.util.Set.of(org.agora.identity.entity.Role.AGENCY));
        var week1 = updates.post(office, created.id(), new NewUpdate(
                "Week 1: north section closed to through traffic",
                "The **north section** between the station roundabout and Mill Lane is closed to through traffic"
                        + " from Monday.\n\n- Buses 4 and 7 follow the signed diversion via Canal Street.\n"
                        + "- Residents and deliveries keep access from the Mill Lane end.",
                List.of(new NewUpdate.SourceRequest(
                                "https://example.org/transport/ring-road/traffic-order",
                                "Temporary traffic order for the ring road", "The order takes effect at 06:00 on"
                                + " Monday and lasts until the works are complete."),
                        source("https://example.org/transport/ring-road/diversion-map", "Diversion map")),
                false));
        updates.post(office, created.id(), new NewUpdate(
                "Week 2: night works near the hospital",
                "Resurfacing near the hospital entrance happens **at night** (20:00 to 05:00) to keep ambulance"
                        + " access clear during the day. Expect some noise on Tuesday and Wednesday night.",
                List.of(source("https://example.org/transport/ring-road/night-works", "Night works notice")),
                false));
        updates.post(office, created.id(), new NewUpdate(
                "How to follow the works",
                "Updates appear here every Friday. Use *Ask a clarifying question* under an update, and we answer"
                        + " in the questions queue within two working days.",
                List.of(source("https://example.org/transport/ring-road", "Ring road project page")), true));
        for (String name : List.of("anna", "karim", "lee")) {
            var who = resident(name);
            updates.react(who, week1.id(), Reaction.Kind.HELPFUL);
        }
        updates.react(resident("sam"), week1.id(), Reaction.Kind.NOT_HELPFUL);
        LOG.info("Demo data: a broadcast round with 3 updates, 4 reactions seeded.");
    }

    private static NewUpdate.SourceRequest source(String url, String title) {
        return new NewUpdate.SourceRequest(url, title, null);
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
                        16, null)));
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
        // and one for the moderation backlog: a public "question" that is an advert, reported by a resident
        var advert = questions.ask(resident("rex"), desk.id(), new org.agora.questions.boundary.NewQuestion(
                "Cheap parking near the station", "Why pay for a permit? Park at my private yard, 5 pounds a day,"
                        + " call 07700 900123.", true));
        var reporter = resident("anna");
        flags.flag(Moderator.participant(reporter.participantId(), reporter.displayName()), "question",
                advert.id(), ReasonCode.SPAM, "An advert, not a question.");
        LOG.info("Demo data: the permits desk with 5 questions (1 resolved, 1 in the FAQ, 1 overdue, 1 waiting,"
                + " 1 reported).");
    }

    /** A demo resident: a participant of its own, not one of the Keycloak demo users. */
    private Actor resident(String name) {
        return participants.enroll("demo:" + name, name, java.util.Optional.empty(),
                java.util.Set.of(org.agora.identity.entity.Role.CITIZEN));
    }

    static final String RIVERSIDE_V1 = """
            # Riverside park design brief

            The riverside park replaces the old timber yard between the bridge and the boathouse.

            Paths are two metres wide and shared by people walking and cycling.

            Lighting runs along all paths and the river bank from dusk to midnight.

            The playground is for children up to twelve, with equipment that children using wheelchairs can use.

            Planting favours native trees and a wildflower meadow along the water.
            """;

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

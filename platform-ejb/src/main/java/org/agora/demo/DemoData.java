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
import org.agora.engagements.boundary.Engagements;
import org.agora.engagements.boundary.NewEngagement;
import org.agora.engagements.control.EngagementFinder;
import org.agora.engagements.entity.Action;
import org.agora.identity.boundary.Actor;
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
    Clock clock;

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
        open("Cycle lanes on the High Street: draft plan",
                "Read the draft plan for protected cycle lanes and tell us what works and what does not, paragraph"
                        + " by paragraph.",
                "CONSULTATION", "City Transport Department", now.plus(Duration.ofDays(21)));
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
                "Libraries and Culture", now.plus(Duration.ofDays(7)), now.plus(Duration.ofDays(40))));
        engagements.perform(DEMO, scheduled.id(), Action.SCHEDULE, null);
        LOG.info("Demo data: 5 rounds seeded (4 open, 1 scheduled).");
    }

    private void open(String title, String summary, String mode, String agency, Instant closesAt) {
        var created = engagements.create(DEMO, new NewEngagement(title, summary, mode, agency, null, closesAt));
        engagements.perform(DEMO, created.id(), Action.OPEN, null);
    }
}

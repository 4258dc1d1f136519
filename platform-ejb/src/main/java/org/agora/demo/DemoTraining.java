package org.agora.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.agora.comments.boundary.Comments;
import org.agora.comments.boundary.NewComment;
import org.agora.engagements.boundary.ModeratedSettings;
import org.agora.identity.boundary.Actor;
import org.agora.identity.boundary.Participants;
import org.agora.identity.entity.Role;
import org.agora.moderation.boundary.Decisions;
import org.agora.moderation.boundary.Moderator;
import org.agora.moderation.boundary.Queue;
import org.agora.moderation.control.CaseAction;
import org.agora.moderation.control.ReasonCode;
import org.agora.sandbox.boundary.Classes;
import org.agora.sandbox.boundary.Personas;
import org.agora.sandbox.boundary.Training;
import org.agora.sandbox.entity.RunEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The training part of the demo (ADR 0009): a class by {@code trent} with {@code tina} enrolled in "Tame the
 * trolls", ready for her to start, and a run she already finished, with its debrief. The run is played here through
 * the same boundaries as in a browser (the personas' events fired one after another, tina's decisions and reply in
 * between), each step in a transaction of its own as it would be. The two demo users have fixed ids in the demo
 * realm, so they sign in as the participants seeded here.
 */
@Singleton
@Startup
@DependsOn("DemoData")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoTraining {

    private static final Logger LOG = Logger.getLogger(DemoTraining.class.getName());

    /** The demo realm's user ids of tina and trent (realm/consult-realm.json). */
    static final String TINA = "5f0c2b8e-1a3d-4c6e-9b7a-7d1e2f3a4b01";
    static final String TRENT = "5f0c2b8e-1a3d-4c6e-9b7a-7d1e2f3a4b02";

    static final String SCENARIO = "tame-the-trolls";

    @Inject
    @ConfigProperty(name = "agora.demo.enabled", defaultValue = "false")
    boolean enabled;

    @PersistenceContext
    EntityManager em;

    @Inject
    Participants participants;

    @Inject
    Training training;

    @Inject
    Classes classes;

    @Inject
    Personas personas;

    @Inject
    Queue queue;

    @Inject
    Decisions decisions;

    @Inject
    Comments comments;

    /** Outside a transaction: each step commits on its own, as it would from the pages (see the class comment). */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void seed() {
        if (!enabled || !em.createQuery("SELECT c.id FROM TrainingClass c", Long.class).setMaxResults(1)
                .getResultList().isEmpty()) {
            return;
        }
        var tina = participants.enroll(TINA, "tina", Optional.empty(), Set.of(Role.TRAINEE));
        var trent = participants.enroll(TRENT, "trent", Optional.empty(), Set.of(Role.TRAINER));
        playedRun(tina);
        classes.create(trent, "Induction: taming trolls", SCENARIO, 12, List.of("tina"));
        LOG.info("Demo training: trent's class with tina enrolled (ready to start) and tina's finished run of \""
                + SCENARIO + "\" with its debrief seeded.");
    }

    /**
     * A run of "Tame the trolls" played to its end: tina removes the first insult (so the troll's escalation never
     * comes) and answers the angry resident kindly, but leaves the troll's jibe at him up and records no disposition
     * for a suggestion — so the debrief has something to teach.
     */
    private void playedRun(Actor tinaWithoutRuns) {
        var run = training.start(tinaWithoutRuns, SCENARIO, 60, null);
        var tina = tinaWithoutRuns.training(training.whereIs(tinaWithoutRuns));
        var moderator = new Moderator(tina.participantId(), tina.displayName(), true, true,
                Set.of(ModeratedSettings.realmOf(run.id())));
        long round = run.rounds().get(0).id();
        for (var event : em.createNamedQuery(RunEvent.OF_RUN, RunEvent.class).setParameter("run", run.id())
                .getResultList()) {
            personas.fire(event.id());
            var fired = em.createQuery("SELECT e FROM RunEvent e WHERE e.id = :id", RunEvent.class)
                    .setParameter("id", event.id())
                    .setHint("jakarta.persistence.cache.retrieveMode", jakarta.persistence.CacheRetrieveMode.BYPASS)
                    .getSingleResult();
            if (fired.contentId().isEmpty()) {
                continue;
            }
            long content = fired.contentId().get();
            switch (fired.eventKey()) {
                case "e2" -> caseOf(moderator, round, content).ifPresent(c -> decisions.decide(moderator, c,
                        CaseAction.REMOVE, ReasonCode.ABUSE, "Insults aimed at people break the house rules.",
                        null, null));
                case "e3" -> comments.post(tina, round, new NewComment("Thank you, Bill, and I am sorry your"
                        + " reports went unanswered. The wardens in this plan will start at the park gate, and we"
                        + " will tell you here what they find in the first month.", content, null, null, null),
                        null);
                default -> {
                    // the rest tina lets pass: the jibe at Bill stays up, the suggestion gets no disposition
                }
            }
        }
        training.finish(tina, run.id());
        var debrief = training.debrief(tina, run.id());
        if (debrief.criteria().stream().allMatch(c -> c.items().isEmpty())) {
            throw new IllegalStateException("the demo training run did not play: " + debrief);
        }
    }

    private Optional<Long> caseOf(Moderator moderator, long round, long commentId) {
        return queue.queue(moderator, new Queue.Filter(Optional.of(round), Optional.empty(), Optional.empty(),
                Optional.empty()), 0, 100).cases().stream()
                .filter(c -> c.contentType().equals("comment") && c.contentId() == commentId)
                .map(c -> c.id()).findFirst();
    }
}

package org.agora.identity.boundary;

import java.util.Optional;
import java.util.Set;
import org.agora.identity.entity.Role;
import org.agora.problems.Forbidden;
import org.agora.problems.InvalidField;

/**
 * Who performs a use case, as business code sees it: never a token.
 *
 * @param participantId the participant's id; {@code 0} for the platform itself (demo data, timers)
 * @param displayName   public name, used in audit records
 * @param roles         roles granted by the identity provider
 * @param agency        for agency officers, the agency they act for
 * @param training      the training runs this actor takes part in (as trainee or persona) or watches (as trainer)
 */
public record Actor(long participantId, String displayName, Set<Role> roles, Optional<String> agency,
        Training training) {

    /** Agencies whose names start with this are training runs' own (ADR 0009): no real agency may take one. */
    public static final String TRAINING_AGENCY_PREFIX = "Training run ";

    /**
     * Where an actor stands in the training sandbox: the runs they play (a trainee's own runs, or the run a persona
     * belongs to) and the runs they watch (a trainer's classes).
     */
    public record Training(Set<Long> plays, Set<Long> watches) {

        public static final Training NONE = new Training(Set.of(), Set.of());

        public Training {
            plays = Set.copyOf(plays);
            watches = Set.copyOf(watches);
        }

        /** The agency that runs a training run's rounds. */
        public static String agencyOf(long runId) {
            return TRAINING_AGENCY_PREFIX + runId;
        }
    }

    public Actor {
        roles = Set.copyOf(roles);
        training = training == null ? Training.NONE : training;
    }

    /** Someone outside the training sandbox. */
    public Actor(long participantId, String displayName, Set<Role> roles, Optional<String> agency) {
        this(participantId, displayName, roles, agency, Training.NONE);
    }

    /** The same actor, with their place in the training sandbox. */
    public Actor training(Training where) {
        return new Actor(participantId, displayName, roles, agency, where);
    }

    /**
     * Whether this viewer may see content of the given training run ({@code null}: live content, which everyone may
     * see): the run's trainee and personas, and the trainer of its class. Nobody else learns it exists.
     */
    public static boolean maySee(Optional<Actor> viewer, Long trainingRunId) {
        return trainingRunId == null || viewer.filter(a -> a.training.plays().contains(trainingRunId)
                || a.training.watches().contains(trainingRunId)).isPresent();
    }

    /**
     * Whether this actor may contribute (post, ask, propose, cite, endorse) where content of the given training run
     * lives ({@code null}: a live round): in a run, its trainee and personas only; in a live round, those who take
     * part in live rounds (citizens, moderators, officers, administrators), never trainees or trainers.
     */
    public boolean mayContributeTo(Long trainingRunId) {
        if (trainingRunId != null) {
            return training.plays().contains(trainingRunId);
        }
        return has(Role.CITIZEN) || has(Role.MODERATOR) || has(Role.AGENCY) || has(Role.ADMIN);
    }

    /** The platform acting on its own behalf, with full rights. */
    public static Actor system(String purpose) {
        return new Actor(0, purpose, Set.of(Role.ADMIN), Optional.empty());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /**
     * The agency a new item this actor creates belongs to: an officer's own (naming another is refused); an admin
     * must name one.
     */
    public String agencyForNewItem(String requested) {
        boolean named = requested != null && !requested.isBlank();
        if (isAdmin()) {
            if (!named) {
                throw new InvalidField("agency", "is required when an administrator creates this");
            }
            if (requested.strip().startsWith(TRAINING_AGENCY_PREFIX)) {
                throw new InvalidField("agency", "names a training run's own agency; choose another name");
            }
            return requested.strip();
        }
        if (!has(Role.AGENCY) || agency.isEmpty()) {
            throw new Forbidden("Your account is not linked to an agency, so you cannot create this.");
        }
        if (named && requested.strip().startsWith(TRAINING_AGENCY_PREFIX)) {
            throw new InvalidField("agency", "names a training run's own agency; choose another name");
        }
        if (named && !requested.strip().equals(agency.get())) {
            throw new Forbidden("You can create this only for your own agency (" + agency.get() + ").");
        }
        return agency.get();
    }

    /**
     * Whether this actor is staff of a round owned by the given agency: its officers, administrators and moderators.
     * Staff see what waits for them there (held contributions, private questions, confidential citations).
     */
    public boolean isStaffOf(String owningAgency) {
        return mayManage(owningAgency) || has(Role.MODERATOR);
    }

    /**
     * Whether this actor may manage items owned by the given agency: its own officers, and admins; and a trainee the
     * rounds of their own training runs, where they are the officer (and nowhere else).
     */
    public boolean mayManage(String owningAgency) {
        return isAdmin() || (has(Role.AGENCY) && agency.filter(a -> a.equals(owningAgency)).isPresent())
                || (has(Role.TRAINEE) && training.plays().stream().anyMatch(r -> Training.agencyOf(r)
                        .equals(owningAgency)));
    }

    /** Whether this actor is a trainee moderating the given training run's rounds. */
    public boolean moderatesRun(long trainingRunId) {
        return has(Role.TRAINEE) && training.plays().contains(trainingRunId);
    }
}

package org.agora.engagements.boundary;

import java.time.Instant;
import java.util.List;
import org.agora.engagements.entity.Action;
import org.agora.engagements.entity.Engagement;

/**
 * A round as clients see it. {@code actions} lists the lifecycle actions that would succeed now (the state allows
 * them and their other rules hold), so pages offer only what will work.
 */
public record EngagementView(
        long id,
        String title,
        String summary,
        String mode,
        String state,
        String agency,
        Instant opensAt,
        Instant closesAt,
        Instant createdAt,
        Instant stateChangedAt,
        long version,
        List<String> actions,
        Long draftVersionId,
        Draft draft,
        Settings settings,
        List<Announcement> announcements,
        You you) {

    /**
     * What the viewer may do in the round, so pages offer only what will work: manage it (as its officer), moderate
     * it, contribute to it. In a training run's round the trainee manages and moderates, and contributes.
     */
    public record You(boolean manage, boolean moderate, boolean contribute) {
    }

    /** A change the public was told about: the closing time before and after, and why; newest first. */
    public record Announcement(Instant at, Instant previousClosesAt, Instant closesAt, String note) {
    }

    /** The draft a round discusses: its policy and version number, for links. */
    public record Draft(long policyId, String policyTitle, int number) {
    }

    public record Settings(boolean commentsEnabled, boolean preModeration, boolean attachmentsAllowed,
            int maxCommentLength, int slowModeSeconds, int autoHideThreshold, int slaWorkingHours,
            int maxUploadMegabytes) {
    }

    static Settings settings(org.agora.engagements.entity.RoundSettings s) {
        return new Settings(s.commentsEnabled(), s.preModeration(), s.attachmentsAllowed(), s.maxCommentLength(),
                s.slowModeSeconds(), s.autoHideThreshold(), s.slaWorkingHours(), s.maxUploadMegabytes());
    }

    static EngagementView of(Engagement e, Draft draft, java.time.Instant now, List<Announcement> announcements,
            You you) {
        return new EngagementView(e.id(), e.title(), e.summary().orElse(null), e.mode().name(), e.state().name(),
                e.agency(), e.opensAt().orElse(null), e.closesAt().orElse(null), e.createdAt(), e.stateChangedAt(),
                e.version(), e.possibleActions(now).stream().map(Action::slug).toList(),
                e.draftVersionId().orElse(null), draft, settings(e.settings()), List.copyOf(announcements), you);
    }
}

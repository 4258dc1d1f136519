package org.agora.engagements.boundary;

import java.time.Instant;
import java.util.List;
import org.agora.engagements.entity.Action;
import org.agora.engagements.entity.Engagement;

/** A round as clients see it. {@code actions} lists the lifecycle actions its current state allows. */
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
        Settings settings) {

    /** The draft a round discusses: its policy and version number, for links. */
    public record Draft(long policyId, String policyTitle, int number) {
    }

    public record Settings(boolean commentsEnabled, boolean preModeration, boolean attachmentsAllowed,
            int maxCommentLength, int slowModeSeconds, int autoHideThreshold, int slaWorkingHours,
            int maxUploadMegabytes) {
    }

    static EngagementView of(Engagement e, Draft draft) {
        var s = e.settings();
        return new EngagementView(e.id(), e.title(), e.summary().orElse(null), e.mode().name(), e.state().name(),
                e.agency(), e.opensAt().orElse(null), e.closesAt().orElse(null), e.createdAt(), e.stateChangedAt(),
                e.version(), e.state().allowedActions().stream().map(Action::slug).toList(),
                e.draftVersionId().orElse(null), draft, new Settings(s.commentsEnabled(), s.preModeration(),
                        s.attachmentsAllowed(), s.maxCommentLength(), s.slowModeSeconds(), s.autoHideThreshold(),
                        s.slaWorkingHours(), s.maxUploadMegabytes()));
    }
}

package org.agora.moderation.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Many posts in a short time: if, counting this one, the author has made more than
 * {@code screening.bursts.max-posts} posts (default 5) within the last {@code screening.bursts.window-seconds}
 * (default 60), the post is HELD. A recent post counts when it was made at {@code t} with
 * {@code now − window < t ≤ now} (one exactly a window ago has left it; times after {@code now} are ignored).
 */
public final class Bursts implements ScreeningRule {

    public static final String NAME = "burst";

    private final int maxPosts;
    private final Duration window;

    public Bursts(ScreeningConfig config) {
        this.maxPosts = config.burstsMaxPosts();
        this.window = config.burstsWindow();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Hit> check(Submission submission, NormalisedText text) {
        Instant now = submission.now();
        Instant since = now.minus(window);
        int posts = 1;
        for (var time : submission.authorRecentPostTimes()) {
            if (time.isAfter(since) && !time.isAfter(now)) {
                posts++;
            }
        }
        if (posts <= maxPosts) {
            return List.of();
        }
        return List.of(new Hit(NAME, Verdict.HOLD, posts + " posts within " + window.toSeconds()
                + " seconds (more than " + maxPosts + "); please take a moment between posts"));
    }
}

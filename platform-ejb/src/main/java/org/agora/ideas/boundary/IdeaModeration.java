package org.agora.ideas.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.agora.ideas.entity.Idea;
import org.agora.moderation.boundary.ContentEffect;
import org.agora.moderation.boundary.ContentSource;
import org.agora.moderation.entity.ContentRef;

/**
 * Ideas and amendments are reportable: moderation finds them here and its decisions (hide, show, remove, purge) are
 * applied in the moderator's transaction. Threads on an idea are comments, reportable as comments.
 */
@ApplicationScoped
public class IdeaModeration implements ContentSource {

    static final String TYPE = "idea";

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<ContentRef> find(long id, long viewerId) {
        var idea = em.find(Idea.class, id);
        if (idea == null || !idea.isVisibleTo(viewerId)) {
            return Optional.empty();
        }
        return Optional.of(ref(idea));
    }

    /** The idea as moderation sees it: its title, text and proposed wording. */
    static ContentRef ref(Idea idea) {
        return new ContentRef(TYPE, idea.id(), idea.title() + "\n\n" + idea.markdown()
                + idea.proposedMarkdown().map(p -> "\n\nProposed wording: " + p).orElse(""),
                "/ideas.html?round=" + idea.engagementId() + "#idea-" + idea.id(), idea.authorId(),
                idea.engagementId());
    }

    void onEffect(@Observes ContentEffect effect) {
        if (!TYPE.equals(effect.ref().type())) {
            return;
        }
        var idea = em.find(Idea.class, effect.ref().id());
        if (idea == null) {
            return;
        }
        switch (effect.effect()) {
            case SHOW -> idea.moderate(Idea.Moderation.VISIBLE, null);
            // without a reason: an approval of a held idea was undone, so it is held again
            case HIDE -> idea.moderate(effect.reasonCode() == null ? Idea.Moderation.HELD : Idea.Moderation.HIDDEN,
                    effect.reasonCode());
            case REMOVE -> idea.moderate(Idea.Moderation.REMOVED, effect.reasonCode());
            case PURGE -> idea.purge();
            case LOCK, UNLOCK -> {
                // an idea has no thread of its own to lock: its discussion is comments, locked as comments
            }
        }
    }
}

package org.agora.comments.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.agora.comments.entity.Comment;
import org.agora.comments.entity.Revision;
import org.agora.moderation.boundary.ContentEffect;
import org.agora.moderation.boundary.ContentSource;
import org.agora.moderation.boundary.OfficialReply;
import org.agora.drafts.control.MarkdownBlocks;
import org.agora.moderation.entity.ContentRef;

/**
 * Comments are reportable: moderation finds them through {@link ContentSource} and acts on them through
 * {@link ContentEffect}s, observed here in the moderator's transaction.
 */
@ApplicationScoped
public class CommentModeration implements ContentSource {

    static final String TYPE = "comment";

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @jakarta.inject.Inject
    java.time.Clock clock;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<ContentRef> find(long id, long viewerId) {
        var c = em.find(Comment.class, id);
        if (c == null || !c.isVisibleTo(viewerId) || c.state() == Comment.State.DELETED) {
            return Optional.empty();
        }
        return Optional.of(ref(c));
    }

    static ContentRef ref(Comment c) {
        return new ContentRef(TYPE, c.id(), c.markdown().orElse(""),
                "/draft.html?round=" + c.engagementId() + "#comment-" + c.id(), c.authorId(), c.engagementId());
    }

    void onEffect(@Observes ContentEffect effect) {
        if (!TYPE.equals(effect.ref().type())) {
            return;
        }
        var c = em.find(Comment.class, effect.ref().id());
        if (c == null) {
            return;
        }
        switch (effect.effect()) {
            case SHOW -> c.approve();
            case HIDE -> {
                if (effect.reasonCode() == null) {
                    c.holdBack(); // an approval of held content was undone
                } else {
                    c.moderate(Comment.State.HIDDEN, effect.reasonCode());
                }
            }
            case REMOVE -> c.moderate(Comment.State.REMOVED, effect.reasonCode());
            case PURGE -> {
                c.purge();
                em.createNamedQuery(Revision.PURGE_OF_COMMENT).setParameter("id", c.id())
                        .executeUpdate();
            }
            case LOCK -> root(c).lock(true);
            case UNLOCK -> root(c).lock(false);
        }
    }

    void onOfficialReply(@Observes OfficialReply reply) {
        if (!TYPE.equals(reply.ref().type())) {
            return;
        }
        var parent = em.find(Comment.class, reply.ref().id());
        if (parent == null) {
            return;
        }
        String text = MarkdownBlocks.normalise(reply.markdown()).strip();
        var answer = Comment.reply(parent, reply.moderatorId(), reply.moderatorName(), text, MarkdownBlocks.html(text),
                false, null, em.find(org.agora.engagements.entity.Engagement.class, parent.engagementId())
                        .now(clock.instant()));
        answer.markOfficial();
        em.persist(answer);
    }

    private Comment root(Comment c) {
        return c.rootId() == null || c.rootId().equals(c.id()) ? c : em.find(Comment.class, c.rootId());
    }
}

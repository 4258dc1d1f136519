package org.agora.questions.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.stream.Collectors;
import org.agora.moderation.boundary.ContentEffect;
import org.agora.moderation.boundary.ContentSource;
import org.agora.moderation.entity.ContentRef;
import org.agora.questions.entity.Message;
import org.agora.questions.entity.Question;

/**
 * Questions are reportable by those who can read them (public ones, and the asker's own): moderation sees the title
 * and the asker's words, never the agency's answers, and its decisions are applied in the moderator's transaction.
 * Hiding a question takes it out of public view only; the asker and the round's staff keep the conversation.
 */
@ApplicationScoped
public class QuestionModeration implements ContentSource {

    static final String TYPE = "question";

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<ContentRef> find(long id, long viewerId) {
        var question = em.find(Question.class, id);
        if (question == null || !question.isVisibleTo(viewerId, false)) {
            return Optional.empty();
        }
        return Optional.of(ref(question, askersWords(messages(question))));
    }

    /** The question as moderation sees it: its title and the asker's words (never the agency's answers). */
    static ContentRef ref(Question question, String askersWords) {
        return new ContentRef(TYPE, question.id(), question.title() + "\n\n" + askersWords,
                "/questions.html?round=" + question.engagementId() + "#question-" + question.id(),
                question.askerId(), question.engagementId());
    }

    static String askersWords(java.util.List<Message> messages) {
        return messages.stream().filter(m -> !m.kind().official()).map(Message::markdown)
                .collect(Collectors.joining("\n\n"));
    }

    void onEffect(@Observes ContentEffect effect) {
        if (!TYPE.equals(effect.ref().type())) {
            return;
        }
        var question = em.find(Question.class, effect.ref().id());
        if (question == null) {
            return;
        }
        switch (effect.effect()) {
            case SHOW -> question.moderate(Question.Moderation.VISIBLE, null);
            // without a reason: an approval of a held question was undone, so it is held again
            case HIDE -> question.moderate(effect.reasonCode() == null ? Question.Moderation.HELD
                    : Question.Moderation.HIDDEN, effect.reasonCode());
            case REMOVE -> question.moderate(Question.Moderation.REMOVED, effect.reasonCode());
            case PURGE -> {
                question.purge();
                messages(question).forEach(Message::purge);
            }
            case LOCK, UNLOCK -> {
                // a question's conversation is between its asker and the agency: nothing to lock for others
            }
        }
    }

    private java.util.List<Message> messages(Question question) {
        return em.createNamedQuery(Message.OF_QUESTION, Message.class).setParameter("question", question.id())
                .getResultList();
    }
}

package org.agora.moderation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.agora.moderation.boundary.ModerationViews.Template;
import org.agora.moderation.control.CaseBook;
import org.agora.moderation.control.ResponseTemplate;
import org.agora.moderation.control.ResponseTemplates;
import org.agora.moderation.entity.AgencyTemplate;
import org.agora.problems.InvalidField;
import org.agora.problems.NotFound;

/**
 * Response templates: the standard catalogue, which each agency may reword in its own voice (or add to) for its
 * rounds. Moderators working a case see the templates of the agency that owns the case's round.
 */
@Stateless
public class Templates {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    CaseBook cases;

    /** The standard templates with the agency's own wording in place of theirs, then the agency's own additions. */
    public List<Template> of(Optional<String> agency) {
        var byKey = new LinkedHashMap<String, Template>();
        for (var t : ResponseTemplates.standard().all()) {
            byKey.put(t.key(), view(t, null));
        }
        agency.ifPresent(a -> em.createNamedQuery(AgencyTemplate.OF_AGENCY, AgencyTemplate.class)
                .setParameter("agency", a).getResultStream()
                .forEach(t -> byKey.put(t.key(), view(new ResponseTemplate(t.key(), t.title(), t.body()), a))));
        return new ArrayList<>(byKey.values());
    }

    /** The agency's wording of template {@code key} (a new key adds a template). */
    public Template reword(String agency, String key, String title, String body, String by) {
        ResponseTemplate checked;
        try {
            checked = new ResponseTemplate(key, title == null ? "" : title.strip(), body == null ? "" : body.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidField("body", e.getMessage());
        }
        if (checked.title().length() > AgencyTemplate.TITLE_MAX) {
            throw new InvalidField("title", "must be at most " + AgencyTemplate.TITLE_MAX + " characters long");
        }
        if (checked.body().length() > AgencyTemplate.BODY_MAX) {
            throw new InvalidField("body", "must be at most " + AgencyTemplate.BODY_MAX + " characters long");
        }
        var existing = find(agency, key);
        if (existing.isPresent()) {
            existing.get().reword(checked.title(), checked.body(), by, cases.now());
        } else {
            em.persist(new AgencyTemplate(agency, key, checked.title(), checked.body(), by, cases.now()));
        }
        return view(checked, agency);
    }

    /** Back to the standard wording (or, for an agency's own addition, gone). */
    public void restore(String agency, String key) {
        em.remove(find(agency, key).orElseThrow(() -> new NotFound(agency + " has no wording of its own for the"
                + " template " + key + ".")));
    }

    private Optional<AgencyTemplate> find(String agency, String key) {
        return em.createNamedQuery(AgencyTemplate.BY_KEY, AgencyTemplate.class).setParameter("agency", agency)
                .setParameter("key", key).getResultStream().findFirst();
    }

    private static Template view(ResponseTemplate t, String agency) {
        return new Template(t.key(), t.title(), t.body(), t.placeholders().stream().sorted().toList(), agency);
    }
}

package org.agora.drafts.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.agora.drafts.boundary.DraftViews.ChangeView;
import org.agora.drafts.boundary.DraftViews.DiffStats;
import org.agora.drafts.boundary.DraftViews.DiffView;
import org.agora.drafts.boundary.DraftViews.ParagraphView;
import org.agora.drafts.boundary.DraftViews.PolicyDetail;
import org.agora.drafts.boundary.DraftViews.PolicySummary;
import org.agora.drafts.boundary.DraftViews.Segment;
import org.agora.drafts.boundary.DraftViews.TimelineRound;
import org.agora.drafts.boundary.DraftViews.VersionSummary;
import org.agora.drafts.boundary.DraftViews.VersionView;
import org.agora.drafts.control.Block;
import org.agora.drafts.control.MarkdownBlocks;
import org.agora.drafts.control.ParagraphMatcher;
import org.agora.drafts.control.VersionDiff;
import org.agora.drafts.entity.DraftVersion;
import org.agora.drafts.entity.Paragraph;
import org.agora.drafts.entity.Policy;
import org.agora.engagements.entity.Engagement;
import org.agora.identity.boundary.Actor;
import org.agora.problems.Forbidden;
import org.agora.problems.InvalidField;
import org.agora.problems.NotFound;

/**
 * Use cases on policies and their draft versions. Publishing is one transaction: the version and all its paragraphs
 * are stored, or nothing is. A policy becomes public with its first published version.
 */
@Stateless
public class Drafts {

    /** Largest draft accepted, in characters (about 300 pages of plain text). */
    public static final int MAX_CHARACTERS = 1_000_000;
    /** Most blocks (paragraphs, headings, lists…) a version may have. */
    public static final int MAX_PARAGRAPHS = 5_000;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] KEY_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<VersionPublished> published;

    /**
     * A training run's draft: its own policy, run by the run's agency, with {@code markdown} published as version 1
     * at scenario time {@code now}.
     */
    public VersionView sandboxDraft(long runId, String agency, String title, String markdown, Instant now) {
        var policy = Policy.ofTrainingRun(runId, title, null, agency, now);
        em.persist(policy);
        em.flush();
        return publish(Actor.system("training run " + runId).training(
                new Actor.Training(java.util.Set.of(runId), java.util.Set.of())), policy.id(),
                new NewVersion(markdown, "The draft the scenario starts from"), now);
    }

    public PolicySummary createPolicy(Actor actor, NewPolicy request) {
        var policy = new Policy(request.title(), request.summary(), actor.agencyForNewItem(request.agency()),
                clock.instant());
        em.persist(policy);
        em.flush();
        return summary(policy);
    }

    public List<PolicySummary> policies(Optional<Actor> viewer) {
        var cb = em.getCriteriaBuilder();
        var query = cb.createQuery(Policy.class);
        var p = query.from(Policy.class);
        if (viewer.filter(Actor::isAdmin).isPresent()) {
            query.where(cb.isNull(p.get("trainingRunId"))); // a training run's drafts are never listed
        } else {
            var published = cb.greaterThan(p.<Integer>get("latestVersion"), 0);
            var own = viewer.flatMap(Actor::agency).filter(a -> viewer.get().mayManage(a))
                    .map(a -> cb.equal(p.get("agency"), a));
            query.where(cb.isNull(p.get("trainingRunId")), own.map(o -> cb.or(published, o)).orElse(published));
        }
        query.orderBy(cb.desc(p.get("createdAt")), cb.desc(p.get("id")));
        return em.createQuery(query).setMaxResults(500).getResultStream().map(Drafts::summary).toList();
    }

    public PolicyDetail policy(Optional<Actor> viewer, long id) {
        var policy = visible(viewer, id);
        var versions = versionsOf(policy);
        var versionNumbers = new java.util.HashMap<Long, Integer>();
        versions.forEach(v -> versionNumbers.put(v.id(), v.number()));
        List<TimelineRound> rounds = versions.isEmpty() ? List.of()
                : em.createQuery("SELECT e FROM Engagement e WHERE e.draftVersionId IN :versions", Engagement.class)
                        .setParameter("versions", new ArrayList<>(versionNumbers.keySet()))
                        .getResultStream()
                        .filter(e -> e.state() != org.agora.engagements.entity.State.DRAFT
                                || viewer.filter(a -> a.mayManage(e.agency())).isPresent())
                        .map(e -> new TimelineRound(e.id(), e.title(), e.mode().name(), e.state().name(),
                                e.draftVersionId().map(versionNumbers::get).orElse(null),
                                e.opensAt().orElse(null), e.closesAt().orElse(null)))
                        .sorted(java.util.Comparator.comparing(TimelineRound::draftVersion)
                                .thenComparing(r -> r.opensAt() == null ? java.time.Instant.MAX : r.opensAt())
                                .thenComparing(TimelineRound::id))
                        .toList();
        return new PolicyDetail(summary(policy), versions.stream()
                .map(v -> new VersionSummary(v.id(), v.number(), v.changelog().orElse(null), v.publishedAt(),
                        v.publisherName(), v.paragraphCount()))
                .toList(), rounds);
    }

    /**
     * Publishes the next version of a policy from Markdown. Its paragraphs take their keys from the latest version
     * (see ParagraphMatcher).
     */
    public VersionView publish(Actor actor, long policyId, NewVersion request) {
        var policy = managed(actor, policyId);
        return publish(actor, policyId, request, now(policy));
    }

    /** "Now" for a policy: a training run's policy lives on its run's clock, like the run's rounds. */
    private Instant now(Policy policy) {
        return policy.trainingRunId().flatMap(run -> em.createQuery("SELECT e FROM Engagement e"
                + " WHERE e.trainingRunId = :run", Engagement.class).setParameter("run", run).setMaxResults(1)
                .getResultStream().findFirst()).map(round -> round.now(clock.instant())).orElse(clock.instant());
    }

    private VersionView publish(Actor actor, long policyId, NewVersion request, Instant now) {
        var policy = managed(actor, policyId);
        String markdown = request.markdown() == null ? "" : request.markdown();
        if (markdown.length() > MAX_CHARACTERS) {
            throw new InvalidField("markdown", "is too long: at most " + MAX_CHARACTERS + " characters");
        }
        List<Block> blocks = MarkdownBlocks.split(markdown);
        if (blocks.isEmpty()) {
            throw new InvalidField("markdown", "has no text: a draft needs at least one paragraph");
        }
        if (blocks.size() > MAX_PARAGRAPHS) {
            throw new InvalidField("markdown", "has " + blocks.size() + " paragraphs; at most " + MAX_PARAGRAPHS
                    + " are allowed in one version");
        }
        var previousVersion = policy.latestVersion() == 0 ? null : version(policy, policy.latestVersion());
        var previous = previousVersion == null ? List.<ParagraphMatcher.Previous>of()
                : paragraphsOf(previousVersion).stream()
                        .map(p -> new ParagraphMatcher.Previous(p.key(), p.plainText())).toList();
        var usedKeys = new HashSet<String>();
        previous.forEach(p -> usedKeys.add(p.key()));
        var matched = ParagraphMatcher.match(previous, blocks.stream().map(Block::text).toList(),
                () -> freshKey(usedKeys));

        int number = policy.nextVersion();
        var version = new DraftVersion(policy, number, request.changelog(),
                actor.participantId() == 0 ? null : actor.participantId(), actor.displayName(), blocks.size(),
                now);
        em.persist(version);
        em.flush();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            var assigned = matched.assigned().get(i);
            em.persist(new Paragraph(version, assigned.key(), i + 1, block.kind().name(), block.level(),
                    block.markdown(), block.text(), MarkdownBlocks.html(block.markdown()), assigned.origin().name(),
                    assigned.derivedFrom().orElse(null)));
        }
        em.flush();
        var paragraphs = new ArrayList<VersionPublished.Paragraph>();
        for (int i = 0; i < blocks.size(); i++) {
            var assigned = matched.assigned().get(i);
            paragraphs.add(new VersionPublished.Paragraph(assigned.key(), blocks.get(i).text(),
                    assigned.derivedFrom().orElse(null)));
        }
        published.fire(new VersionPublished(policy.id(), previousVersion == null ? null : previousVersion.id(),
                previous.stream().map(ParagraphMatcher.Previous::key).toList(), version.id(), paragraphs));
        return view(policy, version);
    }

    /** A version's number, policy and paragraphs (key, position, text), for reports about a round on it. */
    public record VersionOutline(long versionId, long policyId, String policyTitle, int number,
            List<ParagraphView> paragraphs) {
    }

    public Optional<VersionOutline> outline(long versionId) {
        var version = em.find(DraftVersion.class, versionId);
        if (version == null) {
            return Optional.empty();
        }
        var policy = em.find(Policy.class, version.policyId());
        var view = view(policy, version);
        return Optional.of(new VersionOutline(versionId, policy.id(), policy.title(), version.number(),
                view.paragraphs()));
    }

    /** The id of a policy's version by number. */
    public Optional<Long> versionId(long policyId, int number) {
        return em.createNamedQuery(DraftVersion.BY_NUMBER, DraftVersion.class).setParameter("policy", policyId)
                .setParameter("number", number).getResultStream().findFirst().map(DraftVersion::id);
    }

    /** The plain text of a paragraph of a version, for anchoring comments. */
    public Optional<String> paragraphText(long versionId, String key) {
        return em.createQuery("SELECT p FROM Paragraph p WHERE p.draftVersionId = :v AND p.paragraphKey = :k", Paragraph.class)
                .setParameter("v", versionId).setParameter("k", key).getResultStream().findFirst()
                .map(Paragraph::plainText);
    }

    /** A paragraph's Markdown as published, by key. */
    public record ParagraphSource(String key, String markdown, String text) {
    }

    /** A version's paragraphs as published (Markdown), in order, with the version's place in its policy. */
    public record VersionSource(long policyId, String policyTitle, long versionId, int number,
            List<ParagraphSource> paragraphs) {

        public Optional<ParagraphSource> paragraph(String key) {
            return paragraphs.stream().filter(p -> p.key().equals(key)).findFirst();
        }
    }

    /** A version's Markdown paragraph by paragraph, e.g. to amend one of them. */
    public Optional<VersionSource> source(long versionId) {
        var version = em.find(DraftVersion.class, versionId);
        if (version == null) {
            return Optional.empty();
        }
        var policy = em.find(Policy.class, version.policyId());
        return Optional.of(new VersionSource(policy.id(), policy.title(), version.id(), version.number(),
                paragraphsOf(version).stream().map(p -> new ParagraphSource(p.key(), p.markdown(), p.plainText()))
                        .toList()));
    }

    /** The latest version of a policy the actor may publish to (its agency's officers, admins), as Markdown. */
    public VersionSource latestSourceToRevise(Actor actor, long policyId) {
        var policy = managed(actor, policyId);
        if (policy.latestVersion() == 0) {
            throw new NotFound("Policy " + policyId + " has no published version yet.");
        }
        return source(version(policy, policy.latestVersion()).id()).orElseThrow();
    }

    public VersionView version(Optional<Actor> viewer, long policyId, int number) {
        var policy = visible(viewer, policyId);
        return view(policy, version(policy, number));
    }

    public DiffView diff(Optional<Actor> viewer, long policyId, int from, int to) {
        var policy = visible(viewer, policyId);
        var older = paragraphsOf(version(policy, from)).stream()
                .map(p -> new VersionDiff.Side(p.key(), p.plainText())).toList();
        var newer = paragraphsOf(version(policy, to)).stream()
                .map(p -> new VersionDiff.Side(p.key(), p.plainText())).toList();
        var changes = VersionDiff.compare(older, newer);
        int added = 0;
        int removed = 0;
        int changed = 0;
        int moved = 0;
        int unchanged = 0;
        var views = new ArrayList<ChangeView>();
        for (var change : changes) {
            switch (change.kind()) {
                case ADDED -> added++;
                case REMOVED -> removed++;
                case CHANGED -> changed++;
                case UNCHANGED -> unchanged++;
            }
            if (change.moved()) {
                moved++;
            }
            views.add(new ChangeView(change.kind().name(), change.key(), change.fromPosition(), change.toPosition(),
                    change.moved(), change.words().stream().map(w -> new Segment(w.op().name(), w.text())).toList()));
        }
        return new DiffView(policy.id(), policy.title(), from, to,
                new DiffStats(added, removed, changed, moved, unchanged), views);
    }

    /** The draft version a round may be opened on: it must exist and belong to a policy of the round's agency. */
    public DraftVersion versionForRound(long draftVersionId, String roundAgency) {
        var version = em.find(DraftVersion.class, draftVersionId);
        if (version == null) {
            throw new InvalidField("draftVersionId", "names no published draft version");
        }
        var policy = em.find(Policy.class, version.policyId());
        if (!policy.agency().equals(roundAgency)) {
            throw new Forbidden("That draft belongs to " + policy.agency() + "; a round of " + roundAgency
                    + " cannot be opened on it.");
        }
        return version;
    }

    /** Policy and number of a draft version, for showing which draft a round discusses. */
    public Optional<org.agora.engagements.boundary.EngagementView.Draft> reference(long draftVersionId) {
        var version = em.find(DraftVersion.class, draftVersionId);
        if (version == null) {
            return Optional.empty();
        }
        var policy = em.find(Policy.class, version.policyId());
        return Optional.of(new org.agora.engagements.boundary.EngagementView.Draft(policy.id(), policy.title(),
                version.number()));
    }

    private VersionView view(Policy policy, DraftVersion version) {
        var paragraphs = paragraphsOf(version).stream()
                .map(p -> new ParagraphView(p.key(), p.position(), p.kind(), p.headingLevel(), p.html(),
                        p.plainText(), p.origin(), p.derivedFrom().orElse(null)))
                .toList();
        return new VersionView(version.id(), policy.id(), policy.title(), policy.agency(), version.number(), policy.latestVersion(),
                version.changelog().orElse(null), version.publishedAt(), version.publisherName(), paragraphs);
    }

    private List<DraftVersion> versionsOf(Policy policy) {
        return em.createNamedQuery(DraftVersion.OF_POLICY, DraftVersion.class).setParameter("policy", policy.id())
                .getResultList();
    }

    private DraftVersion version(Policy policy, int number) {
        return em.createNamedQuery(DraftVersion.BY_NUMBER, DraftVersion.class)
                .setParameter("policy", policy.id()).setParameter("number", number)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("Policy " + policy.id() + " has no version " + number + "."));
    }

    private List<Paragraph> paragraphsOf(DraftVersion version) {
        return em.createNamedQuery(Paragraph.OF_VERSION, Paragraph.class).setParameter("version", version.id())
                .getResultList();
    }

    /** Published policies are public; unpublished ones only for their agency's officers and admins. */
    private Policy visible(Optional<Actor> viewer, long id) {
        var policy = em.find(Policy.class, id);
        if (policy == null || !Actor.maySee(viewer, policy.trainingRunId().orElse(null)) || (policy.latestVersion() == 0
                && viewer.filter(a -> a.mayManage(policy.agency())).isEmpty())) {
            throw new NotFound("policy", id);
        }
        return policy;
    }

    private Policy managed(Actor actor, long id) {
        var policy = visible(Optional.of(actor), id);
        if (!actor.mayManage(policy.agency())) {
            throw new Forbidden("This policy belongs to " + policy.agency()
                    + "; only its officers and administrators can publish versions.");
        }
        return policy;
    }

    private static PolicySummary summary(Policy p) {
        return new PolicySummary(p.id(), p.title(), p.summary().orElse(null), p.agency(), p.latestVersion(),
                p.createdAt());
    }

    /** A short random key, unique within the policy's keys seen so far. */
    static String freshKey(java.util.Set<String> used) {
        String key;
        do {
            var sb = new StringBuilder("p");
            for (int i = 0; i < 9; i++) {
                sb.append(KEY_ALPHABET[RANDOM.nextInt(KEY_ALPHABET.length)]);
            }
            key = sb.toString();
        } while (!used.add(key));
        return key;
    }
}

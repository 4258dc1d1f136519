package org.agora.drafts.boundary;

import java.util.List;

/**
 * Fired, inside the publishing transaction, when a policy gets a new version; observers (comments) carry their
 * references to the previous version over, so the publication and its consequences commit or fail together.
 *
 * @param previousVersionId the version that was the latest until now; null for a first version
 * @param paragraphs         the new version's paragraphs in order
 */
public record VersionPublished(long policyId, Long previousVersionId, List<String> previousKeysInOrder,
        long versionId, List<Paragraph> paragraphs) {

    public record Paragraph(String key, String text, String derivedFrom) {
    }
}

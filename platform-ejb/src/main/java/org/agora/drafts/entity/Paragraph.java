package org.agora.drafts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Optional;

/**
 * One block of a draft version. Its {@code key} is shared with the same paragraph in other versions of the policy
 * (see ParagraphMatcher), which is how comments follow a paragraph from version to version.
 */
@Entity
@Table(name = "paragraph")
@NamedQuery(name = Paragraph.OF_VERSION,
        query = "SELECT p FROM Paragraph p WHERE p.draftVersionId = :version ORDER BY p.position")
public class Paragraph {

    public static final String OF_VERSION = "Paragraph.ofVersion";

    @Id
    @SequenceGenerator(name = "paragraph_seq", sequenceName = "paragraph_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "paragraph_seq")
    private Long id;

    @Column(name = "draft_version_id", nullable = false)
    private long draftVersionId;

    @Column(name = "paragraph_key", nullable = false, length = 16)
    private String paragraphKey;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 16)
    private String kind;

    @Column(name = "heading_level", nullable = false)
    private int headingLevel;

    @Column(nullable = false, length = 200_000)
    private String markdown;

    @Column(name = "plain_text", nullable = false, length = 200_000)
    private String plainText;

    @Column(nullable = false, length = 400_000)
    private String html;

    @Column(nullable = false, length = 16)
    private String origin;

    @Column(name = "derived_from", length = 16)
    private String derivedFrom;

    protected Paragraph() {
        // for JPA
    }

    public Paragraph(DraftVersion version, String key, int position, String kind, int headingLevel, String markdown,
            String plainText, String html, String origin, String derivedFrom) {
        this.draftVersionId = version.id();
        this.paragraphKey = key;
        this.position = position;
        this.kind = kind;
        this.headingLevel = headingLevel;
        this.markdown = markdown;
        this.plainText = plainText;
        this.html = html;
        this.origin = origin;
        this.derivedFrom = derivedFrom;
    }

    public String key() {
        return paragraphKey;
    }

    public int position() {
        return position;
    }

    public String kind() {
        return kind;
    }

    public int headingLevel() {
        return headingLevel;
    }

    public String markdown() {
        return markdown;
    }

    public String plainText() {
        return plainText;
    }

    public String html() {
        return html;
    }

    public String origin() {
        return origin;
    }

    public Optional<String> derivedFrom() {
        return Optional.ofNullable(derivedFrom);
    }
}

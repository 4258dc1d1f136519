package org.agora.broadcasts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.agora.problems.InvalidField;

/**
 * A web source an update cites: its address (recorded, never fetched), a title, and optionally the passage quoted.
 * Only absolute {@code http} and {@code https} addresses with a host are taken.
 */
@Entity(name = "BroadcastSource")
@Table(name = "broadcast_source")
@NamedQuery(name = CitedSource.OF_UPDATES, query = "SELECT s FROM BroadcastSource s WHERE s.updateId IN :ids"
        + " ORDER BY s.updateId, s.ordinal")
@NamedQuery(name = CitedSource.DELETE_OF_UPDATE, query = "DELETE FROM BroadcastSource s WHERE s.updateId = :id")
public class CitedSource {

    public static final String OF_UPDATES = "BroadcastSource.ofUpdates";
    public static final String DELETE_OF_UPDATE = "BroadcastSource.deleteOfUpdate";

    public static final int URL_MAX = 2000;
    public static final int TITLE_MAX = 300;
    public static final int QUOTE_MAX = 2000;
    public static final int MAX_PER_UPDATE = 20;

    @Id
    @SequenceGenerator(name = "broadcast_source_seq", sequenceName = "broadcast_source_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "broadcast_source_seq")
    private Long id;

    @Column(name = "update_id", nullable = false)
    private long updateId;

    @Column(nullable = false)
    private int ordinal;

    @Column(nullable = false, length = URL_MAX)
    private String url;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = QUOTE_MAX)
    private String quote;

    protected CitedSource() {
        // for JPA
    }

    /**
     * The {@code ordinal}-th source (from 0) of an update. {@code field} names the request member in refusals,
     * e.g. {@code sources[1]}.
     */
    public CitedSource(long updateId, int ordinal, String url, String title, String quote) {
        String field = "sources[" + ordinal + "]";
        if (ordinal < 0 || ordinal >= MAX_PER_UPDATE) {
            throw new InvalidField("sources", "at most " + MAX_PER_UPDATE + " sources per update");
        }
        this.updateId = updateId;
        this.ordinal = ordinal;
        this.url = webAddress(url, field + ".url");
        if (title == null || title.isBlank()) {
            throw new InvalidField(field + ".title", "is required");
        }
        this.title = limited(title.strip(), TITLE_MAX, field + ".title");
        this.quote = quote == null || quote.isBlank() ? null : limited(quote.strip(), QUOTE_MAX, field + ".quote");
    }

    /** An absolute http(s) address with a host, without spaces; returned stripped. */
    public static String webAddress(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidField(field, "is required");
        }
        String url = limited(value.strip(), URL_MAX, field);
        try {
            var uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))) {
                throw new InvalidField(field, "must be a web address starting with http:// or https://");
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                throw new InvalidField(field, "must name a host, like https://example.org/page");
            }
            if (uri.getRawUserInfo() != null) {
                throw new InvalidField(field, "must not contain a user name or password");
            }
        } catch (URISyntaxException e) {
            throw new InvalidField(field, "is not a valid web address");
        }
        return url;
    }

    private static String limited(String value, int max, String field) {
        if (value.length() > max) {
            throw new InvalidField(field, "must be at most " + max + " characters long");
        }
        return value;
    }

    public long updateId() {
        return updateId;
    }

    public int ordinal() {
        return ordinal;
    }

    public String url() {
        return url;
    }

    public String title() {
        return title;
    }

    public Optional<String> quote() {
        return Optional.ofNullable(quote);
    }
}

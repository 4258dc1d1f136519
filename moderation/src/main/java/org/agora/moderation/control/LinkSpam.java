package org.agora.moderation.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Links that look like advertising or an attempt to hide where they lead. A link starts with {@code http://},
 * {@code https://} or {@code www.} at the start of a word and runs to the next white space; its domain is the host
 * part in lower case without {@code www.}. Each of these HOLDs the post (one hit each):
 * <ul>
 *   <li>more than {@code screening.links.max} links (default 3);</li>
 *   <li>a post that is only links: fewer than {@code screening.links.min-words-besides} words (default 3) outside
 *       the links;</li>
 *   <li>more than {@code screening.links.max-per-domain} links (default 2) to the same domain;</li>
 *   <li>a link through a shortener ({@code screening.links.shorteners}, e.g. {@code bit.ly}; subdomains
 *       included), which hides its target from readers and moderators.</li>
 * </ul>
 * Domains are named in explanations: they are the author's own links, not offensive words.
 */
public final class LinkSpam implements ScreeningRule {

    public static final String NAME = "link-spam";

    /** Distinct domains remembered per post; a post with more is held for its number of links anyway. */
    private static final int MAX_DOMAINS = 64;

    private final int maxLinks;
    private final int maxPerDomain;
    private final int minWordsBesides;
    private final Set<String> shorteners;

    public LinkSpam(ScreeningConfig config) {
        this.maxLinks = config.linksMax();
        this.maxPerDomain = config.linksMaxPerDomain();
        this.minWordsBesides = config.linksMinWordsBesides();
        this.shorteners = config.linkShorteners();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Hit> check(Submission submission, NormalisedText text) {
        String raw = submission.text();
        if (!mayHaveLink(raw)) {
            return List.of();
        }
        int n = raw.length();
        int links = 0;
        int wordsBesides = 0;
        boolean inWord = false;
        List<String> domains = null;
        int[] perDomain = null;
        String shortener = null;
        int i = 0;
        while (i < n) {
            char c = raw.charAt(i);
            int hostStart = inWord ? -1 : linkHostAt(raw, i, c);
            if (hostStart < 0) {
                boolean wordChar = Character.isLetterOrDigit(c);
                if (wordChar && !inWord) {
                    wordsBesides++;
                }
                inWord = wordChar;
                i++;
                continue;
            }
            int hostEnd = hostStart;
            while (hostEnd < n && isHostChar(raw.charAt(hostEnd))) {
                hostEnd++;
            }
            int linkEnd = hostEnd;
            while (linkEnd < n && !Character.isWhitespace(raw.charAt(linkEnd))) {
                linkEnd++;
            }
            String domain = domain(raw, hostStart, hostEnd);
            i = linkEnd;
            inWord = false;
            if (domain.isEmpty()) {
                continue;
            }
            links++;
            if (shortener == null && isShortener(domain)) {
                shortener = domain;
            }
            if (domains == null) {
                domains = new ArrayList<>(4);
                perDomain = new int[MAX_DOMAINS];
            }
            int at = domains.indexOf(domain);
            if (at >= 0) {
                perDomain[at]++;
            } else if (domains.size() < MAX_DOMAINS) {
                perDomain[domains.size()] = 1;
                domains.add(domain);
            }
        }
        if (links == 0) {
            return List.of();
        }
        var hits = new ArrayList<Hit>(2);
        if (links > maxLinks) {
            hits.add(new Hit(NAME, Verdict.HOLD, "contains " + links + " links; posts with more than " + maxLinks
                    + " are checked by a moderator first"));
        }
        if (wordsBesides < minWordsBesides) {
            hits.add(new Hit(NAME, Verdict.HOLD,
                    "consists only of links; please say in a few words what the link is and why it matters"));
        }
        for (int d = 0; d < domains.size(); d++) {
            if (perDomain[d] > maxPerDomain) {
                hits.add(new Hit(NAME, Verdict.HOLD, "links to " + domains.get(d) + " " + perDomain[d]
                        + " times; more than " + maxPerDomain + " links to one site are checked first"));
            }
        }
        if (shortener != null) {
            hits.add(new Hit(NAME, Verdict.HOLD, "uses a link shortener (" + shortener
                    + "); please give the full address so readers can see where it leads"));
        }
        return hits;
    }

    /**
     * A quick look for {@code ://} or {@code www.} with the JDK's string search; most posts have neither, and then
     * the character-by-character scan is skipped.
     */
    private static boolean mayHaveLink(String raw) {
        if (raw.indexOf("://") >= 0) {
            return true;
        }
        for (int dot = raw.indexOf('.', 3); dot >= 0; dot = raw.indexOf('.', dot + 1)) {
            if ((raw.charAt(dot - 1) | 0x20) == 'w' && (raw.charAt(dot - 2) | 0x20) == 'w'
                    && (raw.charAt(dot - 3) | 0x20) == 'w') {
                return true;
            }
        }
        return false;
    }

    /** Where the host of a link starting at {@code i} begins, or -1 if no link starts there. */
    private static int linkHostAt(String raw, int i, char c) {
        if (c == 'h' || c == 'H') {
            if (raw.regionMatches(true, i, "https://", 0, 8)) {
                return i + 8;
            }
            if (raw.regionMatches(true, i, "http://", 0, 7)) {
                return i + 7;
            }
        } else if ((c == 'w' || c == 'W') && raw.regionMatches(true, i, "www.", 0, 4)) {
            return i;
        }
        return -1;
    }

    private static boolean isHostChar(char c) {
        return c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
                || c == '-' : Character.isLetterOrDigit(c);
    }

    private static String domain(String raw, int from, int to) {
        while (to > from && raw.charAt(to - 1) == '.') {
            to--;
        }
        if (raw.regionMatches(true, from, "www.", 0, 4)) {
            from += 4;
        }
        return from >= to ? "" : raw.substring(from, to).toLowerCase(Locale.ROOT);
    }

    private boolean isShortener(String domain) {
        if (shorteners.contains(domain)) {
            return true;
        }
        for (int dot = domain.indexOf('.'); dot >= 0; dot = domain.indexOf('.', dot + 1)) {
            if (shorteners.contains(domain.substring(dot + 1))) {
                return true;
            }
        }
        return false;
    }
}

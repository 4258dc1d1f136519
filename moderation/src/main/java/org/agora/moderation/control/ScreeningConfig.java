package org.agora.moderation.control;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * Thresholds of the screening rules. {@link #defaults()} gives the values below; {@link #from(Map)} and
 * {@link #from(Properties)} override them from settings (e.g. MicroProfile Config, environment), ignoring keys that
 * do not start with {@code screening.} and refusing unknown {@code screening.*} keys, so a typo fails loudly.
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>Key</th><th>Default</th><th>Meaning</th></tr>
 *   <tr><td>{@code screening.links.max}</td><td>3</td><td>more links than this → HOLD</td></tr>
 *   <tr><td>{@code screening.links.max-per-domain}</td><td>2</td>
 *       <td>more links than this to one domain → HOLD</td></tr>
 *   <tr><td>{@code screening.links.min-words-besides}</td><td>3</td>
 *       <td>a post with links and fewer words than this outside them is "link only" → HOLD</td></tr>
 *   <tr><td>{@code screening.links.shorteners}</td><td>bit.ly, tinyurl.com, t.co, goo.gl, ow.ly, is.gd, buff.ly,
 *       rebrand.ly, cutt.ly, shorturl.at, tiny.cc, rb.gy, t.ly, s.id, lnkd.in</td>
 *       <td>comma-separated domains (subdomains included) whose links hide their target → HOLD</td></tr>
 *   <tr><td>{@code screening.shouting.min-letters}</td><td>20</td><td>shorter posts are never "shouting"</td></tr>
 *   <tr><td>{@code screening.shouting.upper-ratio}</td><td>0.7</td>
 *       <td>at least this share of the letters in capitals → HOLD</td></tr>
 *   <tr><td>{@code screening.bursts.max-posts}</td><td>5</td>
 *       <td>more posts than this within the window, this one included → HOLD</td></tr>
 *   <tr><td>{@code screening.bursts.window-seconds}</td><td>60</td><td>the burst window</td></tr>
 *   <tr><td>{@code screening.repeats.similarity}</td><td>0.9</td>
 *       <td>word-shingle Jaccard similarity from which a recent post counts as a repeat</td></tr>
 *   <tr><td>{@code screening.repeats.shingle-words}</td><td>3</td><td>words per shingle</td></tr>
 *   <tr><td>{@code screening.repeats.min-words}</td><td>5</td>
 *       <td>shorter posts are not checked for repeats ("I agree" may be said twice)</td></tr>
 *   <tr><td>{@code screening.repeats.refuse-at}</td><td>3</td>
 *       <td>this many recent posts repeated → REFUSE (fewer, but at least one → HOLD)</td></tr>
 * </table>
 */
public record ScreeningConfig(int linksMax, int linksMaxPerDomain, int linksMinWordsBesides, Set<String> linkShorteners,
        int shoutingMinLetters, double shoutingUpperRatio, int burstsMaxPosts, Duration burstsWindow,
        double repeatsSimilarity, int repeatsShingleWords, int repeatsMinWords, int repeatsRefuseAt) {

    public static final String PREFIX = "screening.";

    static final List<String> DEFAULT_SHORTENERS = List.of("bit.ly", "tinyurl.com", "t.co", "goo.gl", "ow.ly",
            "is.gd", "buff.ly", "rebrand.ly", "cutt.ly", "shorturl.at", "tiny.cc", "rb.gy", "t.ly", "s.id", "lnkd.in");

    public ScreeningConfig {
        atLeast("screening.links.max", linksMax, 0);
        atLeast("screening.links.max-per-domain", linksMaxPerDomain, 1);
        atLeast("screening.links.min-words-besides", linksMinWordsBesides, 0);
        var shorteners = new LinkedHashSet<String>();
        for (var domain : linkShorteners) {
            var d = domain.strip().toLowerCase(Locale.ROOT);
            if (!d.isEmpty()) {
                shorteners.add(d);
            }
        }
        linkShorteners = Set.copyOf(shorteners);
        atLeast("screening.shouting.min-letters", shoutingMinLetters, 1);
        share("screening.shouting.upper-ratio", shoutingUpperRatio);
        atLeast("screening.bursts.max-posts", burstsMaxPosts, 1);
        Objects.requireNonNull(burstsWindow, "burstsWindow");
        if (burstsWindow.isNegative() || burstsWindow.isZero()) {
            throw new IllegalArgumentException("screening.bursts.window-seconds must be positive, was " + burstsWindow);
        }
        share("screening.repeats.similarity", repeatsSimilarity);
        atLeast("screening.repeats.shingle-words", repeatsShingleWords, 1);
        atLeast("screening.repeats.min-words", repeatsMinWords, 1);
        atLeast("screening.repeats.refuse-at", repeatsRefuseAt, 1);
    }

    /** The defaults in the table above. */
    public static ScreeningConfig defaults() {
        return new ScreeningConfig(3, 2, 3, Set.copyOf(DEFAULT_SHORTENERS), 20, 0.7, 5, Duration.ofSeconds(60),
                0.9, 3, 5, 3);
    }

    /** The defaults, overridden by the {@code screening.*} entries of {@code properties}. */
    public static ScreeningConfig from(Properties properties) {
        var map = new HashMap<String, String>();
        for (var key : properties.stringPropertyNames()) {
            map.put(key, properties.getProperty(key));
        }
        return from(map);
    }

    /**
     * The defaults, overridden by the {@code screening.*} entries of {@code settings}.
     *
     * @throws IllegalArgumentException for an unknown {@code screening.*} key or a value that is not a valid number
     *                                  in range; the message names the key
     */
    public static ScreeningConfig from(Map<String, String> settings) {
        var d = defaults();
        int linksMax = d.linksMax;
        int linksMaxPerDomain = d.linksMaxPerDomain;
        int linksMinWordsBesides = d.linksMinWordsBesides;
        Set<String> shorteners = d.linkShorteners;
        int shoutingMinLetters = d.shoutingMinLetters;
        double shoutingUpperRatio = d.shoutingUpperRatio;
        int burstsMaxPosts = d.burstsMaxPosts;
        Duration burstsWindow = d.burstsWindow;
        double repeatsSimilarity = d.repeatsSimilarity;
        int repeatsShingleWords = d.repeatsShingleWords;
        int repeatsMinWords = d.repeatsMinWords;
        int repeatsRefuseAt = d.repeatsRefuseAt;
        for (var setting : settings.entrySet()) {
            String key = setting.getKey();
            if (!key.startsWith(PREFIX)) {
                continue;
            }
            String value = Objects.requireNonNull(setting.getValue(), key).strip();
            switch (key) {
                case "screening.links.max" -> linksMax = integer(key, value);
                case "screening.links.max-per-domain" -> linksMaxPerDomain = integer(key, value);
                case "screening.links.min-words-besides" -> linksMinWordsBesides = integer(key, value);
                case "screening.links.shorteners" -> shorteners = Set.of(value.split(","));
                case "screening.shouting.min-letters" -> shoutingMinLetters = integer(key, value);
                case "screening.shouting.upper-ratio" -> shoutingUpperRatio = decimal(key, value);
                case "screening.bursts.max-posts" -> burstsMaxPosts = integer(key, value);
                case "screening.bursts.window-seconds" -> burstsWindow = Duration.ofSeconds(integer(key, value));
                case "screening.repeats.similarity" -> repeatsSimilarity = decimal(key, value);
                case "screening.repeats.shingle-words" -> repeatsShingleWords = integer(key, value);
                case "screening.repeats.min-words" -> repeatsMinWords = integer(key, value);
                case "screening.repeats.refuse-at" -> repeatsRefuseAt = integer(key, value);
                default -> throw new IllegalArgumentException("unknown screening setting " + key
                        + " (known: screening.links.*, screening.shouting.*, screening.bursts.*, screening.repeats.*;"
                        + " see ScreeningConfig)");
            }
        }
        return new ScreeningConfig(linksMax, linksMaxPerDomain, linksMinWordsBesides, shorteners, shoutingMinLetters,
                shoutingUpperRatio, burstsMaxPosts, burstsWindow, repeatsSimilarity, repeatsShingleWords,
                repeatsMinWords, repeatsRefuseAt);
    }

    private static int integer(String key, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, was \"" + value + "\"");
        }
    }

    private static double decimal(String key, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, was \"" + value + "\"");
        }
    }

    private static void atLeast(String key, int value, int least) {
        if (value < least) {
            throw new IllegalArgumentException(key + " must be at least " + least + ", was " + value);
        }
    }

    private static void share(String key, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(key + " must be in (0, 1], was " + value);
        }
    }
}

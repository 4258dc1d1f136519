package org.agora.moderation.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Moderators' replies for common conflict situations, in plain and respectful words. {@link #standard()} holds:
 * <table>
 *   <caption>Standard templates</caption>
 *   <tr><th>Key</th><th>For</th><th>Placeholders</th></tr>
 *   <tr><td>{@code de-escalation}</td><td>a heated thread</td><td>{@code house_rules_link}</td></tr>
 *   <tr><td>{@code correction}</td><td>a factual error, with a source</td>
 *       <td>{@code correction, source_title, source_link}</td></tr>
 *   <tr><td>{@code off-topic}</td><td>a comment about another subject</td><td>{@code topic, where_instead}</td></tr>
 *   <tr><td>{@code personal-data-removed}</td><td>personal information taken out of a comment</td>
 *       <td>{@code what, contact}</td></tr>
 *   <tr><td>{@code house-rules}</td><td>a reminder of the house rules</td><td>{@code house_rules_link}</td></tr>
 * </table>
 */
public final class ResponseTemplates {

    private final Map<String, ResponseTemplate> byKey;

    /** A catalogue of these templates; keys must be unique. */
    public ResponseTemplates(List<ResponseTemplate> templates) {
        var map = new LinkedHashMap<String, ResponseTemplate>();
        for (var template : templates) {
            if (map.putIfAbsent(template.key(), template) != null) {
                throw new IllegalArgumentException("two response templates are called " + template.key());
            }
        }
        this.byKey = map;
    }

    /** The standard catalogue (see the table above). */
    public static ResponseTemplates standard() {
        return new ResponseTemplates(List.of(
                new ResponseTemplate("de-escalation", "Keeping the discussion respectful", """
                        Thank you for taking part in this consultation. This conversation has become heated, so we are \
                        asking everyone to take a step back. Please respond to the points people make, not to the \
                        people making them. Strong views are welcome here; personal remarks are not. If you think a \
                        comment breaks the house rules, please use "Report" instead of replying to it, and a moderator \
                        will look at it. The house rules are at {house_rules_link}."""),
                new ResponseTemplate("correction", "A correction, with a source", """
                        Thank you for your comment. One point in it does not match the published information: \
                        {correction} You can check this in {source_title}: {source_link}. We are sharing this so that \
                        everyone is discussing the same facts. Your views on the proposal are still welcome, \
                        including if you disagree with it."""),
                new ResponseTemplate("off-topic", "This belongs in another place", """
                        Thank you for raising this. This consultation is about {topic}, and your comment is about a \
                        different subject, so the people reading the responses here may not be able to act on it. \
                        Please post it at {where_instead}, where it will reach the team responsible. To keep this \
                        discussion focused, comments about other subjects may be hidden here."""),
                new ResponseTemplate("personal-data-removed", "Personal information removed", """
                        We have removed {what} from a comment in this discussion, because our house rules do not \
                        allow personal information about anyone to be published, including about yourself. The rest \
                        of the comment is unchanged. If you have a question about this, or the information was about \
                        you and you are concerned, please contact us at {contact}."""),
                new ResponseTemplate("house-rules", "A reminder of the house rules", """
                        Everyone is welcome to take part. To keep the discussion useful for everyone: stay on the \
                        subject of the consultation; be respectful, even when you disagree; do not share personal \
                        information about yourself or others; and do not post advertising or the same message again \
                        and again. The full house rules are at {house_rules_link}. Comments that break them may be \
                        held back or hidden, and we always tell the author why.""")));
    }

    /** All templates, in catalogue order. */
    public List<ResponseTemplate> all() {
        return List.copyOf(byKey.values());
    }

    /** The template called {@code key}, if there is one. */
    public Optional<ResponseTemplate> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /**
     * The body of template {@code key} filled with {@code values}.
     *
     * @throws NoSuchElementException if there is no such template
     * @throws PlaceholderMismatch    if the values do not match its placeholders
     */
    public String fill(String key, Map<String, String> values) {
        return find(key).orElseThrow(() -> new NoSuchElementException("no response template called " + key))
                .fill(values);
    }
}

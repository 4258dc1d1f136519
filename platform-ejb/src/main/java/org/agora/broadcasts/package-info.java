/**
 * Broadcasts: updates an agency publishes in a broadcast round, the web sources they cite, citizens' reactions, and
 * reach counted without keeping who read.
 *
 * <p>Rules of this component:
 * <ul>
 *   <li>Updates exist only in rounds of mode BROADCAST. Only officers of the round's agency and administrators post,
 *       edit and withdraw them. Posting and editing are allowed while the round is <em>scheduled</em> (so an agency
 *       can publish "what to expect" before it opens; scheduled rounds are public) or <em>open</em>; not in a draft,
 *       closed or later round.</li>
 *   <li>The Markdown body is rendered and sanitised by the same CommonMark + OWASP path as comments
 *       ({@link org.agora.drafts.control.MarkdownBlocks}). An edit replaces title, text, sources and pin and marks the
 *       update edited with the time. Withdrawing is final and possible at any time: the update stays listed as a
 *       tombstone (title, "withdrawn on …", the reason) without text or sources, so the public record stays
 *       honest.</li>
 *   <li>Sources are web addresses (http or https only, with a host, no user info, at most 2,000 characters), a title
 *       and an optional quoted passage, at most 20 per update; the server records them and never fetches them.</li>
 *   <li>Signed-in people react HELPFUL or NOT_HELPFUL, one reaction per person and update, changeable and removable,
 *       while the round is open and the update not withdrawn. Counts are public; each person sees their own.</li>
 *   <li>Reach: every published update on a page of the round's list, and a single update fetched by id, counts as
 *       read by the viewer, except the round's own officers and admins. The reader is stored only as
 *       HMAC-SHA256(key of the UTC day, update id + participant id, or + address and User-Agent when anonymous),
 *       once per update and day ({@link org.agora.broadcasts.control.ReaderHash}). The day's key is deleted when the
 *       day is over (by the first reading of a later day and by a timer after midnight UTC), after which nobody can
 *       link a stored hash to a person. Reach = unique readers per day, summed over the days; only the round's
 *       agency and admins see it.</li>
 * </ul>
 */
package org.agora.broadcasts;

/**
 * Evidence: documents and web pages that participants cite in a round, with the text of the documents for search
 * and a credibility verdict from the people who run the round.
 *
 * <p>Rules of this component:
 * <ul>
 *   <li>An upload is inspected before anything is kept ({@link org.agora.evidence.control.Inspection}); a refused
 *       one leaves no file and no row. Rounds take uploads only while open and with attachments allowed.</li>
 *   <li>A {@link org.agora.evidence.entity.Source} is kept once per SHA-256: the same bytes uploaded again make a
 *       new {@link org.agora.evidence.entity.Citation} of the existing source. Files live in
 *       {@code agora.evidence.directory} under their digest ({@link org.agora.evidence.control.Storage}).</li>
 *   <li>Text is extracted after the upload commits, on a worker, within the policy's limits, and stored in a
 *       transaction of its own (RECEIVED, then EXTRACTED or FAILED); a failed extraction leaves the file
 *       downloadable.</li>
 *   <li>A web citation records the address and title as given; the platform never fetches it.</li>
 *   <li>Citations are made from a comment, a paragraph of the draft, an idea, a question (one its citer may read,
 *       not resolved; the questions component decides who reads it), a published update (only by the round
 *       agency's officers and administrators), or the round.</li>
 *   <li>A citation on a private question is confidential: only the round's staff (its agency's officers,
 *       administrators, moderators) and the question's asker learn it exists — in the library and its counts, a
 *       source's citations, the badges.</li>
 *   <li>A source is visible to whoever can see one of the places it is cited. Its verdict (UNVERIFIED, VERIFIED,
 *       DISPUTED with a note) is given by moderators, administrators and officers of an agency whose round cites
 *       it.</li>
 *   <li>Downloads are {@code attachment} except for types safe to show inline, always with {@code nosniff} and a
 *       sandboxing Content-Security-Policy.</li>
 * </ul>
 */
package org.agora.evidence;

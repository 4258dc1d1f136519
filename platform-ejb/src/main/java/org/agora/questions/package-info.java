/**
 * Questions: the question desk of customer-service rounds, and clarifying questions in broadcast rounds.
 *
 * <p>Rules of this component:
 * <ul>
 *   <li>Citizens ask only in customer-service and broadcast rounds, only while the round is open; a question has a
 *       title (3–200 characters) and a Markdown body rendered to sanitised HTML like comments. Questions are private
 *       by default: only the asker and the round's staff (its agency's officers, administrators, moderators) see
 *       them; to anyone else a private question does not exist, in lists, counts and by id.</li>
 *   <li>State machine ({@link org.agora.questions.entity.Question}): WAITING → CLAIMED (one officer; claiming a
 *       question someone else holds is refused, release gives it back) → ANSWERED (an official answer, signed by the
 *       officer; the first answer's time is recorded once) → RESOLVED by the asker (final), or a follow-up by the
 *       asker → WAITING again with a due time of its own. Only officers of the round's agency (and administrators)
 *       work on questions; only the asker follows up or resolves.</li>
 *   <li>Service level: each round has {@code slaWorkingHours}; due times are counted in working hours
 *       ({@link org.agora.questions.control.WorkingHours}, Monday–Friday 09:00–17:00 in {@code agora.questions.zone}).
 *       A question an officer owes an answer past its due time is breached. The round's figures
 *       ({@link org.agora.questions.control.QuestionFigures}) are computed in Java: median first-response time in
 *       wall-clock minutes, share of first answers within their due time, current breaches.</li>
 *   <li>An answered question can be published as an FAQ entry in words the officer chooses; the FAQ never names
 *       the asker and is public.</li>
 *   <li>Moderation: questions and follow-ups are screened (a threat is refused); a muted participant may still ask
 *       privately, not in public. Public questions are reportable
 *       ({@link org.agora.questions.boundary.QuestionModeration}); a hidden or removed question is seen as a private
 *       one is, and a purge deletes the asker's words, never the agency's answers.</li>
 * </ul>
 */
package org.agora.questions;

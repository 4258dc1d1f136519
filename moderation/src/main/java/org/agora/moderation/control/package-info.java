/**
 * Moderation rules that need no container: plain classes, unit-tested on their own.
 *
 * <ul>
 *   <li><b>Cases</b>: {@link org.agora.moderation.control.CaseTransitions} is the life of a case (open, claimed,
 *       decided, escalated, appealed, closed); {@link org.agora.moderation.control.DecisionRules} says which actions
 *       are decisions and what they must carry; {@link org.agora.moderation.control.AppealRules} keeps the
 *       moderator who decided away from the appeal. Refusals are {@link org.agora.moderation.control.CaseRefused}
 *       with a stable slug.</li>
 *   <li><b>Flags</b>: {@link org.agora.moderation.control.ReasonCode} and
 *       {@link org.agora.moderation.control.FlagReason} say why; {@link org.agora.moderation.control.FlagWeights}
 *       weighs flaggers by their track record and decides when a case is auto-hidden.</li>
 *   <li><b>Screening</b> before a post is visible: {@link org.agora.moderation.control.Screening} runs the
 *       {@link org.agora.moderation.control.ScreeningRule}s with thresholds from
 *       {@link org.agora.moderation.control.ScreeningConfig}; every verdict comes with hits that say which rule
 *       fired and why, in words safe to show the author.</li>
 *   <li><b>Replies</b>: {@link org.agora.moderation.control.ResponseTemplates} for moderators' common
 *       answers.</li>
 * </ul>
 */
package org.agora.moderation.control;

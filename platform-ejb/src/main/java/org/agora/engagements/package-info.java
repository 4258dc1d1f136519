/**
 * Engagements: the rounds an agency opens to hear from the public.
 *
 * <p>Rules of this component:
 * <ul>
 *   <li>A round has one {@link org.agora.engagements.entity.Mode mode} (broadcast, consultation, co-development,
 *       customer service) and is owned by one agency.</li>
 *   <li>Its lifecycle is draft → scheduled → open → closed → outcome published → archived. Transitions happen only
 *       through the verbs on {@link org.agora.engagements.entity.Engagement}; each verb checks its own preconditions
 *       (a round cannot open without a closing time in the future, cannot be scheduled to open in the past, …) and a
 *       refused transition never changes anything.</li>
 *   <li>Lists have a stable order (ties broken by id) so paging never skips or repeats a round.</li>
 * </ul>
 */
package org.agora.engagements;

/**
 * Identity: who is acting. Participants are known by their identity provider's subject ({@code sub}); the platform
 * stores only that subject, a public display name and, for agency officers, the agency they belong to. No e-mail,
 * no real name beyond what the person chose to show, no tokens.
 *
 * <p>Rules of this component:
 * <ul>
 *   <li>A {@link org.agora.identity.entity.Participant} is created on a person's first authenticated request and
 *       refreshed when their display name or agency changes at the identity provider.</li>
 *   <li>Only the web layer's identity code reads tokens; everything else receives an
 *       {@link org.agora.identity.boundary.Actor}: participant id, display name, roles, agency.</li>
 *   <li>Roles come from the identity provider (realm roles citizen, moderator, agency, trainee, trainer, admin).
 *       An agency officer may manage only their own agency's items; an admin may manage everything.</li>
 * </ul>
 */
package org.agora.identity;

/**
 * Moderation: flags, screening, the moderator queue, decisions with reasons, sanctions, appeals and the append-only
 * audit log.
 *
 * <p>Rules of this component:
 * <ul>
 *   <li>It knows content only through {@link org.agora.moderation.entity.ContentRef}: a type, an id, a snapshot of
 *       the text, a link, the author and the round. It never imports a class of another component, so any content
 *       type can be reported and the module builds on its own.</li>
 *   <li>Every decision carries a reason code and a statement of reasons; every action is audited.</li>
 * </ul>
 */
package org.agora.moderation;

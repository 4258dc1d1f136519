/**
 * Problems: the small family of domain exceptions every component throws when a request cannot be carried out.
 *
 * <p>Each exception names a stable problem {@link org.agora.problems.DomainProblem#slug() slug} (it becomes the RFC 9457
 * {@code type}) and a {@link org.agora.problems.DomainProblem.Kind kind} that the web layer turns into an HTTP status.
 * They are application exceptions that roll the transaction back, so nothing is stored half-way. Messages are written
 * for the person who sent the request: they never contain stack traces, SQL or class names.
 */
package org.agora.problems;

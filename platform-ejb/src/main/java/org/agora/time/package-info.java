/**
 * Time: every component asks an injected {@link java.time.Clock} for "now" instead of calling
 * {@code Instant.now()}, so lifecycle rules can be tested at a chosen instant and the training sandbox can later run
 * scenarios on a compressed clock without touching business code.
 */
package org.agora.time;

/**
 * Evidence, control: what happens to an uploaded file before it is kept and read.
 *
 * <p>Rules:
 * <ul>
 *   <li>An upload is judged by its bytes, never by the name or type the client declares: those are hints that can
 *       make a detected type more specific (plain text named {@code .md} is Markdown) but never replace it. Bytes
 *       of no recognisable type are refused whatever they are called.</li>
 *   <li>Refusals come cheapest first and stop reading as early as possible: the size limit while the body streams
 *       (the rest of an oversize body is never read), then emptiness, type, active content, ZIP expansion, and last
 *       the virus scanner. A refused upload leaves no file behind
 *       ({@link org.agora.evidence.control.Inspection}).</li>
 *   <li>Content that runs code when opened — HTML, SVG, scripts, programs, and text that a browser would sniff as
 *       HTML — is never accepted, whatever the allow-list says.</li>
 *   <li>Text extraction has three bounds: a write limit (text past it is cut off and marked truncated), Tika's
 *       compression-bomb guard, and a timeout enforced on a worker thread
 *       ({@link org.agora.evidence.control.Extraction}).</li>
 *   <li>Declared file names are shown and offered for download only sanitised
 *       ({@link org.agora.evidence.control.FileNames}); a download is {@code inline} only for PDF, PNG, JPEG and
 *       plain text.</li>
 *   <li>Refusals map to HTTP through {@link org.agora.problems.DomainProblem.Kind}: 415 type not allowed, 413 too
 *       large, 422 empty, bomb, active content, unreadable, malware.</li>
 * </ul>
 */
package org.agora.evidence.control;

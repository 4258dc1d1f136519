package org.agora.evidence.control;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Text and document properties of an accepted upload, for search and for the people who read the evidence.
 *
 * <p>Three limits keep a hostile or pathological document from costing more than a normal one:
 * <ul>
 *   <li>a <b>write limit</b>: text past the policy's character limit is cut off and the result says it was
 *       truncated (that is not a failure);</li>
 *   <li>Tika's {@code SecureContentHandler}, which {@link AutoDetectParser} puts around every parse: output far
 *       larger than the input read (a compression bomb) or nesting too deep fails the extraction;</li>
 *   <li>a <b>timeout</b>: the parse runs on a worker of the executor passed in; the caller waits at most the
 *       policy's timeout (counted from the call, queueing included), then gets a {@link Failure#TIMEOUT} while the
 *       worker is interrupted and stopped at the next piece of output it produces. A parser that computes for a long
 *       time without producing output and without looking at its interrupt flag keeps its worker busy until it
 *       finishes: size the executor for that.</li>
 * </ul>
 * Instances are thread-safe.
 */
public final class Extraction {

    private static final Logger LOG = Logger.getLogger(Extraction.class.getName());

    /** What came of an extraction. */
    public sealed interface Outcome permits Extracted, Failed {
    }

    /**
     * The text of the document, at most the policy's number of characters.
     *
     * @param truncated whether the document had more text than that
     */
    public record Extracted(String text, boolean truncated, Properties properties) implements Outcome {
    }

    /** What the document says about itself, where its format says it. */
    public record Properties(Optional<String> title, Optional<String> author, Optional<Instant> created,
            Optional<Instant> modified, OptionalInt pages) {
    }

    /** No text could be had; {@code detail} is written for a person. */
    public record Failed(Failure reason, String detail) implements Outcome {
    }

    public enum Failure {
        /** Took longer than the policy allows. */
        TIMEOUT,
        /** Expands far beyond its size (compression or XML entity bomb) or nests too deep. */
        BOMB,
        /** Protected by a password. */
        ENCRYPTED,
        /** Damaged, or not what its type says. */
        MALFORMED,
        /** The waiting thread was interrupted (e.g. the server is shutting down). */
        CANCELLED
    }

    private final Parser parser;
    private final ExecutorService executor;

    /** With Tika's default configuration (building it takes a while: share the instance). */
    public Extraction(ExecutorService executor) {
        this(TikaConfig.getDefaultConfig(), executor);
    }

    public Extraction(TikaConfig tika, ExecutorService executor) {
        this(new AutoDetectParser(tika), executor);
    }

    /** With another parser, e.g. one configured differently. */
    public Extraction(Parser parser, ExecutorService executor) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    public Outcome extract(Inspection.Accepted accepted, UploadPolicy policy) {
        return extract(accepted.tempFile(), accepted.mediaType(), policy);
    }

    /**
     * Extracts the text of a file on a worker, waiting at most the policy's extraction timeout.
     *
     * @param mediaType the type detected at inspection, given to the parser as a hint
     * @throws java.util.concurrent.RejectedExecutionException the executor takes no more work
     */
    public Outcome extract(Path file, String mediaType, UploadPolicy policy) {
        Duration timeout = policy.extractionTimeout();
        long deadline = System.nanoTime() + timeout.toNanos();
        var stop = new AtomicBoolean();
        var future = executor.submit(() -> parse(file, mediaType, policy.maxExtractedChars(), deadline, stop));
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            stop.set(true);
            future.cancel(true);
            return timedOut(timeout);
        } catch (InterruptedException e) {
            stop.set(true);
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new Failed(Failure.CANCELLED, "The extraction was cancelled.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            // parsers of damaged files fail in many ways (NullPointerException, IndexOutOfBounds...)
            LOG.log(Level.FINE, "Extraction failed unexpectedly", e.getCause());
            return malformed();
        }
    }

    private Outcome parse(Path file, String mediaType, int maxChars, long deadline, AtomicBoolean stop)
            throws IOException {
        var metadata = new Metadata();
        if (mediaType != null) {
            metadata.set(Metadata.CONTENT_TYPE, mediaType);
        }
        var text = new StringWriter();
        var handler = new Deadline(new BodyContentHandler(new WriteOutContentHandler(text, maxChars)), deadline,
                stop);
        var context = new ParseContext();
        context.set(Parser.class, parser);                      // text of embedded documents too, within limits
        var office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);                    // streams DOCX text instead of building a DOM,
        office.setUseSAXPptxExtractor(true);                    // so the write limit stops a text bomb early
        context.set(OfficeParserConfig.class, office);
        boolean truncated = false;
        try (var stream = TikaInputStream.get(file, metadata)) {
            parser.parse(stream, handler, metadata, context);
        } catch (Stopped e) {
            return timedOut(null);
        } catch (SAXException | TikaException | IOException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                truncated = true;
            } else {
                return failure(e, deadline, stop);
            }
        }
        if (handler.stopped || stop.get()) {
            return timedOut(null);
        }
        return new Extracted(text.toString(), truncated, properties(metadata));
    }

    private static Failed failure(Exception e, long deadline, AtomicBoolean stop) {
        LOG.log(Level.FINE, "Extraction failed", e);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Stopped || stop.get()) {
                return timedOut(null);
            }
            if (t instanceof EncryptedDocumentException) {
                return new Failed(Failure.ENCRYPTED, "The document is protected by a password; its text cannot be"
                        + " read.");
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("Suspected zip bomb")
                    || message.contains("entity expansion") || message.contains("JAXP00010001")
                    || message.contains("JAXP00010004") || message.contains("Max nesting depth")) {
                return new Failed(Failure.BOMB, "The document expands far beyond its size; its text was not"
                        + " extracted.");
            }
            if (t.getCause() == t) {
                break;
            }
        }
        if (System.nanoTime() - deadline > 0) {
            return timedOut(null);
        }
        return malformed();
    }

    private static Failed malformed() {
        return new Failed(Failure.MALFORMED, "The document is damaged or is not what its type says; its text"
                + " cannot be read.");
    }

    private static Failed timedOut(Duration timeout) {
        return new Failed(Failure.TIMEOUT, "Reading the text of the document took longer than "
                + (timeout == null ? "allowed" : "the " + seconds(timeout) + " s allowed")
                + "; it may be too complex.");
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? String.valueOf(millis / 1000)
                : String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0);
    }

    static Properties properties(Metadata metadata) {
        OptionalInt pages = OptionalInt.empty();
        for (Property property : new Property[] {PagedText.N_PAGES, Office.PAGE_COUNT}) {
            Integer n = metadata.getInt(property);
            if (n != null && n > 0) {
                pages = OptionalInt.of(n);
                break;
            }
        }
        return new Properties(text(metadata.get(TikaCoreProperties.TITLE)),
                text(String.join(", ", metadata.getValues(TikaCoreProperties.CREATOR))),
                instant(metadata.getDate(TikaCoreProperties.CREATED)),
                instant(metadata.getDate(TikaCoreProperties.MODIFIED)), pages);
    }

    private static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static Optional<Instant> instant(Date date) {
        return Optional.ofNullable(date).map(Date::toInstant);
    }

    /**
     * Thrown into the parser when the time is up, so that it stops at its next output. Unchecked on purpose: parsers
     * recover from the checked exceptions of one part of a document and go on with the next (Tika's PDF parser
     * records an IOException per page and continues), which would keep the worker busy for every remaining page.
     */
    static final class Stopped extends RuntimeException {

        Stopped() {
            super("extraction stopped: time is up", null, false, false);
        }
    }

    /** Passes events on until the deadline, a stop request or an interrupt; then stops the parse. */
    static final class Deadline extends ContentHandlerDecorator {

        private final long deadline;
        private final AtomicBoolean stop;
        volatile boolean stopped;

        Deadline(ContentHandler handler, long deadline, AtomicBoolean stop) {
            super(handler);
            this.deadline = deadline;
            this.stop = stop;
        }

        private void check() {
            if (stop.get() || Thread.currentThread().isInterrupted() || System.nanoTime() - deadline > 0) {
                stopped = true;
                throw new Stopped();
            }
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
            check();
            super.startElement(uri, localName, name, atts);
        }

        @Override
        public void endElement(String uri, String localName, String name) throws SAXException {
            check();
            super.endElement(uri, localName, name);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            check();
            super.characters(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            check();
            super.ignorableWhitespace(ch, start, length);
        }
    }
}

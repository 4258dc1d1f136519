package org.agora.evidence.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.agora.problems.DomainProblem;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * Decides whether an uploaded file may be kept as evidence, before anything else reads it.
 *
 * <p>In this order, cheapest refusal first: the body is copied to a temporary file while it is hashed (SHA-256) and
 * counted, and the copy stops as soon as the size limit is passed; an empty file is refused; the type is detected
 * from the bytes (the declared name and type are hints that can only make a detected type more specific, never
 * replace it); content a browser or an operating system would run (HTML, SVG, scripts, programs) is refused, and so
 * is text that starts like HTML; a ZIP container (DOCX, XLSX, ODT or any other) is expanded in memory, without
 * being written anywhere, and refused when it has too many entries or expands too much; the type must be on the
 * policy's list; last the virus scanner looks at it.
 *
 * <p>A refusal deletes the temporary file. An accepted file is the caller's to move to storage or delete.
 * Instances are thread-safe.
 */
public final class Inspection {

    /** What became of an upload. */
    public sealed interface Outcome permits Accepted, Refused {
    }

    /**
     * The upload is kept for now, in {@code tempFile}.
     *
     * @param sha256    lower-case hex digest of the bytes
     * @param mediaType detected from the bytes, without parameters
     * @param safeName  the declared name sanitised, with the detected type's extension added when it had another
     */
    public record Accepted(Path tempFile, String sha256, long size, String mediaType, String safeName)
            implements Outcome {
    }

    /** The upload is refused; {@code detail} is written for the person who sent it. */
    public record Refused(Reason reason, String detail) implements Outcome {

        /** The refusal as the domain problem a boundary throws. */
        public DomainProblem problem() {
            return new EvidenceRefused(reason.kind(), reason.slug(), reason.title(), detail);
        }
    }

    /** Why an upload was refused; each reason belongs to one HTTP status through its {@link DomainProblem.Kind}. */
    public enum Reason {
        /** 415: the detected type is not one of the policy's. */
        TYPE_NOT_ALLOWED(DomainProblem.Kind.UNSUPPORTED_MEDIA_TYPE, "evidence-type-not-allowed",
                "This type of file is not accepted"),
        /** 413: larger than the policy allows. */
        TOO_LARGE(DomainProblem.Kind.TOO_LARGE, "evidence-too-large", "The file is too large"),
        /** 422: no bytes at all. */
        EMPTY(DomainProblem.Kind.UNPROCESSABLE, "evidence-empty", "The file is empty"),
        /** 422: a container with too many entries or that expands far beyond its size. */
        ARCHIVE_BOMB(DomainProblem.Kind.UNPROCESSABLE, "evidence-archive-bomb", "The file expands too much"),
        /** 422: HTML, SVG, scripts, programs, or text that a browser would take for HTML. */
        ACTIVE_CONTENT(DomainProblem.Kind.UNPROCESSABLE, "evidence-active-content",
                "The file contains content that can run code"),
        /** 422: a document container that cannot be read as what it claims to be. */
        UNREADABLE(DomainProblem.Kind.UNPROCESSABLE, "evidence-unreadable", "The file cannot be read"),
        /** 422: the virus scanner found malware. */
        MALWARE(DomainProblem.Kind.UNPROCESSABLE, "evidence-malware", "The file contains malware");

        private final DomainProblem.Kind kind;
        private final String slug;
        private final String title;

        Reason(DomainProblem.Kind kind, String slug, String title) {
            this.kind = kind;
            this.slug = slug;
            this.title = title;
        }

        public DomainProblem.Kind kind() {
            return kind;
        }

        public String slug() {
            return slug;
        }

        public String title() {
            return title;
        }
    }

    /** Types, with their subtypes, whose content runs code when a browser or an operating system opens it. */
    static final Set<String> ACTIVE_TYPES = Set.of("text/html", "application/xhtml+xml", "image/svg+xml",
            "text/javascript", "application/javascript", "application/ecmascript", "text/ecmascript",
            "application/x-msdownload", "application/x-dosexec", "application/x-executable", "application/x-elf",
            "application/x-sharedlib", "application/x-mach-o", "application/x-mach-o-universal",
            "application/java-archive", "application/x-java-jnlp-file", "application/x-sh", "application/x-bat",
            "application/x-shockwave-flash", "text/x-vbscript", "application/hta", "application/x-ms-shortcut");

    /** Starts of text that a browser sniffing the content would render as HTML (WHATWG MIME Sniffing, 7.1). */
    private static final String[] HTML_STARTS = {"<!doctype html", "<html", "<head", "<script", "<iframe", "<h1",
        "<div", "<font", "<table", "<a", "<style", "<title", "<b", "<body", "<br", "<p", "<!--", "<svg", "<?xml",
        "<object", "<embed"};
    /** Tags that make text suspicious anywhere in its first {@link #SNIFF_BYTES} bytes (older browsers looked). */
    private static final String[] HTML_ANYWHERE = {"<script", "<html", "<iframe", "<svg", "<object", "<embed"};
    static final int SNIFF_BYTES = 1024;

    static final int BUFFER = 64 * 1024;

    private final Detector detector;
    private final MediaTypeRegistry registry;
    private final MimeTypes mimeTypes;
    private final Path workDirectory;
    private final AntivirusScanner scanner;

    /** With Tika's default configuration (building it takes a while: share the instance). */
    public Inspection(Path workDirectory, AntivirusScanner scanner) {
        this(TikaConfig.getDefaultConfig(), workDirectory, scanner);
    }

    /**
     * @param workDirectory where uploads are written while they are inspected; not readable by others
     */
    public Inspection(TikaConfig tika, Path workDirectory, AntivirusScanner scanner) {
        this.detector = tika.getDetector();
        this.registry = tika.getMediaTypeRegistry();
        this.mimeTypes = tika.getMimeRepository();
        this.workDirectory = Objects.requireNonNull(workDirectory, "workDirectory");
        this.scanner = Objects.requireNonNull(scanner, "scanner");
    }

    /**
     * Inspects one upload. The body is read at most to one buffer past the policy's size limit and is not closed.
     *
     * @param declaredName the name the client gave, if any
     * @param declaredType the type the client gave, if any (a hint only)
     * @throws IOException reading the body, writing the temporary file or asking the virus scanner failed; no
     *                     temporary file is left behind
     */
    public Outcome inspect(InputStream body, String declaredName, String declaredType, UploadPolicy policy)
            throws IOException {
        String safeName = FileNames.sanitise(declaredName);
        Path file = Files.createTempFile(workDirectory, "upload-", ".part");
        boolean keep = false;
        try {
            var digest = sha256();
            long size = copy(body, file, digest, policy.maxBytes());
            if (size > policy.maxBytes()) {
                return new Refused(Reason.TOO_LARGE, "The file is larger than the " + megabytes(policy.maxBytes())
                        + " accepted.");
            }
            if (size == 0) {
                return new Refused(Reason.EMPTY, "The file \"" + safeName + "\" is empty.");
            }
            MediaType detected = detect(file, safeName, declaredType);
            String type = detected.getBaseType().toString();
            if (isActive(detected) || (detected.getType().equals("text") && looksLikeHtml(file))) {
                return new Refused(Reason.ACTIVE_CONTENT, "The content of \"" + safeName + "\" is " + type
                        + (isActive(detected) ? "" : " that a browser would show as a web page")
                        + ", which can run code; it is not accepted.");
            }
            if (isZipBased(detected)) {
                // before the allow-list: a bomb in a DOCX makes Tika fall back to a generic type
                Optional<Refused> bomb = zipRefusal(file, size, safeName, policy);
                if (bomb.isPresent()) {
                    return bomb.get();
                }
            }
            if (!allowed(detected, policy)) {
                return new Refused(Reason.TYPE_NOT_ALLOWED, "The content of \"" + safeName + "\" is " + type
                        + ", which is not one of the accepted types.");
            }
            if (scanner.scan(file) instanceof AntivirusScanner.Infected infected) {
                return new Refused(Reason.MALWARE, "The virus scanner found " + infected.signature() + " in \""
                        + safeName + "\".");
            }
            keep = true;
            return new Accepted(file, HexFormat.of().formatHex(digest.digest()), size, type,
                    withExtension(safeName, detected));
        } finally {
            if (!keep) {
                Files.deleteIfExists(file);
            }
        }
    }

    /**
     * Copies until the end of the body or until more than {@code limit} bytes have come, whichever is first.
     *
     * @return the number of bytes read, which is more than {@code limit} when the body is too large
     */
    private static long copy(InputStream body, Path file, MessageDigest digest, long limit) throws IOException {
        var buffer = new byte[BUFFER];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n; (n = body.read(buffer)) >= 0; ) {
                total += n;
                if (total > limit) {
                    return total;
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    /**
     * The type the bytes have. Only text, which has no signature, can be made more specific by the declared name and
     * type where they agree with it (plain text named {@code .md} is Markdown, {@code .csv} CSV). Anything else is
     * what its bytes are, whatever it is called: bytes of no known type stay {@code application/octet-stream}
     * (Tika alone would take the name's word for them), a ZIP without a Word part stays a ZIP when named
     * {@code .docx}.
     */
    MediaType detect(Path file, String safeName, String declaredType) throws IOException {
        MediaType bytes = detect(file, new Metadata());
        if (!registry.isInstanceOf(bytes, MediaType.TEXT_PLAIN)) {
            return bytes;
        }
        var hints = new Metadata();
        hints.set(TikaCoreProperties.RESOURCE_NAME_KEY, safeName);
        MediaType declared = declaredType == null ? null : MediaType.parse(declaredType);
        if (declared != null) {
            hints.set(Metadata.CONTENT_TYPE, declared.getBaseType().toString());
        }
        MediaType hinted = detect(file, hints);
        return registry.isInstanceOf(hinted, bytes) ? hinted : bytes;
    }

    private MediaType detect(Path file, Metadata metadata) throws IOException {
        try (var stream = TikaInputStream.get(file, metadata)) {
            return registry.normalize(detector.detect(stream, metadata));
        }
    }

    private boolean isActive(MediaType type) {
        for (MediaType t = type; t != null; t = registry.getSupertype(t)) {
            if (ACTIVE_TYPES.contains(t.getBaseType().toString())) {
                return true;
            }
        }
        return false;
    }

    private boolean allowed(MediaType type, UploadPolicy policy) {
        if (policy.allows(type.getBaseType().toString())) {
            return true;
        }
        return registry.getAliases(type.getBaseType()).stream().anyMatch(alias -> policy.allows(alias.toString()));
    }

    private boolean isZipBased(MediaType type) {
        return registry.isInstanceOf(type, MediaType.APPLICATION_ZIP)
                || registry.isInstanceOf(type, MediaType.application("x-tika-ooxml"));
    }

    /** Whether the text starts, after a BOM and white space, like an HTML document, or has HTML tags early on. */
    static boolean looksLikeHtml(Path file) throws IOException {
        byte[] head;
        try (var in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        String text = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (text.startsWith("\u00ef\u00bb\u00bf")) {
            text = text.substring(3);                                   // UTF-8 BOM
        }
        text = text.replace("\u0000", "");                              // UTF-16 text, roughly
        String start = text.stripLeading();
        for (String tag : HTML_STARTS) {
            if (start.startsWith(tag)) {
                char after = start.length() > tag.length() ? start.charAt(tag.length()) : ' ';
                if (tag.equals("<!--") || after == ' ' || after == '>' || after == '\t' || after == '\n'
                        || after == '\r' || after == '\f' || after == '/') {
                    return true;
                }
            }
        }
        for (String tag : HTML_ANYWHERE) {
            if (text.contains(tag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the ZIP's central directory and expands every entry into a discarded buffer, stopping as soon as a
     * limit is passed: entry count, absolute expanded size, or ratio of expanded size to file size.
     */
    static Optional<Refused> zipRefusal(Path file, long size, String safeName, UploadPolicy policy)
            throws IOException {
        long byRatio = Math.max(UploadPolicy.RATIO_FLOOR, size * policy.maxCompressionRatio());
        long limit = Math.min(policy.maxUncompressedBytes(), byRatio);
        String why = limit == byRatio ? "more than " + policy.maxCompressionRatio() + " times its size"
                : "beyond " + megabytes(policy.maxUncompressedBytes());
        try (var zip = new ZipFile(file.toFile())) {
            if (zip.size() > policy.maxZipEntries()) {
                return Optional.of(new Refused(Reason.ARCHIVE_BOMB, "\"" + safeName + "\" holds " + zip.size()
                        + " parts, more than the " + policy.maxZipEntries() + " accepted."));
            }
            var buffer = new byte[BUFFER];
            long total = 0;
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                var entry = entries.nextElement();
                if (entry.getSize() > limit - total) {                 // what the directory says, before expanding
                    return Optional.of(bomb(safeName, why));
                }
                try (var in = zip.getInputStream(entry)) {              // what it really expands to
                    for (int n; (n = in.read(buffer)) >= 0; ) {
                        total += n;
                        if (total > limit) {
                            return Optional.of(bomb(safeName, why));
                        }
                    }
                }
            }
            return Optional.empty();
        } catch (ZipException e) {
            return Optional.of(new Refused(Reason.UNREADABLE, "\"" + safeName
                    + "\" is not a readable document: its ZIP structure is damaged."));
        }
    }

    private static Refused bomb(String safeName, String why) {
        return new Refused(Reason.ARCHIVE_BOMB, "\"" + safeName + "\" expands " + why + "; it is not accepted.");
    }

    private String withExtension(String safeName, MediaType type) {
        try {
            var extensions = mimeTypes.forName(type.getBaseType().toString()).getExtensions();
            if (extensions.isEmpty() || extensions.contains("." + FileNames.extension(safeName))) {
                return safeName;
            }
            return FileNames.sanitise(safeName + extensions.get(0));
        } catch (MimeTypeException e) {
            return safeName;
        }
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

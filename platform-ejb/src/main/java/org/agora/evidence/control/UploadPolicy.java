package org.agora.evidence.control;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an evidence upload may be: its types (as detected from the bytes), its size, how much text is extracted from
 * it and for how long, and how far a ZIP-based document (DOCX, XLSX, ODT) may expand.
 *
 * @param allowedMediaTypes     Tika media types without parameters, e.g. {@code application/pdf}
 * @param maxBytes              largest upload accepted
 * @param maxExtractedChars     text beyond this is cut off (the extraction says it was truncated)
 * @param extractionTimeout     extraction that takes longer fails with a timeout
 * @param maxZipEntries         a ZIP-based document with more entries is refused
 * @param maxCompressionRatio   a ZIP-based document that expands more than this (total uncompressed / file size) is
 *                              refused, once it expands beyond {@link #RATIO_FLOOR} bytes
 * @param maxUncompressedBytes  a ZIP-based document that expands beyond this is refused, whatever its ratio
 */
public record UploadPolicy(Set<String> allowedMediaTypes, long maxBytes, int maxExtractedChars,
        Duration extractionTimeout, int maxZipEntries, int maxCompressionRatio, long maxUncompressedBytes) {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    public static final String CSV = "text/csv";
    public static final String TEXT = "text/plain";
    public static final String MARKDOWN = "text/markdown";
    /** Older name of {@link #MARKDOWN}; Tika treats the two as aliases. */
    public static final String WEB_MARKDOWN = "text/x-web-markdown";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    /** The types citizens and officers may attach as evidence. */
    public static final Set<String> EVIDENCE_TYPES = Set.of(PDF, DOCX, XLSX, ODT, CSV, TEXT, MARKDOWN, WEB_MARKDOWN,
            PNG, JPEG);

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    public static final int DEFAULT_MAX_EXTRACTED_CHARS = 2_000_000;
    public static final Duration DEFAULT_EXTRACTION_TIMEOUT = Duration.ofSeconds(20);
    public static final int DEFAULT_MAX_ZIP_ENTRIES = 5_000;
    public static final int DEFAULT_MAX_COMPRESSION_RATIO = 100;
    public static final long DEFAULT_MAX_UNCOMPRESSED_BYTES = 256L * 1024 * 1024;

    /** Below this many uncompressed bytes the compression ratio is not judged (small XML compresses very well). */
    public static final long RATIO_FLOOR = 4L * 1024 * 1024;

    public UploadPolicy {
        Objects.requireNonNull(extractionTimeout, "extractionTimeout");
        allowedMediaTypes = allowedMediaTypes.stream().map(t -> t.toLowerCase(Locale.ROOT).trim())
                .collect(Collectors.toUnmodifiableSet());
        if (maxBytes < 1 || maxExtractedChars < 1 || maxZipEntries < 1 || maxCompressionRatio < 1
                || maxUncompressedBytes < 1) {
            throw new IllegalArgumentException("every limit of an upload policy must be positive");
        }
        if (extractionTimeout.isNegative() || extractionTimeout.isZero()) {
            throw new IllegalArgumentException("the extraction timeout must be positive");
        }
    }

    /** Evidence types, 20 MB, 2,000,000 characters, 20 s, 5,000 entries, ratio 100, 256 MB expanded. */
    public static UploadPolicy defaults() {
        return new UploadPolicy(EVIDENCE_TYPES, DEFAULT_MAX_BYTES, DEFAULT_MAX_EXTRACTED_CHARS,
                DEFAULT_EXTRACTION_TIMEOUT, DEFAULT_MAX_ZIP_ENTRIES, DEFAULT_MAX_COMPRESSION_RATIO,
                DEFAULT_MAX_UNCOMPRESSED_BYTES);
    }

    /** The same policy with another size limit (a consultation round may set its own). */
    public UploadPolicy withMaxBytes(long bytes) {
        return new UploadPolicy(allowedMediaTypes, bytes, maxExtractedChars, extractionTimeout, maxZipEntries,
                maxCompressionRatio, maxUncompressedBytes);
    }

    public UploadPolicy withMaxExtractedChars(int chars) {
        return new UploadPolicy(allowedMediaTypes, maxBytes, chars, extractionTimeout, maxZipEntries,
                maxCompressionRatio, maxUncompressedBytes);
    }

    public UploadPolicy withExtractionTimeout(Duration timeout) {
        return new UploadPolicy(allowedMediaTypes, maxBytes, maxExtractedChars, timeout, maxZipEntries,
                maxCompressionRatio, maxUncompressedBytes);
    }

    public UploadPolicy withZipLimits(int entries, int compressionRatio, long uncompressedBytes) {
        return new UploadPolicy(allowedMediaTypes, maxBytes, maxExtractedChars, extractionTimeout, entries,
                compressionRatio, uncompressedBytes);
    }

    /** Whether a type (parameters ignored, any case) is on the list as it is written. */
    public boolean allows(String mediaType) {
        return mediaType != null
                && allowedMediaTypes.contains(mediaType.toLowerCase(Locale.ROOT).split(";", 2)[0].trim());
    }
}

package org.agora.evidence.control;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names of uploaded files as people see them again: on a page, in a download. The name a browser declares is the
 * uploader's to choose, so it is never used as a path and is cleaned before anyone else sees it.
 */
public final class FileNames {

    /** Used when nothing printable is left of the declared name. */
    public static final String FALLBACK = "file";

    /** Longest name kept, in UTF-8 bytes (file systems allow 255; a download adds nothing to it). */
    static final int MAX_BYTES = 160;

    /** Longest extension that is kept whole when a name is shortened. */
    static final int MAX_EXTENSION = 16;

    /** Types a browser may show in place; every other type is offered as a download. */
    static final Set<String> INLINE_SAFE = Set.of("application/pdf", "image/png", "image/jpeg", "text/plain");

    private static final Pattern WINDOWS_RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])");
    private static final String WINDOWS_FORBIDDEN = "<>:\"|?*";

    private FileNames() {
    }

    /**
     * A name that is safe to show and to offer as a download: the last segment of any path (either separator),
     * without control, format (bidi overrides, zero-width) or unassigned characters, without characters Windows
     * forbids, not a Windows device name, not hidden (no leading dot), at most {@value #MAX_BYTES} UTF-8 bytes with
     * the extension kept, and {@value #FALLBACK} when nothing is left.
     */
    public static String sanitise(String declared) {
        if (declared == null) {
            return FALLBACK;
        }
        String name = Normalizer.normalize(declared, Normalizer.Form.NFC);
        name = lastSegment(name);
        name = printable(name);
        name = name.replaceAll("[\\s\\p{Z}]+", " ");
        name = trim(name);
        if (name.isEmpty()) {
            return FALLBACK;
        }
        int dot = name.indexOf('.');
        String stem = (dot < 0 ? name : name.substring(0, dot)).trim();
        if (WINDOWS_RESERVED.matcher(stem).matches()) {
            name = "_" + name;
        }
        name = shorten(name);
        return name.isEmpty() ? FALLBACK : name;
    }

    /** The extension of a sanitised name in lower case, without the dot; empty when there is none. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1 || name.length() - dot - 1 > MAX_EXTENSION) {
            return "";
        }
        return name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** A {@code Content-Disposition} header that always downloads the file, under its sanitised name. */
    public static String contentDisposition(String name) {
        return contentDisposition(name, "application/octet-stream");
    }

    /**
     * A {@code Content-Disposition} header (RFC 6266) for a file of the given type: {@code inline} only for types a
     * browser shows without running anything of the file's (PDF, PNG, JPEG, plain text — the response must still
     * carry {@code X-Content-Type-Options: nosniff}), {@code attachment} for everything else. The name is sanitised,
     * given as an ASCII {@code filename} for old clients and as UTF-8 {@code filename*} (RFC 8187).
     */
    public static String contentDisposition(String name, String mediaType) {
        String safe = sanitise(name);
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
        String disposition = INLINE_SAFE.contains(type) ? "inline" : "attachment";
        return disposition + "; filename=\"" + asciiFallback(safe) + "\"; filename*=UTF-8''" + percentEncode(safe);
    }

    private static String lastSegment(String name) {
        String cut = name;
        int slash = Math.max(cut.lastIndexOf('/'), cut.lastIndexOf('\\'));
        if (slash >= 0) {
            cut = cut.substring(slash + 1);
        }
        if (cut.length() >= 2 && cut.charAt(1) == ':' && Character.isLetter(cut.charAt(0))) {
            cut = cut.substring(2);                            // "C:evil.exe" is relative to drive C
        }
        return cut;
    }

    private static String printable(String name) {
        var out = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            switch (Character.getType(cp)) {
                case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED,
                        Character.PRIVATE_USE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> {
                    // NUL, C0/C1 controls, bidi embeddings, overrides and isolates, zero-width characters, BOM:
                    // none of them is visible, and some make a name read differently from what it is
                }
                default -> {
                    if (cp < 0x80 && WINDOWS_FORBIDDEN.indexOf(cp) >= 0) {
                        out.append('_');
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    /** Without leading dots and spaces (hidden files, "..") and trailing ones (Windows drops them). */
    private static String trim(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && (name.charAt(start) == '.' || name.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == ' ')) {
            end--;
        }
        return name.substring(start, end);
    }

    private static String shorten(String name) {
        if (utf8Length(name) <= MAX_BYTES) {
            return name;
        }
        String extension = extension(name);
        String suffix = extension.isEmpty() ? "" : name.substring(name.length() - extension.length() - 1);
        String stem = name.substring(0, name.length() - suffix.length());
        int budget = MAX_BYTES - utf8Length(suffix);
        var kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < stem.length(); ) {
            int cp = stem.codePointAt(i);
            int bytes = utf8Length(new String(Character.toChars(cp)));
            if (used + bytes > budget) {
                break;
            }
            kept.appendCodePoint(cp);
            used += bytes;
            i += Character.charCount(cp);
        }
        return trim(kept.toString()) + suffix;
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * Accents dropped (é → e), anything else outside printable ASCII replaced by '_', and so are quote, backslash
     * and '%' (some clients percent-decode this parameter, RFC 6266 appendix D).
     */
    static String asciiFallback(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        var out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> out.append(cp >= 0x20 && cp < 0x7f && "\"\\%".indexOf(cp) < 0
                ? (char) cp : '_'));
        return out.toString();
    }

    /** RFC 8187 value characters: letters, digits and {@code !#$&+-.^_`|~} as they are, all else %XX of UTF-8. */
    static String percentEncode(String name) {
        var out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}

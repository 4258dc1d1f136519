package org.agora.opendata.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes CSV (RFC 4180, with a header) whose text cells cannot be taken for formulas by a spreadsheet. */
public final class SpreadsheetCsv {

    private final StringWriter out = new StringWriter();
    private final CSVPrinter printer;

    public SpreadsheetCsv(String... header) {
        try {
            printer = CSVFormat.RFC4180.builder().setHeader(header).get().print(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row; numbers stay numbers, text is defused, null is an empty cell. */
    public SpreadsheetCsv row(Object... cells) {
        try {
            printer.printRecord(Arrays.stream(cells).map(SpreadsheetCsv::cell).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A cell as written: text that starts like a formula gets a leading apostrophe. */
    static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value;
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    @Override
    public String toString() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

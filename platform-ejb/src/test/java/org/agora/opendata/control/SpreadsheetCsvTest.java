package org.agora.opendata.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

    @Test
    void text_that_a_spreadsheet_would_run_as_a_formula_is_defused() {
        for (String formula : new String[] {"=HYPERLINK(\"http://x\",\"click\")", "+1+1", "-2+3", "@SUM(A1)",
            "\t=1", "\r=1"}) {
            assertThat(SpreadsheetCsv.cell(formula)).as(formula).isEqualTo("'" + formula);
        }
    }

    @Test
    void ordinary_text_numbers_and_nothing_are_written_as_they_are() {
        assertThat(SpreadsheetCsv.cell("A fair point = well made")).isEqualTo("A fair point = well made");
        assertThat(SpreadsheetCsv.cell(-5)).isEqualTo(-5);
        assertThat(SpreadsheetCsv.cell(12L)).isEqualTo(12L);
        assertThat(SpreadsheetCsv.cell(null)).isEqualTo("");
        assertThat(SpreadsheetCsv.cell("")).isEqualTo("");
    }

    @Test
    void rows_are_quoted_as_rfc_4180_under_their_header() {
        String csv = new SpreadsheetCsv("id", "text").row(1, "said \"no\", twice").row(2, "=cmd|' /C calc'!A0")
                .row(3, null).toString();
        assertThat(csv).isEqualTo("id,text\r\n1,\"said \"\"no\"\", twice\"\r\n2,'=cmd|' /C calc'!A0\r\n3,\r\n");
    }
}

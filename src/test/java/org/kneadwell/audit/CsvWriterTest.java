package org.kneadwell.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void leavesPlainFieldsAlone() {
        assertThat(CsvWriter.field("patient.read")).isEqualTo("patient.read");
        assertThat(CsvWriter.field("")).isEmpty();
        assertThat(CsvWriter.field(null)).isEmpty();
    }

    @Test
    void quotesCommasQuotesLineBreaksAndOuterSpaces() {
        assertThat(CsvWriter.field("Smith, Anna")).isEqualTo("\"Smith, Anna\"");
        assertThat(CsvWriter.field("Anna \"Nan\" Smith")).isEqualTo("\"Anna \"\"Nan\"\" Smith\"");
        assertThat(CsvWriter.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.field("cr\rlf")).isEqualTo("\"cr\rlf\"");
        assertThat(CsvWriter.field(" padded ")).isEqualTo("\" padded \"");
    }

    @Test
    void defusesSpreadsheetFormulas() {
        assertThat(CsvWriter.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvWriter.field("+1")).isEqualTo("'+1");
        assertThat(CsvWriter.field("@sum")).isEqualTo("'@sum");
    }

    @Test
    void writesRowsEndingInCrlf() {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.row("a", null, "b,c");
        csv.row("d");
        assertThat(out).hasToString("a,,\"b,c\"\r\nd\r\n");
    }
}

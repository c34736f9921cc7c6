package io.github.kisoku.kernel.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BundledCsvTest {
    @Test
    @DisplayName("quoted commas, doubled quotes, CRLF, blank lines and a last line without newline")
    void quotingAndLineEnds() {
        List<BundledCsv.Row> crlf = BundledCsv.read(BundledCsvTest.class, "csv-edge-cases-crlf.csv");
        assertThat(crlf.map(r -> r.get("id"))).containsExactly("a", "b", "c");
        assertThat(crlf.map(r -> r.get("text"))).containsExactly("x, y", "say \"hi\"", "last");
        assertThat(crlf.map(r -> r.get("note"))).containsExactly("plain", "", "end");
        assertThat(crlf.map(BundledCsv.Row::line)).containsExactly(2, 3, 4);
        List<BundledCsv.Row> lf = BundledCsv.read(BundledCsvTest.class, "csv-edge-cases-lf.csv");
        assertThat(lf.map(r -> r.get("id"))).containsExactly("z", "q", "w");
        assertThat(lf.head().get("text")).isEqualTo("multi\nline");
        assertThat(lf.get(1).get("text")).isEqualTo("a\"b");
        assertThat(lf.map(BundledCsv.Row::line)).as("a quoted line break moves the next row down")
                .containsExactly(2, 4, 5);
        assertThatThrownBy(() -> lf.last().get("text")).isInstanceOf(BundledCsv.BrokenData.class)
                .hasMessage("csv-edge-cases-lf.csv line 5: no column text");
    }

    @Test
    @DisplayName("comment lines before the header and between rows are skipped, and counted as lines")
    void comments() {
        List<BundledCsv.Row> rows = BundledCsv.read(BundledCsvTest.class, "csv-comments.csv");
        assertThat(rows.map(r -> r.get("id"))).containsExactly("1", "2");
        assertThat(rows.map(r -> r.get("text"))).containsExactly("# not a comment inside a row", "two");
        assertThat(rows.map(BundledCsv.Row::line)).containsExactly(4, 6);
    }

    @Test
    @DisplayName("a missing or empty file is broken data of the build")
    void missingOrEmpty() {
        assertThatThrownBy(() -> BundledCsv.read(BundledCsvTest.class, "no-such-file.csv"))
                .isInstanceOf(BundledCsv.BrokenData.class).hasMessage("missing resource no-such-file.csv");
        assertThatThrownBy(() -> BundledCsv.read(BundledCsvTest.class, "csv-empty.csv"))
                .isInstanceOf(BundledCsv.BrokenData.class).hasMessage("csv-empty.csv: no header");
    }

    @Test
    @DisplayName("a file may end anywhere: in a comment, a quoted field, a lone CR or after a separator")
    void endsOfFile() {
        assertThat(BundledCsv.rows("f", "id\n1\n# a last comment").map(r -> r.get("id"))).containsExactly("1");
        assertThat(BundledCsv.rows("f", "id,text\n1,\"x\"").map(r -> r.get("text"))).containsExactly("x");
        assertThat(BundledCsv.rows("f", "id,text\n1,\"x\"\"\"").map(r -> r.get("text"))).containsExactly("x\"");
        assertThat(BundledCsv.rows("f", "id,text\n1,x\r").map(r -> r.get("text"))).containsExactly("x");
        assertThat(BundledCsv.rows("f", "id,text\n1,").map(r -> r.get("text"))).containsExactly("");
        assertThat(BundledCsv.rows("f", "id,text\r\n1,\"a\nb\"\r\n2,c").map(BundledCsv.Row::line))
                .containsExactly(2, 4);
    }
}

package io.github.kisoku.golftax.io;

import static io.github.kisoku.testing.PropertyCheck.property;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.golftax.GolfGenerators;
import org.junit.jupiter.api.Test;

/** The CSV line splitter of the streaming audit path cuts a line exactly where {@code String.split} does. */
class VisitCsvSplitPropertiesTest {

    @Test
    void splitsLikeStringSplitKeepingEmptyFields() {
        property().forAll(GolfGenerators.csvLines())
                .checkAssert(line -> assertThat(VisitCsv.split(line)).containsExactly(line.split(",", -1)));
    }

    @Test
    void keepsLeadingTrailingAndEmptyFields() {
        assertThat(VisitCsv.split("")).containsExactly("");
        assertThat(VisitCsv.split(",")).containsExactly("", "");
        assertThat(VisitCsv.split(",a,,b,")).containsExactly("", "a", "", "b", "");
        assertThat(VisitCsv.split("0000001,2026-04-01,利用者1")).containsExactly("0000001", "2026-04-01", "利用者1");
    }
}

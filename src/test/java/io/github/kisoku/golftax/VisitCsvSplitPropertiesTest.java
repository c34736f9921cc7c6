package io.github.kisoku.golftax;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The CSV line splitter of the streaming audit path cuts a line exactly where {@code String.split} does. */
class VisitCsvSplitPropertiesTest {

    @Provide
    Arbitrary<String> lines() {
        // Mostly commas and the characters of real rows (Japanese names, colons, digits), some empty fields.
        return Arbitraries.strings().withChars(",,,,:-0123456789aZ 利用者ア\u3000\t").ofMaxLength(60);
    }

    @Property
    void splitsLikeStringSplitKeepingEmptyFields(@ForAll("lines") String line) {
        assertThat(VisitCsv.split(line)).containsExactly(line.split(",", -1));
    }

    @Example
    void keepsLeadingTrailingAndEmptyFields() {
        assertThat(VisitCsv.split("")).containsExactly("");
        assertThat(VisitCsv.split(",")).containsExactly("", "");
        assertThat(VisitCsv.split(",a,,b,")).containsExactly("", "a", "", "b", "");
        assertThat(VisitCsv.split("0000001,2026-04-01,利用者1")).containsExactly("0000001", "2026-04-01", "利用者1");
    }
}

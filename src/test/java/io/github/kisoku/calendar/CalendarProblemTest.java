package io.github.kisoku.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kisoku.kernel.InvalidInputException;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.ProblemWords;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarProblemTest {
    @Test
    void everyKindHasWordsInBothLanguages() {
        ProblemWords.check(CalendarProblem.values());
    }

    @Test
    void theCalendarsNamesAreWordedInBothLanguages() {
        var words = CalendarProblem.NO_OPEN_DAY.words();
        var ja = words.keys(io.github.kisoku.kernel.Language.JA).filter(k -> k.startsWith("text."));
        assertThat(ja).isNotEmpty().containsExactlyInAnyOrderElementsOf(
                words.keys(io.github.kisoku.kernel.Language.EN).filter(k -> k.startsWith("text.")));
        assertThat(ClosedDays.bank().name().en()).isEqualTo("bank closing days");
        assertThat(ClosedDays.bank().union(ClosedDays.governmentOffice()).name().ja()).isEqualTo("銀行の休日・行政機関の休日");
        assertThat(ClosedDays.bank().union(ClosedDays.governmentOffice()).name().en())
                .isEqualTo("bank closing days and government office closing days");
    }

    @Test
    void theProblemsShowTheirFigures() {
        Problem holidays = JapaneseHolidays.lookup(LocalDate.of(1900, 1, 1)).getLeft();
        assertThat(holidays.code()).isEqualTo("holidays-out-of-range");
        assertThat(holidays.words()._1).isEqualTo(CalendarProblem.HOLIDAYS_OUT_OF_RANGE);
        assertThat(holidays.figures().get("value")).contains("1900-01-01");
        assertThat(holidays.message().en()).startsWith("national holidays are computed only from ")
                .endsWith("(got 1900-01-01)");
        assertThatThrownBy(() -> LegalPeriod.ofDays(0)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().head().message().ja())
                        .isEqualTo("期間は 1 以上です（入力: 0）"));
    }
}

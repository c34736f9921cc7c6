package io.github.kisoku.booking;

import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * When lottery applications for a month of use are taken (抽選期間); during it the grid shows 抽
 * for that month (manual §5). The city's schedule is not published (OBSERVED: month U−2, draw on
 * the 16th), so the caller supplies it. Immutable and thread-safe.
 *
 * @param useMonth the month of use
 * @param opens when applications open
 * @param closes when they close (exclusive)
 */
public record LotteryPeriod(YearMonth useMonth, LocalDateTime opens, LocalDateTime closes) {
    /**
     * Whether the period is running at a time.
     *
     * @param now the time
     * @return true from {@code opens} until before {@code closes}
     */
    public boolean isOpenAt(LocalDateTime now) {
        return !now.isBefore(opens) && now.isBefore(closes);
    }
}

package io.github.kisoku.golftax;

import io.github.kisoku.calendar.ClosedDays;
import io.github.kisoku.calendar.FirstDay;
import io.github.kisoku.calendar.LegalPeriod;
import io.github.kisoku.calendar.RollDirection;
import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The deadlines and retention periods of the circular 税第423号, each counted and then moved
 * forward off a closed day with {@link ClosedDays#localTax()} (地方税法第20条の5第2項, 施行令第6条の18
 * 第2項: Sundays, national holidays, Saturdays, 12/29–1/3; kisoku ruling 3). Static functions
 * only; thread-safe.
 */
public final class GolfDeadlines {
    private GolfDeadlines() {
    }

    /**
     * The business-use annex (納入申告書付表, 別記第4号様式) for a month: the counts of the business-use
     * register from the 1st to the last day, due by the 15th of the next month (circular 第5 なお書).
     *
     * @param month the month of use
     * @return the deadline
     */
    public static FilingDeadline businessUseAnnex(YearMonth month) {
        return rolled(GolfWords.text("deadline.business-annex", "month", month),
                month.plusMonths(1).atDay(15), Sources.circular("第5 なお書"));
    }

    /**
     * The monthly return (納入申告書) for a month, with the non-taxable papers and list attached
     * (circular 第1・10). The prefecture's own due date was not read; the 15th of the next month
     * (as for the annex) is an inference, so the basis is UNCONFIRMED (reference NOTES §5).
     *
     * @param month the month of use
     * @return the deadline
     */
    public static FilingDeadline monthlyReturn(YearMonth month) {
        return rolled(GolfWords.text("deadline.monthly-return", "month", month), month.plusMonths(1).atDay(15),
                LegalBasis.law(Sources.LAW, Sources.LAW_ID, "第83条第2項（納期限は条例で定める）", Confidence.UNCONFIRMED)
                        .withNote("熊本県の納期限は未確認。翌月15日と推定（通達第1・10、第5）"));
    }

    /**
     * The fee notice (ゴルフ場利用料金届, 別記第5号様式) of a year: the fees as of 1 March, due by
     * 15 March (circular 第7).
     *
     * @param year the calendar year
     * @return the deadline
     */
    public static FilingDeadline feeNotice(int year) {
        return rolled(GolfWords.text("deadline.fee-notice", "year", year), LocalDate.of(year, 3, 15),
                Sources.circular("第7"));
    }

    /**
     * The application for a competition's certificate (軽減税率適用対象競技会の証明申請書, 別記第1号の2様式):
     * five days before the first day, or the first designated practice day if any (circular
     * 第2・6(1)). "5日前まで" is read as the day five days before (an interpretation); moving it
     * forward off a closed day follows kisoku ruling 3, although a deadline counted backwards
     * is often moved back instead.
     *
     * @param competition the competition
     * @return the deadline
     */
    public static FilingDeadline competitionApplication(Competition competition) {
        LocalDate first = competition.firstDayIncludingPractice();
        return rolled(GolfWords.text("deadline.competition-application", "competition", competition.name(),
                "firstDay", first),
                first.minusDays(5), Sources.circular("第2・6(1)").withConfidence(Confidence.INTERPRETATION)
                        .withNote("「5日前まで」を初日の5日前の日と読む（解釈）"));
    }

    /**
     * The last day the business-use register (業務による利用者名簿, 別記第3号様式) must be kept: one
     * year from the day its use ends (使用終了の日から1年間, circular 第5 なお書), counted by
     * 民法第140条・第143条 (the first day is not counted).
     *
     * @param lastUsed the day the register's use ended
     * @return the last day of keeping
     */
    public static FilingDeadline businessRegisterRetention(LocalDate lastUsed) {
        return rolled(GolfWords.text("deadline.business-register-retention", "lastUsed", lastUsed),
                LegalPeriod.ofYears(1).lastDay(lastUsed, FirstDay.EXCLUDED), Sources.circular("第5 なお書"));
    }

    /**
     * The last day a school keeps the ledger of the certificates it issued: seven years (circular
     * 第1・6 なお書; guidance, "適当"), counted from the day the ledger is closed, first day not counted.
     *
     * @param closedOn the day the ledger was closed
     * @return the last day of keeping
     */
    public static FilingDeadline schoolLedgerRetention(LocalDate closedOn) {
        return rolled(GolfWords.text("deadline.school-ledger-retention"),
                LegalPeriod.ofYears(7).lastDay(closedOn, FirstDay.EXCLUDED),
                Sources.circular("第1・6 なお書").withNote("「保存せしめることが適当」— 指導上の目安"));
    }

    private static FilingDeadline rolled(Message name, LocalDate counted, LegalBasis basis) {
        return new FilingDeadline(name, ClosedDays.localTax().roll(counted, RollDirection.FORWARD), basis);
    }
}

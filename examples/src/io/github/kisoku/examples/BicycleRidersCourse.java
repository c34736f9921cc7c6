package io.github.kisoku.examples;

import io.github.kisoku.bicycle.DangerousActRecord;
import io.github.kisoku.bicycle.RidersCourse;
import io.github.kisoku.bicycle.RidingHistory;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Language;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * A clerk checks whether a young rider must be ordered to the riders' course (自転車運転者講習):
 * the act done at 13 does not count, the two acts from age 14 do; then the latest day to attend
 * for an order given on 2027-04-29, and the penalty for not attending.
 */
public final class BicycleRidersCourse {
    private BicycleRidersCourse() {
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        RidingHistory history = RidingHistory.of(LocalDate.of(2012, 2, 29), List.of(
                DangerousActRecord.of(LocalDate.of(2026, 2, 20), 1, DangerousActRecord.How.DETECTED),
                DangerousActRecord.of(LocalDate.of(2026, 6, 1), 15, DangerousActRecord.How.DETECTED),
                DangerousActRecord.of(LocalDate.of(2027, 3, 15), 1, DangerousActRecord.How.ACCIDENT)));
        print("講習の要件（2027-03-14） / course condition on 2027-03-14",
                RidersCourse.condition(history, LocalDate.of(2027, 3, 14)).get());
        print("講習の要件（2027-03-15） / course condition on 2027-03-15",
                RidersCourse.condition(history, LocalDate.of(2027, 3, 15)).get());
        print("受講期限（命令 2027-04-29） / latest attendance for an order on 2027-04-29",
                RidersCourse.latestAttendanceDate(LocalDate.of(2027, 4, 29), Option.none()).get());
        print("受講しなかった場合 / if the rider does not attend", RidersCourse.penaltyForNotAttending());
    }

    private static void print(String title, Decision<?> d) {
        System.out.println("== " + title + " ==");
        System.out.print(d.render(Language.JA));
        System.out.print(d.render(Language.EN));
        System.out.println();
    }
}

package io.github.kisoku.examples;

/**
 * The main job of the README's first command: runs every bundled example in turn, each on its
 * own bundled data, so a fresh clone shows what the library answers in each domain.
 */
public final class RunAllExamples {
    private RunAllExamples() {
    }

    /**
     * Runs the calendar, bicycle, golf-tax and booking examples.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        section("Calendar: holidays, deadlines and age (祝日・期間・年齢)");
        CalendarDeadlines.main(args);
        section("Bicycle blue ticket: assess an offence (自転車の青切符)");
        BicycleAssessOffence.main(args);
        section("Bicycle riders' course (自転車運転者講習)");
        BicycleRidersCourse.main(args);
        section("Golf-course usage tax: monthly audit (ゴルフ場利用税)");
        GolfMonthlyAudit.main(args);
        section("Facility booking: plan, book and draw (施設予約)");
        BookingPlanAndLottery.main(args);
    }

    private static void section(String title) {
        System.out.println();
        System.out.println("=".repeat(78));
        System.out.println(title);
        System.out.println("=".repeat(78));
    }
}

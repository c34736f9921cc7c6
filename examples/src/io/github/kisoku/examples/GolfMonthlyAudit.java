package io.github.kisoku.examples;

import io.github.kisoku.kernel.MessageBundle;
import io.github.kisoku.golftax.AssessedVisit;
import io.github.kisoku.golftax.BusinessUseItem;
import io.github.kisoku.golftax.Course;
import io.github.kisoku.golftax.Treatment;
import io.github.kisoku.golftax.CourseType;
import io.github.kisoku.golftax.DayType;
import io.github.kisoku.golftax.FilingDeadline;
import io.github.kisoku.golftax.CourseFeeTable;
import io.github.kisoku.golftax.GolfDeadlines;
import io.github.kisoku.golftax.GolfTaxRules;
import io.github.kisoku.golftax.MonthlyAudit;
import io.github.kisoku.golftax.MonthlyReturn;
import io.github.kisoku.golftax.NonTaxableUserRow;
import io.github.kisoku.golftax.ReducedRateRow;
import io.github.kisoku.golftax.ReturnLine;
import io.github.kisoku.golftax.SpecialFee;
import io.github.kisoku.golftax.SpecialFeeCategory;
import io.github.kisoku.golftax.io.VisitCsv;
import io.github.kisoku.golftax.VisitDifference;
import io.github.kisoku.golftax.VisitRow;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

/**
 * An auditor checks a course's April 2026 golf-course usage tax (ゴルフ場利用税) return: reads the
 * visits the course recorded (a bundled CSV), builds the return the rules give, and lists every
 * visit where the declared tax differs, with the reason.
 */
public final class GolfMonthlyAudit {
    private static final YearMonth MONTH = YearMonth.of(2026, 4);
    /** The total on the course's 納入申告書 for April 2026. */
    private static final Yen DECLARED_TOTAL = Yen.of(2800);

    private GolfMonthlyAudit() {
    }

    /**
     * Runs the audit and prints it.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        Course course = Course.of("阿蘇テストカントリークラブ", 4, 27, CourseType.MEMBER, false, Option.of(Yen.of(1800)),
                CourseFeeTable.of(Yen.of(8000), Yen.of(12000), Yen.of(10000), Yen.of(16000), Yen.of(10000), Yen.of(16000))
                        .withSpecial(SpecialFeeCategory.SENIOR_65_TO_69, DayType.WEEKDAY,
                                new SpecialFee(Yen.of(6400), Yen.of(9600)))
                        .withSpecialEveryDay(SpecialFeeCategory.EARLY_MORNING, SpecialFee.forAll(Yen.of(4000)))
                        .withSpecialEveryDay(SpecialFeeCategory.CLOSED_DAY_SELF_BAG, SpecialFee.forAll(Yen.of(3000)))
                        .withSpecialEveryDay(SpecialFeeCategory.NINE_HOLES_OR_FEWER, SpecialFee.forAll(Yen.of(4000))));

        List<Validation<Seq<Problem>, VisitRow>> rows = VisitCsv.parse(read("/examples/golftax/visits-2026-04.csv"),
                course);
        List<VisitRow> good = rows.filter(Validation::isValid).map(Validation::get);
        System.out.println("ゴルフ場利用税 月次検査 / monthly audit: " + course.name() + " (" + course.grade() + ") " + MONTH);
        System.out.println("rows read: " + rows.size() + ", rejected: " + (rows.size() - good.size()));
        rows.filter(Validation::isInvalid).flatMap(Validation::getError)
                .forEach(p -> System.out.println("  rejected " + p.field() + ": " + p.message().ja() + " / "
                        + p.message().en()));

        MonthlyReturn computed = MonthlyReturn.build(MONTH, good.map(VisitRow::visit)).get();
        System.out.println();
        System.out.println("Visits / 利用ごとの判定:");
        for (AssessedVisit a : computed.visits()) {
            System.out.printf("  %s %s %-6s %s %s%n", a.visit().id(), a.visit().useDate(), a.visit().person().name(),
                    a.treatment().describe().ja(), a.tax());
        }
        System.out.println();
        System.out.println("Return by grade and treatment / 等級別・区分別:");
        for (ReturnLine l : computed.lines()) {
            System.out.printf("  %s %s: %d人 %s%n", l.grade(), l.treatment().describe().ja(), l.tally().count(), l.tally().tax());
        }
        System.out.println();
        System.out.println("非課税利用者一覧表（別記第1号様式） 18才未満 / 70才以上 / 障害者:");
        for (NonTaxableUserRow u : computed.nonTaxableUsers()) {
            System.out.println("  " + u.useDate() + " " + u.name() + " 生年月日 " + u.birthDate() + " ["
                    + mark(u.under18()) + mark(u.aged70OrOver()) + mark(u.disability()) + "] 提示書類: "
                    + u.documents().filter(m -> !m.ja().contains("申出書")).map(m -> m.ja()).mkString("、")
                    + u.cardNumber().map(n -> " 手帳番号 " + n).getOrElse(""));
        }
        System.out.println("税率特例適用者名簿（様式第36号付表）:");
        for (ReducedRateRow r : computed.reducedRateRegister()) {
            System.out.println("  " + r.useDate() + " " + r.name() + " " + new Treatment.Reduced(r.reductionCase()).describe().ja() + " 料金 " + r.feeCharged().map(String::valueOf).getOrElse("-")
                    + " 税額 " + r.tax());
        }
        System.out.println("納入申告書付表（別記第4号様式） business use by item:");
        for (BusinessUseItem item : BusinessUseItem.values()) {
            System.out.println("  " + item.code() + " " + computed.businessUseCounts().get(item).get() + "人");
        }
        System.out.println();
        System.out.println("Computed total / 税額合計: " + computed.totalTax());

        LinkedHashMap<String, Yen> declared = LinkedHashMap.empty();
        for (VisitRow r : good) {
            if (r.declaredTax().isDefined()) {
                declared = declared.put(r.visit().id(), r.declaredTax().get());
            }
        }
        MonthlyAudit audit = MonthlyAudit.of(computed, DECLARED_TOTAL, declared);
        System.out.println("Declared total / 申告額: " + audit.declaredTotal() + ", difference " + signed(audit.totalDifference())
                + ", not explained by the visit records " + signed(audit.unexplained()));
        System.out.println("Differences visit by visit / 差異:");
        for (VisitDifference d : audit.differences()) {
            System.out.println("  " + d.visitId() + ": declared " + d.declaredTax() + ", computed " + d.computedTax() + " ("
                    + signed(d.difference()) + ")");
            if (d.computed().isEmpty()) {
                System.out.println("      not a visit of the month");
            }
            for (AssessedVisit a : d.computed()) {
                Reason applied = a.decision().reasons().head();
                System.out.println("      " + applied.message().ja() + " / " + applied.message().en());
                a.decision().notApplied().filter(r -> !r.figures().has(GolfTaxRules.SCOPE))
                        .forEach(r -> System.out.println("      why not: " + r.message().ja() + " / " + r.message().en()));
            }
        }
        System.out.println();
        for (FilingDeadline d : List.of(GolfDeadlines.businessUseAnnex(MONTH), GolfDeadlines.monthlyReturn(MONTH))) {
            System.out.println("Due: " + d.name().en() + ": " + d.date().counted()
                    + (d.date().moved() ? " → " + d.date().rolled() : "") + " [" + MessageBundle.kernel().label(d.basis().confidence()).en() + "]");
        }
    }

    private static String mark(boolean b) {
        return b ? "○" : "・";
    }

    private static String signed(long yen) {
        return (yen > 0 ? "+" : "") + String.format("%,d円", yen);
    }

    private static String read(String resource) {
        try (InputStream in = GolfMonthlyAudit.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

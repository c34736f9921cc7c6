package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.NotInForce;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * What a course must display at its front desk (熊本県税条例第73条, circular 税第423号 第6): (1) the
 * fee that counts for grading with the tax, the public-interest contributions apart, and the
 * other fees apart; (2) for every separate fee that earns a reduced rate under 第69条第1項第1号 or
 * 第69条第2項, per use category and day type, the reduced fee with its reduced tax. Static
 * functions only; thread-safe.
 */
public final class FeeDisplay {
    private FeeDisplay() {
    }

    /**
     * The lines a course must display on a date.
     *
     * @param course the course, with its grade and fee table
     * @param fees the course's fee items as classified for grading
     * @param date the date of display, for the tax in force
     * @return the lines with their reasons, or why no rate is in force
     */
    public static Either<NotInForce, Decision<List<DisplayLine>>> required(Course course, GradingFee fees,
            LocalDate date) {
        return GradeRates.kumamoto().on(course.grade(), date).map(e -> lines(course, fees, e.value()));
    }

    private static Decision<List<DisplayLine>> lines(Course course, GradingFee fees, GradeRate rate) {
        List<DisplayLine> lines = List.of(new DisplayLine(GolfWords.text("display.grading-fee"),
                fees.total(), Option.of(rate.standard().amount())));
        lines = lines.appendAll(fees.in(FeeGroup.PUBLIC_INTEREST).map(i -> new DisplayLine(
                GolfWords.text("display.public-interest", "item", i.name()), i.amount(),
                Option.none())));
        lines = lines.appendAll(fees.in(FeeGroup.OTHER).map(i -> new DisplayLine(
                GolfWords.text("display.other", "item", i.name()), i.amount(), Option.none())));
        List<Reason> reasons = List.of(Reason.of(GolfRule.DISPLAY_FEES));
        // Without the course's fee table there is no separate fee to display.
        for (CourseFeeTable table : course.fees()) {
            for (SpecialFeeCategory cat : SpecialFeeCategory.values()) {
                for (DayType day : DayType.values()) {
                    Option<SpecialFee> s = table.special(cat, day);
                    if (s.isEmpty() || !qualifies(table, cat, day, s.get())) {
                        continue;
                    }
                    TaxFigure tax = cat == SpecialFeeCategory.SENIOR_65_TO_69 ? rate.reducedParagraph1()
                            : rate.reducedParagraph2();
                    lines = lines.append(new DisplayLine(GolfWords.text("display.reduced.member", "category", cat, "dayType", day), s.get().member(), Option.of(tax.amount())))
                            .append(new DisplayLine(GolfWords.text("display.reduced.non-member", "category", cat,
                                    "dayType", day), s.get().nonMember(),
                                    Option.of(tax.amount())));
                    reasons = reasons.append(Reason.of(GolfRule.DISPLAY_REDUCED, GolfRule.DISPLAY_REDUCED.basis(), "tax",
                            tax.amount(), "category", cat, "dayType", day));
                }
            }
        }
        return Decision.of(lines, reasons, List.empty());
    }

    private static boolean qualifies(CourseFeeTable table, SpecialFeeCategory cat, DayType day, SpecialFee s) {
        Yen member = table.normal(day, FeeClass.MEMBER);
        Yen nonMember = table.normal(day, FeeClass.NON_MEMBER);
        return GolfTaxRules.reducedEnough(s.member(), member, cat.requiredNumerator(), cat.requiredDenominator())
                && GolfTaxRules.reducedEnough(s.nonMember(), nonMember, cat.requiredNumerator(),
                        cat.requiredDenominator());
    }
}

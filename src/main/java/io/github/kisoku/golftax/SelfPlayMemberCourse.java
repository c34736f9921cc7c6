package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.LocalDate;

/**
 * The test for a self-play member course (セルフプレーのメンバーコース), a category of the grade
 * table of 熊本県税条例施行規則第23条第1項, as the circular 税第423号 第3 reads it: a member course
 * that allows only self-play, whose cart fee (the main cart, per person for four sharing, 第3・2)
 * does not exceed the average caddie fee (第3・1, 第3・3) that applies on the date. Where the
 * category places a course in the grade table is not known (kisoku ruling 5). Static
 * functions only; thread-safe.
 */
public final class SelfPlayMemberCourse {

    private SelfPlayMemberCourse() {
    }

    /**
     * Whether a course is a self-play member course on a date.
     *
     * @param course the course
     * @param date the date of the test
     * @param averages the average caddie fees by fiscal year
     * @return the decision with its reasons, or the problem that no average applies
     */
    public static Either<Problem, Decision<Boolean>> test(Course course, LocalDate date, CaddieFeeAverages averages) {
        return averages.on(date).map(avg -> decide(course, avg));
    }

    private static Decision<Boolean> decide(Course course, Effective<Yen> average) {
        GolfRule rule = GolfRule.SELF_PLAY_MEMBER_COURSE;
        List<Reason> met = List.empty();
        List<Reason> failed = List.empty();
        Reason member = Reason.of(rule).variant("type." + course.type().name());
        if (course.type() == CourseType.MEMBER) {
            met = met.append(member);
        } else {
            failed = failed.append(member);
        }
        Reason self = Reason.of(rule).variant(course.selfPlayOnly() ? "self-play-only" : "caddies-allowed");
        if (course.selfPlayOnly()) {
            met = met.append(self);
        } else {
            failed = failed.append(self);
        }
        Yen avg = average.value();
        if (course.cartFeePerPerson().isEmpty()) {
            failed = failed.append(Reason.of(rule, Sources.circular("第3・2")).variant("no-cart-fee"));
        } else {
            Yen cart = course.cartFeePerPerson().get();
            Reason r = Reason.of(rule, average.basis(), "cartFee", cart, "averageCaddieFee", avg, "fiscalYearFrom",
                    average.from()).variant(cart.compareTo(avg) <= 0 ? "cart-fee.within" : "cart-fee.over");
            if (cart.compareTo(avg) <= 0) {
                met = met.append(r);
            } else {
                failed = failed.append(r);
            }
        }
        return Decision.of(failed.isEmpty(), met, failed);
    }
}

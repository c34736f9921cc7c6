package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.LegalBasis;
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
    private static final String RULE = "golftax.self-play-member-course";

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
        LegalBasis basis = Sources.circular("第3・1");
        List<Reason> met = List.empty();
        List<Reason> failed = List.empty();
        Reason member = Reason.of(RULE, basis, "メンバー制のゴルフ場か: " + course.type().ja(),
                "a member course: " + course.type().en());
        if (course.type() == CourseType.MEMBER) {
            met = met.append(member);
        } else {
            failed = failed.append(member);
        }
        Reason self = Reason.of(RULE, basis, course.selfPlayOnly() ? "セルフプレー以外のプレーを認めていない"
                : "キャディー付きのプレーも認めている", course.selfPlayOnly() ? "only self-play is allowed"
                        : "play with caddies is also allowed");
        if (course.selfPlayOnly()) {
            met = met.append(self);
        } else {
            failed = failed.append(self);
        }
        Yen avg = average.value();
        if (course.cartFeePerPerson().isEmpty()) {
            failed = failed.append(Reason.of(RULE, Sources.circular("第3・2"), "カートフィーの表示がありません",
                    "no cart fee is published"));
        } else {
            Yen cart = course.cartFeePerPerson().get();
            Reason r = Reason.of(RULE, average.basis(),
                    "カートフィー（4人1台・1人当たり）" + cart + (cart.compareTo(avg) <= 0 ? " はキャディーフィー平均額 " + avg
                            + " を超えない" : " がキャディーフィー平均額 " + avg + " を超える"),
                    "cart fee per person (four to a cart) " + cart + (cart.compareTo(avg) <= 0 ? " does not exceed"
                            : " exceeds") + " the average caddie fee " + avg)
                    .withFigures("cartFee", cart, "averageCaddieFee", avg, "fiscalYearFrom", average.from());
            if (cart.compareTo(avg) <= 0) {
                met = met.append(r);
            } else {
                failed = failed.append(r);
            }
        }
        return Decision.of(failed.isEmpty(), met, failed);
    }
}

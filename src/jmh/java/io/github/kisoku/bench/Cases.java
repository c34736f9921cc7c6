package io.github.kisoku.bench;

import io.github.kisoku.bicycle.Alcohol;
import io.github.kisoku.bicycle.Offence;
import io.github.kisoku.bicycle.RiderType;
import io.github.kisoku.bicycle.Violation;
import io.github.kisoku.bicycle.ViolationCatalogue;
import io.github.kisoku.bicycle.ViolationScope;
import io.github.kisoku.golftax.AgeDocument;
import io.github.kisoku.golftax.BusinessUseItem;
import io.github.kisoku.golftax.Course;
import io.github.kisoku.golftax.CourseType;
import io.github.kisoku.golftax.DayType;
import io.github.kisoku.golftax.DisabilityCard;
import io.github.kisoku.golftax.DisabilityCardKind;
import io.github.kisoku.golftax.FeeClass;
import io.github.kisoku.golftax.CourseFeeTable;
import io.github.kisoku.golftax.Person;
import io.github.kisoku.golftax.Play;
import io.github.kisoku.golftax.SpecialFee;
import io.github.kisoku.golftax.SpecialFeeCategory;
import io.github.kisoku.golftax.Visit;
import io.github.kisoku.kernel.Yen;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.SplittableRandom;

/**
 * Random but reproducible cases for the benchmarks and the equivalence test: bicycle offences and
 * golf visits spread over the edges the rules care about (the start of the system, birthdays near
 * 16, 18, 65 and 70, week-ends and holidays, fees near the required reductions).
 */
final class Cases {
    /** The example course of {@code GolfMonthlyAudit}, at a given grade. */
    static Course course(int grade) {
        return Course.of("阿蘇テストカントリークラブ", grade, 27, CourseType.MEMBER, false, Option.of(Yen.of(1800)),
                CourseFeeTable.of(Yen.of(8000), Yen.of(12000), Yen.of(10000), Yen.of(16000), Yen.of(10000), Yen.of(16000))
                        .withSpecial(SpecialFeeCategory.SENIOR_65_TO_69, DayType.WEEKDAY,
                                new SpecialFee(Yen.of(6400), Yen.of(9600)))
                        .withSpecialEveryDay(SpecialFeeCategory.EARLY_MORNING, SpecialFee.forAll(Yen.of(4000)))
                        .withSpecialEveryDay(SpecialFeeCategory.CLOSED_DAY_SELF_BAG, SpecialFee.forAll(Yen.of(3000)))
                        .withSpecialEveryDay(SpecialFeeCategory.NINE_HOLES_OR_FEWER, SpecialFee.forAll(Yen.of(4000))));
    }

    private static final Course[] COURSES = new Course[7];

    static {
        for (int g = 1; g <= 7; g++) {
            COURSES[g - 1] = course(g);
        }
    }

    private static final Violation[] VIOLATIONS = ViolationCatalogue.standard().list().toJavaArray(Violation[]::new);
    private static final long[] FEES = {0, 3000, 3000, 4000, 4000, 5000, 6400, 8000, 9600, 10000, 12000, 16000};

    private final SplittableRandom random;

    Cases(long seed) {
        this.random = new SplittableRandom(seed);
    }

    private LocalDate dayIn(LocalDate from, int days) {
        return from.plusDays(random.nextInt(days));
    }

    /** A date of birth that makes the person {@code age} give or take a day or two on {@code on}. */
    private LocalDate bornAround(LocalDate on, int[] ages) {
        int age = ages[random.nextInt(ages.length)];
        return on.minusYears(age).plusDays(random.nextInt(-2, 3));
    }

    /** A random offence of 2026–2027 (a few days before the start of the system). */
    Offence offence() {
        LocalDate date = dayIn(LocalDate.of(2026, 3, 25), 640);
        Violation v = VIOLATIONS[random.nextInt(VIOLATIONS.length)];
        Offence.Builder b = Offence.builder().violation(v.id()).on(date)
                .at(LocalTime.of(random.nextInt(24), random.nextInt(60)))
                .riderBornOn(random.nextInt(3) == 0 ? bornAround(date, new int[] {13, 14, 15, 16, 17})
                        : dayIn(LocalDate.of(1940, 1, 1), 25_000));
        int r = random.nextInt(20);
        if (r == 0 || v.id().equals("DRUNK_RIDING") && r != 1) {
            b.alcohol(Alcohol.OVER_LIMIT);
        } else if (r == 1) {
            b.alcohol(Alcohol.DRUNK);
        }
        if (random.nextInt(25) == 0) {
            b.causedAccident(true);
        }
        if (v.id().startsWith("MOBILE_PHONE") && random.nextInt(4) == 0) {
            b.causedDanger(true);
        }
        if (v.scope() != ViolationScope.LIGHT_VEHICLE || random.nextInt(3) == 0) {
            b.riderType(RiderType.values()[random.nextInt(RiderType.values().length)]);
        }
        return b.build();
    }

    /** A random visit of 2026–2027 to the example course at a random grade. */
    Visit visit(int n) {
        LocalDate use = dayIn(LocalDate.of(2026, 1, 1), 700);
        return visit(String.valueOf(n), use);
    }

    /** A random visit on a given day (for the monthly audit). */
    Visit visit(String id, LocalDate use) {
        LocalDate birth = random.nextInt(2) == 0 ? bornAround(use, new int[] {17, 18, 64, 65, 69, 70})
                : dayIn(LocalDate.of(1935, 1, 1), 30_000);
        if (birth.isAfter(use)) {
            birth = use.minusYears(10);
        }
        Option<AgeDocument> doc = random.nextInt(4) == 0 ? Option.none()
                : Option.of(AgeDocument.values()[random.nextInt(AgeDocument.values().length)]);
        Option<DisabilityCard> card = random.nextInt(15) == 0
                ? Option.of(DisabilityCard.of(DisabilityCardKind.PHYSICAL, "熊本県" + random.nextInt(100_000)))
                : Option.none();
        Person person = Person.of("利用者" + id, birth, doc, card);
        // the fee class is given, as a course's books give it: a reduction compares the fee with that class's fee
        return Visit.of(id, COURSES[random.nextInt(COURSES.length)], use, person, play(),
                Option.of(Yen.of(FEES[random.nextInt(FEES.length)])),
                Option.of(random.nextInt(2) == 0 ? FeeClass.MEMBER : FeeClass.NON_MEMBER));
    }

    private Play play() {
        switch (random.nextInt(10)) {
            case 0:
                return new Play.EarlyMorning(true, LocalTime.of(9 + random.nextInt(3), random.nextInt(2) * 30));
            case 1:
                return new Play.ClosedDaySelfBag();
            case 2:
                return new Play.RestrictedCourse(random.nextInt(2) == 0 ? 9 : 6 + random.nextInt(13));
            case 3:
                return new Play.BusinessUse(BusinessUseItem.values()[random.nextInt(BusinessUseItem.values().length)],
                        random.nextInt(4) != 0, Option.none());
            default:
                return Play.normal();
        }
    }
}

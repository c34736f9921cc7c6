package io.github.kisoku.fuzz;

import static io.github.kisoku.testing.Generators.anyBoolean;
import static io.github.kisoku.testing.Generators.anyInt;
import static io.github.kisoku.testing.Generators.anyLong;
import static io.github.kisoku.testing.Generators.anyOf;
import static io.github.kisoku.testing.Generators.bytes;
import static io.github.kisoku.testing.Generators.quoted;
import static io.github.kisoku.testing.Generators.text;
import static io.github.kisoku.testing.PropertyCheck.property;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.bicycle.Offence;
import io.github.kisoku.booking.account.Password;
import io.github.kisoku.booking.lottery.Entry;
import io.github.kisoku.golftax.Course;
import io.github.kisoku.golftax.CourseType;
import io.github.kisoku.golftax.CourseFeeTable;
import io.github.kisoku.golftax.io.VisitCsv;
import io.github.kisoku.kernel.InvalidInputException;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Validations;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Bad-input fuzzing (issue 6): random strings, bytes that are not UTF-8 and out-of-range
 * numbers fed to public factories and parsers. Each must either accept or reject with typed
 * problems that name a field; nothing else may escape (no NullPointerException, no bare
 * IllegalArgumentException, no DateTimeException).
 */
class FuzzProperties {

    private static final Course COURSE = Course.of("阿蘇テストカントリークラブ", 4, 27, CourseType.MEMBER, false,
            Option.of(Yen.of(1800)), CourseFeeTable.of(Yen.of(8000), Yen.of(12000), Yen.of(10000), Yen.of(16000),
                    Yen.of(10000), Yen.of(16000)));

    private static void namesFields(Seq<Problem> problems) {
        assertThat(problems).isNotEmpty();
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.field()).isNotBlank();
            assertThat(p.code()).isNotBlank();
            assertThat(p.message().ja()).isNotBlank();
            assertThat(p.message().en()).isNotBlank();
        });
    }

    private static <T> void typed(Validation<? extends Seq<Problem>, T> v) {
        if (v.isInvalid()) {
            namesFields(v.getError());
        }
    }

    @Test
    void yenValidateAcceptsOnlyNonNegativeAmounts() {
        property().forAll(anyLong()).checkAssert(amount -> {
            Validation<Problem, Yen> v = Yen.validate("fee", amount);
            assertThat(v.isValid()).isEqualTo(amount >= 0);
            if (v.isInvalid()) {
                assertThat(v.getError().field()).isEqualTo("fee");
            }
        });
    }

    @Test
    void isoDateRejectsGarbageNamingTheField() {
        property().forAll(text()).checkAssert(text -> {
            Validation<Problem, LocalDate> v = Validations.isoDate("date", text);
            if (v.isInvalid()) {
                assertThat(v.getError().field()).isEqualTo("date");
                assertThat(v.getError().code()).isNotBlank();
            }
        });
    }

    @Test
    void visitCsvRejectsRandomTextRowByRow() {
        property().forAll(text()).checkAssert(
                text -> VisitCsv.parse(VisitCsv.HEADER + "\n" + text, COURSE).forEach(FuzzProperties::typed));
    }

    @Test
    void visitCsvRejectsInvalidUtf8() {
        property().forAll(bytes()).checkAssert(bytes -> {
            String decoded = new String(bytes, StandardCharsets.UTF_8);
            VisitCsv.parse(decoded, COURSE).forEach(FuzzProperties::typed);
            VisitCsv.parse(VisitCsv.HEADER + "\n" + decoded, COURSE).forEach(FuzzProperties::typed);
        });
    }

    @Test
    void offenceBuilderWithRandomIdsAndDates() {
        property().forAll(text(), FuzzGenerators.anyDates(), FuzzGenerators.anyDates()).checkAssert(
                (id, date, birth) -> typed(Offence.builder().violation(id).on(date).riderBornOn(birth).validate()));
    }

    @Test
    void passwordValidateNeverThrows() {
        property().forAll(text())
                .checkAssert(raw -> typed(Password.validate(raw)));
    }

    @Test
    void lotteryEntryParseThrowsOnlyTypedProblems() {
        property().forAll(text()).checkAssert(line -> {
            try {
                Entry.parse(line);
            } catch (InvalidInputException e) {
                namesFields(e.problems());
            }
        });
    }

    private static LocalDate anyDate(long epochDay) {
        return LocalDate.ofEpochDay(Math.floorMod(epochDay, LocalDate.MAX.toEpochDay() - LocalDate.MIN.toEpochDay())
                + LocalDate.MIN.toEpochDay());
    }

    private static void onlyTyped(Runnable call) {
        try {
            call.run();
        } catch (InvalidInputException e) {
            namesFields(e.problems());
        }
    }

    @Test
    void ageAndPeriodsAtAnyDateGiveAnAnswerOrATypedProblem() {
        property().forAll(anyLong(), anyLong(), anyInt(), anyInt())
                .checkAssert(FuzzProperties::ageAndPeriodsAtAnyDateGiveAnAnswerOrATypedProblem);
    }

    private static void ageAndPeriodsAtAnyDateGiveAnAnswerOrATypedProblem(long birth, long date, int age,
            int length) {
        LocalDate b = anyDate(birth);
        LocalDate d = anyDate(date);
        for (io.github.kisoku.calendar.AgeReading reading : io.github.kisoku.calendar.AgeReading.values()) {
            onlyTyped(() -> io.github.kisoku.calendar.Age.of(b, d, reading));
            onlyTyped(() -> io.github.kisoku.calendar.Age.firstDateAged(b, age, reading));
        }
        for (io.github.kisoku.calendar.FirstDay first : io.github.kisoku.calendar.FirstDay.values()) {
            onlyTyped(() -> io.github.kisoku.calendar.LegalPeriod.ofDays(length).lastDay(d, first));
            onlyTyped(() -> io.github.kisoku.calendar.LegalPeriod.ofMonths(length).lastDay(d, first));
            onlyTyped(() -> io.github.kisoku.calendar.LegalPeriod.ofYears(length).lastDay(d, first));
        }
        onlyTyped(() -> io.github.kisoku.calendar.Age.of(b, LocalDate.MAX, io.github.kisoku.calendar.AgeReading.AS_OF_DATE));
        onlyTyped(() -> io.github.kisoku.calendar.LegalPeriod.ofDays(1).lastDay(LocalDate.MAX,
                io.github.kisoku.calendar.FirstDay.EXCLUDED));
    }

    @Test
    void bookingRequestAndGroupsRejectGarbageNamingTheField() {
        property().forAll(text(), text(), text(), anyLong())
                .checkAssert(FuzzProperties::bookingRequestAndGroupsRejectGarbageNamingTheField);
    }

    private static void bookingRequestAndGroupsRejectGarbageNamingTheField(String unitId, String id, String name,
            long date) {
        io.github.kisoku.booking.Group.Registered.validate(id, name, io.github.kisoku.booking.GroupClass.GENERAL,
                anyDate(date)).fold(ps -> { namesFields(ps); return 0; }, g -> {
                    typed(io.github.kisoku.booking.BookingRequest.validate(g, unitId, anyDate(date),
                            io.vavr.collection.List.of(io.github.kisoku.booking.Slot.hours(9, 11))));
                    return 0;
                });
        typed(io.github.kisoku.booking.BookingRequest.validate(null, unitId, null, null));
    }
    private static <T> @org.jspecify.annotations.Nullable T maybe(boolean present, T value) {
        return present ? value : null;
    }

    /** Garbage for a golf course, and whether the optional parts are left out, as a counter-example shows it. */
    private record GolfGarbage(String name, int grade, int holes, CourseType type, boolean present) {
        @Override
        public String toString() {
            return "name=" + quoted(name) + ", grade=" + grade + ", holes=" + holes + ", type=" + type
                    + ", present=" + present;
        }
    }

    /** Garbage for a green fee and the days (turned into dates) of a birth and a use. */
    private record GolfNumbers(long fee, long birth, long use) {
        @Override
        public String toString() {
            return "fee=" + fee + ", birth=" + birth + ", use=" + use;
        }
    }

    /** Golf tax: every public factory of the value types, then the rules on what they accept. */
    @Test
    void golfFactoriesAndRulesGiveAnAnswerOrATypedProblem() {
        property().forAll(text().zip(anyInt(), anyInt(), anyOf(CourseType.class), anyBoolean(), GolfGarbage::new),
                anyLong().zip(anyLong(), anyLong(), GolfNumbers::new)).checkAssert((g, n) ->
                        golfFactoriesAndRulesGiveAnAnswerOrATypedProblem(g.name(), g.grade(), g.holes(), n.fee(),
                                n.birth(), n.use(), g.present(), g.type()));
    }

    private static void golfFactoriesAndRulesGiveAnAnswerOrATypedProblem(String name, int grade, int holes,
            long fee, long birth, long use, boolean present, CourseType type) {
        Yen yen = Yen.validate("fee", fee).getOrElse(Yen.ZERO);
        onlyTyped(() -> CourseFeeTable.of(yen, maybe(present, yen), yen, yen, maybe(fee % 2 == 0, yen), yen));
        CourseFeeTable fees = CourseFeeTable.of(yen, yen, yen, yen, yen, yen);
        typed(Course.validate(maybe(present, name), grade, holes, maybe(fee % 3 != 0, type),
                fee % 5 == 0, maybe(fee % 7 != 0, Option.of(yen)), maybe(fee % 11 != 0, fees)));
        onlyTyped(() -> Course.of(name, grade, holes, type, false, Option.none(), fees));
        LocalDate born = anyDate(birth);
        LocalDate used = anyDate(use);
        Validation<Seq<Problem>, io.github.kisoku.golftax.Person> person = io.github.kisoku.golftax.Person.validate(
                maybe(present, name), maybe(birth % 3 != 0, born), Option.none(), Option.none());
        typed(person);
        typed(io.github.kisoku.golftax.Visit.validate(name, COURSE, maybe(use % 3 != 0, used), person.getOrNull(),
                io.github.kisoku.golftax.Play.normal(), maybe(present, yen)));
        io.github.kisoku.golftax.Visit.validate("v", COURSE, used, person.getOrNull(),
                io.github.kisoku.golftax.Play.normal(), yen).forEach(v -> onlyTyped(
                        () -> io.github.kisoku.golftax.GolfTaxRules.assess(v)));
    }

    /** Bicycle riders' course: any history date, order date and period end. */
    @Test
    void ridersCourseGivesAnAnswerOrATypedProblem() {
        property().forAll(anyLong(), anyLong(), anyLong(), anyBoolean())
                .checkAssert(FuzzProperties::ridersCourseGivesAnAnswerOrATypedProblem);
    }

    private static void ridersCourseGivesAnAnswerOrATypedProblem(long birth, long on, long end, boolean present) {
        Validation<Seq<Problem>, io.github.kisoku.bicycle.RidingHistory> history =
                io.github.kisoku.bicycle.RidingHistory.validate(maybe(present, anyDate(birth)),
                        io.vavr.collection.List.empty());
        typed(history);
        onlyTyped(() -> typed(io.github.kisoku.bicycle.RidersCourse.condition(history.getOrNull(),
                maybe(on % 5 != 0, anyDate(on)))));
        onlyTyped(() -> typed(io.github.kisoku.bicycle.RidersCourse.latestAttendanceDate(
                maybe(present, anyDate(on)), maybe(end % 5 != 0, Option.of(anyDate(end))))));
    }

    /** Booking: units, catalogues and quota policies from garbage. */
    /** Garbage for a booking unit and a quota policy, as a counter-example shows it. */
    private record BookingGarbage(String id, String name, java.util.List<Integer> blocks, int limit, boolean present) {
        @Override
        public String toString() {
            return "id=" + quoted(id) + ", name=" + quoted(name) + ", blocks=" + blocks + ", limit=" + limit
                    + ", present=" + present;
        }
    }

    @Test
    void bookingFactoriesGiveAnAnswerOrATypedProblem() {
        property().forAll(text().zip(text(), FuzzGenerators.intListsWithNulls(), anyInt(), anyBoolean(),
                BookingGarbage::new)).checkAssert(g -> bookingFactoriesGiveAnAnswerOrATypedProblem(g.id(), g.name(),
                        g.blocks(), g.limit(), g.present()));
    }

    private static void bookingFactoriesGiveAnAnswerOrATypedProblem(String id, String name,
            java.util.List<Integer> blocks, int limit, boolean present) {
        io.github.kisoku.kernel.LegalBasis basis = io.github.kisoku.kernel.LegalBasis.document("test", "§1",
                io.github.kisoku.kernel.Confidence.CONFIRMED);
        typed(io.github.kisoku.booking.Unit.validate(maybe(present, id), name, name, maybe(!present, name),
                maybe(limit % 7 != 0, blocks), maybe(limit % 3 != 0, basis)));
        onlyTyped(() -> io.github.kisoku.booking.Unit.of(id, name, name, name, blocks, basis));
        typed(io.github.kisoku.booking.Catalogue.validate(maybe(present,
                io.github.kisoku.booking.Catalogue.nishiKominkanExample().facilities())));
        onlyTyped(() -> io.github.kisoku.booking.QuotaPolicy.of(maybe(present, name), limit,
                io.github.kisoku.booking.QuotaPolicy.Period.values()[Math.floorMod(limit, 
                        io.github.kisoku.booking.QuotaPolicy.Period.values().length)],
                maybe(limit % 2 == 0, io.github.kisoku.booking.QuotaPolicy.Scope.values()[0]),
                io.github.kisoku.booking.QuotaPolicy.Counts.values()[0], basis));
    }
    /** Bicycle rule-book checks: missing situations and any dates. */
    @Test
    void ruleBookChecksGiveAnAnswerOrATypedProblem() {
        property().forAll(anyLong(), anyLong(), anyBoolean())
                .checkAssert(FuzzProperties::ruleBookChecksGiveAnAnswerOrATypedProblem);
    }

    private static void ruleBookChecksGiveAnAnswerOrATypedProblem(long birth, long on, boolean present) {
        onlyTyped(() -> typed(io.github.kisoku.bicycle.RuleBookChecks.smallMotorRider(maybe(present, anyDate(birth)),
                maybe(on % 3 != 0, anyDate(on)))));
        onlyTyped(() -> typed(io.github.kisoku.bicycle.RuleBookChecks.ridingPlace(null)));
        onlyTyped(() -> typed(io.github.kisoku.bicycle.RuleBookChecks.passengers(null)));
        onlyTyped(() -> typed(io.github.kisoku.bicycle.RuleBookChecks.classify(null, maybe(present, anyDate(on)), present)));
    }
}

package io.github.kisoku.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.bicycle.Offence;
import io.github.kisoku.booking.account.Password;
import io.github.kisoku.booking.lottery.Entry;
import io.github.kisoku.golftax.Course;
import io.github.kisoku.golftax.CourseType;
import io.github.kisoku.golftax.FeeTable;
import io.github.kisoku.golftax.VisitCsv;
import io.github.kisoku.kernel.InvalidInputException;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Validations;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Bad-input fuzzing (issue 6): random strings, bytes that are not UTF-8 and out-of-range
 * numbers fed to public factories and parsers. Each must either accept or reject with typed
 * problems that name a field; nothing else may escape (no NullPointerException, no bare
 * IllegalArgumentException, no DateTimeException).
 */
class FuzzProperties {

    private static final Course COURSE = Course.of("阿蘇テストカントリークラブ", 4, 27, CourseType.MEMBER, false,
            Option.of(Yen.of(1800)), FeeTable.of(Yen.of(8000), Yen.of(12000), Yen.of(10000), Yen.of(16000),
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

    @Property
    void yenValidateAcceptsOnlyNonNegativeAmounts(@ForAll long amount) {
        Validation<Problem, Yen> v = Yen.validate("fee", amount);
        assertThat(v.isValid()).isEqualTo(amount >= 0);
        if (v.isInvalid()) {
            assertThat(v.getError().field()).isEqualTo("fee");
        }
    }

    @Property
    void isoDateRejectsGarbageNamingTheField(@ForAll String text) {
        Validation<Problem, LocalDate> v = Validations.isoDate("date", text);
        if (v.isInvalid()) {
            assertThat(v.getError().field()).isEqualTo("date");
            assertThat(v.getError().code()).isNotBlank();
        }
    }

    @Property
    void visitCsvRejectsRandomTextRowByRow(@ForAll String text) {
        VisitCsv.parse(VisitCsv.HEADER + "\n" + text, COURSE).forEach(FuzzProperties::typed);
    }

    @Property
    void visitCsvRejectsInvalidUtf8(@ForAll byte[] bytes) {
        String decoded = new String(bytes, StandardCharsets.UTF_8);
        VisitCsv.parse(decoded, COURSE).forEach(FuzzProperties::typed);
        VisitCsv.parse(VisitCsv.HEADER + "\n" + decoded, COURSE).forEach(FuzzProperties::typed);
    }

    @Property
    void offenceBuilderWithRandomIdsAndDates(@ForAll String id, @ForAll("dates") LocalDate date,
            @ForAll("dates") LocalDate birth) {
        typed(Offence.builder().violation(id).on(date).riderBornOn(birth).validate());
    }

    @Property
    void passwordValidateNeverThrows(@ForAll String raw) {
        typed(Password.validate(raw));
    }

    @Property
    void lotteryEntryParseThrowsOnlyTypedProblems(@ForAll String line) {
        try {
            Entry.parse(line);
        } catch (InvalidInputException e) {
            namesFields(e.problems());
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<LocalDate> dates() {
        return net.jqwik.api.Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
                .map(LocalDate::ofEpochDay);
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

    @Property
    void ageAndPeriodsAtAnyDateGiveAnAnswerOrATypedProblem(@ForAll long birth, @ForAll long date, @ForAll int age,
            @ForAll int length) {
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

    @Property
    void bookingRequestAndGroupsRejectGarbageNamingTheField(@ForAll String unitId, @ForAll String id,
            @ForAll String name, @ForAll long date) {
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

    /** Golf tax: every public factory of the value types, then the rules on what they accept. */
    @Property
    void golfFactoriesAndRulesGiveAnAnswerOrATypedProblem(@ForAll String name, @ForAll int grade, @ForAll int holes,
            @ForAll long fee, @ForAll long birth, @ForAll long use, @ForAll boolean present,
            @ForAll io.github.kisoku.golftax.CourseType type) {
        Yen yen = Yen.validate("fee", fee).getOrElse(Yen.ZERO);
        onlyTyped(() -> FeeTable.of(yen, maybe(present, yen), yen, yen, maybe(fee % 2 == 0, yen), yen));
        FeeTable fees = FeeTable.of(yen, yen, yen, yen, yen, yen);
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
    @Property
    void ridersCourseGivesAnAnswerOrATypedProblem(@ForAll long birth, @ForAll long on, @ForAll long end,
            @ForAll boolean present) {
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
    @Property
    void bookingFactoriesGiveAnAnswerOrATypedProblem(@ForAll String id, @ForAll String name,
            @ForAll java.util.List<@net.jqwik.api.constraints.WithNull Integer> blocks, @ForAll int limit,
            @ForAll boolean present) {
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
    @Property
    void ruleBookChecksGiveAnAnswerOrATypedProblem(@ForAll long birth, @ForAll long on, @ForAll boolean present) {
        onlyTyped(() -> typed(io.github.kisoku.bicycle.RuleBookChecks.smallMotorRider(maybe(present, anyDate(birth)),
                maybe(on % 3 != 0, anyDate(on)))));
        onlyTyped(() -> typed(io.github.kisoku.bicycle.RuleBookChecks.ridingPlace(null)));
        onlyTyped(() -> typed(io.github.kisoku.bicycle.RuleBookChecks.passengers(null)));
        onlyTyped(() -> typed(io.github.kisoku.bicycle.RuleBookChecks.classify(null, maybe(present, anyDate(on)), present)));
    }
}

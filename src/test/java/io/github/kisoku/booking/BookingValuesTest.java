package io.github.kisoku.booking;

import io.github.kisoku.kernel.MessageBundle;
import static io.github.kisoku.booking.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kisoku.kernel.InvalidInputException;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Yen;
import io.github.kisoku.testing.ValueContract;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Value semantics and bad input of the booking types: two values are equal exactly when every
 * field the type documents is equal (so a ledger, a cache or a lottery pool never confuses two
 * requests, rooms or rules), and every out-of-range figure is a typed problem naming its field
 * (house rule: no bare exception, no silent default).
 */
class BookingValuesTest {
    static Problem problem(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().head();
        }
        throw new AssertionError("no InvalidInputException");
    }

    private static final LocalDate DAY = LocalDate.of(2026, 6, 2);

    @Test
    @DisplayName("manual §5 申込内容: a request is identified by every field the form asks for")
    void requestEquality() {
        BookingRequest r = kaigi(DANCE, DAY, S9);
        ValueContract.check(r, kaigi(DANCE, DAY, S9), kaigi(STUDY, DAY, S9), kaigi(DANCE, DAY.plusDays(1), S9),
                kaigi(DANCE, DAY, S11), kaigi(DANCE, DAY, S9, S11), r.withHeadcount(11), r.withPurpose("練習"),
                r.withConsent(), r.via(Channel.COUNTER), r.by(Method.PRIORITY),
                BookingRequest.of(DANCE, "nishi.kaigi-2", DAY, List.of(S9)).withHeadcount(10).withPurpose("会議"));
        assertThat(r.withPurpose("  会議  ").purpose()).contains("会議");
        assertThat(r.withPurpose("   ").purpose()).isEmpty();
        ValueContract.namesAttributes(r, "group", "unitId", "date", "slots", "headcount", "purpose", "consent",
                "channel", "method");
        assertThat(kaigi(DANCE, DAY, S11, S9, S9).slots()).containsExactly(S9, S11);
        assertThat(kaigi(DANCE, DAY, S11, S9)).isEqualTo(kaigi(DANCE, DAY, S9, S11));
        assertThat(BookingRequest.validate(DANCE, KAIGI_1.id(), DAY, List.of(S9, null)).getError().map(Problem::field))
                .contains("slots[]");
    }

    @Test
    @DisplayName("manual §4 室場一覧: units differ by id, facility, name, room, blocks, capacity, channel and notes")
    void unitEquality() {
        Unit u = Unit.of("u", "f", "名", "室", List.of(1, 2), TEST_SETTING);
        ValueContract.check(u, Unit.of("u", "f", "名", "室", List.of(2, 1), TEST_SETTING),
                Unit.of("v", "f", "名", "室", List.of(1, 2), TEST_SETTING),
                Unit.of("u", "g", "名", "室", List.of(1, 2), TEST_SETTING),
                Unit.of("u", "f", "別名", "室", List.of(1, 2), TEST_SETTING),
                Unit.of("u", "f", "名", "別室", List.of(1, 2), TEST_SETTING),
                Unit.of("u", "f", "名", "室", List.of(1), TEST_SETTING), u.withCapacity(10), u.counterOnly(),
                u.withConsentNote(Message.of("上靴", "indoor shoes")));
        assertThat(u.room()).isEqualTo("室");
        ValueContract.namesAttributes(u, "id", "facilityId", "name", "room", "blockNumbers", "capacity",
                "onlineBookable", "consentNote", "basis");
        assertThat(Unit.validate("u", "f", "名", "室", null, TEST_SETTING).getError().map(Problem::field))
                .containsExactly("blocks");
        assertThat(Unit.validate("u", "f", "名", "室", List.empty(), TEST_SETTING).getError().map(Problem::code))
                .containsExactly("no-blocks");
        assertThat(Unit.validate("u", "f", "名", "室", List.of(1, 0), TEST_SETTING).getError().map(Problem::code))
                .containsExactly("no-blocks");
        assertThat(Unit.validate("u", "f", "名", "室", Arrays.asList(1, null), TEST_SETTING).getError()
                .map(Problem::code)).containsExactly("no-blocks");
    }

    @Test
    @DisplayName("manual §4: facilities differ by id, name, kind, slots, units and migration date; bad ones list every problem")
    void facilityEquality() {
        Facility f = Facility.of("f", "名", "公民館", List.of(S9), List.empty(), LocalDate.of(2026, 5, 27),
                TEST_SETTING);
        Unit u = Unit.of("u", "f", "名", "室", List.of(1), TEST_SETTING);
        ValueContract.check(f, Facility.of("f", "名", "公民館", List.of(S9), List.empty(), LocalDate.of(2026, 5, 27),
                TEST_SETTING),
                Facility.of("g", "名", "公民館", List.of(S9), List.empty(), LocalDate.of(2026, 5, 27), TEST_SETTING),
                Facility.of("f", "別", "公民館", List.of(S9), List.empty(), LocalDate.of(2026, 5, 27), TEST_SETTING),
                Facility.of("f", "名", "体育館", List.of(S9), List.empty(), LocalDate.of(2026, 5, 27), TEST_SETTING),
                Facility.of("f", "名", "公民館", List.of(S11), List.empty(), LocalDate.of(2026, 5, 27), TEST_SETTING),
                Facility.of("f", "名", "公民館", List.of(S9), List.of(u), LocalDate.of(2026, 5, 27), TEST_SETTING),
                Facility.of("f", "名", "公民館", List.of(S9), List.empty(), LocalDate.of(2026, 7, 30), TEST_SETTING));
        ValueContract.namesAttributes(f, "id", "name", "kind", "slots", "units", "newSystemFrom", "migrationBasis");
        assertThat(FACILITY.newSystemFrom()).isEqualTo(LocalDate.of(2026, 5, 27));
        assertThat(Facility.validate("f", "名", "公民館", null, List.of(u, u, Unit.of("x", "other", "名", "室",
                List.of(1), TEST_SETTING)), LocalDate.of(2026, 5, 27), TEST_SETTING).getError().map(Problem::code))
                .contains("no-slots", "duplicate-unit");
        assertThat(Facility.validate("f", "名", "公民館", List.of(S9), null, LocalDate.of(2026, 5, 27), TEST_SETTING)
                .isValid()).isTrue();
    }

    @Test
    @DisplayName("catalogue: facility ids and unit ids are unique across the catalogue")
    void catalogueProblems() {
        assertThat(Catalogue.validate(null).getError().map(Problem::field)).containsExactly("facilities");
        Facility f = Facility.of("f", "名", "公民館", List.of(S9), List.of(Unit.of("u", "f", "名", "室", List.of(1),
                TEST_SETTING)), LocalDate.of(2026, 5, 27), TEST_SETTING);
        Facility g = Facility.of("g", "名", "公民館", List.of(S9), List.of(Unit.of("u", "g", "名", "室", List.of(1),
                TEST_SETTING)), LocalDate.of(2026, 5, 27), TEST_SETTING);
        assertThat(Catalogue.validate(List.of(f, f)).getError().map(Problem::code)).contains("duplicate-facility");
        assertThat(Catalogue.validate(List.of(f, g)).getError().map(Problem::code)).containsExactly("duplicate-unit");
        Catalogue c = Catalogue.of(List.of(f));
        ValueContract.check(c, Catalogue.of(List.of(f)), Catalogue.of(List.of(g)));
        assertThat(c.facilities()).containsExactly(f);
        ValueContract.namesAttributes(c, "facilities");
    }

    @Test
    @DisplayName("registered and guest groups (manual §2) are equal only when every field is")
    void groupEquality() {
        ValueContract.check(DANCE, Group.Registered.of("K0001", "舞踊の会", GroupClass.GENERAL, LocalDate.of(2027, 3, 31)),
                Group.Registered.of("K0009", "舞踊の会", GroupClass.GENERAL, LocalDate.of(2027, 3, 31)),
                Group.Registered.of("K0001", "別の会", GroupClass.GENERAL, LocalDate.of(2027, 3, 31)),
                Group.Registered.of("K0001", "舞踊の会", GroupClass.SOCIAL_EDUCATION, LocalDate.of(2027, 3, 31)),
                DANCE.renewedUntil(LocalDate.of(2030, 3, 31)));
        assertThat(DANCE.id()).isEqualTo("K0001");
        assertThat(DANCE.name()).isEqualTo("舞踊の会");
        assertThat(DANCE.toString()).contains("舞踊の会").contains("K0001").contains("2027-03-31");
        assertThat(DANCE.renewedUntil(LocalDate.of(2030, 3, 31)).validUntil()).isEqualTo(LocalDate.of(2030, 3, 31));
        assertThatThrownBy(() -> DANCE.renewedUntil(null)).isInstanceOf(InvalidInputException.class);
        Group.Guest guest = Group.Guest.of("初めての会", false);
        ValueContract.check(guest, Group.Guest.of("初めての会", false), Group.Guest.of("初めての会", true),
                Group.Guest.of("別の会", false));
        assertThat(guest.key()).isEqualTo("guest:初めての会");
        assertThat(guest.name()).isEqualTo("初めての会");
        assertThat(guest.groupClass()).isEmpty();
        assertThat(guest.permanent()).isFalse();
        ValueContract.namesAttributes(guest, "name", "permanent");
        ValueContract.namesAttributes(DANCE, "id", "name", "validUntil");
    }

    @Test
    @DisplayName("quota policies (issue 4) differ by name, limit, period, scope, counts and mode")
    void quotaPolicyEquality() {
        QuotaPolicy p = QuotaPolicy.of("月4", 4, QuotaPolicy.Period.MONTH_OF_USE, QuotaPolicy.Scope.FACILITY,
                QuotaPolicy.Counts.RESERVATION_UNITS, TEST_SETTING);
        ValueContract.check(p, QuotaPolicy.of("月4", 4, QuotaPolicy.Period.MONTH_OF_USE, QuotaPolicy.Scope.FACILITY,
                QuotaPolicy.Counts.RESERVATION_UNITS, TEST_SETTING),
                QuotaPolicy.of("月5", 4, QuotaPolicy.Period.MONTH_OF_USE, QuotaPolicy.Scope.FACILITY,
                        QuotaPolicy.Counts.RESERVATION_UNITS, TEST_SETTING),
                QuotaPolicy.of("月4", 5, QuotaPolicy.Period.MONTH_OF_USE, QuotaPolicy.Scope.FACILITY,
                        QuotaPolicy.Counts.RESERVATION_UNITS, TEST_SETTING),
                QuotaPolicy.of("月4", 4, QuotaPolicy.Period.MONTH_OF_APPLICATION, QuotaPolicy.Scope.FACILITY,
                        QuotaPolicy.Counts.RESERVATION_UNITS, TEST_SETTING),
                QuotaPolicy.of("月4", 4, QuotaPolicy.Period.MONTH_OF_USE, QuotaPolicy.Scope.CITY,
                        QuotaPolicy.Counts.RESERVATION_UNITS, TEST_SETTING),
                QuotaPolicy.of("月4", 4, QuotaPolicy.Period.MONTH_OF_USE, QuotaPolicy.Scope.FACILITY,
                        QuotaPolicy.Counts.UNPAID_HOLDS, TEST_SETTING),
                p.warnOnly());
        ValueContract.namesAttributes(p, "name", "limit", "period", "scope", "counts", "mode", "basis");
        assertThat(p.warnOnly().mode()).isEqualTo(QuotaPolicy.Mode.WARN_ONLY);
        assertThat(problem(() -> QuotaPolicy.of("x", -1, QuotaPolicy.Period.MONTH_OF_USE, QuotaPolicy.Scope.CITY,
                QuotaPolicy.Counts.RESERVATION_UNITS, TEST_SETTING)).field()).isEqualTo("limit");
        assertThat(QuotaPolicy.of("x", 0, QuotaPolicy.Period.MONTH_OF_USE, QuotaPolicy.Scope.CITY,
                QuotaPolicy.Counts.RESERVATION_UNITS, TEST_SETTING).limit()).isZero();
    }

    @Test
    @DisplayName("quota period 申込月: items count in the month they were applied for, not the month of use")
    void monthOfApplication() {
        QuotaPolicy p = QuotaPolicy.of("申込月2", 2, QuotaPolicy.Period.MONTH_OF_APPLICATION, QuotaPolicy.Scope.CITY,
                QuotaPolicy.Counts.RESERVATION_UNITS, TEST_SETTING);
        QuotaItem.Where w = new QuotaItem.Where("K0001", "nishi", "公民館");
        QuotaItem june = new QuotaItem(QuotaPolicy.Counts.RESERVATION_UNITS, w,
                new QuotaItem.When(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 6, 3), 1));
        QuotaItem july = new QuotaItem(QuotaPolicy.Counts.RESERVATION_UNITS, w,
                new QuotaItem.When(LocalDate.of(2026, 8, 2), LocalDate.of(2026, 7, 3), 1));
        QuotaItem other = new QuotaItem(QuotaPolicy.Counts.RESERVATION_UNITS, new QuotaItem.Where("K0002", "nishi",
                "公民館"), new QuotaItem.When(LocalDate.of(2026, 8, 2), LocalDate.of(2026, 6, 3), 1));
        QuotaItem candidate = new QuotaItem(QuotaPolicy.Counts.RESERVATION_UNITS, w,
                new QuotaItem.When(LocalDate.of(2026, 9, 9), LocalDate.of(2026, 6, 20), 1));
        assertThat(p.used(List.of(june, july, other), candidate, LocalDate.of(2026, 6, 20))).isEqualTo(1);
    }

    @Test
    @DisplayName("2023 notice 受付期間: windows differ by class, method, months, day, time and closing; bad figures are problems")
    void windowEquality() {
        BookingWindow w = BookingWindow.opening(Option.of(GroupClass.SOCIAL_EDUCATION), Method.PRIORITY, 3, 1,
                LocalTime.of(9, 0), TEST_SETTING);
        ValueContract.check(w, BookingWindow.opening(Option.of(GroupClass.SOCIAL_EDUCATION), Method.PRIORITY, 3, 1,
                LocalTime.of(9, 0), TEST_SETTING),
                BookingWindow.opening(Option.none(), Method.PRIORITY, 3, 1, LocalTime.of(9, 0), TEST_SETTING),
                BookingWindow.opening(Option.of(GroupClass.SOCIAL_EDUCATION), Method.LOTTERY, 3, 1,
                        LocalTime.of(9, 0), TEST_SETTING),
                BookingWindow.opening(Option.of(GroupClass.SOCIAL_EDUCATION), Method.PRIORITY, 2, 1,
                        LocalTime.of(9, 0), TEST_SETTING),
                BookingWindow.opening(Option.of(GroupClass.SOCIAL_EDUCATION), Method.PRIORITY, 3, 2,
                        LocalTime.of(9, 0), TEST_SETTING),
                BookingWindow.opening(Option.of(GroupClass.SOCIAL_EDUCATION), Method.PRIORITY, 3, 1,
                        LocalTime.of(10, 0), TEST_SETTING),
                w.closingDaysBefore(7));
        assertThat(w.groupClass()).contains(GroupClass.SOCIAL_EDUCATION);
        assertThat(w.method()).isEqualTo(Method.PRIORITY);
        assertThat(w.appliesTo(Option.of(GroupClass.SOCIAL_EDUCATION), Method.PRIORITY)).isTrue();
        assertThat(w.appliesTo(Option.of(GroupClass.GENERAL), Method.PRIORITY)).isFalse();
        assertThat(w.appliesTo(Option.of(GroupClass.SOCIAL_EDUCATION), Method.LOTTERY)).isFalse();
        BookingWindow any = BookingWindow.opening(Option.none(), Method.FIRST_COME, 1, 1, LocalTime.of(9, 0),
                TEST_SETTING);
        assertThat(any.appliesTo(Option.of(GroupClass.GENERAL), Method.FIRST_COME)).isTrue();
        assertThat(any.appliesTo(Option.none(), Method.FIRST_COME)).isTrue();
        assertThat(w.closingDaysBefore(7).closesAt(LocalDate.of(2026, 9, 10)))
                .isEqualTo(LocalDate.of(2026, 9, 4).atStartOfDay());
        assertThat(w.closingDaysBefore(0).closesAt(LocalDate.of(2026, 9, 10)))
                .isEqualTo(LocalDate.of(2026, 9, 11).atStartOfDay()).isEqualTo(w.closesAt(LocalDate.of(2026, 9, 10)));
        assertThat(w.describe().ja()).isEqualTo("社会教育関係団体 優先予約: 利用月の3か月前の1日 09:00 から");
        assertThat(w.describe().en())
                .isEqualTo("social-education group priority booking: from 09:00 on day 1 of the month 3 months before the month of use");
        assertThat(w.closingDaysBefore(7).describe().ja()).isEqualTo(
                "社会教育関係団体 優先予約: 利用月の3か月前の1日 09:00 から、利用日の7日前まで");
        assertThat(any.describe().ja()).startsWith("全団体 ");
        ValueContract.namesAttributes(w, "groupClass", "method", "monthsBefore", "dayOfMonth", "at",
                "closesDaysBefore", "basis");
        assertThat(problem(() -> w.closingDaysBefore(-1)).field()).isEqualTo("closesDaysBefore");
        for (int[] bad : new int[][] {{-1, 1}, {3, 0}, {3, 32}}) {
            assertThat(problem(() -> BookingWindow.opening(Option.none(), Method.PRIORITY, bad[0], bad[1],
                    LocalTime.of(9, 0), TEST_SETTING)).field()).isEqualTo("window");
        }
        assertThat(BookingWindow.opening(Option.none(), Method.PRIORITY, 0, 31, LocalTime.of(9, 0), TEST_SETTING)
                .opensAt(LocalDate.of(2026, 2, 10))).isEqualTo(LocalDate.of(2026, 2, 28).atTime(9, 0));
    }

    @Test
    @DisplayName("figures out of range are typed problems: slots, ratios, rounding, cancellation and payment days")
    void outOfRange() {
        assertThat(Slot.validate(null, LocalTime.NOON).getError().field()).isEqualTo("slot.start");
        assertThat(Slot.validate(LocalTime.NOON, null).getError().field()).isEqualTo("slot.end");
        assertThat(Slot.validate(LocalTime.NOON, LocalTime.NOON).getError().code()).isEqualTo("slot-order");
        assertThat(Slot.validate(LocalTime.of(11, 0), LocalTime.NOON).isValid()).isTrue();
        assertThat(problem(() -> Slot.of(LocalTime.NOON, LocalTime.of(9, 0))).code()).isEqualTo("slot-order");
        assertThat(Slot.of(LocalTime.of(9, 30), LocalTime.of(11, 0)).label()).isEqualTo("9時30分～11時");
        assertThat(S9.label()).isEqualTo("9時～11時");
        assertThat(problem(() -> Ratio.of(-1, 2)).code()).isEqualTo("invalid-fraction");
        assertThat(problem(() -> Ratio.of(1, 0)).code()).isEqualTo("invalid-fraction");
        assertThat(problem(() -> Ratio.of(1, -2)).code()).isEqualTo("invalid-fraction");
        assertThat(Ratio.of(0, 1).toString()).isEqualTo("0/1");
        assertThat(problem(() -> FeeRounding.of(io.github.kisoku.kernel.Rounding.DOWN, 0)).field()).isEqualTo("unit");
        assertThat(FeeRounding.of(io.github.kisoku.kernel.Rounding.DOWN, 1).label().ja()).isEqualTo("1円未満切り捨て");
        assertThat(problem(() -> new CancellationDeadline(-1, LocalTime.NOON)).field()).isEqualTo("daysBefore");
        assertThat(new CancellationDeadline(0, LocalTime.NOON).lastMoment(DAY)).isEqualTo(DAY.atTime(12, 0));
        assertThat(problem(() -> new PaymentRule.DaysAfterRequest(-1, LocalTime.NOON)).field()).isEqualTo("days");
        assertThat(new PaymentRule.DaysAfterRequest(0, LocalTime.NOON).days()).isZero();
        assertThat(problem(() -> Adjustment.reduction(Message.of("減免", "reduction"), Ratio.of(11, 10),
                Option.none(), TEST_SETTING)).field()).isEqualTo("share");
        assertThat(Adjustment.reduction(Message.of("全額免除", "full"), Ratio.of(1, 1), Option.none(), TEST_SETTING)
                .apply(Yen.of(550), FeeRounding.of(io.github.kisoku.kernel.Rounding.DOWN, 1))).isEqualTo(Yen.ZERO);
    }

    @Test
    @DisplayName("加算減免 (issue 4): a reduction is capped, and reductions differ by name, share, cap and basis")
    void reductions() {
        FeeRounding yen = FeeRounding.of(io.github.kisoku.kernel.Rounding.DOWN, 1);
        Adjustment.Reduction half = (Adjustment.Reduction) Adjustment.reduction(Message.of("5割減免", "half"),
                Ratio.of(1, 2), Option.of(Yen.of(200)), TEST_SETTING);
        assertThat(half.apply(Yen.of(1000), yen)).isEqualTo(Yen.of(800));
        assertThat(half.apply(Yen.of(300), yen)).isEqualTo(Yen.of(150));
        assertThat(half.apply(Yen.of(400), yen)).isEqualTo(Yen.of(200));
        assertThat(half.share()).isEqualTo(Ratio.of(1, 2));
        assertThat(half.cap()).contains(Yen.of(200));
        ValueContract.check(half, Adjustment.reduction(Message.of("5割減免", "half"), Ratio.of(1, 2), Option.of(Yen.of(200)),
                TEST_SETTING),
                Adjustment.reduction(Message.of("半額", "half"), Ratio.of(1, 2), Option.of(Yen.of(200)), TEST_SETTING),
                Adjustment.reduction(Message.of("5割減免", "half"), Ratio.of(1, 3), Option.of(Yen.of(200)),
                        TEST_SETTING),
                Adjustment.reduction(Message.of("5割減免", "half"), Ratio.of(1, 2), Option.none(), TEST_SETTING),
                Adjustment.reduction(Message.of("5割減免", "half"), Ratio.of(1, 2), Option.of(Yen.of(200)),
                        BookingSources.setting("other")));
        ValueContract.namesAttributes(half, "name", "share", "cap", "basis");
        assertThat(Adjustment.none()).isSameAs(Adjustment.none()).isEqualTo(Adjustment.none());
        assertThat(Adjustment.none().name().ja()).isEqualTo("加算減免なし");
        assertThat(Adjustment.none().apply(Yen.of(550), yen)).isEqualTo(Yen.of(550));
    }

    @Test
    @DisplayName("blocks order by facility, room, number; block-slots by date, then block, then slot")
    void blockOrder() {
        Block a1 = new Block("nishi", "日本間", 1);
        Block a2 = new Block("nishi", "日本間", 2);
        Block b1 = new Block("nishi", "和室", 1);
        Block c1 = new Block("zz", "日本間", 1);
        assertThat(a1.compareTo(a2)).isNegative();
        assertThat(a2.compareTo(a1)).isPositive();
        assertThat(a1.compareTo(b1)).isNotZero().isEqualTo(-b1.compareTo(a1));
        assertThat(a1.compareTo(c1)).isNegative();
        assertThat(a1.compareTo(new Block("nishi", "日本間", 1))).isZero();
        BlockSlot x = new BlockSlot(a1, DAY, S9);
        assertThat(x.compareTo(new BlockSlot(a1, DAY, S11))).isNegative();
        assertThat(x.compareTo(new BlockSlot(a1, DAY.plusDays(1), S9))).isNegative();
        assertThat(x.compareTo(new BlockSlot(a2, DAY.minusDays(1), S9))).isPositive();
        assertThat(x.compareTo(new BlockSlot(a2, DAY, S9))).isNegative();
        assertThat(new BlockSlot(a2, DAY, S9).compareTo(x)).isPositive();
        assertThat(x.compareTo(new BlockSlot(a1, DAY, S9))).isZero();
    }

    @Test
    @DisplayName("抽選期間: open from its opening moment, closed at its closing moment")
    void lotteryPeriod() {
        LotteryPeriod p = new LotteryPeriod(java.time.YearMonth.of(2026, 8), DAY.atTime(9, 0), DAY.atTime(17, 0));
        assertThat(p.isOpenAt(DAY.atTime(9, 0))).isTrue();
        assertThat(p.isOpenAt(DAY.atTime(8, 59))).isFalse();
        assertThat(p.isOpenAt(DAY.atTime(16, 59))).isTrue();
        assertThat(p.isOpenAt(DAY.atTime(17, 0))).isFalse();
    }

    @Test
    @DisplayName("labels of channels, verdicts and settings are the manual's words")
    void labels() {
        assertThat(BookingRule.UNIT.words().label(Channel.ONLINE).ja()).isEqualTo("ネット申込");
        assertThat(BookingRule.UNIT.words().label(Channel.COUNTER).en()).isEqualTo("counter");
        ValueContract.namesAttributes(BookingSettings.defaults(), "quotas", "windows", "cancellations", "payments",
                "closedDaysByFacility");
        assertThat(BookingSettings.defaults().toString()).contains("PRIORITY").contains("LOTTERY");
    }

    @Test
    @DisplayName("issue 15: settings, fee requests and assessments are values too, compared by every part")
    void settingsFeeRequestsAndAssessments() {
        io.github.kisoku.kernel.EffectiveTimeline<CancellationDeadline> dayBefore =
                io.github.kisoku.kernel.EffectiveTimeline.of("test.cancel", io.github.kisoku.kernel.Effective.from(
                        DAY, new CancellationDeadline(1, LocalTime.NOON), TEST_SETTING));
        BookingSettings none = BookingSettings.none();
        BookingSettings defaults = BookingSettings.defaults();
        ValueContract.check(defaults, BookingSettings.defaults(), none,
                defaults.withCancellation("nishi", dayBefore), defaults.withPayment(Method.PRIORITY,
                        io.github.kisoku.kernel.EffectiveTimeline.of("test.pay", io.github.kisoku.kernel.Effective
                                .from(DAY, new PaymentRule.DaysAfterRequest(2, LocalTime.NOON), TEST_SETTING))));
        assertThat(defaults.withCancellation("nishi", dayBefore).cancellation("nishi")).contains(dayBefore);
        assertThat(none.payment(Method.PRIORITY)).isEmpty();

        FeeRequest hall = FeeRequest.of(HALL, List.of(S11), Option.of(GroupClass.GENERAL));
        Adjustment half = Adjustment.reduction(Message.of("5割減免", "half"), Ratio.of(1, 2), Option.none(),
                TEST_SETTING);
        ValueContract.check(hall, FeeRequest.of(HALL, List.of(S11), Option.of(GroupClass.GENERAL)),
                FeeRequest.of(KAIGI_1, List.of(S11), Option.of(GroupClass.GENERAL)),
                FeeRequest.of(HALL, List.of(S9), Option.of(GroupClass.GENERAL)),
                FeeRequest.of(HALL, List.of(S11), Option.none()),
                hall.withCharge(FeeComponent.EQUIPMENT, Yen.of(100)),
                hall.withAdjustment(FeeComponent.FACILITY, half),
                hall.withRounding(FeeRounding.of(io.github.kisoku.kernel.Rounding.DOWN, 10)));
        assertThat(hall.unit()).isEqualTo(HALL);
        assertThat(hall.slots()).containsExactly(S11);
        assertThat(hall.groupClass()).contains(GroupClass.GENERAL);

        RequestAssessment accepted = RequestRules.check(NISHI, none, kaigi(DANCE, DAY, S9), NOW, true);
        ValueContract.check(accepted, RequestRules.check(NISHI, none, kaigi(DANCE, DAY, S9), NOW, true),
                RequestRules.check(NISHI, none, kaigi(DANCE, DAY, S9, S11, S13), NOW, true),
                RequestRules.check(NISHI, none, kaigi(DANCE, DAY, S9).withHeadcount(0), NOW, true));
        ValueContract.namesAttributes(accepted, "facility", "unit", "ruleSet", "quotaUnits", "violations",
                "reasons", "notApplied", "suggestedSplit");
    }
}

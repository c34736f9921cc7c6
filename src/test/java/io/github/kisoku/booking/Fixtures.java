package io.github.kisoku.booking;

import io.github.kisoku.calendar.ClosedDays;
import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.EffectiveTimeline;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** Shared test data: the bundled 西公民館 and groups. */
final class Fixtures {
    static final Catalogue NISHI = Catalogue.nishiKominkanExample();
    static final Facility FACILITY = NISHI.facility("nishi").get();
    static final Unit HALL = NISHI.unit("nishi.hall").get();
    static final Unit WASHITSU = NISHI.unit("nishi.washitsu").get();
    static final Unit WASHITSU_1 = NISHI.unit("nishi.washitsu-1").get();
    static final Unit WASHITSU_2 = NISHI.unit("nishi.washitsu-2").get();
    static final Unit KAIGI_1 = NISHI.unit("nishi.kaigi-1").get();
    static final Slot S9 = Slot.hours(9, 11);
    static final Slot S11 = Slot.hours(11, 13);
    static final Slot S13 = Slot.hours(13, 15);
    static final Slot S15 = Slot.hours(15, 17);
    static final Slot S17 = Slot.hours(17, 19);
    static final Slot S19 = Slot.hours(19, 21);
    static final Group.Registered DANCE = Group.Registered.of("K0001", "舞踊の会", GroupClass.GENERAL,
            LocalDate.of(2027, 3, 31));
    static final Group.Registered STUDY = Group.Registered.of("K0002", "郷土史研究会", GroupClass.SOCIAL_EDUCATION,
            LocalDate.of(2028, 3, 31));
    static final LocalDateTime NOW = LocalDateTime.of(2026, 6, 1, 10, 0);
    static final LegalBasis TEST_SETTING = BookingSources.setting("test");

    private Fixtures() {
    }

    static BookingRequest kaigi(Group g, LocalDate date, Slot... slots) {
        return BookingRequest.of(g, KAIGI_1.id(), date, List.of(slots)).withHeadcount(10).withPurpose("会議");
    }

    /** A facility closed on Mondays (an assumed schedule for tests, not the city's). */
    static ClosedDays mondays() {
        return ClosedDays.of(Message.of("月曜休館（テスト）", "closed on Mondays (test)"), TEST_SETTING,
                HashSet.of(DayOfWeek.MONDAY), HashSet.empty());
    }

    static EffectiveTimeline<CancellationDeadline> cancelDays(int days) {
        return EffectiveTimeline.of("booking.cancellation.nishi", Effective.from(LocalDate.of(2026, 5, 27),
                new CancellationDeadline(days, LocalTime.of(17, 0)), TEST_SETTING));
    }

    static EffectiveTimeline<List<QuotaPolicy>> quotas(QuotaPolicy... policies) {
        return EffectiveTimeline.of("booking.quota", Effective.from(LocalDate.of(2026, 5, 27), List.of(policies),
                TEST_SETTING));
    }
}

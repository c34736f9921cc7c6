package io.github.kisoku.golftax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.InvalidInputException;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The per-course rules (第3, 第4, 第6, 第7 and the deadlines) at their edges, and input validation. */
class CourseRulesAndInputsTest {
    private static final LegalBasis SOURCE = LegalBasis.document("県央広域本部 算定", "令和8年度", Confidence.UNCONFIRMED);
    private static final CaddieFeeAverages AVERAGE = CaddieFeeAverages.none()
            .with(LocalDate.of(2026, 3, 1), Yen.of(3300), SOURCE);
    private static final LocalDate JUNE = LocalDate.of(2026, 6, 1);

    private static Course course(CourseType type, boolean selfOnly, Option<Yen> cart) {
        return Course.of("菊池セルフ倶楽部", 2, 18, type, selfOnly, cart, Fixtures.fees());
    }

    @Test
    @DisplayName("第3・1, 第3・2: each condition of a self-play member course is reported as met or failed")
    void selfPlayReasons() {
        Decision<Boolean> ok = SelfPlayMemberCourse.test(course(CourseType.MEMBER, true, Option.of(Yen.of(3300))), JUNE,
                AVERAGE).get();
        assertThat(ok.value()).isTrue();
        assertThat(ok.reasons().map(r -> r.words()._2)).containsExactly("golftax.self-play-member-course#type.MEMBER",
                "golftax.self-play-member-course#self-play-only", "golftax.self-play-member-course#cart-fee.within");
        assertThat(Fixtures.figuresAt(ok, "golftax.self-play-member-course#cart-fee.within"))
                .containsEntry("cartFee", "3,300円").containsEntry("averageCaddieFee", "3,300円");
        assertThat(ok.notApplied()).isEmpty();
        assertThat(ok.reasons().last().figures().get("fiscalYearFrom")).contains("2026-04-01");

        Decision<Boolean> caddies = SelfPlayMemberCourse.test(course(CourseType.PUBLIC, false, Option.of(Yen.of(3301))),
                JUNE, AVERAGE).get();
        assertThat(caddies.value()).isFalse();
        assertThat(caddies.reasons()).isEmpty();
        assertThat(caddies.notApplied().map(r -> r.words()._2)).containsExactly("golftax.self-play-member-course#type.PUBLIC",
                "golftax.self-play-member-course#caddies-allowed", "golftax.self-play-member-course#cart-fee.over");
        assertThat(Fixtures.figuresAt(caddies, "golftax.self-play-member-course#cart-fee.over"))
                .containsEntry("cartFee", "3,301円").containsEntry("averageCaddieFee", "3,300円");
    }

    @Test
    @DisplayName("第3・2: a course that publishes no cart fee cannot be shown to pass the cart-fee test")
    void noCartFee() {
        Decision<Boolean> d = SelfPlayMemberCourse.test(course(CourseType.MEMBER, true, Option.none()), JUNE, AVERAGE).get();
        assertThat(d.value()).isFalse();
        assertThat(d.notApplied().map(r -> r.basis().provision())).containsExactly("第3・2");
        assertThat(d.notApplied().map(r -> r.words()._2)).containsExactly("golftax.self-play-member-course#no-cart-fee");
    }

    @Test
    @DisplayName("第3・1: averages are measured on 1 March; a missing part is 'required'; two for one year overlap")
    void averageValidation() {
        assertThat(CaddieFeeAverages.none().validateWith(null, null, null).getError().map(Problem::field))
                .containsExactly("measuredOn", "average", "basis");
        assertThat(AVERAGE.validateWith(LocalDate.of(2026, 3, 1), Yen.of(3400), SOURCE).isInvalid()).isTrue();
        assertThatThrownBy(() -> CaddieFeeAverages.none().with(LocalDate.of(2026, 2, 28), Yen.of(1), SOURCE))
                .isInstanceOf(InvalidInputException.class);
        Effective<Yen> e = AVERAGE.on(LocalDate.of(2027, 3, 31)).get();
        assertThat(e.value()).isEqualTo(Yen.of(3300));
        assertThat(AVERAGE.on(LocalDate.of(2026, 3, 31)).isLeft()).isTrue();
    }

    private static final Map<FeeItemKind, String> SECTION = new EnumMap<>(FeeItemKind.class);

    static {
        SECTION.put(FeeItemKind.GREEN_FEE, "第4・1");
        SECTION.put(FeeItemKind.WELFARE, "第4・1(1)");
        SECTION.put(FeeItemKind.ROAD_MAINTENANCE, "第4・1(2)");
        SECTION.put(FeeItemKind.COURSE_MAINTENANCE, "第4・1(3)");
        SECTION.put(FeeItemKind.UTILITIES, "第4・1(4)");
        SECTION.put(FeeItemKind.OTHER_INCIDENTAL, "第4・1(5)");
        SECTION.put(FeeItemKind.SPORTS_PROMOTION, "第4・2(1)");
        SECTION.put(FeeItemKind.GOLF_FEDERATION, "第4・2(2)");
        SECTION.put(FeeItemKind.GREENING, "第4・2(3)");
        SECTION.put(FeeItemKind.OTHER_PUBLIC_INTEREST, "第4・2(4)");
        SECTION.put(FeeItemKind.CADDIE, "第4・3(1)");
        SECTION.put(FeeItemKind.CADDIE_CART, "第4・3(2)");
        SECTION.put(FeeItemKind.LOCKER, "第4・3(3)");
        SECTION.put(FeeItemKind.RENTAL, "第4・3(4)");
        SECTION.put(FeeItemKind.LESSON, "第4・3(5)");
        SECTION.put(FeeItemKind.OTHER_OPTIONAL, "第4・3(6)");
    }

    /** What 第4 says of a fee of a section, charged to all or not. */
    private static FeeGroup expected(String section, boolean mandatory) {
        if (section.equals("第4・1")) {
            return FeeGroup.GRADING_FEE;
        }
        if (section.startsWith("第4・1(")) {
            // 第4・1: only fees the user cannot decline are 一律に徴収される附帯的な料金
            return mandatory ? FeeGroup.GRADING_FEE : FeeGroup.OTHER;
        }
        if (section.startsWith("第4・2(")) {
            // 第4・2: paid in full to a public body, excluded even when charged to all
            return FeeGroup.PUBLIC_INTEREST;
        }
        // 第4・3 and its ただし書: optional fees are excluded unless charged to all
        return mandatory ? FeeGroup.GRADING_FEE : FeeGroup.OTHER;
    }

    @Test
    @DisplayName("第4・1〜第4・3 ただし書: every kind of fee, charged to all or optional, in the group the circular gives")
    void everyFeeKind() {
        assertThat(SECTION).hasSize(FeeItemKind.values().length);
        List<FeeItem> items = List.empty();
        for (FeeItemKind k : FeeItemKind.values()) {
            assertThat(k.section()).isEqualTo(SECTION.get(k));
            items = items.append(FeeItem.of(k.name() + "（一律）", k, Yen.of(100), true))
                    .append(FeeItem.of(k.name() + "（選択）", k, Yen.of(10), false));
        }
        Decision<GradingFee> d = GradingFee.classify(items);
        for (FeeItemClassification c : d.value().items()) {
            assertThat(c.group()).as("%s", c.item()).isEqualTo(expected(SECTION.get(c.item().kind()), c.item().mandatory()));
        }
        List<FeeItemClassification> counted = d.value().items().filter(c -> c.group() == FeeGroup.GRADING_FEE);
        // one reason per counted item and one for the total; one why-not per item left out
        assertThat(d.reasons().map(Reason::id)).hasSize(counted.size() + 1)
                .endsWith("golftax.grading-fee.total");
        assertThat(d.notApplied()).hasSize(items.size() - counted.size());
        // each counted item says why it counts (第4・1, 第4・1(1)〜(5), 第4・3 ただし書); each item left out says why not
        assertThat(d.reasons().init().map(r -> r.words()._2)).containsOnly("golftax.grading-fee.item#green-fee",
                "golftax.grading-fee.item#incidental", "golftax.grading-fee.item#optional-mandatory");
        assertThat(d.notApplied().map(r -> r.words()._2)).containsOnly("golftax.grading-fee.item#incidental-optional",
                "golftax.grading-fee.item#public-interest", "golftax.grading-fee.item#optional");
        // green fee + the 5 incidental kinds + the 6 optional kinds made mandatory, at 100 each; the optional
        // green fee counts as well (the green fee is the fee itself, 第4・1): 12 × 100 + 10
        assertThat(d.value().total()).isEqualTo(Yen.of(12 * 100 + 10));
        assertThat(d.reasons().last().figures().get("total")).contains("1,210円");
        assertThat(d.reasons().last().basis().source()).isEqualTo("熊本県税条例施行規則");
    }

    @Test
    @DisplayName("第6(2): only a separate fee that earns the reduction is displayed with a reduced tax")
    void displayOnlyQualifyingFees() {
        // senior fee 15 % below the weekday member fee: no reduction, so nothing to display for it
        CourseFeeTable t = CourseFeeTable.of(Yen.of(8000), Yen.of(12000), Yen.of(10000), Yen.of(16000), Yen.of(10000), Yen.of(16000))
                .withSpecial(SpecialFeeCategory.SENIOR_65_TO_69, DayType.WEEKDAY, new SpecialFee(Yen.of(6800), Yen.of(9600)))
                // early-morning fee half of the member fee but not of the non-member fee (第2・2(2))
                .withSpecial(SpecialFeeCategory.EARLY_MORNING, DayType.WEEKDAY, new SpecialFee(Yen.of(4000), Yen.of(6001)))
                .withSpecial(SpecialFeeCategory.EARLY_MORNING, DayType.SATURDAY, new SpecialFee(Yen.of(5000), Yen.of(8000)));
        GradingFee fees = GradingFee.classify(List.of(FeeItem.of("グリーンフィー", FeeItemKind.GREEN_FEE, Yen.of(8000), true)))
                .value();
        Decision<List<DisplayLine>> d = FeeDisplay.required(Fixtures.course(t), fees, LocalDate.of(2026, 4, 8)).get();
        assertThat(d.value().map(l -> l.label().ja())).containsExactly("利用料金（等級決定の基準）",
                "早朝利用料金（土曜日・会員）", "早朝利用料金（土曜日・非会員）");
        assertThat(d.value().drop(1).map(l -> l.tax().get())).containsOnly(Yen.of(400));
        assertThat(d.reasons().map(r -> r.basis().provision())).containsExactly("第6(1)", "第6(2)");
        assertThat(FeeDisplay.required(Fixtures.course(t), fees, LocalDate.of(2020, 7, 31)).isLeft()).isTrue();
    }

    @Test
    @DisplayName("第2・3, 第2・6(1): days with practice days, the per-day fee rounded up, the first day for the application")
    void competitionDays() {
        Competition oneDay = Competition.of("熊本ジュニア", CompetitionOrganizer.DESIGNATED_YOUTH_COMPETITION,
                LocalDate.of(2026, 4, 8), LocalDate.of(2026, 4, 8), List.empty(), Yen.of(1000), Option.of(Yen.of(5000)),
                true);
        assertThat(oneDay.daysIncludingPractice()).isEqualTo(1);
        assertThat(oneDay.firstDayIncludingPractice()).isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(oneDay.feePerDay()).contains(Yen.of(6000));
        assertThat(oneDay.isOnDay(LocalDate.of(2026, 4, 7))).isFalse();
        assertThat(oneDay.isOnDay(LocalDate.of(2026, 4, 9))).isFalse();
        assertThat(GolfDeadlines.competitionApplication(oneDay).date().counted()).isEqualTo(LocalDate.of(2026, 4, 3));

        Competition withPractice = Competition.of("九州アマ", CompetitionOrganizer.REGIONAL_FEDERATION,
                LocalDate.of(2026, 4, 8), LocalDate.of(2026, 4, 9), List.of(LocalDate.of(2026, 4, 6),
                        LocalDate.of(2026, 4, 3)), Yen.of(1000), Option.of(Yen.of(5000)), true);
        // 2 days of play + 2 practice days: 1,000 / 4 = 250 per day
        assertThat(withPractice.daysIncludingPractice()).isEqualTo(4);
        assertThat(withPractice.feePerDay()).contains(Yen.of(5250));
        assertThat(withPractice.firstDayIncludingPractice()).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(withPractice.isOnDay(LocalDate.of(2026, 4, 3))).isTrue();
        assertThat(withPractice.isOnDay(LocalDate.of(2026, 4, 5))).isFalse();
        assertThat(withPractice.isOnDay(LocalDate.of(2026, 4, 9))).isTrue();
        // 1,000 over 3 days is 333.3…: rounded up to 334 so that the 1/5 test never passes on a fraction
        Competition three = Competition.of("九州アマ", CompetitionOrganizer.REGIONAL_FEDERATION, LocalDate.of(2026, 4, 8),
                LocalDate.of(2026, 4, 10), List.empty(), Yen.of(1000), Option.of(Yen.of(5000)), true);
        assertThat(three.feePerDay()).contains(Yen.of(5334));
    }

    @Test
    @DisplayName("Competition.validate: every missing part is named; the day checks run only on the days given")
    void competitionValidation() {
        assertThat(Competition.validate(null, null, null, null, null, null, null, false).getError().map(Problem::field))
                .containsExactly("name", "organizer", "firstDay", "lastDay", "practiceDays", "participationFee",
                        "courseFeePerDay");
        assertThat(Competition.validate("C", CompetitionOrganizer.OTHER, LocalDate.of(2026, 4, 10), null,
                List.of(LocalDate.of(2026, 4, 10)), Yen.ZERO, Option.none(), true).getError().map(Problem::code))
                .containsExactly("required", "practice-not-before-first-day");
        assertThat(Competition.validate("C", CompetitionOrganizer.OTHER, null, LocalDate.of(2026, 4, 10),
                List.of(LocalDate.of(2026, 4, 11)), Yen.ZERO, Option.none(), true).getError().map(Problem::code))
                .containsExactly("required");
        assertThatThrownBy(() -> Competition.of("C", CompetitionOrganizer.OTHER, LocalDate.of(2026, 4, 10),
                LocalDate.of(2026, 4, 9), List.empty(), Yen.ZERO, Option.none(), true))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("inputs: every missing part of a course, person, visit and fee item is named at once")
    void missingParts() {
        assertThat(Course.validate(null, 4, 18, CourseType.PUBLIC, false, null, Fixtures.fees()).getError()
                .map(Problem::field)).containsExactly("name", "cartFeePerPerson");
        assertThat(Person.validate("A", LocalDate.of(1980, 1, 1), null, null).getError().map(Problem::field))
                .containsExactly("ageDocument", "disabilityCard");
        assertThat(Visit.validate(null, null, null, null, null, null).getError().map(Problem::field))
                .containsExactly("id", "course", "useDate", "person", "play", "feeCharged");
        assertThat(Visit.validate("V", Fixtures.course(), null, Fixtures.licensed(LocalDate.of(1980, 1, 1)),
                Play.normal(), Yen.ZERO).getError().map(Problem::field)).containsExactly("useDate");
        assertThat(Visit.validate("V", Fixtures.course(), LocalDate.of(2026, 4, 8), null, Play.normal(), Yen.ZERO)
                .getError().map(Problem::field)).containsExactly("person");
        assertThat(FeeItem.validate(" ", null, null, true).getError().map(Problem::field))
                .containsExactly("name", "kind", "amount");
        assertThatThrownBy(() -> CourseFeeTable.of(Yen.of(1), Yen.of(1), Yen.of(1), null, Yen.of(1), Yen.of(1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("saturdayNonMember");
        assertThatThrownBy(() -> Evidence.of(EvidenceAction.PRESENT, Message.of("a", "a"), null, SOURCE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("register");
    }

    @Test
    @DisplayName("Grade (施行規則第23条, ruling 5): 1 to 7, the edges included")
    void gradeEdges() {
        assertThat(Grade.validate("grade", 0).getError().map(Problem::code)).containsExactly("out-of-range");
        assertThat(Grade.validate("grade", 1).get()).isEqualTo(Grade.of(Grade.MIN));
        assertThat(Grade.validate("grade", 7).get()).isEqualTo(Grade.of(Grade.MAX));
        assertThat(Grade.validate("grade", 8).getError().map(Problem::code)).containsExactly("out-of-range");
        assertThatThrownBy(() -> Grade.of(0)).isInstanceOf(InvalidInputException.class);
        assertThat(Grade.of(7).toString()).isEqualTo("7級");
    }

    @Test
    @DisplayName("grades.csv: a timeline for each of the seven grades, none for any other")
    void gradeTimelines() {
        assertThat(GradeRates.kumamoto().timelines().keySet().toSortedSet()).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(GradeRates.kumamoto().on(Grade.of(7), LocalDate.of(2020, 8, 1)).get().from())
                .isEqualTo(LocalDate.of(2020, 8, 1));
    }

    @Test
    @DisplayName("第75条の3第1号: 国民体育大会 until 2022-12-31, 国民スポーツ大会 from 2023-01-01, none before 1946")
    void festivalTimeline() {
        assertThat(FestivalNames.timeline().at(LocalDate.of(2022, 12, 31)).get().value().ja()).isEqualTo("国民体育大会");
        assertThat(FestivalNames.timeline().at(FestivalNames.RENAMED_ON).get().value().ja()).isEqualTo("国民スポーツ大会");
        assertThat(FestivalNames.on(LocalDate.of(1946, 10, 31)).isLeft()).isTrue();
        assertThat(FestivalNames.on(FestivalNames.RENAMED_ON).get().basis().source()).isEqualTo("スポーツ基本法");
    }

    @Test
    @DisplayName("第2・6(1): the application deadline reads '5日前まで' as five days before, an interpretation")
    void applicationIsInterpretation() {
        Competition c = Competition.of("熊本ジュニア", CompetitionOrganizer.DESIGNATED_YOUTH_COMPETITION,
                LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 15), List.empty(), Yen.ZERO, Option.of(Yen.of(5000)),
                true);
        FilingDeadline d = GolfDeadlines.competitionApplication(c);
        // 2026-06-10 is a Wednesday: not moved
        assertThat(d.date().counted()).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(d.date().moved()).isFalse();
        assertThat(d.basis().confidence()).isEqualTo(Confidence.INTERPRETATION);
        assertThat(d.name().ja()).contains("熊本ジュニア").contains("2026-06-15 の5日前まで");
    }
}

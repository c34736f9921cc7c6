package io.github.kisoku.bicycle;

import io.github.kisoku.calendar.Age;
import io.github.kisoku.calendar.AgeReading;
import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.EffectiveTimeline;
import io.github.kisoku.kernel.Language;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.NotInForce;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.Yen;
import io.github.kisoku.kernel.data.BundledCsv;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;

/**
 * Decides whether one offence gets a blue ticket (青切符の判定), and if not, why not and what
 * applies instead. Checks, in order: the system in force on the day (from 2026-04-01, seed and
 * ruling 4); age 16 or over at the moment of the act (seed: 16歳以上が行った反則行為;
 * {@link AgeReading#AT_MOMENT}, ruling 1); the act is a 反則行為 (it has an amount in the table);
 * the row covers the vehicle; no alcohol and no traffic accident (道路交通法第125条第2項); no
 * traffic danger from phone use (seed Topics!). Every check is reported, as a reason when it
 * excludes the ticket and as a rule not applied when it does not.
 *
 * <p>Static functions only; thread-safe.
 */
public final class OffenceAssessor {
    private static final LegalBasis NOT_A_REPORTER = Sources.act("第125条第2項", Confidence.CONFIRMED)
            .withUrl("https://iuris.jp/道路交通法-第九章-反則行為に関する処理手続の特例/jpn/c/2044");
    private static final LegalBasis LIGHT_VEHICLES = Sources.act("第125条第1項（軽車両（重被牽引車を除く））",
            Confidence.SECONDARY).withUrl(
                    "https://www.police.pref.fukuoka.jp/kotsu/kotsukikaku/houki/dourokoutuhou20260401.html");
    private static final LegalBasis RED_TICKET = LegalBasis.document("警察庁 自転車ポータル 取締り",
            "赤切符（刑事手続）: 酒酔い運転・妨害運転", Confidence.CONFIRMED)
            .withUrl("https://www.npa.go.jp/bureau/traffic/bicycle/portal/control.html");
    private static final LegalBasis GUIDANCE = LegalBasis.document("警察庁 自転車ポータル 制度",
            "16歳未満: 指導警告（その取扱いに変更はありません）", Confidence.SECONDARY)
            .withUrl("https://www.npa.go.jp/bureau/traffic/bicycle/portal/system.html");

    private static final LegalBasis JUVENILE = LegalBasis.law("少年法", "323AC0000000168", "第2条第1項・第3条第1項",
            Confidence.CONFIRMED).withNote("a juvenile's offence goes to the family court");

    // The reasons whose text depends on nothing in the case are built once.
    private static final Reason AGE_READING = Reason.of("bicycle.age-reading", AgeReading.AT_MOMENT.basis(),
            "年齢は行為の時点で判断します（16歳の誕生日の前日はまだ15歳）",
            "age is read at the moment of the act (on the eve of the 16th birthday the rider is 15)");
    private static final Reason HEAVY_TOWED = Reason.of("bicycle.vehicle", LIGHT_VEHICLES,
            "重被牽引車は青切符の対象外です", "a heavy towed vehicle is outside the blue-ticket system");
    private static final Reason VEHICLE_NOT_GIVEN = Reason.of("bicycle.vehicle", LIGHT_VEHICLES,
            "車両の種類は入力されていません。重被牽引車ではないものとして判断しました",
            "the vehicle was not given; it was taken not to be a heavy towed vehicle");
    private static final Reason NO_ALCOHOL = Reason.of("bicycle.alcohol", NOT_A_REPORTER,
            "酒気帯び・酒酔いの事実はありません", "no alcohol over the limit");
    private static final Reason ACCIDENT = Reason.of("bicycle.accident", NOT_A_REPORTER,
            "反則行為により交通事故を起こした者は反則者に当たりません",
            "a rider whose act caused a traffic accident is not a 反則者");
    private static final Reason NO_ACCIDENT = Reason.of("bicycle.accident", NOT_A_REPORTER,
            "交通事故は起きていません", "no traffic accident was caused");
    private static final LegalBasis PHONE_SEED = Sources.seed("Topics! 運転中のながらスマホの禁止");
    private static final Reason DANGER = Reason.of("bicycle.traffic-danger", PHONE_SEED,
            "携帯電話使用等で交通の危険を生じさせた場合は反則行為ではなく刑事罰の対象です",
            "phone use that caused traffic danger is a crime, not a blue-ticket offence");
    private static final Reason NO_DANGER = Reason.of("bicycle.traffic-danger", PHONE_SEED,
            "交通の危険は生じていません（保持のみ）", "no traffic danger was caused (holding only)");
    private static final Reason GUIDANCE_INSTEAD = Reason.of("bicycle.instead.guidance", GUIDANCE,
            "16歳未満の運転者には、これまでどおり指導警告が行われます",
            "riders under 16 receive guidance and a warning, as before");
    private static final Reason BEFORE_SYSTEM_INSTEAD = Reason.of("bicycle.instead.before-system",
            Sources.seed("Topics! 反則金(青切符)の導入決定！"),
            "施行前の違反は従来どおり指導警告または刑事手続（赤切符）で扱われます",
            "an offence before the start is handled as before: guidance or the criminal procedure");
    private static final Reason CRIMINAL_NO_PENALTY = Reason.of("bicycle.instead.criminal", RED_TICKET,
            "刑事手続（赤切符）の対象です。法定刑はルールブックに記載がありません",
            "the criminal procedure (red ticket) applies; the rule book does not print its penalty");

    private static final Exclusion[] EXCLUSIONS = Exclusion.values();
    private static final EffectiveTimeline<Long> MIN_AGE = Figures.timeline("BLUE_TICKET_MIN_AGE");
    private static final EffectiveTimeline<Long> CRIMINAL_AGE = Figures.timeline("CRIMINAL_RESPONSIBILITY_AGE");

    private OffenceAssessor() {
    }

    /**
     * Assesses an offence against the bundled catalogue.
     *
     * @param offence the offence, validated
     * @return a blue ticket with its amount, or why not and what applies instead, with reasons
     */
    public static Decision<Assessment> assess(Offence offence) {
        return assess(offence, ViolationCatalogue.standard());
    }

    /**
     * Assesses an offence against a catalogue.
     *
     * @param offence the offence, validated
     * @param catalogue the catalogue whose table in force on the offence date applies
     * @return a blue ticket with its amount, or why not and what applies instead, with reasons
     */
    public static Decision<Assessment> assess(Offence offence, ViolationCatalogue catalogue) {
        Require.nonNull(offence, "offence");
        Require.nonNull(catalogue, "catalogue");
        Violation v = offence.violation();
        LocalDate date = offence.date();
        int excluded = 0;
        // Plain lists while the reasons are gathered: a Vavr List copies itself on every append.
        ArrayList<Reason> why = new ArrayList<>(4);
        ArrayList<Reason> notApplied = new ArrayList<>(8);

        Either<NotInForce, Effective<ViolationSchedule>> table = catalogue.at(date);
        Violation found = v;
        if (table.isLeft()) {
            LocalDate start = catalogue.firstInForce();
            excluded |= bit(Exclusion.BEFORE_SYSTEM);
            why.add(Reason.lazy("bicycle.system-in-force", catalogue.versions().versions().head().basis(),
                    lang -> lang == Language.JA
                            ? "違反日 " + date + " は自転車の青切符制度の施行日 " + start
                            + " より前です。青切符（反則金）はありません"
                            : "the offence date " + date + " is before the bicycle blue-ticket system started on "
                            + start + "; there is no blue ticket")
                    .withFigure("施行日", start));
        } else {
            Effective<ViolationSchedule> t = table.get();
            notApplied.add(Reason.lazy("bicycle.system-in-force", t.basis(),
                    lang -> lang == Language.JA
                            ? "違反日 " + date + " は施行日 " + t.from() + " 以後です"
                            : "the offence date " + date + " is on or after the start " + t.from()));
            Option<Violation> inTable = t.value().row(v);
            found = inTable.getOrElse(v);
            if (inTable.isEmpty()) {
                excluded |= bit(Exclusion.NOT_A_BLUE_TICKET_OFFENCE);
                why.add(Reason.lazy("bicycle.in-table", t.basis(),
                        lang -> lang == Language.JA
                                ? v.nameJa() + " は違反日に施行中の反則行為の表にありません"
                                : v.nameEn() + " is not in the table in force on the offence date"));
            }
        }
        Violation row = found;

        excluded |= ageCheck(offence, catalogue, why, notApplied);

        if (!row.isBlueTicketOffence()) {
            excluded |= bit(Exclusion.NOT_A_BLUE_TICKET_OFFENCE);
            why.add(Reason.lazy("bicycle.not-hansoku", RED_TICKET.withNote(row.notes()),
                    lang -> lang == Language.JA
                            ? row.nameJa() + " は反則行為ではありません（反則金の定めがなく、刑事手続の対象）"
                            : row.nameEn() + " is not a blue-ticket offence (no 反則金; criminal procedure)"));
        }

        excluded |= vehicleCheck(offence, row, why, notApplied);
        excluded |= conductChecks(offence, row, why, notApplied);

        if (excluded == 0) {
            return blueTicket(row, why, notApplied);
        }
        return outside(offence, row, excluded, why, notApplied);
    }

    /** The row covers the vehicle ridden (※1, ※2; 重被牽引車 is outside, 道路交通法第125条第1項). */
    private static int vehicleCheck(Offence offence, Violation row, java.util.List<Reason> why,
            java.util.List<Reason> notApplied) {
        int excluded = 0;
        for (RiderType type : offence.riderType()) {
            if (type == RiderType.HEAVY_TOWED_VEHICLE) {
                excluded |= bit(Exclusion.VEHICLE_NOT_COVERED);
                why.add(HEAVY_TOWED);
            } else if (!row.scope().covers(type)) {
                excluded |= bit(Exclusion.VEHICLE_NOT_COVERED);
                why.add(Reason.lazy("bicycle.scope", row.amountBasis().withConfidence(Confidence.UNCONFIRMED),
                        lang -> lang == Language.JA
                                ? row.nameJa() + " は" + row.scope().ja() + "の反則行為で、" + type.ja() + "は対象外です"
                                : row.nameEn() + " covers " + row.scope().en() + "; a " + type.en() + " is not covered"));
            }
        }
        if (offence.riderType().isEmpty()) {
            notApplied.add(VEHICLE_NOT_GIVEN);
        }
        return excluded;
    }

    /** No alcohol, no accident (道路交通法第125条第2項) and no traffic danger from phone use (seed Topics!). */
    private static int conductChecks(Offence offence, Violation row, java.util.List<Reason> why,
            java.util.List<Reason> notApplied) {
        int excluded = 0;
        if (offence.alcohol() != Alcohol.NONE) {
            Alcohol alcohol = offence.alcohol();
            excluded |= bit(Exclusion.ALCOHOL);
            why.add(Reason.lazy("bicycle.alcohol", NOT_A_REPORTER,
                    lang -> lang == Language.JA
                            ? alcohol.ja() + "の状態で運転した者は反則者に当たりません"
                            : "a rider who was " + alcohol.en() + " is not a 反則者"));
        } else {
            notApplied.add(NO_ALCOHOL);
        }
        if (offence.causedAccident()) {
            excluded |= bit(Exclusion.ACCIDENT);
            why.add(ACCIDENT);
        } else {
            notApplied.add(NO_ACCIDENT);
        }
        if (offence.causedDanger()) {
            excluded |= bit(Exclusion.TRAFFIC_DANGER);
            why.add(DANGER);
        } else if (row.id().startsWith("MOBILE_PHONE")) {
            notApplied.add(NO_DANGER);
        }
        return excluded;
    }

    /** Age 16 or over at the moment of the act (seed: 16歳以上が行った反則行為; ruling 1). */
    private static int ageCheck(Offence offence, ViolationCatalogue catalogue, java.util.List<Reason> why,
            java.util.List<Reason> notApplied) {
        LocalDate date = offence.date();
        Either<NotInForce, Effective<Long>> minAge = MIN_AGE.at(date);
        int age = Age.of(offence.birthDate(), date, AgeReading.AT_MOMENT);
        if (minAge.isRight()) {
            long limit = minAge.get().value();
            Reason ageReason = Reason.lazy("bicycle.age-16", minAge.get().basis(),
                    lang -> lang == Language.JA
                            ? "行為時の年齢は " + age + " 歳（年齢は誕生日の午前0時から加算）"
                            : "age at the moment of the act: " + age + " (an age is reached at 00:00 of the birthday)")
                    .withFigures("生年月日", offence.birthDate(), "年齢", age, "下限", limit);
            if (age < limit) {
                why.add(ageReason);
                why.add(AGE_READING);
                return bit(Exclusion.UNDER_16);
            }
            notApplied.add(ageReason);
        } else {
            notApplied.add(Reason.lazy("bicycle.age-16",
                    catalogue.versions().versions().head().basis(),
                    lang -> lang == Language.JA
                            ? "16歳の年齢要件は制度の施行前には適用されません（行為時 " + age + " 歳）"
                            : "the age limit of 16 belongs to the system, not yet in force (age " + age + " at the act)"));
        }
        return 0;
    }

    // One bit per exclusion while checking: an EnumSet per assessment cost more than the rule.
    @SuppressWarnings("EnumOrdinal")
    private static int bit(Exclusion e) {
        return 1 << e.ordinal();
    }

    private static boolean has(int excluded, Exclusion e) {
        return (excluded & bit(e)) != 0;
    }

    /** The exclusions in the order the assessment checks them (their declaration order). */
    private static List<Exclusion> exclusions(int excluded) {
        List<Exclusion> all = List.empty();
        for (int i = EXCLUSIONS.length - 1; i >= 0; i--) {
            if (has(excluded, EXCLUSIONS[i])) {
                all = all.prepend(EXCLUSIONS[i]);
            }
        }
        return all;
    }

    private static Decision<Assessment> blueTicket(Violation row, java.util.List<Reason> why,
            java.util.List<Reason> notApplied) {
        Yen amount = row.amount().get();
        why.add(row.offenceReason());
        why.add(row.amountReason().get());
        return Decision.of(new Assessment.BlueTicket(row, amount), why, notApplied);
    }

    private static Decision<Assessment> outside(Offence offence, Violation row, int excluded,
            java.util.List<Reason> why, java.util.List<Reason> notApplied) {
        boolean systemInForce = !has(excluded, Exclusion.BEFORE_SYSTEM);
        boolean crime = has(excluded, Exclusion.NOT_A_BLUE_TICKET_OFFENCE) || has(excluded, Exclusion.ALCOHOL)
                || has(excluded, Exclusion.ACCIDENT) || has(excluded, Exclusion.TRAFFIC_DANGER);
        List<Exclusion> listed = exclusions(excluded);
        int age = Age.of(offence.birthDate(), offence.date(), AgeReading.AT_MOMENT);
        Effective<Long> criminalAge = CRIMINAL_AGE.at(offence.date())
                .getOrElseThrow(n -> new BundledCsv.BrokenData(n.toString()));
        if (systemInForce && has(excluded, Exclusion.UNDER_16) && (!crime || age < criminalAge.value())) {
            why.add(GUIDANCE_INSTEAD);
            if (crime) {
                why.add(Reason.lazy("bicycle.instead.under-14", criminalAge.basis(),
                        lang -> lang == Language.JA
                                ? "行為時 " + age + " 歳のため刑事罰の対象になりません（刑法第41条）"
                                : "at " + age + " the rider cannot be punished (刑法第41条)").withFigure("年齢", age));
            }
            return Decision.of(new Assessment.OutsideSystem(listed, new Instead.GuidanceAndWarning()), why,
                    notApplied);
        }
        if (systemInForce && has(excluded, Exclusion.UNDER_16)) {
            why.add(Reason.lazy("bicycle.instead.juvenile", JUVENILE,
                    lang -> lang == Language.JA
                            ? "16歳未満でも、反則行為でない違反（酒気帯び・事故・交通の危険・妨害運転等）は行為時 " + age
                            + " 歳（14歳以上）のため刑事手続の対象となり、家庭裁判所に送致されます"
                            : "under 16, but an act outside the blue-ticket system done at " + age
                            + " (14 or over) goes through the criminal procedure to the family court")
                    .withFigure("年齢", age));
        }
        String key = offence.alcohol() == Alcohol.DRUNK ? "ALCOHOL_DRUNK"
                : offence.alcohol() == Alcohol.OVER_LIMIT ? "ALCOHOL_OVER_LIMIT"
                : offence.causedDanger() ? "MOBILE_PHONE_DANGER" : row.id();
        Option<MaximumPenalty> penalty = MaximumPenalty.forKey(key);
        if (!systemInForce) {
            why.add(BEFORE_SYSTEM_INSTEAD);
            if (penalty.isDefined()) {
                MaximumPenalty p = penalty.get();
                why.add(Reason.lazy("bicycle.instead.criminal", p.basis(),
                        lang -> lang == Language.JA
                                ? "法定刑: " + p.describe().ja()
                                : "maximum penalty: " + p.describe().en()));
            }
            return Decision.of(new Assessment.OutsideSystem(listed, new Instead.CriminalProcedure(penalty)), why,
                    notApplied);
        }
        Reason instead = penalty.map(p -> Reason.lazy("bicycle.instead.criminal", p.basis(),
                lang -> lang == Language.JA
                        ? "刑事手続（赤切符）の対象です。法定刑: " + p.describe().ja()
                        : "the criminal procedure (red ticket) applies; maximum penalty: " + p.describe().en())
                .withFigure("上限", p.describe().ja()))
                .getOrElse(CRIMINAL_NO_PENALTY);
        why.add(instead);
        return Decision.of(new Assessment.OutsideSystem(listed, new Instead.CriminalProcedure(penalty)), why,
                notApplied);
    }
}

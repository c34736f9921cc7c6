package io.github.kisoku.calendar;

import static java.time.LocalDate.of;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.EffectiveTimeline;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Validations;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

/**
 * The rules of 国民の祝日に関する法律 (昭和23年法律第178号) and its amendments, and the special
 * laws that made single days holidays, as effective-dated rules with their legal basis.
 *
 * <p>Each named holiday of 第2条 is a timeline of {@link DateRule}s; a version yields a holiday
 * in a year when the date it gives falls within the version's dates in force. Years whose
 * holidays were moved by a special law (2020, 2021) have their own one-year version, so no two
 * versions overlap. 振替休日 (第3条第2項) and 国民の休日 (第3条第3項) are timelines of their own.
 *
 * <p>Confidence SECONDARY throughout: the text of the law and the numbers of the amending laws
 * are as reproduced by secondary sources (e-Gov not read here); every resulting date from 1970 to
 * 2050 is checked against the Cabinet Office list by the tests.
 */
final class HolidayLaw {
    private static final String LAW = "国民の祝日に関する法律";
    private static final String LAW_ID = "323AC1000000178";
    private static final String CHECKED = "law text from secondary sources; dates checked against"
            + " 内閣府「国民の祝日について」 for 1970–2050";

    static final String ORIGINAL = "昭和23年法律第178号（1948-07-20施行）";
    static final String S41 = "昭和41年法律第86号による改正（1966-06-25施行）";
    static final String S48 = "昭和48年法律第10号による改正（1973-04-12施行）";
    static final String S60 = "昭和60年法律第103号による改正（1985-12-27施行）";
    static final String H01 = "平成元年法律第5号による改正（1989-02-17施行）";
    static final String H07 = "平成7年法律第22号による改正（1996-01-01施行）";
    static final String H10 = "平成10年法律第141号による改正（2000-01-01施行）";
    static final String H13 = "平成13年法律第59号による改正（2003-01-01施行）";
    static final String H17 = "平成17年法律第43号による改正（2007-01-01施行）";
    static final String H26 = "平成26年法律第43号による改正（2016-01-01施行）";
    static final String H29 = "天皇の退位等に関する皇室典範特例法（平成29年法律第63号）附則第10条による改正（2019-05-01施行）";
    static final String H30 = "平成30年法律第57号による改正（2020-01-01施行）";

    private static final LocalDate LAW_IN_FORCE = of(1948, 7, 20);
    private static final LegalBasis OLYMPICS_2020 = LegalBasis.law(
            "平成三十二年東京オリンピック競技大会・東京パラリンピック競技大会特別措置法",
            "第32条 国民の祝日に関する法律の特例（平成30年法律第55号による追加、2020年に限る）", Confidence.SECONDARY)
            .withNote(CHECKED);
    private static final LegalBasis OLYMPICS_2021 = LegalBasis.law(
            "令和三年東京オリンピック競技大会・東京パラリンピック競技大会特別措置法",
            "第32条第2項 国民の祝日に関する法律の特例（令和2年法律第68号による改正、2021年に限る）",
            Confidence.SECONDARY).withNote(CHECKED);

    /** What 第3条第2項 makes a holiday after a 国民の祝日 that falls on a Sunday. */
    enum SubstituteRule {
        /** 昭和48年法律第10号: 「その翌日を休日とする」. */
        NEXT_DAY,
        /** 平成17年法律第43号: 「その日後においてその日に最も近い「国民の祝日」でない日を休日とする」. */
        NEXT_DAY_NOT_NATIONAL
    }

    /** Which days between two 国民の祝日 第3条第3項 makes holidays. */
    enum CitizensRule {
        /** 昭和60年法律第103号: not a Sunday nor a 振替休日 (「日曜日にあたる日及び前項に規定する休日にあたる日を除く」). */
        WEEKDAY_NOT_SUBSTITUTE,
        /** 平成17年法律第43号: any day that is not itself a 国民の祝日 (「「国民の祝日」でない日に限る」). */
        NOT_NATIONAL
    }

    /** A named holiday of 第2条 (国民の祝日) with the versions of its date. */
    record Named(String nameJa, String nameEn, EffectiveTimeline<DateRule> versions) {
        /** This holiday in a year, if a version in force on the date it gives. */
        Option<Holiday> in(int year) {
            return versions.versions().toList().flatMap(v -> {
                LocalDate d = v.value().in(year);
                if (!v.isInForceOn(d)) {
                    return Option.none();
                }
                boolean predicted = v.value().predictedIn(year);
                return Option.of(Holiday.of(d, nameJa, nameEn, HolidayKind.NATIONAL,
                        predicted ? predictedBasis(v.basis(), nameJa) : v.basis(), predicted));
            }).headOption();
        }
    }

    /** A single day made a holiday by a special law; {@code deemedNational} when it counts as a 国民の祝日 for 第3条. */
    record Special(Holiday holiday, boolean deemedNational) {
    }

    static final List<Named> NAMED = List.of(
            named("元日", "New Year's Day", v(LAW_IN_FORCE, DateRule.fixed(1, 1), "元日", ORIGINAL)),
            named("成人の日", "Coming of Age Day",
                    v(LAW_IN_FORCE, of(1999, 12, 31), DateRule.fixed(1, 15), "成人の日", ORIGINAL),
                    v(of(2000, 1, 1), DateRule.nthMonday(Month.JANUARY, 2), "成人の日", H10)),
            named("建国記念の日", "National Foundation Day",
                    Effective.from(of(1966, 12, 9), DateRule.fixed(2, 11), article2("建国記念の日", S41)
                            .withNote("2月11日: 建国記念の日となる日を定める政令（昭和41年政令第376号）; " + CHECKED))),
            named("天皇誕生日", "The Emperor's Birthday",
                    v(LAW_IN_FORCE, of(1989, 2, 16), DateRule.fixed(4, 29), "天皇誕生日", ORIGINAL),
                    v(of(1989, 2, 17), of(2019, 4, 30), DateRule.fixed(12, 23), "天皇誕生日", H01),
                    v(of(2019, 5, 1), DateRule.fixed(2, 23), "天皇誕生日", H29)),
            named("春分の日", "Vernal Equinox Day", v(LAW_IN_FORCE, EquinoxDays.VERNAL, "春分の日", ORIGINAL)),
            named("みどりの日", "Greenery Day",
                    v(of(1989, 2, 17), of(2006, 12, 31), DateRule.fixed(4, 29), "みどりの日", H01),
                    v(of(2007, 1, 1), DateRule.fixed(5, 4), "みどりの日", H17)),
            named("昭和の日", "Showa Day", v(of(2007, 1, 1), DateRule.fixed(4, 29), "昭和の日", H17)),
            named("憲法記念日", "Constitution Memorial Day",
                    v(LAW_IN_FORCE, DateRule.fixed(5, 3), "憲法記念日", ORIGINAL)),
            named("こどもの日", "Children's Day", v(LAW_IN_FORCE, DateRule.fixed(5, 5), "こどもの日", ORIGINAL)),
            named("海の日", "Marine Day",
                    v(of(1996, 1, 1), of(2002, 12, 31), DateRule.fixed(7, 20), "海の日", H07),
                    v(of(2003, 1, 1), of(2019, 12, 31), DateRule.nthMonday(Month.JULY, 3), "海の日", H13),
                    Effective.between(of(2020, 1, 1), of(2020, 12, 31), DateRule.fixed(7, 23), OLYMPICS_2020),
                    Effective.between(of(2021, 1, 1), of(2021, 12, 31), DateRule.fixed(7, 22), OLYMPICS_2021),
                    v(of(2022, 1, 1), DateRule.nthMonday(Month.JULY, 3), "海の日", H13)),
            named("山の日", "Mountain Day",
                    v(of(2016, 1, 1), of(2019, 12, 31), DateRule.fixed(8, 11), "山の日", H26),
                    Effective.between(of(2020, 1, 1), of(2020, 12, 31), DateRule.fixed(8, 10), OLYMPICS_2020),
                    Effective.between(of(2021, 1, 1), of(2021, 12, 31), DateRule.fixed(8, 8), OLYMPICS_2021),
                    v(of(2022, 1, 1), DateRule.fixed(8, 11), "山の日", H26)),
            named("敬老の日", "Respect for the Aged Day",
                    v(of(1966, 6, 25), of(2002, 12, 31), DateRule.fixed(9, 15), "敬老の日", S41),
                    v(of(2003, 1, 1), DateRule.nthMonday(Month.SEPTEMBER, 3), "敬老の日", H13)),
            named("秋分の日", "Autumnal Equinox Day", v(LAW_IN_FORCE, EquinoxDays.AUTUMNAL, "秋分の日", ORIGINAL)),
            named("体育の日", "Health and Sports Day",
                    v(of(1966, 6, 25), of(1999, 12, 31), DateRule.fixed(10, 10), "体育の日", S41),
                    v(of(2000, 1, 1), of(2019, 12, 31), DateRule.nthMonday(Month.OCTOBER, 2), "体育の日", H10)),
            named("スポーツの日", "Sports Day",
                    Effective.between(of(2020, 1, 1), of(2020, 12, 31), DateRule.fixed(7, 24), OLYMPICS_2020),
                    Effective.between(of(2021, 1, 1), of(2021, 12, 31), DateRule.fixed(7, 23), OLYMPICS_2021),
                    v(of(2022, 1, 1), DateRule.nthMonday(Month.OCTOBER, 2), "スポーツの日", H30)),
            named("文化の日", "Culture Day", v(LAW_IN_FORCE, DateRule.fixed(11, 3), "文化の日", ORIGINAL)),
            named("勤労感謝の日", "Labor Thanksgiving Day",
                    v(LAW_IN_FORCE, DateRule.fixed(11, 23), "勤労感謝の日", ORIGINAL)));

    /**
     * The one-off holidays in the supported range. The 1959 wedding (昭和34年法律第16号,
     * 1959-04-10) lies before it.
     */
    static final List<Special> SPECIALS = List.of(
            special(of(1989, 2, 24), "昭和天皇の大喪の礼", "State Funeral of Emperor Showa",
                    "昭和天皇の大喪の礼の行われる日を休日とする法律", "平成元年法律第4号", false),
            special(of(1990, 11, 12), "即位礼正殿の儀", "Enthronement Ceremony (Sokuirei-Seiden-no-Gi)",
                    "即位礼正殿の儀の行われる日を休日とする法律", "平成2年法律第24号", false),
            special(of(1993, 6, 9), "皇太子徳仁親王の結婚の儀", "Wedding of Crown Prince Naruhito",
                    "皇太子徳仁親王の結婚の儀の行われる日を休日とする法律", "平成5年法律第32号", false),
            special(of(2019, 5, 1), "天皇の即位の日", "Day of the Emperor's Accession",
                    "天皇の即位の日及び即位礼正殿の儀の行われる日を休日とする法律", "平成30年法律第99号", true),
            special(of(2019, 10, 22), "即位礼正殿の儀", "Enthronement Ceremony (Sokuirei-Seiden-no-Gi)",
                    "天皇の即位の日及び即位礼正殿の儀の行われる日を休日とする法律", "平成30年法律第99号", true));

    static final EffectiveTimeline<SubstituteRule> SUBSTITUTE = EffectiveTimeline.of("祝日法第3条第2項（振替休日）",
            Effective.between(of(1973, 4, 12), of(2006, 12, 31), SubstituteRule.NEXT_DAY,
                    provision("第3条第2項", S48)),
            Effective.from(of(2007, 1, 1), SubstituteRule.NEXT_DAY_NOT_NATIONAL, provision("第3条第2項", H17)));

    static final EffectiveTimeline<CitizensRule> CITIZENS = EffectiveTimeline.of("祝日法第3条第3項（国民の休日）",
            Effective.between(of(1985, 12, 27), of(2006, 12, 31), CitizensRule.WEEKDAY_NOT_SUBSTITUTE,
                    provision("第3条第3項", S60)),
            Effective.from(of(2007, 1, 1), CitizensRule.NOT_NATIONAL, provision("第3条第3項", H17)));

    private HolidayLaw() {
    }

    /**
     * Every holiday of a year by the rules: the named holidays, the special days, then 振替休日
     * and 国民の休日 derived from them.
     */
    static List<Holiday> holidaysOf(int year) {
        List<Holiday> named = NAMED.flatMap(n -> n.in(year));
        List<Special> specials = SPECIALS.filter(s -> s.holiday().date().getYear() == year);
        TreeMap<LocalDate, Holiday> national = TreeMap.ofEntries(named.map(h -> io.vavr.Tuple.of(h.date(), h)))
                .merge(TreeMap.ofEntries(specials.filter(Special::deemedNational)
                        .map(s -> io.vavr.Tuple.of(s.holiday().date(), s.holiday()))));
        TreeMap<LocalDate, Holiday> all = national
                .merge(TreeMap.ofEntries(specials.map(s -> io.vavr.Tuple.of(s.holiday().date(), s.holiday()))));
        Set<LocalDate> nationalDays = national.keySet();
        for (Holiday h : national.values()) {
            if (h.date().getDayOfWeek() == DayOfWeek.SUNDAY) {
                Option<Effective<SubstituteRule>> rule = SUBSTITUTE.at(h.date()).toOption();
                if (rule.isDefined()) {
                    LocalDate d = h.date().plusDays(1);
                    while (rule.get().value() == SubstituteRule.NEXT_DAY_NOT_NATIONAL && nationalDays.contains(d)) {
                        d = d.plusDays(1);
                    }
                    if (!all.containsKey(d)) {
                        all = all.put(d, derived(d, "振替休日（" + h.nameJa() + "）", "Substitute holiday for "
                                + h.nameEn(), HolidayKind.SUBSTITUTE, rule.get().basis(), h.predicted()));
                    }
                }
            }
        }
        for (Holiday before : national.values()) {
            LocalDate d = before.date().plusDays(1);
            Option<Holiday> after = national.get(d.plusDays(1));
            Option<Effective<CitizensRule>> rule = CITIZENS.at(d).toOption();
            if (after.isDefined() && rule.isDefined() && !nationalDays.contains(d) && !all.containsKey(d)
                    && (rule.get().value() == CitizensRule.NOT_NATIONAL || d.getDayOfWeek() != DayOfWeek.SUNDAY)) {
                all = all.put(d, derived(d, "国民の休日", "Citizens' Holiday", HolidayKind.CITIZENS,
                        rule.get().basis(), before.predicted() || after.get().predicted()));
            }
        }
        return all.values().toList();
    }

    private static Holiday derived(LocalDate d, String ja, String en, HolidayKind kind, LegalBasis basis,
            boolean predicted) {
        return Holiday.of(d, ja, en, kind, predicted ? predictedBasis(basis, "an equinox day it depends on")
                : basis, predicted);
    }

    private static LegalBasis predictedBasis(LegalBasis basis, String what) {
        return basis.withConfidence(Confidence.UNCONFIRMED).withNote("predicted: " + what
                + " past the last 国立天文台 announcement (" + EquinoxDays.LAST_ANNOUNCED_YEAR
                + ") is computed by the approximation formula; the official day is announced in 官報 each February"
                + " for the next year");
    }

    @SafeVarargs
    private static Named named(String ja, String en, Effective<DateRule>... versions) {
        List<Effective<DateRule>> list = List.empty();
        for (Effective<DateRule> e : versions) {
            list = list.append(e);
        }
        return new Named(ja, en, Validations.orThrow(EffectiveTimeline.validate(ja, list)));
    }

    /** A version of 第2条 in force from a date on. */
    private static Effective<DateRule> v(LocalDate from, DateRule rule, String name, String version) {
        return Effective.from(from, rule, article2(name, version));
    }

    /** A version of 第2条 in force between two dates, both included. */
    private static Effective<DateRule> v(LocalDate from, LocalDate until, DateRule rule, String name,
            String version) {
        return Effective.between(from, until, rule, article2(name, version));
    }

    static LegalBasis article2(String name, String version) {
        return provision("第2条（" + name + "）", version);
    }

    private static LegalBasis provision(String provision, String version) {
        return LegalBasis.law(LAW, LAW_ID, provision + " " + version, Confidence.SECONDARY).withNote(CHECKED);
    }

    private static Special special(LocalDate date, String ja, String en, String law, String number,
            boolean deemedNational) {
        LegalBasis basis = LegalBasis.law(law + "（" + number + "）", deemedNational ? "第1項・第2項" : "本則",
                Confidence.SECONDARY).withNote(deemedNational
                        ? "第2項: counts as a 国民の祝日 for 国民の祝日に関する法律第3条; " + CHECKED
                        : CHECKED);
        return new Special(Holiday.of(date, ja, en, HolidayKind.SPECIAL, basis, false), deemedNational);
    }
}

package io.github.kisoku.golftax;

import io.github.kisoku.calendar.Age;
import io.github.kisoku.calendar.AgeReading;
import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Language;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.NotInForce;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Yen;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Function;

/**
 * The treatment of one visit (課税判定): which of business use, the exemptions of 地方税法第75条の2
 * and 第75条の3, the reductions of 熊本県税条例第69条 or the standard rate applies, in the order of
 * kisoku ruling 6, with the tax, the evidence the course must see or keep, and for every
 * exemption or reduction that did not apply, why not.
 *
 * <p>Ages are read as of the use date (利用日現在, circular 第1・2(1), 第2・8(1); kisoku ruling 1,
 * {@link AgeReading#AS_OF_DATE}): age N holds on the whole eve of the N-th birthday. Static
 * functions only; thread-safe.
 */
public final class GolfTaxRules {
    /** The latest finish time for early-morning play, circular 第2・7(1). */
    public static final LocalTime EARLY_MORNING_FINISH = LocalTime.of(10, 0);

    /**
     * The figure that marks a not-applied reason which says only that the case did not arise:
     * the play was of another kind ({@link #SCOPE_OTHER_PLAY}) or an earlier treatment applied
     * ({@link #SCOPE_PRECEDENCE}). Reasons without it are real why-nots: the case arose and a
     * condition failed.
     */
    public static final String SCOPE = "scope";
    /** Value of {@link #SCOPE}: the play was of another kind. */
    public static final String SCOPE_OTHER_PLAY = "other-play";
    /** Value of {@link #SCOPE}: an earlier treatment applied (kisoku ruling 6). */
    public static final String SCOPE_PRECEDENCE = "precedence";

    private static final LegalBasis PRECEDENCE = Sources.ruling(6,
            "business use → 75条の2 (under 18, 70+, disability) → 75条の3 → 69条 reductions → standard");

    private GolfTaxRules() {
    }

    /**
     * The treatment of a visit under the Kumamoto rates shipped with the library.
     *
     * @param visit the visit
     * @return the decision, or why no rate is in force on the use date
     */
    public static Either<NotInForce, Decision<Assessment>> assess(Visit visit) {
        return assess(visit, GradeRates.kumamoto());
    }

    /**
     * The treatment of a visit under a catalogue of rates.
     *
     * @param visit the visit
     * @param rates the rates per grade
     * @return the decision, or why no rate is in force on the use date
     */
    public static Either<NotInForce, Decision<Assessment>> assess(Visit visit, GradeRates rates) {
        return rates.on(visit.course().grade(), visit.useDate()).map(rate -> decide(visit, rate.value()));
    }

    /** A treatment that applied: its reasons and its evidence. */
    private record Applied(Treatment treatment, List<Reason> reasons, List<Evidence> evidence) {
    }

    /**
     * One rule checked in order: its id, its name for "not checked", the check itself, and the
     * reasons it was not made, one per earlier treatment (a small closed set), written once.
     */
    private static final class Check {
        private final String rule;
        private final Message name;
        private final Function<Visit, Either<Reason, Applied>> test;
        private final java.util.concurrent.ConcurrentHashMap<Treatment, Reason> notChecked =
                new java.util.concurrent.ConcurrentHashMap<>();

        Check(String rule, Message name, Function<Visit, Either<Reason, Applied>> test) {
            this.rule = rule;
            this.name = name;
            this.test = test;
        }

        Either<Reason, Applied> test(Visit visit) {
            return test.apply(visit);
        }

        /** Why this check was not made: an earlier treatment applied. */
        Reason notCheckedAfter(Treatment first) {
            Reason known = notChecked.get(first);
            return known != null ? known : notChecked.computeIfAbsent(first, f -> Reason.lazy(rule, PRECEDENCE,
                    lang -> lang == Language.JA
                            ? name.ja() + "は判定していません: 先に「" + f.ja() + "」が適用されます"
                            : name.en() + " not checked: " + f.en() + " applies first")
                    .withFigure(SCOPE, SCOPE_PRECEDENCE));
        }
    }

    /** The checks in the order of kisoku ruling 6. */
    private static final List<Check> CHECKS = List.of(
            new Check("golftax.business-use", Message.of("業務による利用（通達第5）", "business use (circular 第5)"),
                    GolfTaxRules::businessUse),
            new Check("golftax.exempt.under-18", Message.of("18歳未満（第75条の2第1号）", "under 18 (75条の2 1号)"),
                    v -> ageExemption(v, ExemptionItem.UNDER_18)),
            new Check("golftax.exempt.70-or-over", Message.of("70歳以上（第75条の2第2号）", "70 or over (75条の2 2号)"),
                    v -> ageExemption(v, ExemptionItem.AGED_70_OR_OVER)),
            new Check("golftax.exempt.disability", Message.of("障害者（第75条の2第3号）", "disability (75条の2 3号)"),
                    GolfTaxRules::disability),
            new Check("golftax.exempt.national-sports-festival",
                    Message.of("国民スポーツ大会（第75条の3第1号）", "national sports festival (75条の3 1号)"),
                    GolfTaxRules::festival),
            new Check("golftax.exempt.school-activity", Message.of("学校の教育活動（第75条の3第2号）",
                    "school activity (75条の3 2号)"), GolfTaxRules::school),
            new Check("golftax.reduced.senior", Message.of("65歳以上70歳未満（第69条第1項第1号）",
                    "aged 65 to 69 (69条1項1号)"), GolfTaxRules::senior),
            new Check("golftax.reduced.competition", Message.of("競技会（第69条第1項第2号）",
                    "competition (69条1項2号)"), GolfTaxRules::competition),
            new Check("golftax.reduced.early-morning", Message.of("早朝利用（第69条第2項）",
                    "early morning (69条2項)"), GolfTaxRules::earlyMorning),
            new Check("golftax.reduced.closed-day", Message.of("休業日セルフバッグ（第69条第2項）",
                    "closed-day self-bag (69条2項)"), GolfTaxRules::closedDay),
            new Check("golftax.reduced.nine-holes", Message.of("9ホール以下（第69条第2項）",
                    "nine holes or fewer (69条2項)"), GolfTaxRules::nineHoles));

    // What each check answers for play of another kind, the same for every such visit.
    private static final Either<Reason, Applied> NOT_BUSINESS_USE = otherPlay("golftax.business-use", Sources.circular("第5"), "業務による利用ではありません",
            "not a business use");
    private static final Either<Reason, Applied> NOT_SCHOOL = otherPlay("golftax.exempt.school-activity", ExemptionItem.SCHOOL_ACTIVITY.basis(),
            "学校の教育活動としての利用ではありません", "not play as a school activity");
    private static final Either<Reason, Applied> NOT_COMPETITION = otherPlay("golftax.reduced.competition", ReductionCase.COMPETITION.basis(),
            "競技会への出場ではありません", "not play in a competition");
    private static final Either<Reason, Applied> NOT_EARLY_MORNING = otherPlay("golftax.reduced.early-morning", ReductionCase.EARLY_MORNING.basis(),
            "早朝利用ではありません", "not early-morning play");
    private static final Either<Reason, Applied> NOT_CLOSED_DAY = otherPlay("golftax.reduced.closed-day", ReductionCase.CLOSED_DAY_SELF_BAG.basis(),
            "休業日のセルフバッグ利用ではありません", "not closed-day self-bag play");
    private static final Either<Reason, Applied> NOT_NINE_HOLES = otherPlay("golftax.reduced.nine-holes", ReductionCase.NINE_HOLES_OR_FEWER.basis(),
            "特定のコースのみの利用ではありません", "not restricted to a specific course");

    private static final Applied STANDARD = new Applied(new Treatment.Standard(), List.of(Reason.of("golftax.standard",
            Sources.law("第75条"), "非課税・軽減のいずれにも該当しないため、通常の税率で課税します",
            "no exemption or reduction applies: the course's full rate")), List.empty());

    private static Either<Reason, Applied> otherPlay(String rule, LegalBasis basis, String ja, String en) {
        return Either.left(Reason.of(rule, basis, ja, en).withFigure(SCOPE, SCOPE_OTHER_PLAY));
    }

    private static Decision<Assessment> decide(Visit visit, GradeRate rate) {
        // A plain list while the checks run: a Vavr List copies itself on every append.
        java.util.List<Reason> notApplied = new java.util.ArrayList<>(CHECKS.size());
        Applied applied = null;
        for (Check check : CHECKS) {
            if (applied != null) {
                notApplied.add(check.notCheckedAfter(applied.treatment()));
                continue;
            }
            Either<Reason, Applied> result = check.test(visit);
            if (result.isLeft()) {
                notApplied.add(result.getLeft());
            } else {
                applied = result.get();
            }
        }
        Applied a = applied == null ? STANDARD : applied;
        Tuple2<Yen, Reason> tax = tax(visit, a.treatment(), rate);
        java.util.List<Reason> reasons = new java.util.ArrayList<>(a.reasons().size() + 1);
        a.reasons().forEach(reasons::add);
        reasons.add(tax._2);
        return Decision.of(new Assessment(a.treatment(), tax._1, a.evidence()), reasons, notApplied);
    }

    private static Tuple2<Yen, Reason> tax(Visit visit, Treatment treatment, GradeRate rate) {
        Grade grade = visit.course().grade();
        if (treatment instanceof Treatment.Reduced r) {
            TaxFigure f = r.reductionCase().paragraph() == 1 ? rate.reducedParagraph1() : rate.reducedParagraph2();
            return Tuple.of(f.amount(), Reason.lazy("golftax.tax.reduced", f.basis(),
                    lang -> lang == Language.JA
                            ? grade + "の軽減税額 " + f.amount() + "（通常 " + rate.standard().amount() + " の二分の一）"
                            : "reduced tax for grade " + visit.course().grade().value() + ": " + f.amount() + " (half of "
                            + rate.standard().amount() + ")")
                    .withFigures("grade", grade, "standard", rate.standard().amount(), "reduced", f.amount()));
        }
        if (treatment instanceof Treatment.Standard) {
            TaxFigure f = rate.standard();
            return Tuple.of(f.amount(), Reason.lazy("golftax.tax.standard", f.basis(),
                    lang -> lang == Language.JA
                            ? grade + "の税額 " + f.amount() + "（一人一日）"
                            : "tax for grade " + visit.course().grade().value() + ": " + f.amount() + " per person per day")
                    .withFigures("grade", grade, "tax", f.amount()));
        }
        return Tuple.of(Yen.ZERO, Reason.lazy("golftax.tax.none", treatment.basis(), lang -> lang == Language.JA
                ? "税額 0円（" + treatment.ja() + "）"
                : "tax 0 yen (" + treatment.en() + ")"));
    }

    // --- business use, circular 第5 ---

    /**
     * Circular 第5 (confirmed): business use by the manager, staff or pros, free of charge and
     * entered in the register (and, for 第5(3), notified, listed and closed to the public) is not
     * a "ゴルフ場の利用" under 熊本県税条例第67条.
     */
    private static Either<Reason, Applied> businessUse(Visit v) {
        String rule = "golftax.business-use";
        if (!(v.play() instanceof Play.BusinessUse b)) {
            return NOT_BUSINESS_USE;
        }
        LegalBasis basis = Sources.circular(b.item().section());
        List<Message> missing = List.empty();
        if (!v.feeCharged().isZero()) {
            missing = missing.append(Message.lazy(lang -> lang == Language.JA
                    ? "利用料金 " + v.feeCharged() + " が無料ではない"
                    : "the fee " + v.feeCharged() + " is not free of charge"));
        }
        if (!b.recordedInRegister()) {
            missing = missing.append(Message.of("業務による利用者名簿（別記第3号様式）に記載がない",
                    "not entered in the business-use register (form 3)"));
        }
        if (b.item() == BusinessUseItem.OPENING_INVITATION) {
            Play.InvitationConditions c = b.invitation().getOrElse(new Play.InvitationConditions(false, false, false));
            if (!c.notifiedByEve()) {
                missing = missing.append(Message.of("前日までに届け出ていない", "not notified by the day before"));
            }
            if (!c.inviteesListed()) {
                missing = missing.append(Message.of("招待客の名簿を備え付けていない", "no list of the invitees kept"));
            }
            if (!c.closedToPublic()) {
                missing = missing.append(Message.of("期間中一般の利用者に利用させている", "open to other users in the period"));
            }
        }
        if (!missing.isEmpty()) {
            List<Message> unmet = missing;
            return Either.left(Reason.lazy(rule, basis,
                    lang -> lang == Language.JA
                            ? "業務による利用（" + b.item().code() + "）の要件を満たしません: " + unmet.map(Message::ja).mkString("、")
                            : "business use " + b.item().code() + " does not qualify: " + unmet.map(Message::en).mkString("; ")));
        }
        List<Evidence> evidence = List.of(
                Evidence.of(EvidenceAction.RECORD, Message.of("業務による利用者名簿への記載", "entry in the business-use register"),
                        Option.of(Register.BUSINESS_USE_REGISTER), Sources.circular("第5")),
                Evidence.of(EvidenceAction.SUBMIT, Message.of("翌月15日までに納入申告書付表で人員数を申告",
                        "count filed on the annex to the return by the 15th of the next month"),
                        Option.of(Register.BUSINESS_USE_ANNEX), Sources.circular("第5 なお書")));
        if (b.item() == BusinessUseItem.OTHER_COURSE_MANAGEMENT_STUDY) {
            evidence = evidence.append(Evidence.of(EvidenceAction.PRESENT,
                    Message.of("従業員の場合は経営者が発行する業務利用の証明書", "for staff, the operator's certificate of business use"),
                    Option.none(), Sources.circular("第5(2)ア")));
        }
        if (b.item() == BusinessUseItem.OPENING_INVITATION) {
            evidence = evidence.append(Evidence.of(EvidenceAction.SUBMIT, Message.of("前日までの届出", "notice by the day before"),
                    Option.none(), Sources.circular("第5(3)ア")))
                    .append(Evidence.of(EvidenceAction.RECORD, Message.of("招待客名簿の備付け", "list of invitees kept"),
                            Option.none(), Sources.circular("第5(3)イ")));
        }
        return Either.right(new Applied(new Treatment.NotTaxableUse(b.item()), List.of(Reason.lazy(rule, basis,
                lang -> lang == Language.JA
                        ? "業務による利用（" + b.item().code() + " " + b.item().ja() + "）で無料・名簿記載済みのため、ゴルフ場の利用に該当しません"
                        : "business use " + b.item().code() + " (" + b.item().en()
                        + "), free of charge and registered: not a taxable use").withFigure("item", b.item().code())),
                evidence));
    }

    // --- 地方税法第75条の2 ---

    private static int age(Visit v) {
        return Age.of(v.person().birthDate(), v.useDate(), AgeReading.AS_OF_DATE);
    }

    private static Reason ageReading(Visit v) {
        return Reason.lazy("golftax.age-reading", AgeReading.AS_OF_DATE.basis(),
                lang -> lang == Language.JA
                        ? "利用日現在の年齢 " + age(v) + "歳（誕生日の前日に加齢）"
                        : "age " + age(v) + " on the use date (the age is reached on the eve of the birthday)")
                .withFigures("birthDate", v.person().birthDate(), "useDate", v.useDate());
    }

    /**
     * 地方税法第75条の2第1号・第2号 (confirmed): under 18 or 70 and over on the use date, proved by a
     * document shown (circular 第1・2(1)); the age is read as of the use date (ruling 1,
     * interpretation).
     */
    private static Either<Reason, Applied> ageExemption(Visit v, ExemptionItem item) {
        boolean under18 = item == ExemptionItem.UNDER_18;
        String rule = under18 ? "golftax.exempt.under-18" : "golftax.exempt.70-or-over";
        int age = age(v);
        int limit = under18 ? 18 : 70;
        LocalDate turning = Age.firstDateAged(v.person().birthDate(), limit, AgeReading.AS_OF_DATE);
        boolean inRange = under18 ? age < 18 : age >= 70;
        if (!inRange) {
            return Either.left(Reason.lazy(rule, item.basis(),
                    lang -> lang == Language.JA
                            ? "利用日現在 " + age + "歳" + (under18 ? "（18歳に達したのは " : "（70歳に達するのは ") + turning + "）"
                            : "aged " + age + " on the use date (" + (under18 ? "reached 18 on " : "reaches 70 on ") + turning + ")")
                    .withFigures("age", age, "turning", turning));
        }
        if (v.person().ageDocument().isEmpty()) {
            return Either.left(Reason.lazy(rule, Sources.circular("第1・2(1)"),
                    lang -> lang == Language.JA
                            ? "利用日現在 " + age + "歳ですが、年齢を確認できる書類の提示がありません"
                            : "aged " + age + " on the use date, but no document showing the age was shown").withFigure("age", age));
        }
        AgeDocument doc = v.person().ageDocument().get();
        return Either.right(new Applied(new Treatment.Exempt(item), List.of(
                Reason.lazy(rule, item.basis(), lang -> lang == Language.JA
                        ? "利用日現在 " + age + "歳（" + item.ja() + "）、" + doc.ja() + "で確認"
                        : "aged " + age + " on the use date (" + item.en() + "), shown by " + doc.en())
                        .withFigure("age", age),
                ageReading(v)), personEvidence(Message.lazy(lang -> lang == Language.JA
                        ? doc.ja()
                        : doc.en()), AGE_SHOWN)));
    }

    /**
     * 地方税法第75条の2第3号 (confirmed): a person with a disability (第23条第1項第10号, 施行令第7条),
     * proved by a card shown (circular 第1・2(2)); reached only when items 1 and 2 did not apply.
     */
    private static Either<Reason, Applied> disability(Visit v) {
        String rule = "golftax.exempt.disability";
        if (v.person().disabilityCard().isEmpty()) {
            return Either.left(Reason.of(rule, ExemptionItem.DISABILITY.basis(), "障害者手帳等の提示がありません",
                    "no disability card was shown"));
        }
        DisabilityCard card = v.person().disabilityCard().get();
        return Either.right(new Applied(new Treatment.Exempt(ExemptionItem.DISABILITY), List.of(Reason.lazy(rule,
                ExemptionItem.DISABILITY.basis(), lang -> lang == Language.JA
                        ? card.kind().ja() + "（" + card.number() + "）の提示により障害者として非課税"
                        : "exempt as a person with a disability, shown by " + card.kind().en() + " " + card.number())
                .withFigure("card", card.kind().ja())), personEvidence(
                        Message.lazy(lang -> lang == Language.JA ? card.kind().ja() : card.kind().en()), CARD_SHOWN)));
    }

    /** The papers for a 第75条の2 exemption: the proof shown, the request, the list, the filing. */
    private static List<Evidence> personEvidence(Message proof, LegalBasis shown) {
        return List.of(Evidence.of(EvidenceAction.PRESENT, proof, Option.none(), shown), REQUEST_FORM, LIST_ENTRY,
                FILING);
    }

    private static final LegalBasis AGE_SHOWN = shownBasis("第1・2(1)");
    private static final LegalBasis CARD_SHOWN = shownBasis("第1・2(2)");

    private static LegalBasis shownBasis(String section) {
        return Sources.circular(section + "・第1・2 なお書").withNote("提出できない書類のため提示させる");
    }

    private static final Evidence REQUEST_FORM = Evidence.of(EvidenceAction.SUBMIT, Message.of("ゴルフ場利用税の非課税申出書（自署、押印不要）",
            "request for non-taxation, signed by the user (no seal)"), Option.none(),
            Sources.ordinance("第67条の2", "第1・1"));

    private static final Evidence LIST_ENTRY = Evidence.of(EvidenceAction.RECORD, Message.of("非課税利用者一覧表への記載（申出書と兼ねる場合は自署）",
            "entry in the non-taxable users list (signed by the user if it doubles as the request)"),
            Option.of(Register.NON_TAXABLE_USERS_LIST), Sources.circular("第1・8, 第1・9"));

    private static final Evidence FILING = Evidence.of(EvidenceAction.SUBMIT, Message.of("申出書・証明書類・一覧表を利用月分の納入申告書に添付",
            "request, proofs and list filed with the return for the month of use"),
            Option.of(Register.NON_TAXABLE_USERS_LIST), Sources.circular("第1・10"));

    // --- 地方税法第75条の3 ---

    /**
     * 地方税法第75条の3第1号 (confirmed) and circular 第1・3(1), 第1・4: the national sports festival, its
     * official practice or a Kumamoto qualifier, certified by the governor or the board of
     * education (the board only for a qualifier), the user checked against the certificate.
     */
    private static Either<Reason, Applied> festival(Visit v) {
        String rule = "golftax.exempt.national-sports-festival";
        LegalBasis basis = ExemptionItem.NATIONAL_SPORTS_FESTIVAL.basis();
        Message name = FestivalNames.on(v.useDate()).map(e -> e.value())
                .getOrElse(Message.of("国民スポーツ大会（国民体育大会）", "national sports festival"));
        if (!(v.play() instanceof Play.NationalSportsFestival f)) {
            return Either.left(Reason.lazy(rule, basis, lang -> lang == Language.JA
                    ? name.ja() + "のゴルフ競技としての利用ではありません"
                    : "not play in the " + name.en()).withFigure(SCOPE, SCOPE_OTHER_PLAY));
        }
        boolean qualifier = f.stage() == Play.FestivalStage.KUMAMOTO_QUALIFIER;
        if (f.certifier().isEmpty()) {
            return Either.left(Reason.lazy(rule, Sources.circular("第1・3(1)"), lang -> lang == Language.JA
                    ? name.ja() + "の証明書の提出がありません"
                    : "no certificate for the " + name.en() + " was handed over"));
        }
        Play.Certifier c = f.certifier().get();
        boolean certifierOk = qualifier ? c == Play.Certifier.BOARD_OF_EDUCATION : c != Play.Certifier.OTHER;
        if (!certifierOk) {
            return Either.left(Reason.lazy(rule, Sources.circular(qualifier ? "第1・4 なお書" : "第1・3(1)"),
                    lang -> lang == Language.JA
                            ? "証明書の発行者が" + c.ja() + "です（" + (qualifier ? "予選会は教育委員会" : "知事又は教育委員会") + "の証明が必要）"
                            : "the certificate was issued by the " + c.en() + " ("
                            + (qualifier ? "a qualifier needs the board of education" : "the governor or the board of education")
                            + " must certify)"));
        }
        if (!f.identityChecked()) {
            return Either.left(Reason.of(rule, Sources.circular("第1・3 なお書"),
                    "氏名・住所等を確認できる書類で証明書記載の者であることを確認していません",
                    "the user was not checked against the certificate with an identity document"));
        }
        return Either.right(new Applied(new Treatment.Exempt(ExemptionItem.NATIONAL_SPORTS_FESTIVAL), List.of(
                Reason.lazy(rule, qualifier ? Sources.circular("第1・4") : basis,
                        lang -> lang == Language.JA
                                ? name.ja() + "（" + f.stage().ja() + "）として" + c.ja() + "の証明あり"
                                : name.en() + " (" + f.stage().en() + "), certified by the " + c.en())
                        .withFigures("name", name.ja(), "stage", f.stage().ja())),
                certificateEvidence(Message.lazy(lang -> lang == Language.JA
                        ? c.ja() + "が発行する" + name.ja() + "の証明書"
                        : name.en() + " certificate issued by the " + c.en()), "第1・3(1)")));
    }

    /** The papers for a 第75条の3 exemption: the certificate, the identity check, request, list, filing. */
    private static List<Evidence> certificateEvidence(Message certificate, String section) {
        return List.of(
                Evidence.of(EvidenceAction.SUBMIT, certificate, Option.none(), Sources.circular(section)),
                Evidence.of(EvidenceAction.PRESENT, Message.of("氏名・住所等を確認できる書類", "identity document"),
                        Option.none(), Sources.circular("第1・3 なお書")),
                REQUEST_FORM, LIST_ENTRY, FILING);
    }

    /**
     * 地方税法第75条の3第2号 (confirmed) and circular 第1・3(2), 第1・5, 第1・6: a school's education
     * activity, led by its teacher, certified by the right head, the user checked.
     */
    private static Either<Reason, Applied> school(Visit v) {
        String rule = "golftax.exempt.school-activity";
        LegalBasis basis = ExemptionItem.SCHOOL_ACTIVITY.basis();
        if (!(v.play() instanceof Play.SchoolActivity s)) {
            return NOT_SCHOOL;
        }
        if (!s.activity().educationActivity()) {
            return Either.left(Reason.of(rule, Sources.circular("第1・5"),
                    "保健体育の実技にも、承認された団体の承認計画に基づく課外活動にも当たりません",
                    "neither a PE lesson nor club activity under a plan the head approved"));
        }
        if (!s.party().teacherLeading()) {
            return Either.left(Reason.of(rule, Sources.circular("第1・5 なお書"),
                    "当該学校の教員が引率していません", "no teacher of the school led the students"));
        }
        if (s.certificate().isEmpty()) {
            return Either.left(Reason.of(rule, Sources.circular("第1・3(2), 第1・6"), "学校長等の証明書の提出がありません",
                    "no certificate of the school's head was handed over"));
        }
        Play.SchoolCertificate cert = s.certificate().get();
        if (cert.school() == Play.SchoolKind.KINDERGARTEN) {
            return Either.left(Reason.of(rule, basis, "幼稚園は対象外です（学校教育法第1条の学校から幼稚園を除く）",
                    "kindergartens are excluded"));
        }
        if (!cert.signer().maySignFor(cert.school())) {
            return Either.left(Reason.lazy(rule, Sources.circular("第1・6"),
                    lang -> lang == Language.JA
                            ? cert.school().ja() + "の証明書は" + (cert.school() == Play.SchoolKind.UNIVERSITY ? "学長又は担当部長" : "校長")
                            + "が発行します（発行者: " + cert.signer().ja() + "）"
                            : "a " + cert.school().en() + "'s certificate must be signed by the "
                            + (cert.school() == Play.SchoolKind.UNIVERSITY ? "president or department head" : "principal")
                            + " (signed by the " + cert.signer().en() + ")"));
        }
        if (!cert.completeAndNamesUser()) {
            return Either.left(Reason.of(rule, Sources.circular("第1・6"),
                    "証明書に第1・6の記載事項（学校名、クラブ名、目的、ゴルフ場名、人員及び氏名、利用年月日）又は利用者の氏名がありません",
                    "the certificate lacks the items of 第1・6 or does not name the user"));
        }
        if (!s.party().identityChecked()) {
            return Either.left(Reason.of(rule, Sources.circular("第1・3 なお書"),
                    "氏名・住所等を確認できる書類で証明書記載の者であることを確認していません",
                    "the user was not checked against the certificate with an identity document"));
        }
        return Either.right(new Applied(new Treatment.Exempt(ExemptionItem.SCHOOL_ACTIVITY), List.of(Reason.lazy(rule, basis,
                lang -> lang == Language.JA
                        ? "学校の教育活動（" + s.activity().ja() + "）、教員引率・" + cert.signer().ja() + "の証明あり"
                        : "school activity (" + s.activity().en() + "), led by a teacher, certified by the " + cert.signer().en())
                .withFigure("activity", s.activity().ja())),
                certificateEvidence(Message.lazy(lang -> lang == Language.JA
                        ? cert.signer().ja() + "が発行する教育活動の証明書（団体利用は代表者の申出書に明細書添付可）"
                        : "certificate of the " + cert.signer().en()
                                + " (a group may file one request with a schedule of users, 第1・7)"), "第1・3(2), 第1・6")));
    }

    // --- 熊本県税条例第69条 ---

    /**
     * 熊本県税条例第69条第1項第1号 as circular 第2・1(1), 第2・2, 第2・8(1) read it (confirmed): aged 65
     * to 69 on the use date, a separate fee at least 1/5 below both normal fees of the day type,
     * proved by a public document.
     */
    private static Either<Reason, Applied> senior(Visit v) {
        ReductionCase rc = ReductionCase.SENIOR_65_TO_69;
        String rule = "golftax.reduced.senior";
        int age = age(v);
        if (age < 65 || age >= 70) {
            return Either.left(Reason.lazy(rule, rc.basis(), lang -> lang == Language.JA
                    ? "利用日現在 " + age + "歳（65歳以上70歳未満ではない）"
                    : "aged " + age + " on the use date (not 65 to 69)").withFigure("age", age));
        }
        Either<Reason, Reason> fee = specialFeeTest(v, SpecialFeeCategory.SENIOR_65_TO_69, rc, rule, age + "歳",
                "aged " + age);
        if (fee.isLeft()) {
            return Either.left(fee.getLeft());
        }
        Option<AgeDocument> doc = v.person().ageDocument();
        if (doc.isEmpty() || !doc.get().issuedByPublicBody()) {
            return Either.left(Reason.lazy(rule, Sources.circular("第2・8(1)"),
                    lang -> lang == Language.JA
                            ? "利用日現在 " + age + "歳ですが、国又は地方公共団体が発行する年齢確認書類の提示がありません"
                            + doc.map(d -> "（提示: " + d.ja() + "）").getOrElse("")
                            : "aged " + age + ", but no document issued by a public body showing the age was shown"
                            + doc.map(d -> " (shown: " + d.en() + ")").getOrElse("")));
        }
        return Either.right(new Applied(new Treatment.Reduced(rc), List.of(fee.get(), ageReading(v)), List.of(
                Evidence.of(EvidenceAction.PRESENT, Message.lazy(lang -> lang == Language.JA
                        ? doc.get().ja()
                        : doc.get().en()), Option.none(),
                        Sources.circular("第2・8(1)")),
                REDUCED_REGISTER)));
    }

    private static final Evidence REDUCED_REGISTER = Evidence.of(EvidenceAction.RECORD, Message.of("税率特例適用者名簿（受付簿・署名簿で代えることができる）への記載",
            "entry in the reduced-rate register (a reception or signature book may stand in)"),
            Option.of(Register.REDUCED_RATE_REGISTER), Sources.circular("第2・9"));

    /**
     * 熊本県税条例第69条第1項第2号 as circular 第2・1(2)〜第2・6, 第2・8(2) read it (confirmed): an entrant
     * of a certified JGA, regional or designated youth competition, on a day of play or practice,
     * whose per-day fee (第2・3) is at least 1/5 below the non-member fee.
     */
    private static Either<Reason, Applied> competition(Visit v) {
        ReductionCase rc = ReductionCase.COMPETITION;
        String rule = "golftax.reduced.competition";
        if (!(v.play() instanceof Play.CompetitionEntry e)) {
            return NOT_COMPETITION;
        }
        Competition c = e.competition();
        if (!c.organizer().qualifies()) {
            return Either.left(Reason.lazy(rule, Sources.circular("第2・4, 第2・5"),
                    lang -> lang == Language.JA
                            ? "主催者（" + c.organizer().ja() + "）が日本ゴルフ協会・地区連盟・認定青少年競技会ではありません"
                            : "the organiser (" + c.organizer().en() + ") is not the JGA, a regional federation or a designated youth event"));
        }
        if (!c.certified()) {
            return Either.left(Reason.of(rule, Sources.circular("第2・6(2)"),
                    "軽減税率適用対象競技会証明書（別記第2号様式）が交付されていません",
                    "no certificate of a reduced-rate competition (form 2) was issued"));
        }
        if (!c.isOnDay(v.useDate())) {
            return Either.left(Reason.lazy(rule, Sources.circular("第2・3"),
                    lang -> lang == Language.JA
                            ? "利用日 " + v.useDate() + " は開催日・指定練習日ではありません"
                            : "the use date " + v.useDate() + " is neither a day of play nor a designated practice day"));
        }
        if (!e.onEntrantList()) {
            return Either.left(Reason.of(rule, Sources.circular("第2・6(4)"), "出場者名簿に記載された者と確認できません",
                    "the user was not found on the entrant list"));
        }
        if (c.feePerDay().isEmpty()) {
            return Either.left(Reason.of(rule, Sources.circular("第2・1(2)"),
                    "大会要綱に通常の利用料金とは別の利用料金の定めがありません",
                    "the competition's rules set no separate fee"));
        }
        Yen perDay = c.feePerDay().get();
        Yen nonMember = v.course().fees().normal(v.dayType(), FeeClass.NON_MEMBER);
        boolean reduced = reducedEnough(perDay, nonMember, 1, 5);
        String figures = "一日当たり " + perDay + "（要綱の利用料金 " + c.courseFeePerDay().get() + " ＋ 参加料等 "
                + c.participationFee() + " ÷ " + c.daysIncludingPractice() + "日）";
        String figuresEn = perDay + " per day (fee " + c.courseFeePerDay().get() + " + participation " + c.participationFee()
                + " / " + c.daysIncludingPractice() + " days)";
        if (!reduced) {
            return Either.left(Reason.lazy(rule, Sources.circular("第2・2(2)ただし書, 第2・3"),
                    lang -> lang == Language.JA
                            ? figures + " は非会員の" + v.dayType().ja() + "料金 " + nonMember + " より " + percentBelow(perDay, nonMember)
                            + "% 低いだけです（20%（5分の1）以上必要）"
                            : figuresEn + " is only " + percentBelow(perDay, nonMember) + " % below the non-member "
                            + v.dayType().en() + " fee " + nonMember + ", 20 % (1/5) required")
                    .withFigures("feePerDay", perDay, "nonMemberFee", nonMember));
        }
        if (e.nameDocument().isEmpty() || !e.nameDocument().get().issuedByPublicBody()) {
            return Either.left(Reason.of(rule, Sources.circular("第2・8(2)"),
                    "氏名を確認できる国又は地方公共団体発行の書類の提示がありません",
                    "no public document showing the name was shown"));
        }
        AgeDocument doc = e.nameDocument().get();
        return Either.right(new Applied(new Treatment.Reduced(rc), List.of(Reason.lazy(rule, rc.basis(),
                lang -> lang == Language.JA
                        ? "証明を受けた競技会「" + c.name() + "」の出場者。" + figures + " は非会員料金 " + nonMember + " より "
                        + percentBelow(perDay, nonMember) + "% 低い（5分の1以上）"
                        : "entrant of the certified competition " + c.name() + "; " + figuresEn + " is "
                        + percentBelow(perDay, nonMember) + " % below the non-member fee " + nonMember + " (1/5 or more)")
                .withFigures("feePerDay", perDay, "nonMemberFee", nonMember,
                        "days", c.daysIncludingPractice())), List.of(
                Evidence.of(EvidenceAction.SUBMIT, Message.of("主催者が提出する軽減税率適用対象競技会証明書（別記第2号様式）",
                        "the competition's certificate (form 2), handed over by the organiser"),
                        Option.none(), Sources.circular("第2・6(3)")),
                Evidence.of(EvidenceAction.RECORD, Message.of("出場者名簿との照合", "check against the entrant list"),
                        Option.of(Register.COMPETITION_ENTRANT_LIST), Sources.circular("第2・6(4)")),
                Evidence.of(EvidenceAction.PRESENT, Message.lazy(lang -> lang == Language.JA
                        ? doc.ja()
                        : doc.en()), Option.none(),
                        Sources.circular("第2・8(2)")),
                REDUCED_REGISTER)));
    }

    /**
     * 熊本県税条例第69条第2項, circular 第2・7(1): play starting before opening and finishing by 10:00
     * with a separate fee at least 1/2 below; the half rate is UNCONFIRMED (ruling 5).
     */
    private static Either<Reason, Applied> earlyMorning(Visit v) {
        ReductionCase rc = ReductionCase.EARLY_MORNING;
        String rule = "golftax.reduced.early-morning";
        if (!(v.play() instanceof Play.EarlyMorning e)) {
            return NOT_EARLY_MORNING;
        }
        if (!e.startsBeforeOpening() || e.mustFinishBy().isAfter(EARLY_MORNING_FINISH)) {
            return Either.left(Reason.lazy(rule, Sources.circular("第2・7(1)"),
                    lang -> lang == Language.JA
                            ? "開場前に開始し午前10時までに終了する制約がありません（終了時刻 " + e.mustFinishBy()
                            + (e.startsBeforeOpening() ? "" : "、開場前開始でない") + "）"
                            : "play is not restricted to starting before opening and finishing by 10:00 (finish by "
                            + e.mustFinishBy() + (e.startsBeforeOpening() ? "" : ", not starting before opening") + ")")
                    .withFigure("mustFinishBy", e.mustFinishBy()));
        }
        return restricted(v, rc, rule, SpecialFeeCategory.EARLY_MORNING);
    }

    /**
     * 熊本県税条例第69条第2項, circular 第2・7(2): self-bag play on a closed day with a separate fee at
     * least 1/2 below; the half rate is UNCONFIRMED (ruling 5).
     */
    private static Either<Reason, Applied> closedDay(Visit v) {
        ReductionCase rc = ReductionCase.CLOSED_DAY_SELF_BAG;
        String rule = "golftax.reduced.closed-day";
        if (!(v.play() instanceof Play.ClosedDaySelfBag)) {
            return NOT_CLOSED_DAY;
        }
        return restricted(v, rc, rule, SpecialFeeCategory.CLOSED_DAY_SELF_BAG);
    }

    /**
     * 熊本県税条例第69条第2項, circular 第2・7(3): play restricted to a specific course of nine holes or
     * fewer with a separate fee at least 1/2 below; the half rate is UNCONFIRMED (ruling 5).
     */
    private static Either<Reason, Applied> nineHoles(Visit v) {
        ReductionCase rc = ReductionCase.NINE_HOLES_OR_FEWER;
        String rule = "golftax.reduced.nine-holes";
        if (!(v.play() instanceof Play.RestrictedCourse r)) {
            return NOT_NINE_HOLES;
        }
        if (r.holes() > 9) {
            return Either.left(Reason.lazy(rule, Sources.circular("第2・7(3)"),
                    lang -> lang == Language.JA
                            ? "特定のコースが " + r.holes() + "ホールです（9ホール以下に限る）"
                            : "the specific course has " + r.holes() + " holes (nine or fewer required)")
                    .withFigure("holes", r.holes()));
        }
        return restricted(v, rc, rule, SpecialFeeCategory.NINE_HOLES_OR_FEWER);
    }

    private static Either<Reason, Applied> restricted(Visit v, ReductionCase rc, String rule, SpecialFeeCategory cat) {
        return specialFeeTest(v, cat, rc, rule, rc.ja(), rc.en()).map(r -> new Applied(new Treatment.Reduced(rc),
                List.of(r), List.of(REDUCED_REGISTER)));
    }

    /**
     * The fee test of circular 第2・1(1), 第2・2: a separate fee published for the day type, reduced
     * by the required fraction against both the member and the non-member normal fee, and
     * actually charged (the user pays no more than the separate fee; an interpretation).
     */
    private static Either<Reason, Reason> specialFeeTest(Visit v, SpecialFeeCategory cat, ReductionCase rc, String rule,
            String whoJa, String whoEn) {
        DayType day = v.dayType();
        Option<SpecialFee> special = v.course().fees().special(cat, day);
        String required = cat.requiredFraction();
        int requiredPct = 100 * cat.requiredNumerator() / cat.requiredDenominator();
        if (special.isEmpty()) {
            return Either.left(Reason.lazy(rule, Sources.circular("第2・1(1)"),
                    lang -> lang == Language.JA
                            ? whoJa + "。" + day.ja() + "について別の利用料金（" + cat.ja() + "）の定め・表示がありません"
                            : whoEn + "; the course publishes no separate " + cat.en() + " for a " + day.en()));
        }
        SpecialFee s = special.get();
        for (FeeClass fc : FeeClass.values()) {
            Yen normal = v.course().fees().normal(day, fc);
            Yen fee = fc == FeeClass.MEMBER ? s.member() : s.nonMember();
            if (!reducedEnough(fee, normal, cat.requiredNumerator(), cat.requiredDenominator())) {
                return Either.left(Reason.lazy(rule, Sources.circular("第2・2"),
                        lang -> lang == Language.JA
                                ? whoJa + "。" + cat.ja() + " " + fee + " は" + fc.ja() + "の" + day.ja() + "料金 " + normal + " より "
                                + percentBelow(fee, normal) + "% 低いだけです（" + requiredPct + "%（" + required
                                + "）以上、会員・非会員それぞれに必要）"
                                : whoEn + "; the separate " + cat.en() + " " + fee + " is only " + percentBelow(fee, normal)
                                + " % below the " + fc.en() + " " + day.en() + " fee " + normal + ", " + requiredPct
                                + " % (" + required + ") required against both member and non-member fees")
                        .withFigures("separateFee", fee, "normalFee", normal, "required", required));
            }
        }
        if (v.feeCharged().compareTo(s.highest()) > 0) {
            return Either.left(Reason.lazy(rule, Sources.circular("第2・1(1)").withConfidence(Confidence.INTERPRETATION),
                    lang -> lang == Language.JA
                            ? whoJa + "。請求額 " + v.feeCharged() + " が別料金 " + s.highest() + " を超えており、別料金による利用ではありません"
                            : whoEn + "; charged " + v.feeCharged() + ", more than the separate fee " + s.highest()
                            + ": not a use under the separate fee").withFigure("charged", v.feeCharged()));
        }
        Yen member = v.course().fees().normal(day, FeeClass.MEMBER);
        Yen nonMember = v.course().fees().normal(day, FeeClass.NON_MEMBER);
        return Either.right(Reason.lazy(rule, rc.basis(),
                lang -> lang == Language.JA
                        ? whoJa + "。" + cat.ja() + "（" + day.ja() + "）は会員料金 " + member + " より " + percentBelow(s.member(), member)
                        + "%、非会員料金 " + nonMember + " より " + percentBelow(s.nonMember(), nonMember) + "% 低い（" + required
                        + "以上）"
                        : whoEn + "; the " + cat.en() + " (" + day.en() + ") is " + percentBelow(s.member(), member)
                        + " % below the member fee " + member + " and " + percentBelow(s.nonMember(), nonMember)
                        + " % below the non-member fee " + nonMember + " (" + required + " or more)")
                .withFigures("separateMember", s.member(), "separateNonMember", s.nonMember(), "member", member)
                .withFigures("nonMember", nonMember, "required", required));
    }

    /** Whether {@code fee} is at least {@code num/den} below {@code normal}, in exact integers. */
    static boolean reducedEnough(Yen fee, Yen normal, int num, int den) {
        long cut = normal.amount() - fee.amount();
        return normal.amount() > 0 && cut * den >= normal.amount() * num;
    }

    /** How far below {@code normal} the fee is, in whole percent, rounded down (for the text only). */
    static long percentBelow(Yen fee, Yen normal) {
        if (normal.isZero()) {
            return 0;
        }
        return (normal.amount() - fee.amount()) * 100 / normal.amount();
    }
}

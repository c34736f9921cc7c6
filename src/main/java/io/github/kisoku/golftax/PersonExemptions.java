package io.github.kisoku.golftax;

import io.github.kisoku.calendar.Age;
import io.github.kisoku.calendar.AgeReading;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Reason;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * The exemptions of 地方税法第75条の2 (confirmed): under 18 (第1号) or 70 and over (第2号) on the use
 * date, proved by a document shown (circular 第1・2(1)), and a person with a disability (第3号,
 * circular 第1・2(2)); with the papers of every 第75条の2 and 第75条の3 exemption. Ages are read as of
 * the use date (kisoku ruling 1). Static functions and constants only; thread-safe.
 */
// Words built once per enum constant, in arrays indexed by ordinal: read on every decision.
@SuppressWarnings("EnumOrdinal")
final class PersonExemptions {
    private static final LegalBasis AGE_SHOWN = shownBasis("第1・2(1)");
    private static final LegalBasis CARD_SHOWN = shownBasis("第1・2(2)");

    /** The request for non-taxation (申出書), circular 第1・1. */
    static final Evidence REQUEST_FORM = Evidence.of(EvidenceAction.SUBMIT, GolfWords.text("evidence.request-form"), Option.none(),
            Sources.ordinance("第67条の2", "第1・1"));

    /** The entry in the non-taxable users list, circular 第1・8, 第1・9. */
    static final Evidence LIST_ENTRY = Evidence.of(EvidenceAction.RECORD, GolfWords.text("evidence.list-entry"),
            Option.of(Register.NON_TAXABLE_USERS_LIST), Sources.circular("第1・8, 第1・9"));

    /** The filing with the month's return, circular 第1・10. */
    static final Evidence FILING = Evidence.of(EvidenceAction.SUBMIT, GolfWords.text("evidence.filing"),
            Option.of(Register.NON_TAXABLE_USERS_LIST), Sources.circular("第1・10"));

    private static final Either<Reason, Applied> NO_CARD = Either.left(Reason.of(GolfRule.DISABILITY)
            .variant("no-card"));
    private static final Reason CARD = Reason.of(GolfRule.DISABILITY).variant("applied");
    private static final Reason MUNICIPAL_UNDER_AGE = Reason.of(GolfRule.DISABILITY,
            GolfFigures.basis("MUNICIPAL_CERTIFICATE_FROM_AGE")).variant("municipal-under-65");

    // The words of each age exemption, built once; a decision adds only its figures.
    private static final class AgeWords {
        private final Reason outOfRange;
        private final Reason noDocument;
        private final Reason[] shown = new Reason[AgeDocument.values().length];
        // The document shown with the age, for each document and each age below WITH_AGE (by
        // ordinal, then age): it names nothing else of the case. Only an age in the item's range is
        // asked for (ageExemption answers the others first), but every one is made, so none is null.
        private final Reason[][] shownAged = new Reason[AgeDocument.values().length][WITH_AGE];

        AgeWords(GolfRule rule, ExemptionItem item) {
            outOfRange = Reason.of(rule, item.basis()).variant("out-of-range");
            noDocument = Reason.of(rule, Sources.circular("第1・2(1)")).variant("no-document");
            for (AgeDocument d : AgeDocument.values()) {
                shown[d.ordinal()] = Reason.of(rule, item.basis()).variant(d.name());
                for (int age = 0; age < WITH_AGE; age++) {
                    shownAged[d.ordinal()][age] = shown[d.ordinal()].withFigure("age", age);
                }
            }
        }

        /** {@return that the document was shown, with the age, which is in the item's range} */
        Reason shown(AgeDocument d, int age) {
            return age < WITH_AGE ? shownAged[d.ordinal()][age] : shown[d.ordinal()].withFigure("age", age);
        }
    }

    /** The ages whose answer of a document shown is built once: every age a user of a course has. */
    private static final int WITH_AGE = 120;

    // The papers of each document or card shown, built once (by ordinal): they name nothing of the case.
    private static final io.vavr.collection.Array<List<Evidence>> AGE_EVIDENCE = io.vavr.collection.Array
            .of(AgeDocument.values()).map(d -> personEvidence(d.document(), AGE_SHOWN));
    private static final io.vavr.collection.Array<List<Evidence>> CARD_EVIDENCE = io.vavr.collection.Array
            .of(DisabilityCardKind.values()).map(k -> personEvidence(k.document(), CARD_SHOWN));

    private static final AgeWords UNDER = new AgeWords(GolfRule.UNDER_18, ExemptionItem.UNDER_18);
    private static final AgeWords OVER = new AgeWords(GolfRule.AGED_70_OR_OVER, ExemptionItem.AGED_70_OR_OVER);

    private PersonExemptions() {
    }

    /** {@return the user's age on the use date} */
    static int age(Visit v) {
        return Age.of(v.person().birthDate(), v.useDate(), AgeReading.AS_OF_DATE);
    }

    /** {@return how the age was read: as of the use date, reached on the eve of the birthday, and the age} */
    static Reason ageReading(Visit v, int age) {
        return Reason.of(GolfRule.AGE_READING, GolfRule.AGE_READING.basis(), "birthDate", v.person().birthDate(),
                "useDate", v.useDate(), "age", age);
    }

    /** {@return whether the age is that of item 1 (under 18) or item 2 (70 and over) of 第75条の2} */
    static boolean ageInRange(ExemptionItem item, int age) {
        return item == ExemptionItem.UNDER_18 ? age < GolfFigures.EXEMPT_UNDER_AGE : age >= GolfFigures.EXEMPT_FROM_AGE;
    }

    /**
     * Why the age exemption of an item does not apply when the age is out of its range: the age,
     * and the date the user turns (turned) 18 or 70; the answer of {@link #ageExemption} then.
     */
    static Reason outOfRange(Visit v, ExemptionItem item, int age) {
        boolean under = item == ExemptionItem.UNDER_18;
        int limit = under ? GolfFigures.EXEMPT_UNDER_AGE : GolfFigures.EXEMPT_FROM_AGE;
        LocalDate turning = Age.firstDateAged(v.person().birthDate(), limit, AgeReading.AS_OF_DATE);
        return (under ? UNDER : OVER).outOfRange.withFigures("age", age, "turning", turning);
    }

    /**
     * 地方税法第75条の2第1号・第2号 (confirmed): under 18 or 70 and over on the use date, proved by a
     * document shown (circular 第1・2(1)); the age is read as of the use date (ruling 1,
     * interpretation).
     */
    static Either<Reason, Applied> ageExemption(Visit v, ExemptionItem item, int age) {
        AgeWords words = item == ExemptionItem.UNDER_18 ? UNDER : OVER;
        if (!ageInRange(item, age)) {
            return Either.left(outOfRange(v, item, age));
        }
        if (v.person().ageDocument().isEmpty()) {
            return Either.left(words.noDocument.withFigure("age", age));
        }
        AgeDocument doc = v.person().ageDocument().get();
        return Either.right(new Applied(Treatments.exempt(item), List.of(ageReading(v, age))
                .prepend(words.shown(doc, age)), AGE_EVIDENCE.get(doc.ordinal())));
    }

    /**
     * 地方税法第75条の2第3号 (confirmed): a person with a disability (第23条第1項第10号, 施行令第7条),
     * proved by a card shown (circular 第1・2(2)); reached only when items 1 and 2 did not apply. A
     * 市町村長's certificate (施行令第7条第7号) makes a person with a disability only at 65 or over,
     * the age read as of the use date (ruling 1).
     */
    static Either<Reason, Applied> disability(Visit v) {
        if (v.person().disabilityCard().isEmpty()) {
            return NO_CARD;
        }
        DisabilityCard card = v.person().disabilityCard().get();
        Reason shown = CARD.withFigure("card", card.kind().document().ja());
        if (card.kind() == DisabilityCardKind.MUNICIPAL_CERTIFICATE) {
            int age = age(v);
            int from = GolfFigures.MUNICIPAL_CERTIFICATE_FROM_AGE;
            if (age < from) {
                return Either.left(MUNICIPAL_UNDER_AGE.withFigures("age", age, "turning",
                        Age.firstDateAged(v.person().birthDate(), from, AgeReading.AS_OF_DATE)));
            }
            return Either.right(new Applied(Treatments.exempt(ExemptionItem.DISABILITY), List.of(shown,
                    ageReading(v, age)), CARD_EVIDENCE.get(card.kind().ordinal())));
        }
        return Either.right(new Applied(Treatments.exempt(ExemptionItem.DISABILITY), List.of(shown),
                CARD_EVIDENCE.get(card.kind().ordinal())));
    }

    /** The papers for a 第75条の2 exemption: the proof shown, the request, the list, the filing. */
    private static List<Evidence> personEvidence(Message proof, LegalBasis shown) {
        return List.of(Evidence.of(EvidenceAction.PRESENT, proof, Option.none(), shown), REQUEST_FORM, LIST_ENTRY,
                FILING);
    }

    private static LegalBasis shownBasis(String section) {
        return Sources.circular(section + "・第1・2 なお書").withNote("提出できない書類のため提示させる");
    }
}

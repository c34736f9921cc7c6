package io.github.kisoku.golftax;

import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Reason;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * The exemptions of 地方税法第75条の3 (confirmed): the national sports festival (第1号, circular
 * 第1・3(1), 第1・4) and a school's education activity (第2号, circular 第1・3(2), 第1・5, 第1・6).
 * Static functions and constants only; thread-safe.
 */
// Words built once per enum constant, in arrays indexed by ordinal: read on every decision.
@SuppressWarnings("EnumOrdinal")
final class ActivityExemptions {
    // The festival's names, as variants of the festival's words (FestivalNames): before the first
    // festival, after the rename, and under the old name.
    private static final String[] NAMES = {"unnamed", "kokutai", "kokusupo"};
    private static final Message UNNAMED = GolfWords.text("festival.unnamed");

    private static final LegalBasis FESTIVAL = ExemptionItem.NATIONAL_SPORTS_FESTIVAL.basis();
    private static final LegalBasis SCHOOL = ExemptionItem.SCHOOL_ACTIVITY.basis();

    private static final Either<Reason, Applied>[] NOT_FESTIVAL = otherPlay();
    private static final Reason[] NO_FESTIVAL_CERTIFICATE = new Reason[NAMES.length];
    // [qualifier ? 1 : 0][certifier]: a certificate from the wrong body, and one that applies
    private static final Reason[][] WRONG_CERTIFIER = new Reason[2][Play.Certifier.values().length];
    private static final Reason[][] CERTIFIED = new Reason[2][Play.Certifier.values().length];
    private static final Reason NOT_CHECKED_AGAINST_CERTIFICATE = Reason.of(GolfRule.NATIONAL_SPORTS_FESTIVAL,
            Sources.circular("第1・3 なお書")).variant("no-identity-check");
    // [certifier][name]
    private static final Message[][] FESTIVAL_CERTIFICATE = new Message[Play.Certifier.values().length][NAMES.length];

    private static final Either<Reason, Applied> NOT_SCHOOL = Either.left(Reason.of(GolfRule.SCHOOL_ACTIVITY)
            .variant("other-play").withFigure(GolfTaxRules.SCOPE, GolfTaxRules.SCOPE_OTHER_PLAY));
    private static final Either<Reason, Applied> NOT_EDUCATION = school("not-education", Sources.circular("第1・5"));
    private static final Either<Reason, Applied> NO_TEACHER = school("no-teacher", Sources.circular("第1・5 なお書"));
    private static final Either<Reason, Applied> NO_SCHOOL_CERTIFICATE = school("no-certificate",
            Sources.circular("第1・3(2), 第1・6"));
    private static final Either<Reason, Applied> KINDERGARTEN = school("kindergarten", SCHOOL);
    private static final Either<Reason, Applied> INCOMPLETE = school("incomplete", Sources.circular("第1・6"));
    private static final Either<Reason, Applied> SCHOOL_NOT_CHECKED = school("no-identity-check",
            Sources.circular("第1・3 なお書"));
    // [school][signer]: a certificate signed by the wrong head
    private static final Reason[][] WRONG_SIGNER = new Reason[Play.SchoolKind.values().length][Play.SchoolSigner.values().length];
    private static final Reason[] SCHOOL_CERTIFIED = new Reason[Play.SchoolSigner.values().length];
    private static final Message[] SCHOOL_CERTIFICATE = new Message[Play.SchoolSigner.values().length];

    private static final Evidence IDENTITY_DOCUMENT = Evidence.of(EvidenceAction.PRESENT,
            GolfWords.text("evidence.identity-document"), Option.none(), Sources.circular("第1・3 なお書"));

    static {
        for (int n = 0; n < NAMES.length; n++) {
            NO_FESTIVAL_CERTIFICATE[n] = Reason.of(GolfRule.NATIONAL_SPORTS_FESTIVAL, Sources.circular("第1・3(1)"))
                    .variant("no-certificate." + NAMES[n]);
        }
        for (Play.Certifier c : Play.Certifier.values()) {
            for (int q = 0; q < 2; q++) {
                boolean qualifier = q == 1;
                String stage = qualifier ? "qualifier" : "festival";
                if (certifierOk(qualifier, c)) {
                    CERTIFIED[q][c.ordinal()] = Reason.of(GolfRule.NATIONAL_SPORTS_FESTIVAL,
                            qualifier ? Sources.circular("第1・4") : FESTIVAL).variant("applied." + c.name());
                } else {
                    WRONG_CERTIFIER[q][c.ordinal()] = Reason.of(GolfRule.NATIONAL_SPORTS_FESTIVAL,
                            Sources.circular(qualifier ? "第1・4 なお書" : "第1・3(1)"))
                            .variant("certifier." + stage + "." + c.name());
                }
            }
            for (int n = 0; n < NAMES.length; n++) {
                Message name = name(n);
                FESTIVAL_CERTIFICATE[c.ordinal()][n] = GolfWords.text("evidence.festival-certificate", "certifier", c,
                        "name", name);
            }
        }
        for (Play.SchoolSigner signer : Play.SchoolSigner.values()) {
            for (Play.SchoolKind kind : Play.SchoolKind.values()) {
                if (!signer.maySignFor(kind)) {
                    WRONG_SIGNER[kind.ordinal()][signer.ordinal()] = Reason.of(GolfRule.SCHOOL_ACTIVITY,
                            Sources.circular("第1・6")).variant("signer." + kind.name() + "." + signer.name());
                }
            }
            SCHOOL_CERTIFIED[signer.ordinal()] = Reason.of(GolfRule.SCHOOL_ACTIVITY).variant("applied." + signer.name());
            SCHOOL_CERTIFICATE[signer.ordinal()] = GolfWords.text("evidence.school-certificate", "signer", signer);
        }
    }

    private ActivityExemptions() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Either<Reason, Applied>[] otherPlay() {
        Either<Reason, Applied>[] answers = new Either[NAMES.length];
        for (int n = 0; n < NAMES.length; n++) {
            answers[n] = Either.left(Reason.of(GolfRule.NATIONAL_SPORTS_FESTIVAL).variant("other-play." + NAMES[n])
                    .withFigure(GolfTaxRules.SCOPE, GolfTaxRules.SCOPE_OTHER_PLAY));
        }
        return answers;
    }

    private static Either<Reason, Applied> school(String variant, LegalBasis basis) {
        return Either.left(Reason.of(GolfRule.SCHOOL_ACTIVITY, basis).variant(variant));
    }

    private static boolean certifierOk(boolean qualifier, Play.Certifier c) {
        return qualifier ? c == Play.Certifier.BOARD_OF_EDUCATION : c != Play.Certifier.OTHER;
    }

    /** The festival's name on a date, as an index of {@link #NAMES}. */
    private static int nameOn(LocalDate date) {
        if (!date.isBefore(FestivalNames.RENAMED_ON)) {
            return 2;
        }
        return FestivalNames.on(date).isLeft() ? 0 : 1;
    }

    private static Message name(int index) {
        return index == 0 ? UNNAMED
                : FestivalNames.on(index == 1 ? FestivalNames.RENAMED_ON.minusDays(1) : FestivalNames.RENAMED_ON)
                        .map(e -> e.value()).getOrElse(UNNAMED);
    }

    /**
     * 地方税法第75条の3第1号 (confirmed) and circular 第1・3(1), 第1・4: the national sports festival, its
     * official practice or a Kumamoto qualifier, certified by the governor or the board of
     * education (the board only for a qualifier), the user checked against the certificate.
     */
    static Either<Reason, Applied> festival(Visit v) {
        int name = nameOn(v.useDate());
        if (!(v.play() instanceof Play.NationalSportsFestival f)) {
            return NOT_FESTIVAL[name];
        }
        boolean qualifier = f.stage() == Play.FestivalStage.KUMAMOTO_QUALIFIER;
        int q = qualifier ? 1 : 0;
        if (f.certifier().isEmpty()) {
            return Either.left(NO_FESTIVAL_CERTIFICATE[name]);
        }
        Play.Certifier c = f.certifier().get();
        if (!certifierOk(qualifier, c)) {
            return Either.left(WRONG_CERTIFIER[q][c.ordinal()]);
        }
        if (!f.identityChecked()) {
            return Either.left(NOT_CHECKED_AGAINST_CERTIFICATE);
        }
        return Either.right(new Applied(Treatments.exempt(ExemptionItem.NATIONAL_SPORTS_FESTIVAL), List.of(
                CERTIFIED[q][c.ordinal()].withFigures("name", name(name), "stage", f.stage())),
                certificateEvidence(FESTIVAL_CERTIFICATE[c.ordinal()][name], "第1・3(1)")));
    }

    /** The papers for a 第75条の3 exemption: the certificate, the identity check, request, list, filing. */
    private static List<Evidence> certificateEvidence(Message certificate, String section) {
        return List.of(
                Evidence.of(EvidenceAction.SUBMIT, certificate, Option.none(), Sources.circular(section)),
                IDENTITY_DOCUMENT, PersonExemptions.REQUEST_FORM, PersonExemptions.LIST_ENTRY, PersonExemptions.FILING);
    }

    /**
     * 地方税法第75条の3第2号 (confirmed) and circular 第1・3(2), 第1・5, 第1・6: a school's education
     * activity, led by its teacher, certified by the right head, the user checked.
     */
    static Either<Reason, Applied> school(Visit v) {
        if (!(v.play() instanceof Play.SchoolActivity s)) {
            return NOT_SCHOOL;
        }
        if (!s.activity().educationActivity()) {
            return NOT_EDUCATION;
        }
        if (!s.party().teacherLeading()) {
            return NO_TEACHER;
        }
        if (s.certificate().isEmpty()) {
            return NO_SCHOOL_CERTIFICATE;
        }
        Play.SchoolCertificate cert = s.certificate().get();
        if (cert.school() == Play.SchoolKind.KINDERGARTEN) {
            return KINDERGARTEN;
        }
        if (!cert.signer().maySignFor(cert.school())) {
            return Either.left(WRONG_SIGNER[cert.school().ordinal()][cert.signer().ordinal()]);
        }
        if (!cert.completeAndNamesUser()) {
            return INCOMPLETE;
        }
        if (!s.party().identityChecked()) {
            return SCHOOL_NOT_CHECKED;
        }
        return Either.right(new Applied(Treatments.exempt(ExemptionItem.SCHOOL_ACTIVITY), List.of(
                SCHOOL_CERTIFIED[cert.signer().ordinal()].withFigure("activity", s.activity())),
                certificateEvidence(SCHOOL_CERTIFICATE[cert.signer().ordinal()], "第1・3(2), 第1・6")));
    }
}

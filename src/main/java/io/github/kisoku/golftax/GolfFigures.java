package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.data.BundledCsv;
import io.vavr.collection.Map;

/**
 * The legal figures of the golf-tax rules (ages, holes, the competition's cut), read once from
 * {@code figures.csv}, each with its source. The rules read them here, never as literals.
 */
final class GolfFigures {
    private record Figure(int value, LegalBasis basis) {
    }

    private static final Map<String, Figure> FIGURES = BundledCsv.read(GolfFigures.class, "figures.csv")
            .toMap(r -> r.get("id"), r -> new Figure(Integer.parseInt(r.get("value")),
                    LegalBasis.document(r.get("source"), r.get("provision"), Confidence.valueOf(r.get("confidence")))
                            .withNote(r.get("note"))));

    /** Under this age on the use date: exempt, 地方税法第75条の2第1号. */
    static final int EXEMPT_UNDER_AGE = value("EXEMPT_UNDER_AGE");
    /** This age or over on the use date: exempt, 地方税法第75条の2第2号. */
    static final int EXEMPT_FROM_AGE = value("EXEMPT_FROM_AGE");
    /** From this age: reduced, 熊本県税条例第69条第1項第1号. */
    static final int SENIOR_FROM_AGE = value("SENIOR_FROM_AGE");
    /** Under this age: reduced, 熊本県税条例第69条第1項第1号. */
    static final int SENIOR_UNTIL_AGE = value("SENIOR_UNTIL_AGE");
    /**
     * From this age a 市町村長's certificate (障害者控除対象者認定書) makes a person with a disability:
     * 地方税法第75条の2第3号 → 第23条第1項第10号 → 施行令第7条第7号.
     */
    static final int MUNICIPAL_CERTIFICATE_FROM_AGE = value("MUNICIPAL_CERTIFICATE_FROM_AGE");
    /** At most this many holes: reduced, 熊本県税条例第69条第2項. */
    static final int MAX_HOLES = value("MAX_HOLES");
    /** A competition's fee per day is at least this fraction below the non-member fee (numerator). */
    static final int COMPETITION_CUT_NUMERATOR = value("COMPETITION_CUT_NUMERATOR");
    /** A competition's fee per day is at least this fraction below the non-member fee (denominator). */
    static final int COMPETITION_CUT_DENOMINATOR = value("COMPETITION_CUT_DENOMINATOR");

    private GolfFigures() {
    }

    /** A figure, or a broken build if it is missing. */
    static int value(String id) {
        return basisOf(id).value();
    }

    /** {@return a figure's source} */
    static LegalBasis basis(String id) {
        return basisOf(id).basis();
    }

    private static Figure basisOf(String id) {
        return FIGURES.get(id).getOrElseThrow(() -> new BundledCsv.BrokenData("figures.csv: no figure " + id));
    }
}

package io.github.kisoku.calendar;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.LegalBasis;

/**
 * The two legal readings of age (年齢の数え方). Both come from 年齢計算ニ関スル法律 with
 * 民法第143条: a person reaches age N at the end of the day before the N-th birthday (for a
 * 29 February birth, the end of 28 February in a common year).
 */
public enum AgeReading {
    /**
     * Age at the moment of an act (行為時): age N holds from 00:00 of the N-th birthday (1 March
     * in a common year for a 29 February birth); on the eve of the birthday the person is N−1.
     * Used for the bicycle blue ticket (16 or over) and the riders' course (14 or over).
     */
    AT_MOMENT(LegalBasis.law("年齢計算ニ関スル法律", "135AC1000000050", "第1項・民法第143条", Confidence.CONFIRMED)
            .withNote("kisoku ruling 1 (docs/rulings.md): age at the moment of an act")),
    /**
     * Age as of a date (〜日現在): age N holds on the whole eve of the N-th birthday, the day on
     * which it is reached. Used for the golf-course usage tax (利用日現在). The practice of
     * Japanese tax administration; an interpretation.
     */
    AS_OF_DATE(LegalBasis.ruling("kisoku ruling 1 (docs/rulings.md)",
            "age as of a date: age N holds on the whole eve of the N-th birthday (年齢計算ニ関スル法律・民法第143条)"));

    private final LegalBasis basis;

    AgeReading(LegalBasis basis) {
        this.basis = basis;
    }

    /** {@return the legal basis of this reading} */
    public LegalBasis basis() {
        return basis;
    }
}

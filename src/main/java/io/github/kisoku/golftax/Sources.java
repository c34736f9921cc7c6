package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.LegalBasis;
import java.util.concurrent.ConcurrentHashMap;

/** The legal bases this package cites, in one place so that every rule names them alike. */
final class Sources {
    static final String LAW = "地方税法";
    static final String LAW_ID = "325AC0000000226";
    static final String CIRCULAR = "ゴルフ場利用税の課税事務の取扱いについて（平成30年1月22日 税第423号）";
    static final String ORDINANCE = "熊本県税条例";
    static final String ORDINANCE_RULES = "熊本県税条例施行規則";

    // Every visit cites a dozen provisions: each basis is built once and shared (they are immutable).
    private static final ConcurrentHashMap<String, LegalBasis> LAWS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, LegalBasis> CIRCULARS = new ConcurrentHashMap<>();

    private Sources() {
    }

    static LegalBasis law(String provision) {
        return LAWS.computeIfAbsent(provision, p -> LegalBasis.law(LAW, LAW_ID, p, Confidence.CONFIRMED));
    }

    static LegalBasis circular(String section) {
        return CIRCULARS.computeIfAbsent(section, c -> LegalBasis.document(CIRCULAR, c, Confidence.CONFIRMED));
    }

    /**
     * The ordinance as the circular reports it: its article numbers and what the circular says of
     * them are confirmed; its own text was not read (reference NOTES §2).
     */
    static LegalBasis ordinance(String provision, String circularSection) {
        return LegalBasis.document(ORDINANCE, provision, Confidence.CONFIRMED)
                .withNote("条例の本文は未読。通達 " + circularSection + " による");
    }

    static LegalBasis ruling(int number, String summary) {
        return LegalBasis.ruling("kisoku ruling " + number + " (docs/rulings.md)", summary);
    }
}

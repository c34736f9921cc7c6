package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.LegalBasis;

/** The sources the bicycle rules cite, written once so every reason cites them the same way. */
final class Sources {
    static final String ROAD_TRAFFIC_ACT = "道路交通法";
    static final String ROAD_TRAFFIC_ACT_ID = "335AC0000000105";
    static final String ROAD_TRAFFIC_ORDER = "道路交通法施行令";
    static final String ROAD_TRAFFIC_ORDER_ID = "335CO0000000270";
    static final String SEED = "神奈川県・神奈川県警察 自転車ルールブック (2025.9)";
    static final String RULING_3 = "kisoku ruling 3 (docs/rulings.md)";

    private Sources() {
    }

    static LegalBasis act(String provision, Confidence confidence) {
        return LegalBasis.law(ROAD_TRAFFIC_ACT, ROAD_TRAFFIC_ACT_ID, provision, confidence);
    }

    static LegalBasis order(String provision, Confidence confidence) {
        return LegalBasis.law(ROAD_TRAFFIC_ORDER, ROAD_TRAFFIC_ORDER_ID, provision, confidence);
    }

    static LegalBasis seed(String section) {
        return LegalBasis.document(SEED, section, Confidence.CONFIRMED);
    }

    /** The roll-forward of a 反則金 deadline: no statute says it, so it is a flagged interpretation. */
    static LegalBasis rollForward() {
        return LegalBasis.ruling(RULING_3,
                "反則金の期限が銀行の休日に当たるときは翌営業日まで（民法第142条の類推; 法令の明文なし）")
                .withConfidence(Confidence.UNCONFIRMED)
                .withNote("only source: Wikipedia via weblio (仮納付); no statute or police page says it");
    }
}

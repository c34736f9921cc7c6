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

    // Bases shared by the rules (BicycleRule) and the code that decides (OffenceAssessor, RuleBookChecks, …).
    static final LegalBasis NOT_A_REPORTER = act("第125条第2項", Confidence.CONFIRMED)
            .withUrl("https://iuris.jp/道路交通法-第九章-反則行為に関する処理手続の特例/jpn/c/2044");
    static final LegalBasis LIGHT_VEHICLES = act("第125条第1項（軽車両（重被牽引車を除く））",
            Confidence.SECONDARY).withUrl(
                    "https://www.police.pref.fukuoka.jp/kotsu/kotsukikaku/houki/dourokoutuhou20260401.html");
    static final LegalBasis RED_TICKET = LegalBasis.document("警察庁 自転車ポータル 取締り",
            "赤切符（刑事手続）: 酒酔い運転・妨害運転", Confidence.CONFIRMED)
            .withUrl("https://www.npa.go.jp/bureau/traffic/bicycle/portal/control.html");
    static final LegalBasis GUIDANCE = LegalBasis.document("警察庁 自転車ポータル 制度",
            "16歳未満: 指導警告（その取扱いに変更はありません）", Confidence.SECONDARY)
            .withUrl("https://www.npa.go.jp/bureau/traffic/bicycle/portal/system.html");
    static final LegalBasis JUVENILE = LegalBasis.law("少年法", "323AC0000000168", "第2条第1項・第3条第1項",
            Confidence.CONFIRMED).withNote("a juvenile's offence goes to the family court");
    static final LegalBasis PHONE_SEED = seed("Topics! 運転中のながらスマホの禁止");
    static final LegalBasis SYSTEM_SEED = seed("Topics! 反則金(青切符)の導入決定！");
    static final LegalBasis PRINTED = order("第46条", Confidence.CONFIRMED)
            .withUrl("https://iuris.jp/道路交通法施行令-第八章-反則行為に関する処理手続の特例/jpn/c/2336");
    static final LegalBasis REFERRAL = seed("反則金の納付手続きについて（検察庁または裁判所へ送致）");
    static final LegalBasis NO_PROSECUTION = act("第128条第2項・第130条", Confidence.SECONDARY);
    static final LegalBasis REFERRAL_AGE = LegalBasis.law("少年法", "323AC0000000168", "第2条第1項",
            Confidence.CONFIRMED).withNote("the juvenile's age is read on the day of referral: an interpretation");
    static final LegalBasis WINDOW_RULING = LegalBasis.ruling("kisoku ruling 9 (docs/rulings.md)",
            "an act counts on a date up to its third anniversary (3 years from the day after the act)");
    static final LegalBasis COURSE = seed("自転車運転者講習制度");
    static final LegalBasis KEEP_LEFT = act("第17条第1項・第4項・第18条第1項", Confidence.CONFIRMED)
            .withNote("seed 1 ① 車道が原則、左側を通行");
    static final LegalBasis SIDEWALK = act("第63条の4第1項", Confidence.CONFIRMED)
            .withNote("seed 1 ② 歩道は例外、歩行者を優先");
    static final LegalBasis STRIP = seed("1 ◆ 路側帯の通行");
    static final LegalBasis RIGHT_STRIP = seed("自転車運転者講習制度 ④ 通行区分違反（道路右側にある路側帯通行を含む）");
    static final LegalBasis TANDEM = seed("タンデム自転車の交通ルール（令和5年4月1日施行）");
    static final LegalBasis CHILDREN = seed("親子乗り自転車の注意点");
    static final LegalBasis SMALL_MOTOR = seed("特定小型原動機付自転車（主な交通ルール）");

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

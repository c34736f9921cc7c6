package io.github.kisoku.booking;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.LegalBasis;

/**
 * The sources the booking rules rest on (根拠), one constant per section, each with its
 * confidence. Reasons cite these, so an auditor can follow every answer back to the manual, the
 * city's notice or a ruling of this library.
 */
public final class BookingSources {
    private static final String MANUAL = "川口市 施設予約システム マニュアル（利用者用）2026年6月";
    private static final String NOTICE_2023 = "川口市 公民館 館からのお知らせ（使用料の支払期限）2023-02-08";
    private static final String NOTICE_URL =
            "https://www.city.kawaguchi.lg.jp/soshiki/04010/020/8/12/oshirase/20042.html";
    private static final String RULINGS = "docs/rulings.md";

    /** Manual §1 パスワード: 3 of 4 character classes, the listed symbols, old passwords stay valid. */
    public static final LegalBasis PASSWORD = LegalBasis.document(MANUAL, "§1 パスワードに関して", Confidence.CONFIRMED);
    /** Manual §1: the account locks after 6 wrong passwords, until the displayed time has passed. */
    public static final LegalBasis LOCK_OUT = LegalBasis.document(MANUAL, "§1 パスワードに関して（6回でロック）",
            Confidence.CONFIRMED);
    /** Manual §1: at most 2 consecutive slots per reservation in the new system; 3+ must be split. */
    public static final LegalBasis CONSECUTIVE = LegalBasis.document(MANUAL, "§1 3コマ以上の連続した予約に関して",
            Confidence.CONFIRMED);
    /** Manual §1: a 2-slot run uses 1 unit of 持ちコマ数 (new), 2 units (old). */
    public static final LegalBasis QUOTA_UNITS = LegalBasis.document(MANUAL,
            "§1 3コマ以上の連続した予約に関して（持ちコマ数の消費）", Confidence.CONFIRMED);
    /** Manual §1: each reservation of a split span is drawn separately in the lottery. */
    public static final LegalBasis LOTTERY_PER_RESERVATION = LegalBasis.document(MANUAL,
            "§1 3コマ以上の連続した予約に関して（抽選はそれぞれの予約ごと）", Confidence.CONFIRMED);
    /** Manual §1 有効期限: renewal extends by 3 years (new) instead of 2 (old); 1–2 weeks to process. */
    public static final LegalBasis RENEWAL = LegalBasis.document(MANUAL, "§1 有効期限に関して", Confidence.CONFIRMED);
    /** Manual §1 有効期限: the old system warned 4 months before expiry; the new one does not. */
    public static final LegalBasis EXPIRY_ALERT = LegalBasis.document(MANUAL, "§1 有効期限に関して（4か月前のアラート）",
            Confidence.CONFIRMED);
    /** Manual §2: guest groups (ゲスト団体) have no ID and book at the counter only. */
    public static final LegalBasis GUEST = LegalBasis.document(MANUAL, "§2 公民館を初めて使用する方へ",
            Confidence.CONFIRMED);
    /** Manual §3: facilities move to the new system in two steps, 2026-05-27 to 2026-07-30. */
    public static final LegalBasis MIGRATION = LegalBasis.document(MANUAL, "§3 施設予約システムの入れ替えに伴う併行稼働",
            Confidence.CONFIRMED);
    /** Manual §4: availability is shown as ○ (free) and ×; §5: 抽 in a lottery period. */
    public static final LegalBasis AVAILABILITY = LegalBasis.document(MANUAL, "§4 空き状況を検索する・§5 予約を取る",
            Confidence.CONFIRMED);
    /** Manual §5: purpose and headcount (1 to the capacity) are required for each reservation. */
    public static final LegalBasis REQUEST_FORM = LegalBasis.document(MANUAL, "§5 1つの予約を取る（手順3）",
            Confidence.CONFIRMED);
    /** Manual §5: a room's notes (注意事項) must be agreed to before booking. */
    public static final LegalBasis CONSENT = LegalBasis.document(MANUAL, "§5 1つの予約を取る（注意事項）",
            Confidence.CONFIRMED);
    /** Manual §5: the fee shown is an estimate that screening (審査) may change. */
    public static final LegalBasis FEE_ESTIMATE = LegalBasis.document(MANUAL, "§5 1つの予約を取る（概算料金）",
            Confidence.CONFIRMED);
    /** Manual §5: joined rooms; booking each part alone uses its own unit. */
    public static final LegalBasis JOINED_ROOMS = LegalBasis.document(MANUAL,
            "§5 2つの部屋がつながっている部屋の予約", Confidence.CONFIRMED);
    /** Manual §5: several reservations at once, each with its own purpose and headcount. */
    public static final LegalBasis SEVERAL = LegalBasis.document(MANUAL, "§5 複数の予約をまとめて予約する",
            Confidence.CONFIRMED);
    /** Manual §6: only a 仮予約 may change purpose and headcount; a date change is a new booking. */
    public static final LegalBasis CHANGE = LegalBasis.document(MANUAL, "§6 予約を確認・変更する", Confidence.CONFIRMED);
    /** Manual §7: no cancellation after the deadline; no cancellation fee; no refund. */
    public static final LegalBasis CANCEL = LegalBasis.document(MANUAL, "§7 予約をキャンセルする", Confidence.CONFIRMED);
    /** The 2023 notice: priority bookings and lottery wins are paid by 17:00 on the month's last day. */
    public static final LegalBasis MONTH_END_PAYMENT = LegalBasis.document(NOTICE_2023, "支払期限（毎月末の17時まで）",
            Confidence.CONFIRMED).withUrl(NOTICE_URL)
            .withNote("old-system notice of 2023, used as a dated default under ruling 7");
    /** The 2023 notice: on a closed month end the deadline is the last open day, not the next. */
    public static final LegalBasis MONTH_END_ROLL_BACK = LegalBasis.document(NOTICE_2023,
            "※月末が休館日の場合は最終開館日", Confidence.CONFIRMED).withUrl(NOTICE_URL);
    /** The 2023 notice: an unpaid hold is cancelled automatically at the deadline. */
    public static final LegalBasis AUTO_CANCEL = LegalBasis.document(NOTICE_2023, "自動キャンセル（予約取消）",
            Confidence.CONFIRMED).withUrl(NOTICE_URL);
    /** The 2023 notice: 社会教育関係団体 priority 3 months ahead, general lottery 2 months ahead. */
    public static final LegalBasis WINDOWS_2023 = LegalBasis.document(NOTICE_2023, "優先予約分(3ケ月前)・抽選予約当選分(2ケ月前)",
            Confidence.CONFIRMED).withUrl(NOTICE_URL).withNote("old system, 2023");
    /** Ruling 7: figures the city has not published are caller-supplied settings. */
    public static final LegalBasis SETTING_RULING = LegalBasis.ruling("kisoku ruling 7 (" + RULINGS + ")",
            "unpublished booking figures are settings the caller supplies; none is shipped as a Kawaguchi rule");
    /** Ruling 8: the lottery is uniform by default, canonical in order, re-runnable from its log. */
    public static final LegalBasis LOTTERY_RULING = LegalBasis.ruling("kisoku ruling 8 (" + RULINGS + ")",
            "uniform draw, no tiers or weights unless given; canonical order; re-runnable from its log");
    /**
     * Ruling 11: a plan's lottery chance is a model — a uniform single-winner draw gives an
     * application 1/(n+1) against n others, and pieces drawn separately survive together with the
     * product of their chances.
     */
    public static final LegalBasis LOTTERY_MODEL = LegalBasis.ruling("kisoku ruling 11 (" + RULINGS + ")",
            "a uniform single-winner draw gives an application 1/(n+1) against n others; pieces drawn "
                    + "separately survive with the product of their chances");
    /** Comparable ordinances (川越市公民館使用条例第3条2項 and others) refund when the user is not at fault. */
    public static final LegalBasis REFUND_COMPARATOR = LegalBasis.law("川越市公民館使用条例", "第3条第2項",
            Confidence.UNCONFIRMED).withNote("COMPARATOR: a neighbouring city's rule, not Kawaguchi's")
            .withUrl("https://www.city.kawagoe.saitama.jp/reiki_int/reiki_honbun/e302RG00000350.html");
    /** 地方自治法第244条第3項: no unjust discrimination in the use of a public facility. */
    public static final LegalBasis FAIR_USE = LegalBasis.law("地方自治法", "322AC0000000067", "第244条第3項",
            Confidence.CONFIRMED);

    private BookingSources() {
    }

    /**
     * The basis of a caller-supplied setting, flagged as {@link Confidence#UNCONFIRMED}.
     *
     * @param name the setting's name, e.g. {@code booking.quota}
     * @return the basis citing ruling 7
     */
    public static LegalBasis setting(String name) {
        return LegalBasis.document("caller-supplied setting", name, Confidence.UNCONFIRMED)
                .withNote("the city has not published this figure (kisoku ruling 7, " + RULINGS + ")");
    }
}

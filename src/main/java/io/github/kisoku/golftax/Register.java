package io.github.kisoku.golftax;

/** The registers and lists a course keeps or files for this tax (帳簿・名簿), circular 税第423号. */
public enum Register {
    /** ゴルフ場利用税非課税利用者一覧表 (別記第1号様式), 第1・8; filed with the month's return (第1・10). */
    NON_TAXABLE_USERS_LIST,
    /** ゴルフ場利用税税率特例適用者名簿 (施行規則様式第36号付表), 第2・9. */
    REDUCED_RATE_REGISTER,
    /** ゴルフ場の業務による利用者名簿 (別記第3号様式), 第5; kept one year after its use ends. */
    BUSINESS_USE_REGISTER,
    /** ゴルフ場利用税納入申告書付表 (別記第4号様式), 第5: the monthly counts of business use. */
    BUSINESS_USE_ANNEX,
    /** The competition's entrant list (出場者名簿) submitted by the organiser with the certificate, 第2・6(3). */
    COMPETITION_ENTRANT_LIST;
}

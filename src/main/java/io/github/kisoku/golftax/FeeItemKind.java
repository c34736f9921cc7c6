package io.github.kisoku.golftax;

/**
 * The kinds of fee a course charges beside or with the green fee, as the circular 税第423号 第4
 * sorts them for grading (熊本県税条例施行規則第23条第2項).
 */
public enum FeeItemKind {
    /** The green fee (グリーンフィー). */
    GREEN_FEE(Family.GREEN_FEE, "第4・1"),
    /** 福利厚生費 (厚生費, 保険料等), 第4・1(1). */
    WELFARE(Family.INCIDENTAL, "第4・1(1)"),
    /** 道路維持費 (道路補修費等), 第4・1(2). */
    ROAD_MAINTENANCE(Family.INCIDENTAL, "第4・1(2)"),
    /** コース維持費 (施設維持費, 施設改善費, 植樹協力金等), 第4・1(3). */
    COURSE_MAINTENANCE(Family.INCIDENTAL, "第4・1(3)"),
    /** 水道光熱費, 第4・1(4). */
    UTILITIES(Family.INCIDENTAL, "第4・1(4)"),
    /** Any similar incidental fee, whatever its name, 第4・1(5). */
    OTHER_INCIDENTAL(Family.INCIDENTAL, "第4・1(5)"),
    /** スポーツ振興協力金 (体育振興賛助金等), 第4・2(1). */
    SPORTS_PROMOTION(Family.PUBLIC_INTEREST, "第4・2(1)"),
    /** ゴルフ連盟協力費 (九州ゴルフ連盟協力費等), 第4・2(2). */
    GOLF_FEDERATION(Family.PUBLIC_INTEREST, "第4・2(2)"),
    /** 緑化促進協力金, 第4・2(3). */
    GREENING(Family.PUBLIC_INTEREST, "第4・2(3)"),
    /** Any similar contribution paid in full to a public body for public purposes, 第4・2(4). */
    OTHER_PUBLIC_INTEREST(Family.PUBLIC_INTEREST, "第4・2(4)"),
    /** キャディーフィー, 第4・3(1). */
    CADDIE(Family.OPTIONAL, "第4・3(1)"),
    /** キャディーカーフィー, 第4・3(2). */
    CADDIE_CART(Family.OPTIONAL, "第4・3(2)"),
    /** ロッカーフィー, 第4・3(3). */
    LOCKER(Family.OPTIONAL, "第4・3(3)"),
    /** 貸具費 (傘、靴、クラブ、バッグ等), 第4・3(4). */
    RENTAL(Family.OPTIONAL, "第4・3(4)"),
    /** レッスンフィー, 第4・3(5). */
    LESSON(Family.OPTIONAL, "第4・3(5)"),
    /** Any similar optional fee, 第4・3(6). */
    OTHER_OPTIONAL(Family.OPTIONAL, "第4・3(6)");

    /** The circular's families of fees. */
    public enum Family {
        /** The green fee itself. */
        GREEN_FEE,
        /** Incidental fees of 第4・1. */
        INCIDENTAL,
        /** Public-interest contributions of 第4・2. */
        PUBLIC_INTEREST,
        /** Optional fees of 第4・3. */
        OPTIONAL
    }

    private final Family family;
    private final String section;

    FeeItemKind(Family family, String section) {
        this.family = family;
        this.section = section;
    }

    /** {@return the family of 第4 it belongs to} */
    public Family family() {
        return family;
    }

    /** {@return the section of the circular, e.g. {@code 第4・1(1)}} */
    public String section() {
        return section;
    }
}

package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Message;

/**
 * A document a user shows to prove their age on the use date (年齢を確認できる書類). For the
 * exemptions of 地方税法第75条の2第1号・第2号, any document showing the age will do (circular
 * 第1・2(1): 運転免許証, 旅券等); for the reduced rate of 県税条例第69条第1項第1号 it must be issued by
 * the state or a local government (第2・8(1): 住民票, 運転免許証, その他国又は地方公共団体が発行する書類).
 */
public enum AgeDocument {
    /** A driving licence (自動車運転免許証). */
    DRIVING_LICENCE(true),
    /** A passport (旅券). */
    PASSPORT(true),
    /** A certificate of residence (住民票). */
    RESIDENCE_CERTIFICATE(true),
    /** An individual number card (マイナンバーカード), issued by a municipality. */
    INDIVIDUAL_NUMBER_CARD(true),
    /**
     * A health-insurance card (健康保険証), listed by the prefecture's page. Not taken as issued by
     * the state or a local government: most are issued by insurers (協会けんぽ, 健康保険組合); a
     * card of 国民健康保険 issued by a municipality is {@link #OTHER_PUBLIC_DOCUMENT} (interpretation).
     */
    HEALTH_INSURANCE_CARD(false),
    /** A basic resident register card (住民基本台帳カード), issued by a municipality. */
    RESIDENT_REGISTER_CARD(true),
    /** A student card (学生証), listed by the prefecture's page; issued by a school, not a public body. */
    STUDENT_CARD(false),
    /**
     * Another document showing the age issued by the state or a local government (その他国又は地方
     * 公共団体が発行する書類, circular 第2・8(1)).
     */
    OTHER_PUBLIC_DOCUMENT(true),
    /** Another document showing the age, not issued by a public body (その他年齢が確認できる書類). */
    OTHER(false);

    private final Message document;
    private final boolean issuedByPublicBody;

    AgeDocument(boolean issuedByPublicBody) {
        // the name as the texts bundle says it (label.<Type>.<CONSTANT>), the same words: see GolfWordsTest
        this.document = GolfWords.text("label.AgeDocument." + name());
        this.issuedByPublicBody = issuedByPublicBody;
    }

    /** {@return whether the state or a local government issues it (circular 第2・8(1))} */
    public boolean issuedByPublicBody() {
        return issuedByPublicBody;
    }

    /** {@return the document's name in both languages, as the evidence lists it} */
    public Message document() {
        return document;
    }
}

package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Message;

/**
 * The kinds of card that show a disability under 地方税法第23条第1項第10号 and 施行令第7条, as the
 * circular 第1・2(2) (精神障害者保健福祉手帳, 身体障害者手帳等) and the prefecture's page list them.
 */
public enum DisabilityCardKind {
    /** 身体障害者手帳 (施行令第7条第3号). */
    PHYSICAL,
    /** 精神障害者保健福祉手帳 (施行令第7条第2号). */
    MENTAL,
    /** 療育手帳 (施行令第7条第1号, intellectual disability). */
    INTELLECTUAL,
    /** 戦傷病者手帳 (施行令第7条第4号). */
    WAR_INJURED,
    /** 被爆者健康手帳 with a 原爆症認定 (施行令第7条第5号). */
    ATOMIC_BOMB,
    /** A 市町村長's certificate for a person aged 65 or more (施行令第7条第7号, 障害者控除対象者認定). */
    MUNICIPAL_CERTIFICATE;

    private final Message document;

    DisabilityCardKind() {
        // the name as the texts bundle says it (label.<Type>.<CONSTANT>), the same words: see GolfWordsTest
        this.document = GolfWords.text("label.DisabilityCardKind." + name());
    }

    /** {@return the document's name in both languages, as the evidence lists it} */
    public Message document() {
        return document;
    }
}

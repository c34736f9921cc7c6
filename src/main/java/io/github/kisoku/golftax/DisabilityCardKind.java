package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Message;

/**
 * The kinds of card that show a disability under 地方税法第23条第1項第10号 and 施行令第7条, as the
 * circular 第1・2(2) (精神障害者保健福祉手帳, 身体障害者手帳等) and the prefecture's page list them.
 */
public enum DisabilityCardKind {
    /** 身体障害者手帳 (施行令第7条第3号). */
    PHYSICAL("身体障害者手帳", "physical disability certificate"),
    /** 精神障害者保健福祉手帳 (施行令第7条第2号). */
    MENTAL("精神障害者保健福祉手帳", "mental disability certificate"),
    /** 療育手帳 (施行令第7条第1号, intellectual disability). */
    INTELLECTUAL("療育手帳", "intellectual disability certificate"),
    /** 戦傷病者手帳 (施行令第7条第4号). */
    WAR_INJURED("戦傷病者手帳", "war-injured certificate"),
    /** 被爆者健康手帳 with a 原爆症認定 (施行令第7条第5号). */
    ATOMIC_BOMB("被爆者健康手帳（認定）", "atomic-bomb survivor certification"),
    /** A 市町村長's certificate for a person aged 65 or more (施行令第7条第7号, 障害者控除対象者認定). */
    MUNICIPAL_CERTIFICATE("障害者控除対象者認定書", "municipal disability certificate");

    private final String ja;
    private final String en;
    private final Message document;

    DisabilityCardKind(String ja, String en) {
        this.ja = ja;
        this.en = en;
        // the name as the texts bundle says it (label.<Type>.<CONSTANT>), the same words: see GolfWordsTest
        this.document = GolfWords.text("label.DisabilityCardKind." + name());
    }

    /** {@return the Japanese name, as written in the 提示書類名 column of 別記第1号様式} */
    public String ja() {
        return ja;
    }

    /** {@return the English name} */
    public String en() {
        return en;
    }

    /** {@return the document's name in both languages, as the evidence lists it} */
    public Message document() {
        return document;
    }
}

package io.github.kisoku.bicycle;

/**
 * Why an act gets no blue ticket (青切符の対象外となる理由), in the order the assessment checks
 * them.
 */
public enum Exclusion {
    /** The act was before the system started on 2026-04-01 (kisoku ruling 4, docs/rulings.md). */
    BEFORE_SYSTEM("青切符制度の施行前", "before the blue-ticket system started"),
    /** The rider was under 16 at the moment of the act (seed: 16歳以上が行った反則行為). */
    UNDER_16("行為時に16歳未満", "under 16 at the moment of the act"),
    /** The act is not a 反則行為 at all (e.g. 妨害運転, 酒気帯び運転). */
    NOT_A_BLUE_TICKET_OFFENCE("反則行為ではない", "not a blue-ticket offence"),
    /** The row does not cover the vehicle ridden (※1, ※2, 重被牽引車). */
    VEHICLE_NOT_COVERED("車両が対象外", "vehicle not covered"),
    /** The rider was over the alcohol limit or drunk (道路交通法第125条第2項). */
    ALCOHOL("酒気帯び・酒酔い", "alcohol"),
    /** The act caused a traffic accident (道路交通法第125条第2項). */
    ACCIDENT("交通事故を起こした", "caused a traffic accident"),
    /** Phone use caused traffic danger (携帯電話使用等（交通の危険）). */
    TRAFFIC_DANGER("交通の危険を生じさせた", "caused traffic danger");

    private final String ja;
    private final String en;

    Exclusion(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    /** {@return the Japanese label} */
    public String ja() {
        return ja;
    }

    /** {@return the English label} */
    public String en() {
        return en;
    }
}

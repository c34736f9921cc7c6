package io.github.kisoku.bicycle;

/**
 * Why an act gets no blue ticket (青切符の対象外となる理由), in the order the assessment checks
 * them.
 */
public enum Exclusion {
    /** The act was before the system started on 2026-04-01 (kisoku ruling 4, docs/rulings.md). */
    BEFORE_SYSTEM,
    /** The rider was under 16 at the moment of the act (seed: 16歳以上が行った反則行為). */
    UNDER_16,
    /** The act is not a 反則行為 at all (e.g. 妨害運転, 酒気帯び運転). */
    NOT_A_BLUE_TICKET_OFFENCE,
    /** The row does not cover the vehicle ridden (※1, ※2, 重被牽引車). */
    VEHICLE_NOT_COVERED,
    /** The rider was over the alcohol limit or drunk (道路交通法第125条第2項). */
    ALCOHOL,
    /** The act caused a traffic accident (道路交通法第125条第2項). */
    ACCIDENT,
    /** Phone use caused traffic danger (携帯電話使用等（交通の危険）). */
    TRAFFIC_DANGER;
}

package io.github.kisoku.bicycle;

/**
 * What the offender was riding (運転していた軽車両の種類), as far as the blue-ticket rules
 * distinguish it: rows marked ※1 cover bicycles only, rows marked ※2 ordinary bicycles only,
 * and a 重被牽引車 is outside the system (道路交通法第125条; Fukuoka police, reference NOTES §1).
 */
public enum RiderType {
    /** An ordinary bicycle (普通自転車, 道路交通法第63条の3). */
    ORDINARY_BICYCLE,
    /** A bicycle that is not an ordinary bicycle, e.g. a tandem (普通自転車以外の自転車). */
    OTHER_BICYCLE,
    /** A light vehicle that is not a bicycle, e.g. a rickshaw (自転車以外の軽車両). */
    OTHER_LIGHT_VEHICLE,
    /** A heavy towed vehicle (重被牽引車), excluded from the blue-ticket system. */
    HEAVY_TOWED_VEHICLE;
}

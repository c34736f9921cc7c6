package io.github.kisoku.bicycle;

/**
 * The vehicle as the rule book's place rules distinguish it (車両の区分). A 特定小型原動機付自転車
 * is not a bicycle; which kind it is depends on its size, output and mode, see
 * {@link RuleBookChecks#classify(SmallMotorSpec, java.time.LocalDate, boolean)}.
 */
public enum VehicleKind {
    /** An ordinary bicycle (普通自転車, 道路交通法第63条の3). */
    ORDINARY_BICYCLE,
    /** A tandem bicycle (タンデム自転車): a bicycle, but not an ordinary bicycle. */
    TANDEM,
    /** Another bicycle that is not an ordinary bicycle (e.g. too large). */
    OTHER_BICYCLE,
    /** A 特定小型原動機付自転車 in road mode (車道モード, up to 20 km/h, lamp lit). */
    SMALL_MOTOR_ROAD_MODE,
    /** A 特例特定小型原動機付自転車: sidewalk mode (歩道モード, up to 6 km/h, lamp flashing). */
    SMALL_MOTOR_SIDEWALK_MODE,
    /** A vehicle that fails the 特定小型 standard: a general moped or more (一般原付等). */
    GENERAL_MOPED;
}

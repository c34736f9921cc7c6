package io.github.kisoku.booking;

/**
 * A component of a fee (料金の内訳) to which 加算減免 applies separately: the form shows one
 * 加算減免区分 for each (manual §5, CONFIRMED).
 */
public enum FeeComponent {
    /** 施設利用料 / 施設料金: the room itself. */
    FACILITY,
    /** 備品料金: equipment. */
    EQUIPMENT,
    /** 付帯設備料金: fittings. */
    FITTINGS;
}

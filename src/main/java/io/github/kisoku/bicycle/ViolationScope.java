package io.github.kisoku.bicycle;

/**
 * Which riders a row of the 反則行為 table applies to (適用対象). The NPA table marks some rows
 * ※1 (自転車 only) and ※2 (普通自転車 only); all other rows apply to every 軽車両 except a
 * 重被牽引車. Source: the third-party transcription of the NPA table, so the marks are
 * UNCONFIRMED (reference NOTES §1).
 */
public enum ViolationScope {
    /** Every light vehicle (軽車両) except a 重被牽引車. */
    LIGHT_VEHICLE,
    /** Bicycles only (※1 自転車のみ). */
    BICYCLE,
    /** Ordinary bicycles only (※2 普通自転車のみ). */
    ORDINARY_BICYCLE;

    /**
     * Whether a row with this scope applies to a rider's vehicle.
     *
     * @param vehicle the vehicle ridden
     * @return true when the row covers the vehicle
     */
    public boolean covers(RiderType vehicle) {
        switch (this) {
            case ORDINARY_BICYCLE:
                return vehicle == RiderType.ORDINARY_BICYCLE;
            case BICYCLE:
                return vehicle == RiderType.ORDINARY_BICYCLE || vehicle == RiderType.OTHER_BICYCLE;
            default:
                return vehicle != RiderType.HEAVY_TOWED_VEHICLE;
        }
    }
}

package io.github.kisoku.booking;

/**
 * The lifecycle of a reservation (予約の状態): 仮予約 → 予約確定 (paid) → 利用済, or 取消 /
 * 期限切れ取消. Only 仮予約 and 予約確定 hold their blocks (manual §6; 2023 notice).
 */
public enum Status {
    /** 仮予約 / 未支払: held, unpaid; purpose and headcount may change. */
    TENTATIVE,
    /** 予約確定 / 支払済: paid; no change but cancellation. */
    CONFIRMED,
    /** 利用済: used. */
    USED,
    /** 取消: cancelled by the group. */
    CANCELLED,
    /** 自動キャンセル: not paid by the deadline. */
    EXPIRED;

    /** {@return whether a reservation in this state holds its blocks} */
    public boolean holds() {
        return this == TENTATIVE || this == CONFIRMED;
    }
}

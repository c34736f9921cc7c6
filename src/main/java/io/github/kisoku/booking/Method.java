package io.github.kisoku.booking;

/**
 * How a reservation is obtained (予約方法): first come (先着), priority booking for
 * 社会教育関係団体 (優先予約) or a lottery win (抽選). Windows and payment deadlines depend on it
 * (2023 notice, CONFIRMED for priority and lottery).
 */
public enum Method {
    /** First come, first served (先着順). */
    FIRST_COME,
    /** Priority booking (優先予約分). */
    PRIORITY,
    /** A lottery application and, once drawn, a lottery win (抽選予約). */
    LOTTERY;
}

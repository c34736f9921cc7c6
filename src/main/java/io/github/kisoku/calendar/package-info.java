/**
 * Japanese dates as the law counts them: national holidays (国民の祝日に関する法律) as
 * effective-dated rules, named sets of closed days (banks, local tax, government offices, a
 * facility's own), moving a deadline off a closed day, legal periods (民法140条〜143条) and age
 * (年齢計算ニ関スル法律) in its two readings.
 *
 * <p>National holidays are computed for 1970–2099 ({@link io.github.kisoku.calendar.JapaneseHolidays});
 * outside that range the answer is a typed problem, never a silent ordinary day. Equinox days
 * after the last 国立天文台 announcement are predictions and say so.
 *
 * <p>Depends only on the kernel. Every type here is immutable and thread-safe.
 */
@NullMarked
package io.github.kisoku.calendar;

import org.jspecify.annotations.NullMarked;

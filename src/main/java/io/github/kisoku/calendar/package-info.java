/**
 * Japanese dates as the law counts them: national holidays (国民の祝日に関する法律) as
 * effective-dated rules, named sets of closed days (banks, local tax, government offices, a
 * facility's own), moving a deadline off a closed day, legal periods (民法140条〜143条) and age
 * (年齢計算ニ関スル法律) in its two readings.
 *
 * <p>Depends only on the kernel. Every type here is immutable and thread-safe.
 */
package io.github.kisoku.calendar;

/**
 * The golf-course usage tax of Kumamoto Prefecture (熊本県 ゴルフ場利用税): per visit, which
 * treatment applies (not a taxable use, exempt, reduced, standard) with its tax, legal basis,
 * the evidence the course must see or keep, and why every other exemption or reduction did not
 * apply; per course, the fee that grading is based on, the self-play member course test and the
 * filing deadlines; per month, the return the course files and an audit against a declared total.
 *
 * <p>Sources: 地方税法第75条〜第76条 (e-Gov 325AC0000000226), the circular
 * 「ゴルフ場利用税の課税事務の取扱いについて」(平成30年1月22日 税第423号), and the project's rulings
 * (age as of the use date, deadlines under 地方税法第20条の5第2項, grade as an input, precedence).
 * Figures live in {@code grades.csv} beside this package. Depends only on the kernel and the
 * calendar. Every type here is immutable and thread-safe.
 */
@NullMarked
package io.github.kisoku.golftax;

import org.jspecify.annotations.NullMarked;

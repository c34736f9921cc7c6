/**
 * Kawaguchi public facility booking (川口市 施設予約システム, new system from 2026-05-27): the
 * catalogue of facilities, units, joined rooms and slots; groups and their registration; request
 * checking; quotas (持ちコマ数); fees with 加算減免; the immutable {@link
 * io.github.kisoku.booking.Ledger} of holds (仮予約) and their lifecycle; the span planner and the
 * availability grid. The lottery is in {@code booking.lottery}, accounts (password policy,
 * lock-out, renewal) in {@code booking.account}.
 *
 * <h2>Sources and confidence</h2>
 * The primary source is the city's user manual (施設予約システム マニュアル（利用者用）, 2026年6月),
 * cited by section; the 2023 notice of a 公民館 (city page 20042.html, 更新日 2023-02-08) gives the
 * month-end payment deadline. The research notes grade other facts as CONFIRMED, OBSERVED,
 * COMPARATOR or UNCONFIRMED; this package maps them onto the kernel's {@code Confidence} thus:
 * <ul>
 *   <li>CONFIRMED (the manual or a city page) → {@code CONFIRMED};</li>
 *   <li>OBSERVED (a third-party program that talks to the live system) →
 *       {@code SECONDARY}: it reports the system's behaviour, not an official text;</li>
 *   <li>COMPARATOR (another city or product) → {@code UNCONFIRMED}: it is not a Kawaguchi rule
 *       and is only ever offered as a named, flagged profile, never as a default;</li>
 *   <li>UNCONFIRMED → {@code UNCONFIRMED}, and the figure is a setting the caller supplies
 *       ({@link io.github.kisoku.booking.BookingSettings}); answers that depend on a missing
 *       setting say so with an {@code UNCONFIRMED} reason.</li>
 * </ul>
 * Rulings of docs/rulings.md (7: unpublished figures are settings, month-end 17:00 rolled back
 * is a dated default; 8: uniform, canonical, re-runnable lottery) are {@code INTERPRETATION}.
 */
@NullMarked
package io.github.kisoku.booking;

import org.jspecify.annotations.NullMarked;

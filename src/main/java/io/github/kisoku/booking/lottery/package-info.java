/**
 * The booking lottery (抽選), auditable in the manner of RFC 3797: the pool of applications is
 * frozen in a canonical order and hashed, the seed is committed before the pool closes, the draw
 * follows a documented deterministic algorithm ({@link io.github.kisoku.booking.lottery.Lottery}),
 * and the log re-runs to the identical result. Uniform by default; priority tiers and weights are
 * data and appear in the log (kisoku ruling 8, docs/rulings.md). Alternates (次点) move up in order
 * when a winner cancels or lets the hold lapse.
 */
@NullMarked
package io.github.kisoku.booking.lottery;

import org.jspecify.annotations.NullMarked;

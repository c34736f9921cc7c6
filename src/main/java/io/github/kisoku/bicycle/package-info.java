/**
 * The bicycle blue ticket in Kanagawa (自転車の交通反則通告制度, from 2026-04-01), after the
 * seed 神奈川県・神奈川県警察「自転車ルールブック」(2025.9) and 道路交通法 (e-Gov 335AC0000000105).
 *
 * <ul>
 * <li>{@link io.github.kisoku.bicycle.ViolationCatalogue}: the 反則行為 table as dated data, one
 * {@link io.github.kisoku.bicycle.Violation} per row, amount variants as distinct rows.</li>
 * <li>{@link io.github.kisoku.bicycle.OffenceAssessor}: one {@link io.github.kisoku.bicycle.Offence}
 * → a blue ticket with its 反則金, or why not and what applies instead.</li>
 * <li>{@link io.github.kisoku.bicycle.PaymentDeadlines} and {@link io.github.kisoku.bicycle.TicketCase}:
 * the 仮納付 and 納付 deadlines (statutory last day and the UNCONFIRMED roll to the next bank
 * business day), and the case as a state machine from the ticket to payment or referral.</li>
 * <li>{@link io.github.kisoku.bicycle.RidersCourse}: the riders' course condition, attendance
 * deadline and penalty.</li>
 * <li>{@link io.github.kisoku.bicycle.RuleBookChecks}: whether riding somewhere or with someone is
 * a violation at all (sidewalk, tandem, child passengers, 特定小型原動機付自転車).</li>
 * </ul>
 *
 * <p>Figures live in {@code src/main/resources/io/github/kisoku/bicycle/*.csv}, each row with its
 * source and confidence; rules never read files themselves. Every type is immutable and
 * thread-safe, except the builders.
 */
@NullMarked
package io.github.kisoku.bicycle;

import org.jspecify.annotations.NullMarked;

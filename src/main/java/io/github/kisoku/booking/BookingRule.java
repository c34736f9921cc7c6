package io.github.kisoku.booking;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Figures;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.MessageBundle;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.Rule;
import io.vavr.control.Option;

/**
 * The rules of the Kawaguchi facility booking system (川口市 施設予約システム) that kisoku's
 * reasons name, each with its stable id and its legal basis. Their words are in
 * {@code messages_ja.properties} and {@code messages_en.properties} beside this class; a rule
 * said in more than one way has its variants there ({@code <id>#<variant>}).
 */
public enum BookingRule implements Rule {
    /**
     * A wrong password counts towards the lock-out: the account locks at the sixth consecutive
     * failure (manual §1 パスワードに関して).
     */
    LOGIN_FAILURES("booking.login.failures", BookingSources.LOCK_OUT),
    /**
     * A locked account refuses every login until the lock time has passed (manual §1); the lock
     * time is a caller-supplied setting (kisoku ruling 7). Variants: {@code until} when the lock
     * time is known, {@code unknown} when it was not supplied.
     */
    LOGIN_LOCKED("booking.login.locked", BookingSources.LOCK_OUT),
    /**
     * A successful login, or the end of a lock, resets the failure count (the manual is silent;
     * kisoku ruling 10).
     */
    LOGIN_RESET("booking.login.reset", LegalBasis.ruling("kisoku ruling 10 (docs/rulings.md)",
            "a success, or the end of a lock, resets the failure count (the manual is silent)")),
    /** A renewal extends a registration by the rule set's years (manual §1 有効期限に関して). */
    RENEWAL_YEARS("booking.renewal.years", BookingSources.RENEWAL),
    /**
     * The manual says 「3年延長」 without a starting point: both readings, from the old expiry and
     * from the renewal date, are shown (kisoku ruling 10).
     */
    RENEWAL_READINGS("booking.renewal.readings", LegalBasis.ruling("kisoku ruling 10 (docs/rulings.md)",
            "the manual says 「3年延長」 without a starting point; both readings are shown")),
    /** Documents are checked and approved in one to two weeks: apply that early (manual §1). */
    RENEWAL_LEAD("booking.renewal.lead", BookingSources.RENEWAL),
    /** The old system warned four months before expiry; the new one does not (manual §1). */
    RENEWAL_WARNING("booking.renewal.warning", BookingSources.EXPIRY_ALERT),

    /**
     * A facility follows the old system's rules until its migration date and the new system's
     * from then (manual §3 施設予約システムの入れ替えに伴う併行稼働).
     */
    RULE_SET("booking.rule-set", BookingSources.MIGRATION),
    /**
     * A request names a unit (室場) of the catalogue (manual §4 空き状況を検索する・§5 予約を取る).
     */
    UNIT("booking.unit", BookingSources.AVAILABILITY),
    /** A time of use that has begun can no longer be booked (manual §4・§5). */
    DATE("booking.date", BookingSources.AVAILABILITY),
    /**
     * A reservation holds at least one slot, each one of the facility's slots (manual §1 3コマ以上の
     * 連続した予約に関して; a slot the facility does not have cites §4・§5). Variants: {@code none}
     * when no slot was chosen, {@code unknown} for slots the facility does not have.
     */
    SLOTS("booking.slots", BookingSources.CONSECUTIVE),
    /**
     * The slots of one reservation are back to back; others are booked as separate reservations
     * (manual §1 3コマ以上の連続した予約に関して).
     */
    SLOTS_CONSECUTIVE("booking.slots.consecutive", BookingSources.CONSECUTIVE),
    /**
     * The new system takes at most 2 consecutive slots per reservation; 3 or more are split into
     * several reservations, each drawn separately in a lottery (manual §1 3コマ以上の連続した予約に
     * 関して). Variants: {@code allowed} when the run is within the rule set's limit, {@code split}
     * when it is not, with the pieces to book instead.
     */
    SLOTS_MAX("booking.slots.max", BookingSources.CONSECUTIVE),
    /**
     * A reservation uses 持ちコマ数: one unit per slot in the old system, one per reservation in
     * the new (manual §1 3コマ以上の連続した予約に関して（持ちコマ数の消費）). Variants:
     * {@code reservation} for one reservation, {@code plan} for a plan's total.
     */
    QUOTA_UNITS("booking.quota.units", BookingSources.QUOTA_UNITS),
    /**
     * A wanted span is covered by the fewest reservations the rule set allows: in the new system
     * runs are cut into pieces of 2 slots (manual §1: 「2コマの予約等をうまく組み合わせて」).
     */
    PLAN_SPLIT("booking.plan.split", BookingSources.CONSECUTIVE),
    /**
     * Each reservation of a split span is drawn separately, so losing one breaks the span (manual
     * §1 3コマ以上の連続した予約に関して（抽選はそれぞれの予約ごと））.
     */
    PLAN_LOTTERY("booking.plan.lottery", BookingSources.LOTTERY_PER_RESERVATION),
    /**
     * Under a uniform single-winner draw, a piece that competes with n other applications wins
     * with 1/(n+1) (kisoku ruling 11 (docs/rulings.md)).
     */
    PLAN_LOTTERY_PIECE("booking.plan.lottery-piece", BookingSources.LOTTERY_MODEL),
    /**
     * A plan's lottery chance is a model: a uniform draw, pieces drawn independently, published
     * counts a lower bound until the window closes (kisoku ruling 11 (docs/rulings.md)).
     */
    PLAN_LOTTERY_MODEL("booking.plan.lottery-model", BookingSources.LOTTERY_MODEL),

    /**
     * The headcount is required and is 1 to the unit's capacity (manual §5 1つの予約を取る（手順3））;
     * the range cites the unit's own source. Variants: {@code missing}, {@code range}.
     */
    HEADCOUNT("booking.headcount", BookingSources.REQUEST_FORM),
    /**
     * Where a unit's capacity is not published, only a headcount of 1 or more is checked; the
     * capacity is a caller-supplied setting (kisoku ruling 7 (docs/rulings.md)).
     */
    HEADCOUNT_CAPACITY("booking.headcount.capacity", BookingSources.setting("booking.capacity")),
    /**
     * The purpose of use is required (manual §5 1つの予約を取る（手順3））. Variants: {@code given},
     * {@code missing}.
     */
    PURPOSE("booking.purpose", BookingSources.REQUEST_FORM),
    /**
     * A room's notes (注意事項) must be agreed to before it is booked (manual §5 1つの予約を取る
     * （注意事項））. Variants: {@code none} for a room without notes, {@code agreed},
     * {@code needed}.
     */
    CONSENT("booking.consent", BookingSources.CONSENT),
    /**
     * A guest group (ゲスト団体) has no ID and books at the community centre's counter only
     * (manual §2 公民館を初めて使用する方へ). Variants: {@code guest}, {@code registered}.
     */
    GUEST("booking.guest", BookingSources.GUEST),
    /**
     * A counter-only unit cannot be booked online (manual §4・§5); the reason cites the unit's
     * own source in the catalogue.
     */
    CHANNEL("booking.channel", BookingSources.AVAILABILITY),
    /**
     * A registered group books only while its registration is valid on the day of the request
     * (manual §1 有効期限に関して). Variants: {@code guest} (no registration), {@code valid},
     * {@code expired}.
     */
    REGISTRATION("booking.registration", BookingSources.RENEWAL),
    /**
     * A request is made within the booking window of its group's class and method, a
     * caller-supplied setting (kisoku ruling 7; the 2023 notice's windows: 優先予約分 3 months,
     * 抽選予約当選分 2 months ahead); a window cites its own basis. Variants: {@code lottery-win}
     * (checked when the application was made), {@code none}, {@code none-guest}, {@code open},
     * {@code closed}.
     */
    WINDOW("booking.window", BookingSources.WINDOWS_2023),
    /**
     * A check that needs a figure the city has not published, and the caller did not supply, is
     * not made, and the answer says so (kisoku ruling 7 (docs/rulings.md)). Variants, one per
     * setting: {@code window}, {@code window-not-in-force}, {@code quota},
     * {@code quota-not-in-force}, {@code payment}, {@code payment-not-in-force},
     * {@code cancellation}.
     */
    SETTING_MISSING("booking.setting-missing",
            BookingSources.SETTING_RULING.withConfidence(Confidence.UNCONFIRMED)),

    /**
     * A group's reservation units, unpaid holds or lottery applications stay within each quota
     * policy (持ちコマ数の上限), a caller-supplied setting (kisoku ruling 7 (docs/rulings.md)); a
     * policy cites its own basis. Variant: {@code other-count} for a policy that counts
     * something else.
     */
    QUOTA("booking.quota", BookingSources.setting("booking.quota")),
    /**
     * A warn-only quota policy that would be exceeded warns and does not refuse (kisoku ruling 7
     * (docs/rulings.md)); it cites the policy's basis.
     */
    QUOTA_WARNING("booking.quota.warning", BookingSources.setting("booking.quota")),

    /**
     * No block-slot is held by two live reservations; joined rooms compete through their parts'
     * blocks (manual §5 2つの部屋がつながっている部屋の予約). Variant: {@code free}.
     */
    TAKEN("booking.taken", BookingSources.JOINED_ROOMS),
    /** An operation names a reservation of the ledger (manual §6 予約を確認・変更する). */
    RESERVATION("booking.reservation", BookingSources.CHANGE),
    /**
     * Payment of a 仮予約 makes it 予約確定 (manual §6 予約を確認・変更する); only a hold can be
     * paid, and not after its payment deadline (2023 notice 自動キャンセル（予約取消））. Variants:
     * {@code confirmed}, {@code not-tentative}, {@code lapsed}.
     */
    PAYMENT("booking.payment", BookingSources.CHANGE),
    /**
     * A hold not paid by its deadline is cancelled automatically (2023 notice 自動キャンセル
     * （予約取消））.
     */
    PAYMENT_AUTO_CANCEL("booking.payment.auto-cancel", BookingSources.AUTO_CANCEL),
    /**
     * Priority bookings and lottery wins are paid by 17:00 on the last day of the month in which
     * the hold was made (2023 notice 支払期限（毎月末の17時まで））; the reason cites the setting's
     * basis.
     */
    PAYMENT_MONTH_END("booking.payment.month-end", BookingSources.MONTH_END_PAYMENT),
    /**
     * When the month's last day is a closed day, the deadline is the last open day, not the next
     * (2023 notice ※月末が休館日の場合は最終開館日). Variants: {@code moved}, {@code open}.
     */
    PAYMENT_ROLL_BACK("booking.payment.roll-back", BookingSources.MONTH_END_ROLL_BACK),
    /**
     * Without the facility's closed days, a caller-supplied setting (kisoku ruling 7
     * (docs/rulings.md)), a month-end deadline is not moved back.
     */
    PAYMENT_CLOSED_DAYS_UNKNOWN("booking.payment.closed-days-unknown",
            BookingSources.setting("booking.closed-days")),
    /**
     * A hold is paid a set number of days after it is made, at a set time: the deadline of
     * first-come holds is not published and is a caller-supplied setting (kisoku ruling 7
     * (docs/rulings.md)); the reason cites the setting's basis.
     */
    PAYMENT_DAYS_AFTER("booking.payment.days-after", BookingSources.setting("booking.payment")),
    /**
     * Only a 仮予約 may change, and only its purpose and headcount; a new date or time is a
     * cancellation and a new booking (manual §6 予約を確認・変更する). Variants: {@code changed},
     * {@code not-tentative}, {@code nothing}.
     */
    CHANGE("booking.change", BookingSources.CHANGE),
    /**
     * A live reservation may be cancelled until the facility's cancellation deadline, not after
     * (manual §7 予約をキャンセルする). Variants: {@code not-live}, {@code closed}.
     */
    CANCEL("booking.cancel", BookingSources.CANCEL),
    /**
     * The facility's cancellation deadline is a caller-supplied setting (kisoku ruling 7
     * (docs/rulings.md)); the reason cites the setting's basis.
     */
    CANCEL_DEADLINE("booking.cancel.deadline", BookingSources.setting("booking.cancellation")),
    /** No cancellation fee is charged (manual §7 予約をキャンセルする). */
    CANCEL_FEE("booking.cancel.fee", BookingSources.CANCEL),
    /**
     * Fees already paid are not refunded (manual §7 予約をキャンセルする). Variants: {@code paid},
     * {@code unpaid}.
     */
    CANCEL_REFUND("booking.cancel.refund", BookingSources.CANCEL),
    /**
     * Neighbouring ordinances refund when the user is not at fault (川越市公民館使用条例第3条第2項, a
     * comparator, not Kawaguchi's rule: UNCONFIRMED).
     */
    CANCEL_REFUND_COMPARATOR("booking.cancel.refund-comparator", BookingSources.REFUND_COMPARATOR),
    /**
     * Only a 予約確定 whose time of use has begun can be marked used (manual §6 予約を確認・変更する).
     */
    USE("booking.use", BookingSources.CHANGE),

    /**
     * A slot's fee is the fee table's row for the unit, the slot and the group's class (manual §5
     * 概算料金); the reason cites the row's source.
     */
    FEE_TABLE("booking.fee.table", BookingSources.FEE_ESTIMATE),
    /**
     * The facility fee is the fee per slot times the slots, read from the manual's one example: a
     * caller-confirmed setting (kisoku ruling 7 (docs/rulings.md), UNCONFIRMED).
     */
    FEE_PER_SLOT("booking.fee.per-slot", BookingSources.setting("booking.fee.per-slot")),
    /**
     * Each fee component has its own 加算減免区分, 加算減免なし by default (manual §5 概算料金); the
     * categories and rates are caller-supplied (kisoku ruling 7) and the reason cites the
     * adjustment's basis.
     */
    FEE_ADJUSTMENT("booking.fee.adjustment", BookingSources.FEE_ESTIMATE),
    /**
     * The fee shown is an estimate that the request and the screening (審査) may change (manual §5
     * 1つの予約を取る（概算料金））.
     */
    FEE_ESTIMATE("booking.fee.estimate", BookingSources.FEE_ESTIMATE),

    /**
     * A draw re-runs from its log to the identical result: the same pool hash, order, winners and
     * alternates (kisoku ruling 8 (docs/rulings.md)). Variants: {@code identical},
     * {@code rerun-differs}, {@code hash-differs}, {@code both-differ}.
     */
    LOTTERY_REPLAY("booking.lottery.replay", BookingSources.LOTTERY_RULING);

    private static final MessageBundle WORDS = MessageBundle.load(BookingRule.class, "messages");

    private final String id;
    private final LegalBasis basis;

    BookingRule(String id, LegalBasis basis) {
        this.id = id;
        this.basis = basis;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public LegalBasis basis() {
        return basis;
    }

    @Override
    public MessageBundle words() {
        return WORDS;
    }

    /**
     * A booking text that is neither a reason nor a problem (an event of a reservation's history,
     * the name of no adjustment), from the same bundle under {@code text.booking.*}.
     *
     * @param key the key
     * @param figures names and values, alternating
     * @return the text in every language
     */
    static io.github.kisoku.kernel.Message words(String key, Object... figures) {
        return WORDS.message(key, figures);
    }

    /**
     * A reason with its figures made in one step: the same reason as {@code Reason.of(rule, basis)}
     * followed by {@code variant} and {@code withFigures} calls, without the reasons and figure
     * arrays each of those steps makes and drops (a check makes a dozen reasons, the quota ones
     * with seven or eight figures).
     *
     * @param rule the rule
     * @param variant its variant, if any
     * @param basis the basis cited
     * @param namesAndValues the figures' names (distinct, not blank) and values, alternating, in order
     * @return the reason
     */
    static Reason reason(Rule rule, Option<String> variant, LegalBasis basis, Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Require.nonNull(namesAndValues[i + 1], Require.notBlank((String) namesAndValues[i], "figure name"));
        }
        return new Reason(rule, variant, basis, switch (namesAndValues.length) {
            case 0 -> Figures.none();
            case 2 -> Figures.of((String) namesAndValues[0], namesAndValues[1]);
            case 4 -> Figures.of((String) namesAndValues[0], namesAndValues[1], (String) namesAndValues[2],
                    namesAndValues[3]);
            case 6 -> Figures.of((String) namesAndValues[0], namesAndValues[1], (String) namesAndValues[2],
                    namesAndValues[3], (String) namesAndValues[4], namesAndValues[5]);
            default -> Figures.none().appendedAll(namesAndValues);
        });
    }
}

package io.github.kisoku.bicycle;

import io.github.kisoku.calendar.AgeReading;
import io.github.kisoku.calendar.LegalPeriod;
import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.MessageBundle;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Rule;

/**
 * The bicycle rules that kisoku's reasons name (自転車の青切符・通行区分・講習の規則), each with its
 * stable id and its usual legal basis. Their words are in {@code messages_ja.properties} and
 * {@code messages_en.properties} beside this class; a rule said in more than one way has its
 * variants there ({@code <id>#<variant>}), and an enum value shown as a figure reads as its
 * {@code label.<Type>.<CONSTANT>}. Most reasons cite a basis of their own (the row, the figure's
 * version, the penalty's source); the basis here is the rule's usual one.
 *
 * <p>Some words name a thing in an answer rather than give a reason, and are kept under the
 * rule they belong to ({@link #named}): a rule-book check's {@code violation} (the passenger
 * rules' general one under {@link #PASSENGERS_OTHERS}, the rule the child seats are exceptions
 * to), a deadline's {@code step}, a step of the payment procedure's {@code timeline}.
 */
public enum BicycleRule implements Rule {
    // --- the blue ticket (OffenceAssessor) ---
    /**
     * The blue-ticket system is in force from 2026-04-01 (seed Topics! 反則金(青切符)の導入決定！;
     * kisoku ruling 4); the reason cites the table version's basis. Variant: {@code before} for an
     * offence before the start.
     */
    SYSTEM_IN_FORCE("bicycle.system-in-force", Sources.SYSTEM_SEED),
    /** The violation is a row of the table in force on the offence date; cites the table's basis. */
    IN_TABLE("bicycle.in-table", Sources.SYSTEM_SEED),
    /**
     * Only riders of 16 or over at the moment of the act get a blue ticket (seed: 16歳以上が行った
     * 反則行為); cites the figure's basis. Variant: {@code before-system} when the system is not
     * yet in force.
     */
    AGE_16("bicycle.age-16", Sources.SYSTEM_SEED),
    /** The age is read at the moment of the act (kisoku ruling 1; {@link AgeReading#AT_MOMENT}). */
    AGE_READING("bicycle.age-reading", AgeReading.AT_MOMENT.basis()),
    /**
     * A row without a 反則金 is not a 反則行為 but goes to the criminal procedure (警察庁 自転車ポータル
     * 取締り); cites the red-ticket basis with the row's notes.
     */
    NOT_HANSOKU("bicycle.not-hansoku", Sources.RED_TICKET),
    /**
     * A heavy towed vehicle is outside the system (道路交通法第125条第1項（軽車両（重被牽引車を除く））).
     * Variant: {@code not-given} when the vehicle was not given; {@code ordinary-bicycle} when it
     * was not given for a row of bicycles (※1) or ordinary bicycles (※2) only, and was taken to be
     * an ordinary bicycle (kisoku ruling 12, interpretation; figures {@code violation},
     * {@code scope}, {@code vehicle}).
     */
    VEHICLE("bicycle.vehicle", Sources.LIGHT_VEHICLES),
    /** A row covers light vehicles, bicycles or ordinary bicycles only (※1, ※2 of the table). */
    SCOPE("bicycle.scope", Sources.LIGHT_VEHICLES.withConfidence(Confidence.UNCONFIRMED)),
    /**
     * A rider over the alcohol limit or drunk is not a 反則者 (道路交通法第125条第2項). Variant:
     * {@code none} when there was no alcohol.
     */
    ALCOHOL("bicycle.alcohol", Sources.NOT_A_REPORTER),
    /**
     * A rider whose act caused a traffic accident is not a 反則者 (道路交通法第125条第2項). Variant:
     * {@code none}.
     */
    ACCIDENT("bicycle.accident", Sources.NOT_A_REPORTER),
    /**
     * Phone use that caused traffic danger is a crime, not a 反則行為 (seed Topics! 運転中のながらスマホ
     * の禁止). Variant: {@code none}.
     */
    TRAFFIC_DANGER("bicycle.traffic-danger", Sources.PHONE_SEED),
    /** Riders under 16 get guidance and a warning, as before (警察庁 自転車ポータル 制度). */
    INSTEAD_GUIDANCE("bicycle.instead.guidance", Sources.GUIDANCE),
    /** An offence before the start is handled as before (seed Topics! 反則金(青切符)の導入決定！). */
    INSTEAD_BEFORE_SYSTEM("bicycle.instead.before-system", Sources.SYSTEM_SEED),
    /**
     * A rider under 14 cannot be punished (刑法第41条); cites the figure's basis.
     */
    INSTEAD_UNDER_14("bicycle.instead.under-14", LegalBasis.law("刑法", "140AC0000000045", "第41条",
            Confidence.CONFIRMED)),
    /** A juvenile's act outside the system goes to the family court (少年法第2条第1項・第3条第1項). */
    INSTEAD_JUVENILE("bicycle.instead.juvenile", Sources.JUVENILE),
    /**
     * The criminal procedure (赤切符) applies, with the rule book's maximum penalty; cites the
     * penalty's source. Variants: {@code before-system} (the penalty alone), {@code no-penalty}.
     */
    INSTEAD_CRIMINAL("bicycle.instead.criminal", Sources.RED_TICKET),
    /** The row is a 反則行為 under its article of 道路交通法; cites the row's article. */
    VIOLATION("bicycle.violation", Sources.act("第125条第1項", Confidence.CONFIRMED)),
    /** The row's 反則金 (道路交通法施行令 別表第六); cites the row's source. */
    AMOUNT("bicycle.amount", Sources.order("別表第六", Confidence.CONFIRMED)),

    // --- payment deadlines (PaymentDeadlines) ---
    /**
     * 仮納付 within 7 days counted from the day after the ticket (道路交通法第129条第1項); cites the
     * figure's basis.
     */
    DEADLINE_PROVISIONAL("bicycle.deadline.provisional_payment_days", Sources.act("第129条第1項",
            Confidence.CONFIRMED)),
    /** Payment within 10 days counted from the day after the 通告 (道路交通法第128条第1項). */
    DEADLINE_PAYMENT("bicycle.deadline.payment_days", Sources.act("第128条第1項", Confidence.CONFIRMED)),
    /** The rule book counts the same way (seed 反則金の納付手続きについて); cites the seed's line. */
    DEADLINE_SEED("bicycle.deadline.seed", Sources.seed("反則金の納付手続きについて")),
    /** The first day is not counted (民法第140条). */
    DEADLINE_PERIOD("bicycle.deadline.period", LegalPeriod.BASIS),
    /**
     * A last day on a bank closing day moves to the next bank business day (kisoku ruling 3,
     * unconfirmed). Variant: {@code moved} when the last day is a closing day and moves.
     */
    DEADLINE_ROLL("bicycle.deadline.roll", Sources.rollForward()),
    /**
     * A deadline printed on the ticket or slip wins (道路交通法施行令第46条). Variant:
     * {@code differs} when it differs from the computed one.
     */
    DEADLINE_PRINTED("bicycle.deadline.printed", Sources.PRINTED),

    // --- the case after the ticket (TicketCase) ---
    /** A mailed notification adds the mailing cost (施行令第47条第1項第6号); cites the figure's basis. */
    MAILING_COST("bicycle.mailing-cost", Sources.order("第47条第1項第6号・第2項", Confidence.CONFIRMED)),
    /** Payment in time ends the case (道路交通法第128条第2項・第130条). */
    NO_PROSECUTION("bicycle.no-prosecution", Sources.NO_PROSECUTION),
    /**
     * An unpaid case is referred to the family court (under 20) or the public prosecutor (少年法第2条
     * 第1項; the age on the day of referral is an interpretation).
     */
    REFERRAL("bicycle.referral", Sources.REFERRAL_AGE),

    // --- the riders' course (RidersCourse) ---
    /** Two or more dangerous acts within 3 years (道路交通法第108条の3の5); cites the figure's basis. */
    COURSE_CONDITION("bicycle.course.condition", Sources.COURSE),
    /**
     * An act counts until the last day of 3 years from the day after it (kisoku ruling 9). Variant:
     * {@code expired} for an act older than that.
     */
    COURSE_WINDOW("bicycle.course.window", Sources.WINDOW_RULING),
    /**
     * Only acts done at 14 or over count (Kanagawa police mesf0281); cites the figure's basis.
     * Variant: {@code under} for an act done under 14.
     */
    COURSE_AGE_14("bicycle.course.age-14", Sources.COURSE),
    /** An act after the date asked about does not count; cites the act's basis. */
    COURSE_AFTER("bicycle.course.after", Sources.COURSE),
    /** An act counts only from the day its type became a dangerous act; cites the act's basis. */
    COURSE_TYPE_IN_FORCE("bicycle.course.type-in-force", Sources.COURSE),
    /** An act that counted; cites the act's basis. */
    COURSE_ACT("bicycle.course.act", Sources.COURSE),
    /** The period may not exceed 3 months from the day after the order; cites the figure's basis. */
    COURSE_PERIOD("bicycle.course.period", Sources.COURSE),
    /** A period of months ends the day before the corresponding day (民法第143条). */
    COURSE_PERIOD_COUNT("bicycle.course.period-count", LegalPeriod.BASIS),
    /** The last day written in the order applies; cites the figure's basis. */
    COURSE_ORDER("bicycle.course.order", Sources.COURSE),
    /** Not attending when ordered is punished (seed 自転車運転者講習制度); cites the penalty's source. */
    COURSE_PENALTY("bicycle.course.penalty", Sources.COURSE),

    // --- the rule book's checks (RuleBookChecks) ---
    /** Keep to the left of the roadway (道路交通法第17条第1項・第4項・第18条第1項). */
    PLACE_LEFT("bicycle.place.left", Sources.KEEP_LEFT),
    /** Riding on the right is a traffic division violation (道路交通法第17条第4項). */
    PLACE_RIGHT("bicycle.place.right", Sources.KEEP_LEFT),
    /** A roadside strip on the right may not be used (seed 危険行為④). */
    PLACE_RIGHT_STRIP("bicycle.place.right-strip", Sources.RIGHT_STRIP),
    /** A pedestrian roadside strip may not be used (道路交通法第17条の2; seed 路側帯の通行). */
    PLACE_PEDESTRIAN_STRIP("bicycle.place.pedestrian-strip", Sources.STRIP),
    /** A left roadside strip may be used without obstructing pedestrians (seed 路側帯の通行). */
    PLACE_STRIP("bicycle.place.strip", Sources.STRIP),
    /** A small motorised vehicle in road mode or a moped may not use a roadside strip (seed). */
    PLACE_STRIP_SMALL_MOTOR("bicycle.place.strip-small-motor", Sources.SMALL_MOTOR),
    /**
     * The rule book marks sidewalk mode on the roadway with '△' (seed 特定小型原動機付自転車).
     * Variant: {@code not-sidewalk-mode}.
     */
    PLACE_SMALL_MOTOR_MODE("bicycle.place.small-motor-mode", Sources.SMALL_MOTOR),
    /**
     * A bicycle that is not an ordinary bicycle may never use a sidewalk (道路交通法第63条の4第1項;
     * for a tandem, seed タンデム自転車の交通ルール).
     */
    PLACE_SIDEWALK_NOT_ORDINARY("bicycle.place.sidewalk-not-ordinary", Sources.SIDEWALK),
    /** A moped or a small motorised vehicle in road mode may not use a sidewalk (seed). */
    PLACE_SIDEWALK_MOTOR("bicycle.place.sidewalk-motor", Sources.SMALL_MOTOR),
    /**
     * Sidewalk mode only where ordinary bicycles may use the sidewalk (seed 特定小型原動機付自転車).
     * Variant: {@code no-sign}.
     */
    PLACE_SIDEWALK_SMALL_MOTOR("bicycle.place.sidewalk-small-motor", Sources.SMALL_MOTOR),
    /** A sign allows ordinary bicycles on the sidewalk (道路交通法第63条の4第1項). Variant: {@code none}. */
    SIDEWALK_SIGN("bicycle.sidewalk.sign", Sources.SIDEWALK),
    /**
     * A rider under 13 may use the sidewalk (道路交通法第63条の4第1項); cites the figure's basis.
     * Variant: {@code not} for a rider of 13 or over.
     */
    SIDEWALK_UNDER_13("bicycle.sidewalk.under-13", Sources.SIDEWALK),
    /**
     * A rider of 70 or over may use the sidewalk (道路交通法第63条の4第1項); cites the figure's basis.
     * Variant: {@code not} for a rider under 70.
     */
    SIDEWALK_70_OR_OVER("bicycle.sidewalk.70-or-over", Sources.SIDEWALK),
    /** A rider with a physical disability may use the sidewalk (第63条の4第1項). Variant: {@code none}. */
    SIDEWALK_DISABILITY("bicycle.sidewalk.disability", Sources.SIDEWALK),
    /** The sidewalk when the roadway is unavoidably unsafe (第63条の4第1項). Variant: {@code none}. */
    SIDEWALK_UNAVOIDABLE("bicycle.sidewalk.unavoidable", Sources.SIDEWALK),
    /** On the sidewalk keep to the roadway side at walking speed (第63条の4第2項). */
    SIDEWALK_HOW("bicycle.sidewalk.how", Sources.SIDEWALK),
    /** None of the cases allowing the sidewalk applies (道路交通法第17条第1項). */
    SIDEWALK_NONE("bicycle.sidewalk.none", Sources.KEEP_LEFT),
    /**
     * A 「自転車を除く」 plate exempts ordinary bicycles only (seed タンデム自転車の交通ルール). Variant:
     * {@code not-exempt}.
     */
    SIGN_EXCEPT_BICYCLES("bicycle.sign.except-bicycles", Sources.TANDEM),
    /** No passenger (seed タンデム自転車の交通ルール). */
    PASSENGERS_NONE("bicycle.passengers.none", Sources.TANDEM),
    /**
     * A tandem carries one passenger (神奈川県道路交通法施行細則第9条, from 2023-04-01); cites the
     * figure's basis. Variants: {@code too-many}, {@code before}.
     */
    PASSENGERS_TANDEM("bicycle.passengers.tandem", Sources.TANDEM),
    /** No passenger other than small children (細則第9条); cites the figure's basis. Variant: {@code some}. */
    PASSENGERS_OTHERS("bicycle.passengers.others", Sources.CHILDREN),
    /** Child seats are for children before school age (seed 親子乗り自転車の注意点). Variant: {@code some}. */
    PASSENGERS_SCHOOL_AGE("bicycle.passengers.school-age", Sources.CHILDREN),
    /**
     * No more seated children than seats, two only on a model made for two (seed 親子乗り自転車の
     * 注意点). Variants: {@code too-many}, {@code not-two-model}.
     */
    PASSENGERS_SEATS("bicycle.passengers.seats", Sources.CHILDREN),
    /** At most two children (細則第9条); cites the figure's basis. */
    PASSENGERS_TOTAL("bicycle.passengers.total", Sources.CHILDREN),
    /** Width at most 60 cm (seed 特定小型原動機付自転車); cites the figure's basis. */
    SMALL_MOTOR_WIDTH("bicycle.small-motor.width", Sources.SMALL_MOTOR),
    /** Length at most 190 cm (seed 特定小型原動機付自転車); cites the figure's basis. */
    SMALL_MOTOR_LENGTH("bicycle.small-motor.length", Sources.SMALL_MOTOR),
    /** Rated output at most 0.6 kW (seed 特定小型原動機付自転車); cites the figure's basis. */
    SMALL_MOTOR_OUTPUT("bicycle.small-motor.rated-output", Sources.SMALL_MOTOR),
    /** Top speed at most 20 km/h in road mode (seed 特定小型原動機付自転車); cites the figure's basis. */
    SMALL_MOTOR_SPEED("bicycle.small-motor.top-speed-road-mode", Sources.SMALL_MOTOR),
    /** A vehicle over any limit is a general moped or heavier (seed 特定小型原動機付自転車). */
    SMALL_MOTOR_GENERAL("bicycle.small-motor.general", Sources.SMALL_MOTOR),
    /**
     * Sidewalk mode at 6 km/h or less makes the sidewalk-capable class (seed 特定小型原動機付自転車);
     * cites the figure's basis. Variants: {@code off}, {@code fails}.
     */
    SMALL_MOTOR_SIDEWALK_MODE("bicycle.small-motor.sidewalk-mode", Sources.SMALL_MOTOR),
    /** No rider under 16 on a small motorised bicycle (seed); cites the figure's basis. */
    SMALL_MOTOR_AGE("bicycle.small-motor.age", Sources.SMALL_MOTOR),

    // --- words that name, not reasons (MaximumPenalty) ---
    /**
     * The maximum penalty as the rule book prints it (法定刑の上限): no reason of its own, but the
     * words of {@link MaximumPenalty#describe()}, which the criminal procedure and the riders'
     * course show as a figure. Variants: {@code or-petty-fine}, {@code imprisonment},
     * {@code imprisonment-or-petty-fine}; the period {@code month}, {@code months}, {@code year},
     * {@code years}.
     */
    MAXIMUM_PENALTY("bicycle.maximum-penalty", Sources.RED_TICKET);

    private static final MessageBundle WORDS = MessageBundle.load(BicycleRule.class, "messages");

    private final String id;
    private final LegalBasis basis;

    BicycleRule(String id, LegalBasis basis) {
        this.id = id;
        this.basis = basis;
    }

    /**
     * Words of this rule that name something in an answer rather than give a reason: the
     * violation a rule-book check finds ({@code violation}), the step a deadline belongs to
     * ({@code step}). They are rendered from the bundle as the reason's words would be.
     *
     * @param variant the variant whose words name the thing
     * @return the words in every language
     */
    Message named(String variant) {
        return Reason.of(this).variant(variant).message();
    }

    /** {@return the bundle of the bicycle rules' words, also that of their problems} */
    static MessageBundle bundle() {
        return WORDS;
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
}

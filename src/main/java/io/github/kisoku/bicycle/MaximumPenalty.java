package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Yen;
import io.github.kisoku.kernel.data.BundledCsv;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The maximum criminal penalty (法定刑の上限) for an act, as the seed prints it: imprisonment
 * (拘禁刑) of up to some months, a fine (罰金) of up to some yen, or a petty fine (科料). Read
 * once from {@code penalties.csv}, each row with the seed section it comes from. Immutable and
 * thread-safe; equal by every column of its row.
 */
@Value.Immutable
@ValueStyle
public abstract class MaximumPenalty {
    private static final Map<String, MaximumPenalty> PENALTIES = BundledCsv.read(MaximumPenalty.class, "penalties.csv")
            .toMap(r -> r.get("key"), MaximumPenalty::fromRow);

    MaximumPenalty() {
    }

    private static MaximumPenalty fromRow(BundledCsv.Row r) {
        LegalBasis b = LegalBasis.document(r.get("source"), r.get("section"), Confidence.valueOf(r.get("confidence")));
        return ImmutableMaximumPenalty.create(r.get("key"), Integer.parseInt(r.get("imprisonment_months")),
                Yen.of(Long.parseLong(r.get("fine_yen"))), Boolean.parseBoolean(r.get("petty_fine")),
                r.get("note").isBlank() ? b : b.withNote(r.get("note")));
    }

    /**
     * The penalty the seed prints for a violation id or a fact ({@code ALCOHOL_OVER_LIMIT},
     * {@code ALCOHOL_DRUNK}, {@code MOBILE_PHONE_DANGER}, {@code COURSE_NOT_ATTENDED}).
     *
     * @param key the id or fact
     * @return the penalty, or none when the seed does not print one
     */
    public static Option<MaximumPenalty> forKey(String key) {
        return PENALTIES.get(key);
    }

    /** {@return the violation id or fact the penalty belongs to} */
    public abstract String key();

    /** {@return the longest imprisonment in months; 0 when the penalty has none} */
    public abstract int imprisonmentMonths();

    /** {@return the largest fine} */
    public abstract Yen fine();

    /** {@return whether a petty fine (科料) is an alternative} */
    public abstract boolean pettyFine();

    /** {@return where the penalty is printed, with its confidence} */
    public abstract LegalBasis basis();

    /** {@return the penalty as the seed words it, e.g. 3ヵ月以下の拘禁刑または5万円以下の罰金} */
    @Value.Derived
    @Value.Auxiliary
    public Message describe() {
        return describe(imprisonmentMonths(), fine(), pettyFine());
    }

    // The words are the bundle's (bicycle.maximum-penalty); the amount reads as its label, in
    // 万円 in Japanese, because the rule book prints it so.
    private static Message describe(int imprisonmentMonths, Yen fine, boolean pettyFine) {
        MaximumFine cap = new MaximumFine(fine.amount());
        Reason words = Reason.of(BicycleRule.MAXIMUM_PENALTY);
        if (imprisonmentMonths == 0) {
            return (pettyFine ? words.variant("or-petty-fine") : words).withFigure("罰金", cap).message();
        }
        return words.variant(pettyFine ? "imprisonment-or-petty-fine" : "imprisonment")
                .withFigures("期間", period(imprisonmentMonths), "罰金", cap).message();
    }

    private static Message period(int months) {
        Reason words = Reason.of(BicycleRule.MAXIMUM_PENALTY);
        return months % 12 == 0
                ? words.variant(months == 12 ? "year" : "years").withFigure("年数", months / 12).message()
                : words.variant(months == 1 ? "month" : "months").withFigure("月数", months).message();
    }

    /**
     * The largest fine as a figure: shown by its label, {@code label.MaximumFine.<yen>}.
     *
     * @param yen the amount in yen
     */
    private record MaximumFine(long yen) {
        @Override
        public String toString() {
            return Long.toString(yen);
        }
    }

    /** {@return every penalty penalties.csv holds} */
    static io.vavr.collection.Seq<MaximumPenalty> all() {
        return PENALTIES.values().toList();
    }

}

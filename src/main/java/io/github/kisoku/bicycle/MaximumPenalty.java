package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Yen;
import io.github.kisoku.kernel.data.BundledCsv;
import io.vavr.collection.Map;
import io.vavr.control.Option;

/**
 * The maximum criminal penalty (法定刑の上限) for an act, as the seed prints it: imprisonment
 * (拘禁刑) of up to some months, a fine (罰金) of up to some yen, or a petty fine (科料). Read
 * once from {@code penalties.csv}, each row with the seed section it comes from. Immutable and
 * thread-safe.
 */
public final class MaximumPenalty {
    private static final Map<String, MaximumPenalty> PENALTIES = BundledCsv.read(MaximumPenalty.class, "penalties.csv")
            .toMap(r -> r.get("key"), MaximumPenalty::new);

    private final String key;
    private final int imprisonmentMonths;
    private final Yen fine;
    private final boolean pettyFine;
    private final LegalBasis basis;
    private final Message description;

    private MaximumPenalty(BundledCsv.Row r) {
        this.key = r.get("key");
        this.imprisonmentMonths = Integer.parseInt(r.get("imprisonment_months"));
        this.fine = Yen.of(Long.parseLong(r.get("fine_yen")));
        this.pettyFine = Boolean.parseBoolean(r.get("petty_fine"));
        LegalBasis b = LegalBasis.document(r.get("source"), r.get("section"), Confidence.valueOf(r.get("confidence")));
        this.basis = r.get("note").isBlank() ? b : b.withNote(r.get("note"));
        this.description = describe(imprisonmentMonths, fine, pettyFine);
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
    public String key() {
        return key;
    }

    /** {@return the longest imprisonment in months; 0 when the penalty has none} */
    public int imprisonmentMonths() {
        return imprisonmentMonths;
    }

    /** {@return the largest fine} */
    public Yen fine() {
        return fine;
    }

    /** {@return whether a petty fine (科料) is an alternative} */
    public boolean pettyFine() {
        return pettyFine;
    }

    /** {@return where the penalty is printed, with its confidence} */
    public LegalBasis basis() {
        return basis;
    }

    /** {@return the penalty as the seed words it, e.g. 3ヵ月以下の拘禁刑または5万円以下の罰金} */
    public Message describe() {
        return description;
    }

    private static Message describe(int imprisonmentMonths, Yen fine, boolean pettyFine) {
        String ja = (imprisonmentMonths > 0 ? period(imprisonmentMonths, true) + "以下の拘禁刑または" : "")
                + manYen(fine) + "以下の罰金" + (pettyFine ? "または科料" : "");
        // Yen groups the digits the same way in every locale (String.format("%,d") follows the JVM's).
        String digits = fine.toString().substring(0, fine.toString().length() - 1);
        String en = (imprisonmentMonths > 0 ? "imprisonment of up to " + period(imprisonmentMonths, false) + " or "
                : "") + "a fine of up to " + digits + " yen" + (pettyFine ? " or a petty fine" : "");
        return Message.of(ja, en);
    }

    private static String manYen(Yen fine) {
        return fine.amount() % 10_000 == 0 ? fine.amount() / 10_000 + "万円" : fine.toString();
    }

    private static String period(int months, boolean ja) {
        if (months % 12 == 0) {
            return ja ? months / 12 + "年" : months / 12 + (months == 12 ? " year" : " years");
        }
        return ja ? months + "ヵ月" : months + (months == 1 ? " month" : " months");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MaximumPenalty && ((MaximumPenalty) o).key.equals(key)
                && ((MaximumPenalty) o).basis.equals(basis);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return describe().toString();
    }
}

package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Yen;
import io.github.kisoku.kernel.data.BundledCsv;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * One row of the bicycle 反則行為 table (反則行為の種別): a kind of violation with its 反則金, the
 * article of 道路交通法 it breaks, its 危険行為 number (1–16) if it is one, and where the row
 * comes from. Amount variants (speeding bands, signal colour, parking place) are distinct rows.
 *
 * <p>Three rows have no amount: acts that are <em>not</em> 反則行為 (酒気帯び運転等, 携帯電話使用等
 * causing traffic danger, 妨害運転); they are kept for the 危険行為 mapping and so that assessing
 * them says why there is no blue ticket. Source: {@code violations.csv} (reference
 * {@code bicycle/violations.csv}); the confidence of each amount is that row's
 * {@link #confidence()}. Immutable and thread-safe; equal by every column of the row.
 */
@Value.Immutable
@ValueStyle
public abstract class Violation {
    /** Kisoku ruling 12: an absent vehicle on a ※1/※2 row is an ordinary bicycle, the case of nearly every ticket. */
    private static final LegalBasis ORDINARY_BICYCLE_TAKEN = LegalBasis.ruling("kisoku ruling 12 (docs/rulings.md)",
            "a bicycle fine without the vehicle ridden is taken to be for an ordinary bicycle (普通自転車)");

    Violation() {
    }

    static Violation fromRow(BundledCsv.Row r) {
        return ImmutableViolation.create(r.get("id"), r.message("name"),
                r.get("amount_yen").isBlank() ? Option.none() : Option.of(Yen.of(Long.parseLong(r.get("amount_yen")))),
                r.get("road_traffic_act_article"),
                r.get("dangerous_act_16").isBlank() ? Option.none()
                        : Option.of(Integer.parseInt(r.get("dangerous_act_16"))),
                r.get("source_url"), r.get("notes"), Confidence.valueOf(r.get("confidence")),
                ViolationScope.valueOf(r.get("scope")));
    }

    // Built once per row (derived, not part of equality): every assessment cites them.

    /** {@return why this row is a blue-ticket offence: its article} */
    @Value.Derived
    @Value.Auxiliary
    Reason offenceReason() {
        return Reason.of(BicycleRule.VIOLATION, articleBasis()).withFigures("違反", name(), "条", article());
    }

    /** {@return the row's 反則金 with its source and confidence, for a row that has one} */
    @Value.Derived
    @Value.Auxiliary
    Option<Reason> amountReason() {
        return amount().map(yen -> Reason.of(BicycleRule.AMOUNT, amountBasis()).withFigures("反則金", yen, "確度",
                confidence()));
    }

    /**
     * {@return the reasons a blue ticket of this row ends with (the offence, then the amount),
     * made once and shared by every ticket of the row; none for a row without a 反則金}
     */
    @Value.Derived
    @Value.Auxiliary
    Seq<Reason> blueTicketReasons() {
        return amountReason().isDefined() ? Array.of(offenceReason(), amountReason().get()) : Array.empty();
    }

    /** {@return why this row is no 反則行為, for a row without a 反則金} */
    @Value.Derived
    @Value.Auxiliary
    Option<Reason> notHansokuReason() {
        return amount().isDefined() ? Option.none()
                : Option.some(Reason.of(BicycleRule.NOT_HANSOKU, Sources.RED_TICKET.withNote(notes()), "違反", name()));
    }

    /** {@return the blue ticket of this row, for a row with a 反則金: every ticket of the row is the same answer} */
    @Value.Derived
    @Value.Auxiliary
    Option<TicketAssessment.BlueTicket> blueTicket() {
        return amount().map(yen -> new TicketAssessment.BlueTicket(this, yen));
    }

    /**
     * {@return for a ※1/※2 row, the reason that an offence on it without the vehicle ridden is
     * taken to be one on an ordinary bicycle (kisoku ruling 12, interpretation)}
     */
    @Value.Derived
    @Value.Auxiliary
    Option<Reason> ordinaryBicycleReason() {
        return scope() == ViolationScope.LIGHT_VEHICLE ? Option.none()
                : Option.some(Reason.of(BicycleRule.VEHICLE, ORDINARY_BICYCLE_TAKEN, "violation", name(), "scope",
                        scope(), "vehicle", RiderType.ORDINARY_BICYCLE).variant("ordinary-bicycle"));
    }

    /** {@return the stable id, e.g. {@code SIGNAL_VIOLATION}} */
    public abstract String id();

    /** {@return the name in Japanese and English, as the table writes it (violations.csv)} */
    public abstract Message name();

    /** {@return the Japanese name, e.g. {@code 信号無視（赤色等）}} */
    public String nameJa() {
        return name().ja();
    }

    /** {@return the English name} */
    public String nameEn() {
        return name().en();
    }

    /**
     * {@return whether the act is one of phone use while riding (ながらスマホ), the rows whose
     * traffic danger is a crime of its own (seed Topics!)}
     */
    @Value.Derived
    @Value.Auxiliary
    boolean isPhoneRow() {
        return id().startsWith("MOBILE_PHONE");
    }

    /** {@return the 反則金, or none when the act is not a 反則行為} */
    public abstract Option<Yen> amount();

    /** {@return whether the act is a 反則行為 at all (it has an amount in the table)} */
    public boolean isBlueTicketOffence() {
        return amount().isDefined();
    }

    /** {@return the article of 道路交通法 as written in the table, e.g. {@code 7条}} */
    public abstract String article();

    /** {@return the 危険行為 number (1–16, seed: 講習対象となる危険行為16類型) if the act is one} */
    public abstract Option<Integer> dangerousAct();

    /** {@return where the row's amount was read (a URL or the seed)} */
    public abstract String sourceUrl();

    /** {@return the researcher's notes on the row: the confidence of amount and article, and why} */
    public abstract String notes();

    /**
     * How sure the amount is (CONFIRMED / SECONDARY / UNCONFIRMED), read from the table's
     * {@code confidence} column; for a row without amount, how sure it is that the act is not a
     * 反則行為.
     *
     * @return the confidence of the amount
     */
    public abstract Confidence confidence();

    /** {@return which riders the row covers (※1, ※2 or every light vehicle)} */
    public abstract ViolationScope scope();

    /** {@return the article broken, as a basis: 道路交通法 with this row's article and confidence} */
    @Value.Derived
    @Value.Auxiliary
    public LegalBasis articleBasis() {
        return Sources.act("第" + article(), confidence()).withNote(notes());
    }

    /** {@return where the amount comes from, as a basis with this row's confidence} */
    @Value.Derived
    @Value.Auxiliary
    public LegalBasis amountBasis() {
        return amountBasisOf(sourceUrl(), nameJa(), confidence()).withNote(notes());
    }

    private static LegalBasis amountBasisOf(String sourceUrl, String nameJa, Confidence confidence) {
        if (sourceUrl.startsWith("seed:")) {
            return LegalBasis.document(Sources.SEED, "Topics! 反則行為と反則金の例", confidence);
        } else if (sourceUrl.contains("npa.go.jp")) {
            return LegalBasis.document("警察庁 反則行為と反則金の額（自転車をはじめとする軽車両）", nameJa, confidence)
                    .withUrl(sourceUrl);
        } else if (sourceUrl.contains("police.pref.kanagawa.jp")) {
            return LegalBasis.document("神奈川県警察 自転車の交通反則通告制度", nameJa, confidence).withUrl(sourceUrl);
        }
        return LegalBasis.document(java.net.URI.create(sourceUrl).getHost(), nameJa, confidence).withUrl(sourceUrl);
    }
}

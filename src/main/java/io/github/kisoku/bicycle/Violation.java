package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Yen;
import io.github.kisoku.kernel.data.BundledCsv;
import io.vavr.control.Option;

/**
 * One row of the bicycle 反則行為 table (反則行為の種別): a kind of violation with its 反則金, the
 * article of 道路交通法 it breaks, its 危険行為 number (1–16) if it is one, and where the row
 * comes from. Amount variants (speeding bands, signal colour, parking place) are distinct rows.
 *
 * <p>Three rows have no amount: acts that are <em>not</em> 反則行為 (酒気帯び運転等, 携帯電話使用等
 * causing traffic danger, 妨害運転); they are kept for the 危険行為 mapping and so that assessing
 * them says why there is no blue ticket. Source: {@code violations.csv} (reference
 * {@code bicycle/violations.csv}); the confidence of each amount is that row's
 * {@link #confidence()}. Immutable and thread-safe.
 */
public final class Violation {
    private final String id;
    private final String nameJa;
    private final String nameEn;
    private final Message name;
    private final Option<Yen> amount;
    private final String article;
    private final Option<Integer> dangerousAct;
    private final String sourceUrl;
    private final String notes;
    private final Confidence confidence;
    private final ViolationScope scope;
    // Built once per row: every assessment cites them.
    private final LegalBasis articleBasis;
    private final LegalBasis amountBasis;
    // The two reasons every blue ticket for this row gives, the same for every offence; and for
    // a row without a 反則金, why it gets none.
    private final Reason offenceReason;
    private final Option<Reason> amountReason;
    private final Option<Reason> notHansokuReason;

    private Violation(BundledCsv.Row r) {
        this.id = r.get("id");
        this.nameJa = r.get("name_ja");
        this.nameEn = r.get("name_en");
        this.amount = r.get("amount_yen").isBlank() ? Option.none()
                : Option.of(Yen.of(Long.parseLong(r.get("amount_yen"))));
        this.article = r.get("road_traffic_act_article");
        this.dangerousAct = r.get("dangerous_act_16").isBlank() ? Option.none()
                : Option.of(Integer.parseInt(r.get("dangerous_act_16")));
        this.sourceUrl = r.get("source_url");
        this.notes = r.get("notes");
        this.confidence = Confidence.valueOf(r.get("confidence"));
        this.scope = ViolationScope.valueOf(r.get("scope"));
        this.articleBasis = Sources.act("第" + article, confidence).withNote(notes);
        this.amountBasis = amountBasisOf(sourceUrl, nameJa, confidence).withNote(notes);
        // the names come with the row (violations.csv): a figure in both languages
        this.name = Message.of(nameJa, nameEn);
        this.offenceReason = Reason.of(BicycleRule.VIOLATION, articleBasis).withFigures("違反", name, "条", article);
        this.amountReason = amount.map(yen -> Reason.of(BicycleRule.AMOUNT, amountBasis)
                .withFigures("反則金", yen, "確度", confidence));
        this.notHansokuReason = amount.isDefined() ? Option.none()
                : Option.some(Reason.of(BicycleRule.NOT_HANSOKU, Sources.RED_TICKET.withNote(notes), "違反", name));
    }

    /** {@return why this row is a blue-ticket offence: its article} */
    Reason offenceReason() {
        return offenceReason;
    }

    /** {@return the row's 反則金 with its source and confidence, for a row that has one} */
    Option<Reason> amountReason() {
        return amountReason;
    }

    /** {@return why this row is no 反則行為, for a row without a 反則金} */
    Option<Reason> notHansokuReason() {
        return notHansokuReason;
    }

    static Violation fromRow(BundledCsv.Row row) {
        return new Violation(row);
    }

    /** {@return the stable id, e.g. {@code SIGNAL_VIOLATION}} */
    public String id() {
        return id;
    }

    /** {@return the Japanese name, e.g. {@code 信号無視（赤色等）}} */
    public String nameJa() {
        return nameJa;
    }

    /** {@return the English name} */
    public String nameEn() {
        return nameEn;
    }

    /** {@return the name in Japanese and English, as the table writes it} */
    public Message name() {
        return name;
    }

    /** {@return the 反則金, or none when the act is not a 反則行為} */
    public Option<Yen> amount() {
        return amount;
    }

    /** {@return whether the act is a 反則行為 at all (it has an amount in the table)} */
    public boolean isBlueTicketOffence() {
        return amount.isDefined();
    }

    /** {@return the article of 道路交通法 as written in the table, e.g. {@code 7条}} */
    public String article() {
        return article;
    }

    /** {@return the 危険行為 number (1–16, seed: 講習対象となる危険行為16類型) if the act is one} */
    public Option<Integer> dangerousAct() {
        return dangerousAct;
    }

    /** {@return where the row's amount was read (a URL or the seed)} */
    public String sourceUrl() {
        return sourceUrl;
    }

    /** {@return the researcher's notes on the row: the confidence of amount and article, and why} */
    public String notes() {
        return notes;
    }

    /**
     * How sure the amount is (CONFIRMED / SECONDARY / UNCONFIRMED), read from the table's
     * {@code confidence} column; for a row without amount, how sure it is that the act is not a
     * 反則行為.
     *
     * @return the confidence of the amount
     */
    public Confidence confidence() {
        return confidence;
    }

    /** {@return which riders the row covers (※1, ※2 or every light vehicle)} */
    public ViolationScope scope() {
        return scope;
    }

    /** {@return the article broken, as a basis: 道路交通法 with this row's article and confidence} */
    public LegalBasis articleBasis() {
        return articleBasis;
    }

    /** {@return where the amount comes from, as a basis with this row's confidence} */
    public LegalBasis amountBasis() {
        return amountBasis;
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

    @Override
    public boolean equals(Object o) {
        return o instanceof Violation && ((Violation) o).id.equals(id) && ((Violation) o).nameJa.equals(nameJa)
                && ((Violation) o).amount.equals(amount) && ((Violation) o).article.equals(article)
                && ((Violation) o).confidence == confidence && ((Violation) o).notes.equals(notes);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(id, nameJa, amount, article, confidence);
    }

    @Override
    public String toString() {
        return id + " " + nameJa + amount.map(a -> " " + a).getOrElse(" (非反則行為)");
    }
}

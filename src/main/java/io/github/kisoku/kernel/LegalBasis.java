package io.github.kisoku.kernel;

import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Where a rule or figure comes from (根拠) and how sure that source is.
 *
 * <p>A basis is either a provision of a law, ordinance or regulation (法令: name, and
 * 条・項・号 as written, with the e-Gov law id where the law is national), or a section of a
 * document (a seed document, a circular, a city notice), or a ruling of this library on an
 * open question. Every rule, figure and reason in kisoku carries one.
 *
 * <pre>{@code
 * LegalBasis.law("道路交通法", "335AC0000000105", "第129条第1項", Confidence.CONFIRMED)
 * LegalBasis.document("神奈川県 自転車ルールブック", "青切符", Confidence.CONFIRMED)
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class LegalBasis {
    /** What kind of source a basis names. */
    public enum Kind {
        /** A law, cabinet order, ordinance or regulation (法令・条例・規則). */
        LAW,
        /** A document: a seed document, circular, manual or notice (通知・資料). */
        DOCUMENT,
        /** A ruling of this library where the sources are silent (解釈). */
        RULING
    }

    LegalBasis() {
    }

    /**
     * A provision of a national law, with its e-Gov law id.
     *
     * @param law the law's name, e.g. {@code 道路交通法}
     * @param eGovLawId the e-Gov 法令ID, e.g. {@code 335AC0000000105}
     * @param provision the provision as written, e.g. {@code 第129条第1項}
     * @param confidence how sure the source is
     * @return the basis
     */
    public static LegalBasis law(String law, String eGovLawId, String provision, Confidence confidence) {
        return ImmutableLegalBasis.create(Kind.LAW, Require.notBlank(law, "law"), Require.notBlank(provision, "provision"),
                Option.of(Require.notBlank(eGovLawId, "eGovLawId")), Option.none(),
                Require.nonNull(confidence, "confidence"), Option.none());
    }

    /**
     * A provision of a law or ordinance that has no e-Gov id (a prefectural ordinance, say).
     *
     * @param law the law's or ordinance's name, e.g. {@code 熊本県税条例}
     * @param provision the provision as written, e.g. {@code 第69条第1項}
     * @param confidence how sure the source is
     * @return the basis
     */
    public static LegalBasis law(String law, String provision, Confidence confidence) {
        return ImmutableLegalBasis.create(Kind.LAW, Require.notBlank(law, "law"), Require.notBlank(provision, "provision"),
                Option.none(), Option.none(), Require.nonNull(confidence, "confidence"), Option.none());
    }

    /**
     * A section of a document: a seed, a circular, a manual or a notice.
     *
     * @param document the document's title or file
     * @param section the section, page or heading
     * @param confidence how sure the source is
     * @return the basis
     */
    public static LegalBasis document(String document, String section, Confidence confidence) {
        return ImmutableLegalBasis.create(Kind.DOCUMENT, Require.notBlank(document, "document"),
                Require.notBlank(section, "section"), Option.none(), Option.none(),
                Require.nonNull(confidence, "confidence"), Option.none());
    }

    /**
     * A ruling of this library on a question the sources leave open; its confidence is always
     * {@link Confidence#INTERPRETATION}.
     *
     * @param ruling where the ruling is written, e.g. {@code kisoku ruling 3 (docs/rulings.md)}
     * @param summary what it decides, in a line
     * @return the basis
     */
    public static LegalBasis ruling(String ruling, String summary) {
        return ImmutableLegalBasis.create(Kind.RULING, Require.notBlank(ruling, "ruling"), Require.notBlank(summary, "summary"),
                Option.none(), Option.none(), Confidence.INTERPRETATION, Option.none());
    }

    /**
     * The same basis with a URL where the source can be read.
     *
     * @param url the address
     * @return a new basis
     */
    public LegalBasis withUrl(String url) {
        return ImmutableLegalBasis.create(kind(), source(), provision(), eGovLawId(),
                Option.of(Require.notBlank(url, "url")), confidence(), note());
    }

    /**
     * The same basis with a note, e.g. why a figure is unconfirmed.
     *
     * @param note the note
     * @return a new basis
     */
    public LegalBasis withNote(String note) {
        return ImmutableLegalBasis.create(kind(), source(), provision(), eGovLawId(), url(), confidence(),
                Option.of(Require.notBlank(note, "note")));
    }

    /**
     * The same basis with another confidence, e.g. when a figure of a confirmed table is applied
     * under an interpretation.
     *
     * @param confidence the new confidence
     * @return a new basis
     */
    public LegalBasis withConfidence(Confidence confidence) {
        return ImmutableLegalBasis.create(kind(), source(), provision(), eGovLawId(), url(),
                Require.nonNull(confidence, "confidence"), note());
    }

    /** {@return what kind of source this is} */
    public abstract Kind kind();

    /** {@return the law's, ordinance's or document's name, or where a ruling is written} */
    public abstract String source();

    /** {@return the provision (条・項・号), section, or a ruling's summary} */
    public abstract String provision();

    /** {@return the e-Gov 法令ID of a national law, if any} */
    public abstract Option<String> eGovLawId();

    /** {@return where the source can be read, if known} */
    public abstract Option<String> url();

    /** {@return how sure the source is} */
    public abstract Confidence confidence();

    /** {@return A note on the source, if any} */
    public abstract Option<String> note();

    /**
     * The citation as a reader would write it, e.g. {@code 道路交通法 第129条第1項}.
     *
     * @return the citation, without the confidence
     */
    public String cite() {
        return source() + " " + provision();
    }
}

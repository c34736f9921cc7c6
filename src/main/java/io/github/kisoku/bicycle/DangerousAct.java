package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.data.BundledCsv;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One of the 16 dangerous acts (自転車危険行為, 道路交通法第108条の3の5第2項 and its 施行令; the
 * articles are those of 施行令第41条の3, the same list for 特定小型原付; seed: 講習対象となる危険行為16類型), with the article it breaks and the first day it counted for
 * the riders' course (14 types from 2015-06-01, 妨害運転 from 2020-06-30, 携帯電話使用等 from
 * 2024-11-01). Read once from {@code dangerous_acts.csv}. Immutable and thread-safe; two acts
 * are equal when their numbers are.
 */
@Value.Immutable
@ValueStyle
public abstract class DangerousAct {
    private static final List<DangerousAct> ALL = BundledCsv.read(DangerousAct.class, "dangerous_acts.csv")
            .map(DangerousAct::fromRow);

    DangerousAct() {
    }

    private static DangerousAct fromRow(BundledCsv.Row r) {
        int number = Integer.parseInt(r.get("number"));
        String article = r.get("article");
        LegalBasis b = Sources.act("第" + article + "（自転車危険行為" + number + "）",
                Confidence.valueOf(r.get("confidence")));
        String why = "articles as in 施行令第41条の3 (the 特定小型 list, same wording) and the Kanagawa police list; "
                + "the bicycle list's own article number in 施行令 was not read";
        return ImmutableDangerousAct.create(number, r.message("name"), article,
                LocalDate.parse(r.get("from")), b.withNote(r.get("note").isBlank() ? why : r.get("note") + "; " + why));
    }

    /** {@return all 16 acts in the seed's order} */
    public static List<DangerousAct> all() {
        return ALL;
    }

    /**
     * The act with a number.
     *
     * @param field the field's name, for the problem
     * @param number the number, 1 to 16
     * @return the act, or the problem {@code out-of-range}
     */
    public static Validation<Problem, DangerousAct> validate(String field, int number) {
        return ALL.find(a -> a.number() == number).toValidation(() -> Problem.of(BicycleProblem.DANGEROUS_ACT_NUMBER, field)
                .withFigure("value", number));
    }

    /** {@return the number, 1 to 16} */
    public abstract int number();

    /** {@return the name in Japanese and English, as the list of dangerous acts writes it (dangerous_acts.csv)} */
    @Value.Auxiliary
    public abstract Message name();

    /** {@return the Japanese name, e.g. 信号無視} */
    public String nameJa() {
        return name().ja();
    }

    /** {@return the English name} */
    public String nameEn() {
        return name().en();
    }

    /** {@return the article of 道路交通法, e.g. {@code 7条}} */
    @Value.Auxiliary
    public abstract String article();

    /** {@return the first day the act counted as a 危険行為} */
    @Value.Auxiliary
    public abstract LocalDate from();

    /** {@return the act's legal basis} */
    @Value.Auxiliary
    public abstract LegalBasis basis();

    /** {@return the act as the riders' course reasons show it, e.g. 危険行為1 信号無視, from the bicycle bundle} */
    public Message describe() {
        return BicycleRule.bundle().message("text.bicycle.dangerous-act", "number", number(), "name", name());
    }
}

package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Validations;
import io.github.kisoku.kernel.Yen;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.immutables.value.Value;

/**
 * One item of a course's fees (料金項目) as published: its name, kind, amount per person per day
 * and whether the user can decline it (利用者の意思により選択することができるか). Immutable and
 * thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class FeeItem {
    FeeItem() {
    }

    /**
     * A fee item, validated.
     *
     * @param name the name as published, e.g. {@code 施設改善費}
     * @param kind its kind in the circular's terms
     * @param amount the amount per person per day
     * @param mandatory whether every user pays it, whatever they choose (一律に徴収)
     * @return the item, or every problem
     */
    public static Validation<Seq<Problem>, FeeItem> validate(String name, FeeItemKind kind, Yen amount,
            boolean mandatory) {
        List<Problem> problems = List.<Problem>empty()
                .appendAll(Validations.notBlank("name", name).fold(List::of, v -> List.empty()))
                .appendAll(Validations.required("kind", kind).fold(List::of, v -> List.empty()))
                .appendAll(Validations.required("amount", amount).fold(List::of, v -> List.empty()));
        return problems.isEmpty() ? Validation.valid(ImmutableFeeItem.create(name.strip(), kind, amount, mandatory))
                : Validation.invalid(problems);
    }

    /**
     * A fee item.
     *
     * @param name the name as published
     * @param kind its kind
     * @param amount the amount
     * @param mandatory whether every user pays it
     * @return the item
     * @throws io.github.kisoku.kernel.InvalidInputException with every problem
     */
    public static FeeItem of(String name, FeeItemKind kind, Yen amount, boolean mandatory) {
        return Validations.orThrow(validate(name, kind, amount, mandatory));
    }

    /** {@return the name as published} */
    public abstract String name();

    /** {@return its kind} */
    public abstract FeeItemKind kind();

    /** {@return the amount per person per day} */
    public abstract Yen amount();

    /** {@return whether every user pays it, whatever they choose} */
    public abstract boolean mandatory();
}

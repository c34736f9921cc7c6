package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Validations;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * One item of a course's fees (料金項目) as published: its name, kind, amount per person per day
 * and whether the user can decline it (利用者の意思により選択することができるか). Immutable and
 * thread-safe.
 */
public final class FeeItem {
    private final String name;
    private final FeeItemKind kind;
    private final Yen amount;
    private final boolean mandatory;

    private FeeItem(String name, FeeItemKind kind, Yen amount, boolean mandatory) {
        this.name = name;
        this.kind = kind;
        this.amount = amount;
        this.mandatory = mandatory;
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
        return problems.isEmpty() ? Validation.valid(new FeeItem(name.strip(), kind, amount, mandatory))
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
    public String name() {
        return name;
    }

    /** {@return its kind} */
    public FeeItemKind kind() {
        return kind;
    }

    /** {@return the amount per person per day} */
    public Yen amount() {
        return amount;
    }

    /** {@return whether every user pays it, whatever they choose} */
    public boolean mandatory() {
        return mandatory;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FeeItem)) {
            return false;
        }
        FeeItem f = (FeeItem) o;
        return f.name.equals(name) && f.kind == kind && f.amount.equals(amount) && f.mandatory == mandatory;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, kind, amount, mandatory);
    }

    @Override
    public String toString() {
        return name + " " + amount + (mandatory ? " (mandatory)" : " (optional)");
    }
}

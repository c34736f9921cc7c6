package io.github.kisoku.bicycle;

import io.vavr.collection.List;

/**
 * The exclusions found for one act (青切符の対象外となる理由), as a set that cannot change.
 * There are only 2⁷ such sets, so each is made once, with its list in the order the assessment
 * checks them: finding one more exclusion while an offence is assessed allocates nothing.
 * Immutable and thread-safe.
 */
final class Exclusions {
    private static final Exclusion[] ALL = Exclusion.values();
    // guidance carries nothing of the case but the exclusions: one answer for each set
    private static final Instead GUIDANCE = new Instead.GuidanceAndWarning();
    private static final Exclusions[] SETS = sets();

    /** The empty set: nothing excludes the blue ticket. */
    static final Exclusions NONE = SETS[0];

    private final int bits;
    private final List<Exclusion> inOrder;
    private final TicketAssessment.OutsideSystem guidance;

    private Exclusions(int bits, List<Exclusion> inOrder) {
        this.bits = bits;
        this.inOrder = inOrder;
        this.guidance = new TicketAssessment.OutsideSystem(inOrder, GUIDANCE);
    }

    private static Exclusions[] sets() {
        Exclusions[] all = new Exclusions[1 << ALL.length];
        for (int bits = 0; bits < all.length; bits++) {
            List<Exclusion> inOrder = List.empty();
            for (int i = ALL.length - 1; i >= 0; i--) {
                if ((bits & bit(ALL[i])) != 0) {
                    inOrder = inOrder.prepend(ALL[i]);
                }
            }
            all[bits] = new Exclusions(bits, inOrder);
        }
        return all;
    }

    // The declaration order is the order of the checks, and the set's order with it.
    @SuppressWarnings("EnumOrdinal")
    private static int bit(Exclusion e) {
        return 1 << e.ordinal();
    }

    /**
     * A set of exclusions.
     *
     * @param exclusions the exclusions, in any order
     * @return the set
     */
    static Exclusions of(Exclusion... exclusions) {
        Exclusions set = NONE;
        for (Exclusion e : exclusions) {
            set = set.with(e);
        }
        return set;
    }

    /**
     * This set and one more exclusion.
     *
     * @param e the exclusion
     * @return the set with it
     */
    Exclusions with(Exclusion e) {
        return SETS[bits | bit(e)];
    }

    /**
     * Whether the set holds an exclusion.
     *
     * @param e the exclusion
     * @return true when it does
     */
    boolean contains(Exclusion e) {
        return (bits & bit(e)) != 0;
    }

    /**
     * Whether the set holds any exclusion of another set.
     *
     * @param others the other set
     * @return true when the two share an exclusion
     */
    boolean containsAny(Exclusions others) {
        return (bits & others.bits) != 0;
    }

    /** {@return whether nothing is excluded} */
    boolean isEmpty() {
        return bits == 0;
    }

    /** {@return the exclusions in the order the assessment checks them (their declaration order)} */
    /** {@return the answer for a rider under 16 for whom these exclude the ticket: guidance and a warning} */
    TicketAssessment.OutsideSystem guidance() {
        return guidance;
    }

    List<Exclusion> toList() {
        return inOrder;
    }

    @Override
    public String toString() {
        return inOrder.mkString("Exclusions(", ", ", ")");
    }
}

package io.github.kisoku.booking;

import io.github.kisoku.kernel.Yen;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * A fee estimate (概算料金): per component the amount before and after its 加算減免, and the total.
 * Always an estimate: the manual says the amount may change with the request and the screening
 * (審査) (§5, CONFIRMED). Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class FeeEstimate {
    FeeEstimate() {
    }

    /**
     * One component's line: before, adjustment, after.
     *
     * @param component the component
     * @param base the amount before adjustment
     * @param adjusted the amount after adjustment
     */
    public record Line(FeeComponent component, Yen base, Yen adjusted) {
        /** {@return the 加算減免額 as shown on the form: positive for a surcharge, negative for a reduction} */
        public long adjustment() {
            return adjusted.differenceFrom(base);
        }
    }

    static FeeEstimate of(List<Line> lines) {
        return ImmutableFeeEstimate.create(lines);
    }

    /** {@return the lines, in the form's order (施設, 備品, 付帯設備)} */
    public abstract List<Line> lines();

    /**
     * The line of one component.
     *
     * @param component the component
     * @return its line
     */
    public Line line(FeeComponent component) {
        return lines().find(l -> l.component() == component).getOrElse(() -> new Line(component, Yen.ZERO, Yen.ZERO));
    }

    /** {@return the total after adjustment (合計)} */
    public Yen total() {
        return lines().map(Line::adjusted).foldLeft(Yen.ZERO, Yen::plus);
    }

    /** {@return always true: every fee answer is an estimate until screened (審査)} */
    public boolean isEstimate() {
        return true;
    }
}

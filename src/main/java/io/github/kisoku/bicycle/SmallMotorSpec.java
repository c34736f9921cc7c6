package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Validations;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.immutables.value.Value;

/**
 * The measurements that decide whether an electric kick scooter or similar vehicle is a
 * 特定小型原動機付自転車 (seed: 特定小型原動機付自転車 table): width, length, rated output, the
 * top speed in road mode and, if it has one, in sidewalk mode. Immutable and thread-safe; equal
 * by every measure.
 */
@Value.Immutable
@ValueStyle
public abstract class SmallMotorSpec {
    SmallMotorSpec() {
    }

    /**
     * A specification, validated: every measure positive.
     *
     * @param widthCm width in cm
     * @param lengthCm length in cm
     * @param outputWatts rated output in watts
     * @param roadModeKmh top speed in road mode, km/h
     * @param sidewalkModeKmh top speed in sidewalk mode, km/h, if the vehicle has one
     * @return the specification, or every problem found
     */
    public static Validation<Seq<Problem>, SmallMotorSpec> validate(int widthCm, int lengthCm, int outputWatts,
            int roadModeKmh, Option<Integer> sidewalkModeKmh) {
        List<Validation<Problem, Integer>> checks = List.of(Validations.between("widthCm", widthCm, 1, 10_000),
                Validations.between("lengthCm", lengthCm, 1, 10_000),
                Validations.between("outputWatts", outputWatts, 1, 1_000_000),
                Validations.between("roadModeKmh", roadModeKmh, 1, 1_000));
        checks = sidewalkModeKmh == null ? checks.append(Validation.invalid(Problem.required("sidewalkModeKmh")))
                : checks.appendAll(sidewalkModeKmh.map(k -> Validations.between("sidewalkModeKmh", k, 1, 1_000)));
        List<Problem> problems = checks.filter(Validation::isInvalid).map(Validation::getError);
        return problems.isEmpty()
                ? Validation.valid(ImmutableSmallMotorSpec.create(widthCm, lengthCm, outputWatts, roadModeKmh, sidewalkModeKmh))
                : Validation.invalid(problems);
    }

    /** {@return width in cm} */
    public abstract int widthCm();

    /** {@return length in cm} */
    public abstract int lengthCm();

    /** {@return rated output in watts} */
    public abstract int outputWatts();

    /** {@return top speed in road mode, km/h} */
    public abstract int roadModeKmh();

    /** {@return top speed in sidewalk mode, km/h, if the vehicle has such a mode} */
    public abstract Option<Integer> sidewalkModeKmh();
}

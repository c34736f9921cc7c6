package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Validations;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

/**
 * The measurements that decide whether an electric kick scooter or similar vehicle is a
 * 特定小型原動機付自転車 (seed: 特定小型原動機付自転車 table): width, length, rated output, the
 * top speed in road mode and, if it has one, in sidewalk mode. Immutable and thread-safe.
 */
public final class SmallMotorSpec {
    private final int widthCm;
    private final int lengthCm;
    private final int outputWatts;
    private final int roadModeKmh;
    private final Option<Integer> sidewalkModeKmh;

    private SmallMotorSpec(int widthCm, int lengthCm, int outputWatts, int roadModeKmh,
            Option<Integer> sidewalkModeKmh) {
        this.widthCm = widthCm;
        this.lengthCm = lengthCm;
        this.outputWatts = outputWatts;
        this.roadModeKmh = roadModeKmh;
        this.sidewalkModeKmh = sidewalkModeKmh;
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
                ? Validation.valid(new SmallMotorSpec(widthCm, lengthCm, outputWatts, roadModeKmh, sidewalkModeKmh))
                : Validation.invalid(problems);
    }

    /** {@return width in cm} */
    public int widthCm() {
        return widthCm;
    }

    /** {@return length in cm} */
    public int lengthCm() {
        return lengthCm;
    }

    /** {@return rated output in watts} */
    public int outputWatts() {
        return outputWatts;
    }

    /** {@return top speed in road mode, km/h} */
    public int roadModeKmh() {
        return roadModeKmh;
    }

    /** {@return top speed in sidewalk mode, km/h, if the vehicle has such a mode} */
    public Option<Integer> sidewalkModeKmh() {
        return sidewalkModeKmh;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SmallMotorSpec && ((SmallMotorSpec) o).widthCm == widthCm
                && ((SmallMotorSpec) o).lengthCm == lengthCm && ((SmallMotorSpec) o).outputWatts == outputWatts
                && ((SmallMotorSpec) o).roadModeKmh == roadModeKmh
                && ((SmallMotorSpec) o).sidewalkModeKmh.equals(sidewalkModeKmh);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(widthCm, lengthCm, outputWatts, roadModeKmh, sidewalkModeKmh);
    }

    @Override
    public String toString() {
        return widthCm + "x" + lengthCm + "cm, " + outputWatts + "W, " + roadModeKmh + "km/h"
                + sidewalkModeKmh.map(k -> " / " + k + "km/h").getOrElse("");
    }
}

package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Validations;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Who rode along (同乗者), for the child-passenger and tandem rules of 神奈川県道路交通法施行細則
 * 第9条 (seed: 親子乗り自転車の注意点, タンデム自転車の交通ルール). Built with {@link #builder()}.
 * Immutable and thread-safe; equal by every attribute.
 */
@Value.Immutable
@ValueStyle
public abstract class PassengerSituation {
    PassengerSituation() {
    }

    /**
     * A builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the date} */
    public abstract LocalDate date();

    /** {@return the vehicle (a bicycle)} */
    public abstract VehicleKind vehicle();

    /** {@return whether the bicycle is a 幼児2人同乗用自転車} */
    public abstract boolean twoInfantModel();

    /** {@return how many child seats (幼児用座席) are fitted} */
    public abstract int childSeats();

    /** {@return children in seats who have not reached school age (小学校就学の始期に達するまでの幼児)} */
    public abstract int seatedInfants();

    /** {@return children in seats who have reached school age} */
    public abstract int seatedSchoolChildren();

    /** {@return whether a child is carried on the rider's back (おんぶ)} */
    public abstract boolean childOnBack();

    /** {@return other passengers (on a tandem, the second rider)} */
    public abstract int otherPassengers();

    /**
     * Collects the situation as given (any field may be missing) so that {@link #validate()} can
     * report every problem at once, then makes the generated value; not thread-safe.
     */
    public static final class Builder {
        private @Nullable LocalDate date;
        private @Nullable VehicleKind vehicle;
        private boolean twoInfantModel;
        private int childSeats;
        private int seatedInfants;
        private int seatedSchoolChildren;
        private boolean childOnBack;
        private int otherPassengers;

        private Builder() {
        }

        /**
         * The date.
         *
         * @param date the date
         * @return this builder
         */
        public Builder on(LocalDate date) {
            this.date = date;
            return this;
        }

        /**
         * The vehicle: an ordinary bicycle, a tandem, or another bicycle.
         *
         * @param vehicle the vehicle
         * @return this builder
         */
        public Builder vehicle(VehicleKind vehicle) {
            this.vehicle = vehicle;
            return this;
        }

        /**
         * Whether the bicycle is a 幼児2人同乗用自転車; false unless told.
         *
         * @param model the finding
         * @return this builder
         */
        public Builder twoInfantModel(boolean model) {
            this.twoInfantModel = model;
            return this;
        }

        /**
         * How many child seats are fitted (0 to 2).
         *
         * @param seats the count
         * @return this builder
         */
        public Builder childSeats(int seats) {
            this.childSeats = seats;
            return this;
        }

        /**
         * Children in seats, before and after reaching school age.
         *
         * @param infants children who have not reached school age
         * @param schoolChildren children who have
         * @return this builder
         */
        public Builder seated(int infants, int schoolChildren) {
            this.seatedInfants = infants;
            this.seatedSchoolChildren = schoolChildren;
            return this;
        }

        /**
         * Whether a child is carried on the back; false unless told.
         *
         * @param onBack the finding
         * @return this builder
         */
        public Builder childOnBack(boolean onBack) {
            this.childOnBack = onBack;
            return this;
        }

        /**
         * Other passengers; 0 unless told.
         *
         * @param count the count
         * @return this builder
         */
        public Builder otherPassengers(int count) {
            this.otherPassengers = count;
            return this;
        }

        /**
         * The situation, or every problem found.
         *
         * @return the situation, or the problems
         */
        public Validation<Seq<Problem>, PassengerSituation> validate() {
            Validation<Problem, LocalDate> validDate = Validations.required("date", date);
            Validation<Problem, VehicleKind> validVehicle = Validations.required("vehicle", vehicle);
            List<Problem> problems = List.of(validDate.swap().toList(), validVehicle.swap().toList(),
                    Validations.between("childSeats", childSeats, 0, 2).swap().toList(),
                    Validations.between("seatedInfants", seatedInfants, 0, 10).swap().toList(),
                    Validations.between("seatedSchoolChildren", seatedSchoolChildren, 0, 10).swap().toList(),
                    Validations.between("otherPassengers", otherPassengers, 0, 10).swap().toList())
                    .flatMap(l -> l);
            if (vehicle == VehicleKind.SMALL_MOTOR_ROAD_MODE || vehicle == VehicleKind.SMALL_MOTOR_SIDEWALK_MODE
                    || vehicle == VehicleKind.GENERAL_MOPED) {
                problems = problems.append(Problem.of(BicycleProblem.NOT_A_BICYCLE, "vehicle"));
            }
            return problems.isEmpty() ? Validation.valid(
                    ImmutablePassengerSituation.create(validDate.get(), validVehicle.get(), twoInfantModel,
                            childSeats, seatedInfants, seatedSchoolChildren, childOnBack, otherPassengers)) : Validation.invalid(problems);
        }

        /**
         * The situation.
         *
         * @return the situation
         * @throws io.github.kisoku.kernel.InvalidInputException with every problem, if invalid
         */
        public PassengerSituation build() {
            return Validations.orThrow(validate());
        }
    }
}

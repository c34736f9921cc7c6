package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Validations;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Where and how someone rode, for the question "was riding here a 通行区分違反?" (通行場所の判定):
 * the date, the vehicle, the place, and the facts that allow an ordinary bicycle on a sidewalk
 * (a sign, the rider's age, a disability, unavoidable circumstances). Built with
 * {@link #builder()}. Immutable and thread-safe; equal by every attribute. Its {@code toString}
 * does not show the rider's date of birth.
 */
@Value.Immutable
@ValueStyle
public abstract class RidingSituation {
    RidingSituation() {
    }

    /**
     * A builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the date of riding} */
    public abstract LocalDate date();

    /** {@return the vehicle} */
    public abstract VehicleKind vehicle();

    /** {@return the place} */
    public abstract Place place();

    /** {@return the rider's date of birth, if given} */
    @Value.Redacted
    public abstract Option<LocalDate> riderBirthDate();

    /** {@return whether a 普通自転車歩道通行可 sign or marking allowed bicycles on the sidewalk} */
    public abstract boolean sidewalkSign();

    /** {@return whether the rider has a physical disability (身体の不自由な人)} */
    public abstract boolean disability();

    /** {@return whether riding on the roadway was unavoidably unsafe (やむを得ない場合)} */
    public abstract boolean unavoidable();

    /**
     * Collects the situation as given (any field may be missing) so that {@link #validate()} can
     * report every problem at once, then makes the generated value; not thread-safe.
     */
    public static final class Builder {
        private @Nullable LocalDate date;
        private @Nullable VehicleKind vehicle;
        private @Nullable Place place;
        private @Nullable LocalDate riderBirthDate;
        private boolean sidewalkSign;
        private boolean disability;
        private boolean unavoidable;

        private Builder() {
        }

        /**
         * The date of riding.
         *
         * @param date the date
         * @return this builder
         */
        public Builder on(LocalDate date) {
            this.date = date;
            return this;
        }

        /**
         * The vehicle.
         *
         * @param vehicle the vehicle
         * @return this builder
         */
        public Builder vehicle(VehicleKind vehicle) {
            this.vehicle = vehicle;
            return this;
        }

        /**
         * The place.
         *
         * @param place the place
         * @return this builder
         */
        public Builder place(Place place) {
            this.place = place;
            return this;
        }

        /**
         * The rider's date of birth; needed for an ordinary bicycle on a sidewalk without a sign.
         *
         * @param birthDate the date of birth
         * @return this builder
         */
        public Builder riderBornOn(LocalDate birthDate) {
            this.riderBirthDate = birthDate;
            return this;
        }

        /**
         * Whether a 普通自転車歩道通行可 sign was there; false unless told.
         *
         * @param sign the finding
         * @return this builder
         */
        public Builder sidewalkSign(boolean sign) {
            this.sidewalkSign = sign;
            return this;
        }

        /**
         * Whether the rider has a physical disability; false unless told.
         *
         * @param disability the finding
         * @return this builder
         */
        public Builder disability(boolean disability) {
            this.disability = disability;
            return this;
        }

        /**
         * Whether the roadway was unavoidably unsafe (road works, parked cars, heavy traffic on a
         * narrow road); false unless told.
         *
         * @param unavoidable the finding
         * @return this builder
         */
        public Builder unavoidable(boolean unavoidable) {
            this.unavoidable = unavoidable;
            return this;
        }

        /**
         * The situation, or every problem found.
         *
         * @return the situation, or the problems
         */
        public Validation<Seq<Problem>, RidingSituation> validate() {
            Validation<Problem, LocalDate> validDate = Validations.required("date", date);
            Validation<Problem, VehicleKind> validVehicle = Validations.required("vehicle", vehicle);
            Validation<Problem, Place> validPlace = Validations.required("place", place);
            List<Problem> problems = List.of(validDate.swap().toList(), validVehicle.swap().toList(),
                    validPlace.swap().toList()).flatMap(l -> l);
            if (place == Place.SIDEWALK && vehicle == VehicleKind.ORDINARY_BICYCLE && !sidewalkSign && !disability
                    && !unavoidable && riderBirthDate == null) {
                problems = problems.append(Problem.of(BicycleProblem.BIRTH_DATE_NEEDED, "riderBirthDate"));
            }
            if (riderBirthDate != null && date != null && riderBirthDate.isAfter(date)) {
                problems = problems.append(Problem.of(BicycleProblem.BORN_AFTER_DATE, "riderBirthDate"));
            }
            return problems.isEmpty() ? Validation.valid(
                    ImmutableRidingSituation.create(validDate.get(), validVehicle.get(), validPlace.get(),
                            Option.of(riderBirthDate), sidewalkSign, disability, unavoidable)) : Validation.invalid(problems);
        }

        /**
         * The situation.
         *
         * @return the situation
         * @throws io.github.kisoku.kernel.InvalidInputException with every problem, if invalid
         */
        public RidingSituation build() {
            return Validations.orThrow(validate());
        }
    }
}

package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Validations;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.LocalTime;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One offence to assess (違反行為): which violation, when, who (the rider's date of birth, for
 * the age at the moment of the act) and the facts that take an act out of the blue-ticket
 * system (alcohol, a traffic accident, traffic danger caused with a phone) and the vehicle
 * ridden. Built with {@link #builder()}; {@link Builder#validate()} reports every problem at
 * once. Immutable and thread-safe; equal by every attribute. Its {@code toString} does not show
 * the rider's date of birth.
 */
@Value.Immutable
@ValueStyle
public abstract class Offence {
    Offence() {
    }

    /**
     * A builder for an offence.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the violation, a row of the catalogue} */
    public abstract Violation violation();

    /** {@return the date of the act (違反日)} */
    public abstract LocalDate date();

    /**
     * The time of the act, if known. Age is read at the moment of the act and changes at 00:00
     * of the birthday (kisoku ruling 1, docs/rulings.md), so the time never changes the answer; it is
     * kept for the record.
     *
     * @return the time of the act, if known
     */
    public abstract Option<LocalTime> time();

    /** {@return the rider's date of birth; personal data, not shown by {@code toString}} */
    @Value.Redacted
    public abstract LocalDate birthDate();

    /** {@return whether the rider had drunk} */
    public abstract Alcohol alcohol();

    /** {@return whether the act caused a traffic accident (交通事故)} */
    public abstract boolean causedAccident();

    /** {@return whether phone use caused traffic danger (交通の危険)} */
    public abstract boolean causedDanger();

    /** {@return the vehicle ridden, if given} */
    public abstract Option<RiderType> riderType();

    /**
     * Collects an offence's input as given (a violation id, not yet looked up; any field may be
     * missing) so that {@link #validate()} can report every problem at once; not thread-safe.
     * Only {@link #validate()} and {@link #build()} make an {@link Offence}, through the
     * generated value's factory. Its method names are the words callers write ({@code on},
     * {@code riderBornOn}), which Immutables' builder naming cannot produce.
     */
    public static final class Builder {
        private @Nullable String violationId;
        private @Nullable LocalDate date;
        private @Nullable LocalTime time;
        private @Nullable LocalDate birthDate;
        private Alcohol alcohol = Alcohol.NONE;
        private boolean causedAccident;
        private boolean causedDanger;
        private @Nullable RiderType riderType;

        private Builder() {
        }

        /**
         * The violation's id in the catalogue, e.g. {@code SIGNAL_VIOLATION}.
         *
         * @param id the id
         * @return this builder
         */
        public Builder violation(String id) {
            this.violationId = id;
            return this;
        }

        /**
         * The date of the act.
         *
         * @param date the date
         * @return this builder
         */
        public Builder on(LocalDate date) {
            this.date = date;
            return this;
        }

        /**
         * The time of the act (optional).
         *
         * @param time the time
         * @return this builder
         */
        public Builder at(LocalTime time) {
            this.time = time;
            return this;
        }

        /**
         * The rider's date of birth.
         *
         * @param birthDate the date of birth
         * @return this builder
         */
        public Builder riderBornOn(LocalDate birthDate) {
            this.birthDate = birthDate;
            return this;
        }

        /**
         * Whether the rider had drunk; {@link Alcohol#NONE} unless told.
         *
         * @param alcohol the finding
         * @return this builder
         */
        public Builder alcohol(Alcohol alcohol) {
            this.alcohol = alcohol;
            return this;
        }

        /**
         * Whether the act caused a traffic accident; false unless told.
         *
         * @param caused the finding
         * @return this builder
         */
        public Builder causedAccident(boolean caused) {
            this.causedAccident = caused;
            return this;
        }

        /**
         * Whether phone use caused traffic danger; false unless told. Only the phone rows use
         * this fact.
         *
         * @param caused the finding
         * @return this builder
         */
        public Builder causedDanger(boolean caused) {
            this.causedDanger = caused;
            return this;
        }

        /**
         * The vehicle ridden; needed for rows that cover bicycles or ordinary bicycles only.
         *
         * @param type the vehicle
         * @return this builder
         */
        public Builder riderType(RiderType type) {
            this.riderType = type;
            return this;
        }

        /**
         * The offence against the bundled catalogue, or every problem found.
         *
         * @return the offence, or the problems
         */
        public Validation<Seq<Problem>, Offence> validate() {
            return validate(ViolationCatalogue.standard());
        }

        /**
         * The offence against a catalogue, or every problem found: missing fields, an unknown
         * violation id, a birth after the act, traffic danger given for a violation that is not
         * phone use, alcohol missing for the drink-riding row, and a missing vehicle where the
         * row covers only some vehicles.
         *
         * @param catalogue the catalogue to look the violation up in
         * @return the offence, or the problems
         */
        public Validation<Seq<Problem>, Offence> validate(ViolationCatalogue catalogue) {
            List<Problem> problems = List.empty();
            Option<Violation> violation = Option.none();
            if (violationId == null || violationId.isBlank()) {
                problems = problems.append(Problem.required("violation"));
            } else {
                var found = catalogue.find(violationId);
                violation = found.toOption();
                if (found.isLeft()) {
                    problems = problems.append(found.getLeft().asProblem("violation"));
                }
            }
            Validation<Problem, LocalDate> validDate = Validations.required("date", date);
            Validation<Problem, LocalDate> validBirthDate = Validations.required("birthDate", birthDate);
            problems = problems.appendAll(validDate.swap().toList());
            problems = problems.appendAll(validBirthDate.swap().toList());
            problems = problems.appendAll(Validations.required("alcohol", alcohol).swap().toList());
            if (date != null && birthDate != null && birthDate.isAfter(date)) {
                problems = problems.append(Problem.of(BicycleProblem.BORN_AFTER_OFFENCE, "birthDate")
                        .withFigures("birthDate", birthDate, "date", date));
            }
            for (Violation v : violation) {
                if (causedDanger && !v.id().startsWith("MOBILE_PHONE")) {
                    problems = problems.append(Problem.of(BicycleProblem.DANGER_WITHOUT_PHONE, "causedDanger")
                            .withFigure("violation", v.name()));
                }
                if (v.id().equals("DRUNK_RIDING") && alcohol == Alcohol.NONE) {
                    problems = problems.append(Problem.of(BicycleProblem.ALCOHOL_REQUIRED, "alcohol"));
                }
            }
            if (!problems.isEmpty()) {
                return Validation.invalid(problems);
            }
            return Validation.valid(ImmutableOffence.create(violation.get(), validDate.get(), Option.of(time),
                    validBirthDate.get(), alcohol, causedAccident, causedDanger, Option.of(riderType)));
        }

        /**
         * The offence against the bundled catalogue.
         *
         * @return the offence
         * @throws io.github.kisoku.kernel.InvalidInputException with every problem, if invalid
         */
        public Offence build() {
            return Validations.orThrow(validate());
        }
    }
}

package io.github.kisoku.booking;

import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Validations;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Who books (利用団体): a {@link Registered} group with an ID, a class and a registration valid
 * until a date, or a {@link Guest} group (ゲスト団体) with no ID, which books at the counter only
 * (manual §2, CONFIRMED). Immutable and thread-safe.
 */
public sealed interface Group permits Group.Registered, Group.Guest {
    /** {@return a stable key for the ledger and quotas: the ID of a registered group, the name of a guest} */
    String key();

    /** {@return the group's name} */
    String name();

    /** {@return the class of a registered group; none for a guest} */
    Option<GroupClass> groupClass();

    /**
     * A registered group (登録団体): ID, name, class and the last day its registration is valid
     * (有効期限). An expired registration cannot book (manual §1 有効期限).
     */
    @Value.Immutable
    @ValueStyle
    non-sealed abstract class Registered implements Group {
        Registered() {
        }

        /**
         * A registered group, validated.
         *
         * @param id the login ID
         * @param name the group's name
         * @param groupClass its class
         * @param validUntil the last day its registration is valid
         * @return the group, or every problem
         */
        public static Validation<Seq<Problem>, Registered> validate(String id, String name, GroupClass groupClass,
                LocalDate validUntil) {
            return Validation.combine(Validations.notBlank("id", id), Validations.notBlank("name", name),
                    Validations.required("groupClass", groupClass), Validations.required("validUntil", validUntil))
                    .ap(ImmutableRegistered::create);
        }

        /**
         * A registered group; see {@link #validate}.
         *
         * @param id the login ID
         * @param name the group's name
         * @param groupClass its class
         * @param validUntil the last day its registration is valid
         * @return the group
         * @throws io.github.kisoku.kernel.InvalidInputException with every problem
         */
        public static Registered of(String id, String name, GroupClass groupClass, LocalDate validUntil) {
            return Validations.orThrow(validate(id, name, groupClass, validUntil));
        }

        /** {@return the login ID} */
        public abstract String id();

        @Override
        public abstract String name();

        /** {@return the group's class, as {@link #groupClass()} shows it} */
        abstract GroupClass registeredClass();

        /** {@return the last day the registration is valid (有効期限)} */
        public abstract LocalDate validUntil();

        @Override
        public String key() {
            return id();
        }

        @Override
        public Option<GroupClass> groupClass() {
            return Option.of(registeredClass());
        }

        /**
         * Whether the registration is valid on a date.
         *
         * @param date the date
         * @return true up to and including {@link #validUntil()}
         */
        public boolean isValidOn(LocalDate date) {
            return !date.isAfter(validUntil());
        }

        /**
         * The same group with a new expiry, after a renewal.
         *
         * @param newValidUntil the new last valid day
         * @return a new group
         */
        public Registered renewedUntil(LocalDate newValidUntil) {
            return ImmutableRegistered.create(id(), name(), registeredClass(),
                    Validations.orThrow(Validations.required("newValidUntil", newValidUntil).mapError(List::of)));
        }
    }

    /**
     * A guest group (ゲスト団体): accepted on a 事前協議書, with no ID; it may look at availability
     * online but books at the counter. Some stay guests for good (マンションの管理組合, ピアノの個人練習).
     */
    @Value.Immutable
    @ValueStyle
    non-sealed abstract class Guest implements Group {
        Guest() {
        }

        /**
         * A guest group.
         *
         * @param name the group's name, used as its key
         * @param permanent whether it stays a guest for good (恒久的にゲスト団体)
         * @return the group
         * @throws io.github.kisoku.kernel.InvalidInputException if the name is blank
         */
        public static Guest of(String name, boolean permanent) {
            return ImmutableGuest.create(Validations.orThrow(Validations.notBlank("name", name).mapError(List::of)),
                    permanent);
        }

        @Override
        public abstract String name();

        /** {@return whether the group stays a guest for good} */
        public abstract boolean permanent();

        @Override
        public String key() {
            return "guest:" + name();
        }

        @Override
        public Option<GroupClass> groupClass() {
            return Option.none();
        }
    }
}

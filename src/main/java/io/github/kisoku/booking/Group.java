package io.github.kisoku.booking;

import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Validations;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;

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
    final class Registered implements Group {
        private final String id;
        private final String name;
        private final GroupClass cls;
        private final LocalDate validUntil;

        private Registered(String id, String name, GroupClass cls, LocalDate validUntil) {
            this.id = id;
            this.name = name;
            this.cls = cls;
            this.validUntil = validUntil;
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
                    .ap(Registered::new);
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
        public String id() {
            return id;
        }

        @Override
        public String key() {
            return id;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Option<GroupClass> groupClass() {
            return Option.of(cls);
        }

        /** {@return the last day the registration is valid (有効期限)} */
        public LocalDate validUntil() {
            return validUntil;
        }

        /**
         * Whether the registration is valid on a date.
         *
         * @param date the date
         * @return true up to and including {@link #validUntil()}
         */
        public boolean isValidOn(LocalDate date) {
            return !date.isAfter(validUntil);
        }

        /**
         * The same group with a new expiry, after a renewal.
         *
         * @param newValidUntil the new last valid day
         * @return a new group
         */
        public Registered renewedUntil(LocalDate newValidUntil) {
            return new Registered(id, name, cls,
                    Validations.orThrow(Validations.required("newValidUntil", newValidUntil).mapError(List::of)));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Registered && ((Registered) o).id.equals(id) && ((Registered) o).name.equals(name)
                    && ((Registered) o).cls == cls && ((Registered) o).validUntil.equals(validUntil);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(id, name, cls, validUntil);
        }

        @Override
        public String toString() {
            return name + " (" + id + ", " + cls.ja() + ", 有効期限 " + validUntil + ")";
        }
    }

    /**
     * A guest group (ゲスト団体): accepted on a 事前協議書, with no ID; it may look at availability
     * online but books at the counter. Some stay guests for good (マンションの管理組合, ピアノの個人練習).
     */
    final class Guest implements Group {
        private final String name;
        private final boolean permanent;

        private Guest(String name, boolean permanent) {
            this.name = name;
            this.permanent = permanent;
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
            return new Guest(Validations.orThrow(Validations.notBlank("name", name).mapError(List::of)), permanent);
        }

        @Override
        public String key() {
            return "guest:" + name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Option<GroupClass> groupClass() {
            return Option.none();
        }

        /** {@return whether the group stays a guest for good} */
        public boolean permanent() {
            return permanent;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Guest && ((Guest) o).name.equals(name) && ((Guest) o).permanent == permanent;
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + Boolean.hashCode(permanent);
        }

        @Override
        public String toString() {
            return name + " (ゲスト団体" + (permanent ? "・恒久" : "") + ")";
        }
    }
}

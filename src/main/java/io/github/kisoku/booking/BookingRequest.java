package io.github.kisoku.booking;

import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.Validations;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One reservation asked for (予約申込): who, which unit, which date and slots, how many people,
 * for what purpose, whether the room's notes were agreed to, online or at the counter, and by
 * which method. Missing purpose or headcount is not an input error but a refusal with its reason
 * (the system refuses such a form: manual §5). Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class BookingRequest {
    BookingRequest() {
    }

    /**
     * A request, validated: online, first come, no headcount, purpose or consent yet.
     *
     * @param group who books
     * @param unitId the unit's id
     * @param date the date of use
     * @param slots the slots
     * @return the request, or every problem
     */
    public static Validation<Seq<Problem>, BookingRequest> validate(Group group, String unitId, LocalDate date,
            Seq<Slot> slots) {
        return Validation.combine(Validations.required("group", group), Validations.notBlank("unitId", unitId),
                Validations.required("date", date), Validations.required("slots", slots)
                        .flatMap(s -> s.contains(null) ? Validation.invalid(Problem.required("slots[]"))
                                : Validation.valid(s)))
                .ap((g, u, d, s) -> ImmutableBookingRequest.create(g, u, d,
                        List.ofAll(s).distinct().sorted(), Option.none(), Option.none(), false, Channel.ONLINE,
                        Method.FIRST_COME));
    }

    /**
     * A request; see {@link #validate}.
     *
     * @param group who books
     * @param unitId the unit's id
     * @param date the date of use
     * @param slots the slots
     * @return the request
     * @throws io.github.kisoku.kernel.InvalidInputException with every problem
     */
    public static BookingRequest of(Group group, String unitId, LocalDate date, Seq<Slot> slots) {
        return Validations.orThrow(validate(group, unitId, date, slots));
    }

    /**
     * The same request with a headcount (利用人数).
     *
     * @param persons the number of people
     * @return a new request
     */
    public BookingRequest withHeadcount(int persons) {
        return ImmutableBookingRequest.create(group(), unitId(), date(), slots(), Option.of(persons), purpose(), consent(),
                channel(), method());
    }

    /**
     * The same request with a purpose (利用目的).
     *
     * @param text the purpose, e.g. {@code 舞踊}
     * @return a new request
     */
    public BookingRequest withPurpose(String text) {
        return ImmutableBookingRequest.create(group(), unitId(), date(), slots(), headcount(),
                Option.of(text).filter(t -> !t.isBlank()).map(String::strip), consent(), channel(), method());
    }

    /**
     * The same request with the room's notes agreed to (上記内容を確認のうえ、同意します).
     *
     * @return a new request
     */
    public BookingRequest withConsent() {
        return ImmutableBookingRequest.create(group(), unitId(), date(), slots(), headcount(), purpose(), true, channel(),
                method());
    }

    /**
     * The same request made through a channel.
     *
     * @param how online or at the counter
     * @return a new request
     */
    public BookingRequest via(Channel how) {
        return ImmutableBookingRequest.create(group(), unitId(), date(), slots(), headcount(), purpose(), consent(),
                Require.nonNull(how, "channel"), method());
    }

    /**
     * The same request made by a method.
     *
     * @param how first come, priority or lottery
     * @return a new request
     */
    public BookingRequest by(Method how) {
        return ImmutableBookingRequest.create(group(), unitId(), date(), slots(), headcount(), purpose(), consent(),
                channel(), Require.nonNull(how, "method"));
    }

    /** {@return who books} */
    public abstract Group group();

    /** {@return the unit's id} */
    public abstract String unitId();

    /** {@return the date of use} */
    public abstract LocalDate date();

    /** {@return the slots, in order, each once} */
    public abstract List<Slot> slots();

    /** {@return the headcount, if given} */
    public abstract Option<Integer> headcount();

    /** {@return the purpose, if given} */
    public abstract Option<String> purpose();

    /** {@return whether the room's notes were agreed to} */
    public abstract boolean consent();

    /** {@return online or at the counter} */
    public abstract Channel channel();

    /** {@return the method} */
    public abstract Method method();
}

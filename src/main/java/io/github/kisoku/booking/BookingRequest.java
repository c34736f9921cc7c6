package io.github.kisoku.booking;

import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.Validations;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;

/**
 * One reservation asked for (予約申込): who, which unit, which date and slots, how many people,
 * for what purpose, whether the room's notes were agreed to, online or at the counter, and by
 * which method. Missing purpose or headcount is not an input error but a refusal with its reason
 * (the system refuses such a form: manual §5). Immutable and thread-safe.
 */
public final class BookingRequest {
    private final Group group;
    private final String unitId;
    private final LocalDate date;
    private final List<Slot> slots;
    private final Option<Integer> headcount;
    private final Option<String> purpose;
    private final boolean consent;
    private final Channel channel;
    private final Method method;

    private BookingRequest(Group group, String unitId, LocalDate date, List<Slot> slots, Option<Integer> headcount,
            Option<String> purpose, boolean consent, Channel channel, Method method) {
        this.group = group;
        this.unitId = unitId;
        this.date = date;
        this.slots = slots;
        this.headcount = headcount;
        this.purpose = purpose;
        this.consent = consent;
        this.channel = channel;
        this.method = method;
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
                .ap((g, u, d, s) -> new BookingRequest(g, u, d, List.ofAll(s), Option.none(), Option.none(), false,
                        Channel.ONLINE, Method.FIRST_COME));
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
        return new BookingRequest(group, unitId, date, slots, Option.of(persons), purpose, consent, channel, method);
    }

    /**
     * The same request with a purpose (利用目的).
     *
     * @param text the purpose, e.g. {@code 舞踊}
     * @return a new request
     */
    public BookingRequest withPurpose(String text) {
        return new BookingRequest(group, unitId, date, slots, headcount,
                Option.of(text).filter(t -> !t.isBlank()).map(String::strip), consent, channel, method);
    }

    /**
     * The same request with the room's notes agreed to (上記内容を確認のうえ、同意します).
     *
     * @return a new request
     */
    public BookingRequest withConsent() {
        return new BookingRequest(group, unitId, date, slots, headcount, purpose, true, channel, method);
    }

    /**
     * The same request made through a channel.
     *
     * @param how online or at the counter
     * @return a new request
     */
    public BookingRequest via(Channel how) {
        return new BookingRequest(group, unitId, date, slots, headcount, purpose, consent,
                Require.nonNull(how, "channel"), method);
    }

    /**
     * The same request made by a method.
     *
     * @param how first come, priority or lottery
     * @return a new request
     */
    public BookingRequest by(Method how) {
        return new BookingRequest(group, unitId, date, slots, headcount, purpose, consent, channel,
                Require.nonNull(how, "method"));
    }

    /** {@return who books} */
    public Group group() {
        return group;
    }

    /** {@return the unit's id} */
    public String unitId() {
        return unitId;
    }

    /** {@return the date of use} */
    public LocalDate date() {
        return date;
    }

    /** {@return the slots, in order} */
    public List<Slot> slots() {
        return slots.distinct().sorted();
    }

    /** {@return the headcount, if given} */
    public Option<Integer> headcount() {
        return headcount;
    }

    /** {@return the purpose, if given} */
    public Option<String> purpose() {
        return purpose;
    }

    /** {@return whether the room's notes were agreed to} */
    public boolean consent() {
        return consent;
    }

    /** {@return online or at the counter} */
    public Channel channel() {
        return channel;
    }

    /** {@return the method} */
    public Method method() {
        return method;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BookingRequest)) {
            return false;
        }
        BookingRequest r = (BookingRequest) o;
        return group.equals(r.group) && unitId.equals(r.unitId) && date.equals(r.date) && slots.equals(r.slots)
                && headcount.equals(r.headcount) && purpose.equals(r.purpose) && consent == r.consent
                && channel == r.channel && method == r.method;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(group, unitId, date, slots, headcount, purpose, consent, channel, method);
    }

    @Override
    public String toString() {
        return group.name() + " " + unitId + " " + date + " " + slots().map(Slot::label).mkString("・") + " "
                + method.ja() + "/" + channel.ja();
    }
}

package io.github.kisoku.booking;

import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.NotInForce;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Require;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDateTime;

/**
 * The rules a single request is checked against, before the ledger looks at conflicts and quotas
 * (see {@link Ledger#check}). Every rule is checked and every violation reported. Pure and
 * thread-safe.
 *
 * <ul>
 *   <li>slots: known, back to back, at most 2 in the new system; 3 or more refused with a
 *       suggested split (manual §1, CONFIRMED); quota units 1 per reservation (new) or per slot
 *       (old);</li>
 *   <li>headcount 1 to the capacity, purpose required (manual §5); consent to the room's notes
 *       (manual §5 注意事項);</li>
 *   <li>registration valid on the day of the request (manual §1 有効期限); guests at the counter
 *       only (manual §2); counter-only units;</li>
 *   <li>the booking window of the group's class and method, a caller-supplied setting.</li>
 * </ul>
 */
public final class RequestRules {
    // The variants and reasons every check says the same way, made once; the others are made in one
    // step (BookingRule.reason), not through a chain of copies: a check makes a dozen reasons.
    private static final Option<String> ALLOWED = Option.some("allowed");
    private static final Option<String> RESERVATION = Option.some("reservation");
    private static final Option<String> RANGE = Option.some("range");
    private static final Option<String> GIVEN = Option.some("given");
    private static final Option<String> VALID = Option.some("valid");
    private static final Option<String> EXPIRED = Option.some("expired");
    private static final Option<String> AGREED = Option.some("agreed");
    private static final Option<String> NEEDED = Option.some("needed");
    private static final Option<String> OPEN = Option.some("open");
    private static final Reason REGISTERED = Reason.of(BookingRule.GUEST).variant("registered");

    private RequestRules() {
    }

    /**
     * Checks a request against every rule that does not need the ledger.
     *
     * @param catalogue the facilities and units
     * @param settings the caller's settings
     * @param request the request
     * @param now when the request is made (Japan time)
     * @param checkWindow whether to check the booking window (not for a lottery win, whose
     *     application was checked when it was made)
     * @return the assessment with every reason
     */
    public static RequestAssessment check(Catalogue catalogue, BookingSettings settings, BookingRequest request,
            LocalDateTime now, boolean checkWindow) {
        return draft(catalogue, settings, request, now, checkWindow).done();
    }

    /** The check of {@link #check} as a draft the ledger goes on writing (conflicts, quotas). */
    static RequestAssessment.Draft draft(Catalogue catalogue, BookingSettings settings, BookingRequest request,
            LocalDateTime now, boolean checkWindow) {
        Require.nonNull(catalogue, "catalogue");
        Require.nonNull(settings, "settings");
        Require.nonNull(request, "request");
        Require.nonNull(now, "now");
        Option<Unit> unit = catalogue.unit(request.unitId());
        Option<Facility> facility = unit.flatMap(catalogue::facilityOf);
        RuleSet rs = facility.map(f -> f.ruleSetOn(now.toLocalDate())).getOrElse(RuleSet.NEW);
        RequestAssessment.Draft a = RequestAssessment.draft(facility, unit, rs);
        if (unit.isEmpty() || facility.isEmpty()) {
            a = a.violate(RefusalCode.UNKNOWN_UNIT, Reason.of(BookingRule.UNIT).withFigure("unitId", request.unitId()));
        } else {
            a = a.because(facility.get().ruleSetReason(now.toLocalDate()));
            a = slots(a, facility.get(), request, rs);
            a = headcount(a, unit.get(), request);
            a = consent(a, unit.get(), request);
            a = channel(a, unit.get(), request);
            a = datePassed(a, request, now);
        }
        a = purpose(a, request);
        a = registration(a, request, now);
        a = checkWindow ? window(a, settings, request, now)
                : a.notApplied(Reason.of(BookingRule.WINDOW).variant("lottery-win"));
        return a;
    }

    /**
     * Splits slots into reservations the new system accepts: runs of back-to-back slots, each cut
     * into pieces of at most {@code max} slots from the start (manual §1: 「2コマの予約等をうまく組み合わせて」).
     *
     * @param facility the facility whose slots they are
     * @param slots the slots wanted
     * @param max the most slots per reservation
     * @return the pieces, in order
     */
    public static List<List<Slot>> split(Facility facility, List<Slot> slots, int max) {
        List<Slot> wanted = slots.distinct().sorted();
        List<List<Slot>> runs = List.empty();
        List<Slot> run = List.empty();
        for (Slot s : wanted) {
            if (!run.isEmpty() && !adjacent(facility, run.last(), s)) {
                runs = runs.append(run);
                run = List.empty();
            }
            run = run.append(s);
        }
        if (!run.isEmpty()) {
            runs = runs.append(run);
        }
        return runs.flatMap(r -> r.grouped(Math.max(1, Math.min(max, r.size()))).toList());
    }

    private static boolean adjacent(Facility f, Slot a, Slot b) {
        int i = f.slots().indexOf(a);
        return i >= 0 && f.slots().indexOf(b) == i + 1 && a.isFollowedBy(b);
    }

    private static RequestAssessment.Draft slots(RequestAssessment.Draft a, Facility f, BookingRequest r, RuleSet rs) {
        List<Slot> slots = r.slots();
        if (slots.isEmpty()) {
            return a.violate(RefusalCode.NO_SLOT, Reason.of(BookingRule.SLOTS).variant("none"));
        }
        List<Slot> unknown = slots.filter(s -> !f.slots().contains(s));
        if (!unknown.isEmpty()) {
            return a.violate(RefusalCode.UNKNOWN_SLOT, Reason.of(BookingRule.SLOTS, BookingSources.AVAILABILITY)
                    .variant("unknown").withFigures("facilityName", f.name(), "unknown", unknown));
        }
        boolean consecutive = true;
        for (List<Slot> rest = slots; consecutive && !rest.tail().isEmpty(); rest = rest.tail()) {
            consecutive = adjacent(f, rest.head(), rest.tail().head());
        }
        int max = rs.maxConsecutiveSlots().getOrElse(Integer.MAX_VALUE);
        RequestAssessment.Draft out = a;
        if (!consecutive) {
            out = out.violate(RefusalCode.SLOTS_NOT_CONSECUTIVE, Reason.of(BookingRule.SLOTS_CONSECUTIVE))
                    .suggest(split(f, slots, max));
        } else if (slots.size() > max) {
            List<List<Slot>> split = split(f, slots, max);
            out = out.violate(RefusalCode.TOO_MANY_SLOTS, Reason.of(BookingRule.SLOTS_MAX).variant("split")
                    .withFigures("slots", slots.size(), "max", max).withFigures("reservations", split.size(),
                            "pieces", split.map(p -> p.head().start() + "–" + p.last().end()))).suggest(split);
        } else {
            out = out.because(BookingRule.reason(BookingRule.SLOTS_MAX, ALLOWED, BookingRule.SLOTS_MAX.basis(),
                    "slots", slots.size(), "max", rs.maxShown(), "ruleSet", rs));
        }
        if (!out.accepted()) {
            return out;
        }
        int units = rs.unitsFor(slots.size());
        return out.withUnits(units).because(BookingRule.reason(BookingRule.QUOTA_UNITS, RESERVATION,
                BookingRule.QUOTA_UNITS.basis(), "units", units, "ruleSet", rs, "slots", slots.size()));
    }

    private static RequestAssessment.Draft headcount(RequestAssessment.Draft a, Unit u, BookingRequest r) {
        if (r.headcount().isEmpty()) {
            return a.violate(RefusalCode.HEADCOUNT, Reason.of(BookingRule.HEADCOUNT).variant("missing"));
        }
        Integer n = r.headcount().get();
        if (u.capacity().isEmpty()) {
            Reason unknown = Reason.of(BookingRule.HEADCOUNT_CAPACITY, BookingRule.HEADCOUNT_CAPACITY.basis()
                    .withNote(u.name() + " の定員は公表資料にありません")).withFigures("headcount", n, "unitName", u.name());
            return n < 1 ? a.violate(RefusalCode.HEADCOUNT, unknown) : a.because(unknown);
        }
        Integer cap = u.capacity().get();
        Reason reason = BookingRule.reason(BookingRule.HEADCOUNT, RANGE, u.basis(), "headcount", n, "capacity", cap);
        return n < 1 || n > cap ? a.violate(RefusalCode.HEADCOUNT, reason) : a.because(reason);
    }

    private static RequestAssessment.Draft purpose(RequestAssessment.Draft a, BookingRequest r) {
        return r.purpose().isEmpty()
                ? a.violate(RefusalCode.PURPOSE_MISSING, Reason.of(BookingRule.PURPOSE).variant("missing"))
                : a.because(BookingRule.reason(BookingRule.PURPOSE, GIVEN, BookingRule.PURPOSE.basis(), "purpose",
                        r.purpose().get()));
    }

    private static RequestAssessment.Draft consent(RequestAssessment.Draft a, Unit u, BookingRequest r) {
        if (u.consentNote().isEmpty()) {
            return a.notApplied(u.noConsentReason());
        }
        Reason reason = BookingRule.reason(BookingRule.CONSENT, r.consent() ? AGREED : NEEDED,
                BookingRule.CONSENT.basis(), "consentNote", u.consentNote().get());
        return r.consent() ? a.because(reason) : a.violate(RefusalCode.CONSENT_MISSING, reason);
    }

    private static RequestAssessment.Draft channel(RequestAssessment.Draft a, Unit u, BookingRequest r) {
        RequestAssessment.Draft out = a;
        if (r.group() instanceof Group.Guest) {
            Reason reason = Reason.of(BookingRule.GUEST).variant("guest");
            out = r.channel() == Channel.ONLINE ? out.violate(RefusalCode.GUEST_ONLINE, reason) : out.because(reason);
        } else {
            out = out.notApplied(REGISTERED);
        }
        if (!u.onlineBookable() && r.channel() == Channel.ONLINE) {
            out = out.violate(RefusalCode.COUNTER_ONLY, Reason.of(BookingRule.CHANNEL, u.basis())
                    .withFigure("unitName", u.name()));
        }
        return out;
    }

    private static RequestAssessment.Draft registration(RequestAssessment.Draft a, BookingRequest r, LocalDateTime now) {
        if (!(r.group() instanceof Group.Registered)) {
            return a.notApplied(Reason.of(BookingRule.REGISTRATION).variant("guest"));
        }
        Group.Registered g = (Group.Registered) r.group();
        boolean valid = g.isValidOn(now.toLocalDate());
        Reason reason = BookingRule.reason(BookingRule.REGISTRATION, valid ? VALID : EXPIRED,
                BookingRule.REGISTRATION.basis(), "validUntil", g.validUntil());
        return valid ? a.because(reason) : a.violate(RefusalCode.REGISTRATION_EXPIRED, reason);
    }

    private static RequestAssessment.Draft datePassed(RequestAssessment.Draft a, BookingRequest r, LocalDateTime now) {
        boolean passed = r.slots().isEmpty() ? r.date().isBefore(now.toLocalDate())
                : !r.date().atTime(r.slots().head().start()).isAfter(now);
        return passed ? a.violate(RefusalCode.DATE_PASSED, Reason.of(BookingRule.DATE).withFigure("date", r.date()))
                : a;
    }

    private static RequestAssessment.Draft window(RequestAssessment.Draft a, BookingSettings settings, BookingRequest r, LocalDateTime now) {
        if (settings.windows().isEmpty()) {
            return a.because(Reason.of(BookingRule.SETTING_MISSING).variant("window"));
        }
        Either<NotInForce, Effective<List<BookingWindow>>> in = settings.windows().get().at(now.toLocalDate());
        if (in.isLeft()) {
            return a.because(Reason.of(BookingRule.SETTING_MISSING).variant("window-not-in-force")
                    .withFigure("notInForce", in.getLeft().message()));
        }
        Option<GroupClass> cls = r.group().groupClass();
        List<BookingWindow> applicable = in.get().value().filter(w -> w.appliesTo(cls, r.method()));
        if (applicable.isEmpty()) {
            Reason none = Reason.of(BookingRule.WINDOW, in.get().basis());
            return a.violate(RefusalCode.OUTSIDE_WINDOW, cls.isDefined()
                    ? none.variant("none").withFigures("method", r.method(), "groupClass", cls.get())
                    : none.variant("none-guest").withFigure("method", r.method()));
        }
        Option<BookingWindow> open = applicable.find(w -> !now.isBefore(w.opensAt(r.date()))
                && now.isBefore(w.closesAt(r.date())));
        if (open.isDefined()) {
            return a.because(BookingRule.reason(BookingRule.WINDOW, OPEN, open.get().basis(),
                    "opensAt", open.get().opensAt(r.date()), "window", open.get().describe()));
        }
        BookingWindow w = applicable.head();
        return a.violate(RefusalCode.OUTSIDE_WINDOW, Reason.of(BookingRule.WINDOW, w.basis()).variant("closed")
                .withFigures("opensAt", w.opensAt(r.date()), "now", now, "window", w.describe()));
    }
}

package io.github.kisoku.cli;

import io.github.kisoku.booking.Adjustment;
import io.github.kisoku.booking.BookingProblem;
import io.github.kisoku.booking.BookingSettings;
import io.github.kisoku.booking.BookingSources;
import io.github.kisoku.booking.BookingWindow;
import io.github.kisoku.booking.CancellationDeadline;
import io.github.kisoku.booking.Catalogue;
import io.github.kisoku.booking.FeeRounding;
import io.github.kisoku.booking.GroupClass;
import io.github.kisoku.booking.LotteryPeriod;
import io.github.kisoku.booking.Method;
import io.github.kisoku.booking.PaymentRule;
import io.github.kisoku.booking.QuotaPolicy;
import io.github.kisoku.booking.Ratio;
import io.github.kisoku.booking.Slot;
import io.github.kisoku.booking.UsageFeeTable;
import io.github.kisoku.calendar.ClosedDays;
import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.EffectiveTimeline;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Rounding;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * Reads the {@code settings} object of a booking case (and of {@code --settings FILE.json}): the
 * figures Kawaguchi has not published, as the caller's municipality configured them (kisoku
 * ruling 7) — closed days, booking windows per group class, quota policies, payment and
 * cancellation deadlines, lottery periods and fees with 加算/減免. Every item may name its
 * {@code source} and {@code confidence}; without a source, or with the source
 * {@code "caller-supplied"}, it is cited as a caller-supplied setting
 * ({@link BookingSources#setting}, UNCONFIRMED unless a confidence is given). Every problem is reported with its path,
 * e.g. {@code settings.quotas[1].limit}.
 */
final class SettingsReader {
    private SettingsReader() {
    }

    /**
     * The settings of a case with what the library's {@link BookingSettings} does not hold: the
     * fee table, the 加算減免区分 by id, the rounding of adjusted fees and the lottery periods.
     */
    record CaseSettings(BookingSettings booking, UsageFeeTable fees, Map<String, Adjustment> adjustments,
            Option<FeeRounding> rounding, List<Lottery> lotteries) {
        /** Without a {@code settings} object: the library's one dated default, the bundled example fees. */
        static CaseSettings defaults() {
            return new CaseSettings(BookingSettings.defaults(), Catalogue.exampleFees(), LinkedHashMap.empty(),
                    Option.none(), List.empty());
        }
    }

    /** The optional {@code settings} field of a case; its default when absent. */
    static Option<CaseSettings> read(CaseReader f, Option<Catalogue> catalogue) {
        Option<CaseReader> s = f.object("settings", false);
        if (s.isEmpty()) {
            return f.value("settings").isEmpty() ? Option.of(CaseSettings.defaults()) : Option.none();
        }
        CaseReader r = s.get();
        Option<CaseSettings> out = settings(r, catalogue);
        f.absorb(r);
        return out;
    }

    private static Option<CaseSettings> settings(CaseReader r, Option<Catalogue> catalogue) {
        LocalDate from = r.date("inForceFrom", false).getOrElse(CaseReader.FIRST_DATE);
        Option<List<Closed>> closed = r.objects("closedDays", false, c -> closed(c, catalogue));
        Option<List<BookingWindow>> windows = r.objects("windows", false, SettingsReader::window);
        Option<List<QuotaPolicy>> quotas = r.objects("quotas", false, SettingsReader::quota);
        Option<List<Payment>> payments = r.objects("payment", false, SettingsReader::payment);
        Option<List<Cancel>> cancels = r.objects("cancellation", false, c -> cancellation(c, catalogue));
        Option<List<Lottery>> lotteries = r.objects("lotteries", false, SettingsReader::lottery);
        Option<Fees> fees = r.nested("fees", false, SettingsReader::fees);
        boolean feesGiven = r.value("fees").isDefined();
        if (r.hasProblems() || (feesGiven && fees.isEmpty())) {
            return Option.none();
        }
        BookingSettings b = BookingSettings.defaults();
        for (Closed c : closed.getOrElse(List.empty())) {
            b = b.withClosedDays(c.facility(), c.days());
        }
        if (windows.isDefined()) {
            b = b.withWindows(EffectiveTimeline.of("settings.windows", Effective.from(from, windows.get(),
                    windows.get().headOption().map(BookingWindow::basis).getOrElse(BookingSources.setting("booking.window")))));
        }
        if (quotas.isDefined()) {
            b = b.withQuotas(EffectiveTimeline.of("settings.quotas", Effective.from(from, quotas.get(),
                    quotas.get().headOption().map(QuotaPolicy::basis).getOrElse(BookingSources.setting("booking.quota")))));
        }
        for (Payment p : payments.getOrElse(List.empty())) {
            b = b.withPayment(p.method(), EffectiveTimeline.of("settings.payment." + p.method().name(),
                    Effective.from(from, p.rule(), p.basis())));
        }
        for (Cancel c : cancels.getOrElse(List.empty())) {
            b = b.withCancellation(c.facility(), EffectiveTimeline.of("settings.cancellation." + c.facility(),
                    Effective.from(from, c.deadline(), c.basis())));
        }
        Fees f = fees.getOrElse(new Fees(Option.none(), LinkedHashMap.empty(), Option.none()));
        return Option.of(new CaseSettings(b, f.table().getOrElse(Catalogue.exampleFees()), f.adjustments(),
                f.rounding(), lotteries.getOrElse(List.empty())));
    }

    /** The {@code source} of an item that no published document sets: the caller's own figure. */
    static final String CALLER_SUPPLIED = "caller-supplied";

    /** Where an item of the settings comes from: its {@code source}, or "caller-supplied setting". */
    private static LegalBasis basis(CaseReader r, String setting) {
        Option<String> source = r.text("source", false);
        Option<Confidence> confidence = r.enumeration("confidence", false, Confidence.class);
        if (source.isEmpty() || source.get().isBlank() || source.get().equals(CALLER_SUPPLIED)) {
            LegalBasis b = BookingSources.setting(setting);
            return confidence.map(b::withConfidence).getOrElse(b);
        }
        return LegalBasis.document(source.get(), setting, confidence.getOrElse(Confidence.UNCONFIRMED));
    }

    private record Closed(String facility, ClosedDays days) {
    }

    private static Option<Closed> closed(CaseReader c, Option<Catalogue> catalogue) {
        Option<String> facility = facilityId(c, catalogue);
        Option<List<DayOfWeek>> weekdays = c.texts("weekdays", false).flatMap(ts -> {
            List<Option<DayOfWeek>> ds = ts.zipWithIndex().map(t -> weekday(c, t._1, t._2));
            return ds.exists(Option::isEmpty) ? Option.none() : Option.of(ds.map(Option::get));
        });
        boolean weekdaysBad = c.value("weekdays").isDefined() && weekdays.isEmpty();
        Option<List<LocalDate>> dates = c.dates("dates", false);
        boolean datesBad = c.value("dates").isDefined() && dates.isEmpty();
        Option<String> name = c.text("name", false);
        LegalBasis basis = basis(c, "booking.closed-days");
        if (facility.isEmpty() || weekdaysBad || datesBad) {
            return Option.none();
        }
        String n = name.getOrElse(facility.get());
        return Option.of(new Closed(facility.get(), ClosedDays.of(Message.of(n + " 休館日", n + " closed days"), basis,
                HashSet.ofAll(weekdays.getOrElse(List.empty())), HashSet.ofAll(dates.getOrElse(List.empty())))));
    }

    private static Option<DayOfWeek> weekday(CaseReader c, String text, int i) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().equals(text)) {
                return Option.of(d);
            }
        }
        c.problem(Problem.of(CliProblem.UNKNOWN_VALUE, c.path("weekdays") + "[" + i + "]").withFigures("value", text,
                "known", List.of(DayOfWeek.values()).map(Enum::name).mkString(", ")));
        return Option.none();
    }

    /** A facility id that must be in the catalogue (when the catalogue could be read). */
    private static Option<String> facilityId(CaseReader c, Option<Catalogue> catalogue) {
        Option<String> id = c.text("facility", true);
        if (id.isDefined() && catalogue.exists(cat -> cat.facility(id.get()).isEmpty())) {
            c.problem(Problem.of(CliProblem.UNKNOWN_FACILITY, c.path("facility")).withFigure("id", id.get()));
            return Option.none();
        }
        return id;
    }

    private static Option<BookingWindow> window(CaseReader w) {
        Option<GroupClass> cls = w.enumeration("groupClass", false, GroupClass.class);
        Option<Method> method = w.enumeration("method", true, Method.class);
        Option<Long> months = w.integer("monthsBefore", true, 0, 24);
        Option<Long> day = w.integer("dayOfMonth", true, 1, 31);
        Option<LocalTime> at = w.time("at", true);
        Option<Long> closes = w.integer("closesDaysBefore", false, 0, 366);
        LegalBasis basis = basis(w, "booking.window");
        if (method.isEmpty() || months.isEmpty() || day.isEmpty() || at.isEmpty() || w.hasProblems()) {
            return Option.none();
        }
        BookingWindow win = BookingWindow.opening(cls, method.get(), months.get().intValue(), day.get().intValue(),
                at.get(), basis);
        return Option.of(closes.isDefined() ? win.closingDaysBefore(closes.get().intValue()) : win);
    }

    private static Option<QuotaPolicy> quota(CaseReader q) {
        Option<String> name = q.text("name", true);
        Option<Long> limit = q.integer("limit", true, 0, 10_000);
        Option<QuotaPolicy.Period> period = q.enumeration("period", true, QuotaPolicy.Period.class);
        Option<QuotaPolicy.Scope> scope = q.enumeration("scope", true, QuotaPolicy.Scope.class);
        Option<QuotaPolicy.Counts> counts = q.enumeration("counts", true, QuotaPolicy.Counts.class);
        boolean warnOnly = q.bool("warnOnly", false);
        LegalBasis basis = basis(q, "booking.quota");
        if (name.isEmpty() || limit.isEmpty() || period.isEmpty() || scope.isEmpty() || counts.isEmpty()) {
            return Option.none();
        }
        QuotaPolicy p = QuotaPolicy.of(name.get(), limit.get().intValue(), period.get(), scope.get(), counts.get(),
                basis);
        return Option.of(warnOnly ? p.warnOnly() : p);
    }

    private record Payment(Method method, PaymentRule rule, LegalBasis basis) {
    }

    /** {@code {method, monthEnd: true, at}} or {@code {method, daysAfterRequest, at}}. */
    private static Option<Payment> payment(CaseReader p) {
        Option<Method> method = p.enumeration("method", true, Method.class);
        boolean monthEnd = p.bool("monthEnd", false);
        Option<Long> days = p.integer("daysAfterRequest", false, 0, 366);
        Option<LocalTime> at = p.time("at", true);
        LegalBasis basis = basis(p, "booking.payment");
        if (monthEnd == days.isDefined() && !p.hasProblems()) {
            p.problem(Problem.of(CliProblem.ONE_OF, p.path("daysAfterRequest")).withFigure("fields",
                    "monthEnd, daysAfterRequest"));
        }
        if (method.isEmpty() || at.isEmpty() || p.hasProblems()) {
            return Option.none();
        }
        PaymentRule rule = monthEnd ? new PaymentRule.MonthEnd(at.get())
                : new PaymentRule.DaysAfterRequest(days.get().intValue(), at.get());
        return Option.of(new Payment(method.get(), rule, basis));
    }

    private record Cancel(String facility, CancellationDeadline deadline, LegalBasis basis) {
    }

    private static Option<Cancel> cancellation(CaseReader c, Option<Catalogue> catalogue) {
        Option<String> facility = facilityId(c, catalogue);
        Option<Long> days = c.integer("daysBefore", true, 0, 366);
        Option<LocalTime> at = c.time("at", true);
        LegalBasis basis = basis(c, "booking.cancellation");
        if (facility.isEmpty() || days.isEmpty() || at.isEmpty()) {
            return Option.none();
        }
        return Option.of(new Cancel(facility.get(), new CancellationDeadline(days.get().intValue(), at.get()), basis));
    }

    /** A lottery period (抽選受付期間) and where it is set. */
    record Lottery(LotteryPeriod period, LegalBasis basis) {
    }

    private static Option<Lottery> lottery(CaseReader l) {
        Option<YearMonth> month = l.text("useMonth", true).flatMap(t -> {
            try {
                return Option.of(YearMonth.parse(t));
            } catch (DateTimeParseException e) {
                l.problem(Problem.of(CliProblem.INVALID_MONTH, l.path("useMonth")).withFigure("value", t));
                return Option.none();
            }
        });
        Option<LocalDateTime> opens = BookingCases.dateTime(l, "opens", true);
        Option<LocalDateTime> closes = BookingCases.dateTime(l, "closes", true);
        LegalBasis basis = basis(l, "booking.lottery-period");
        if (month.isEmpty() || opens.isEmpty() || closes.isEmpty()) {
            return Option.none();
        }
        if (!opens.get().isBefore(closes.get())) {
            l.problem(Problem.of(CliProblem.NOT_BEFORE, l.path("closes")).withFigures("first", "opens", "value",
                    closes.get()));
            return Option.none();
        }
        return Option.of(new Lottery(new LotteryPeriod(month.get(), opens.get(), closes.get()), basis));
    }

    private record Fees(Option<UsageFeeTable> table, Map<String, Adjustment> adjustments, Option<FeeRounding> rounding) {
    }

    private static Option<Fees> fees(CaseReader f) {
        Option<List<FeeRow>> rows = f.objects("table", false, SettingsReader::feeRow);
        Option<FeeRounding> rounding = f.nested("rounding", false, r -> {
            Option<Rounding> mode = r.enumeration("mode", true, Rounding.class);
            Option<Long> unit = r.integer("unit", true, 1, 10_000);
            return mode.isDefined() && unit.isDefined() ? Option.of(FeeRounding.of(mode.get(), unit.get()))
                    : Option.none();
        });
        Option<List<Named>> adjustments = f.objects("adjustments", false, SettingsReader::adjustment);
        if (f.hasProblems()) {
            return Option.none();
        }
        List<Named> named = adjustments.getOrElse(List.empty());
        named.groupBy(Named::id).filter(t -> t._2.size() > 1).keySet().toSortedSet().forEach(id ->
                f.problem(Problem.of(CliProblem.DUPLICATE_ID, f.path("adjustments")).withFigure("id", id)));
        if (f.hasProblems()) {
            return Option.none();
        }
        Option<UsageFeeTable> table = rows.map(rs -> rs.foldLeft(UsageFeeTable.empty(),
                (t, r) -> t.with(r.unit(), r.slot(), r.groupClass(), r.perSlot(), r.basis())));
        return Option.of(new Fees(table, LinkedHashMap.ofEntries(named.map(n -> io.vavr.Tuple.of(n.id(),
                n.adjustment()))), rounding));
    }

    private record FeeRow(String unit, Option<Slot> slot, Option<GroupClass> groupClass, Yen perSlot,
            LegalBasis basis) {
    }

    private static Option<FeeRow> feeRow(CaseReader r) {
        Option<String> unit = r.text("unit", true);
        Option<Slot> slot = r.text("slot", false).flatMap(t -> BookingCases.slot(r, r.path("slot"), t));
        boolean slotBad = r.value("slot").isDefined() && slot.isEmpty();
        Option<GroupClass> cls = r.enumeration("groupClass", false, GroupClass.class);
        Option<Yen> perSlot = r.yen("perSlot", true);
        LegalBasis basis = basis(r, "booking.fee");
        if (unit.isEmpty() || slotBad || perSlot.isEmpty() || r.hasProblems()) {
            return Option.none();
        }
        return Option.of(new FeeRow(unit.get(), slot, cls, perSlot.get(), basis));
    }

    private record Named(String id, Adjustment adjustment) {
    }

    /**
     * A 加算減免区分: {@code {id, kind: SURCHARGE, factor: "3/2", ja, en}} or
     * {@code {id, kind: REDUCTION, share: "1/2", cap?, ja, en}}.
     */
    private static Option<Named> adjustment(CaseReader a) {
        Option<String> id = a.text("id", true);
        Option<Kind> kind = a.enumeration("kind", true, Kind.class);
        Option<String> ja = a.text("ja", true);
        Option<String> en = a.text("en", true);
        Option<Ratio> factor = a.text("factor", false).flatMap(t -> ratio(a, "factor", t));
        Option<Ratio> share = a.text("share", false).flatMap(t -> ratio(a, "share", t));
        Option<Yen> cap = a.yen("cap", false);
        LegalBasis basis = basis(a, "booking.fee.adjustment");
        if (kind.contains(Kind.SURCHARGE)) {
            if (factor.isEmpty() && a.value("factor").isEmpty()) {
                a.problem(Problem.required(a.path("factor")));
            }
            factor.filter(r -> r.numerator() < r.denominator()).forEach(r -> a.problem(
                    Problem.of(CliProblem.SURCHARGE_FACTOR, a.path("factor")).withFigure("value", r)));
            if (a.value("share").isDefined() || cap.isDefined()) {
                a.problem(Problem.of(CliProblem.NOT_FOR_KIND, a.path(a.value("share").isDefined() ? "share" : "cap"))
                        .withFigure("kind", Kind.SURCHARGE.name()));
            }
        }
        if (kind.contains(Kind.REDUCTION)) {
            if (share.isEmpty() && a.value("share").isEmpty()) {
                a.problem(Problem.required(a.path("share")));
            }
            share.filter(r -> r.numerator() > r.denominator()).forEach(r -> a.problem(
                    Problem.of(BookingProblem.REDUCTION_SHARE, a.path("share")).withFigure("value", r)));
            if (a.value("factor").isDefined()) {
                a.problem(Problem.of(CliProblem.NOT_FOR_KIND, a.path("factor")).withFigure("kind", Kind.REDUCTION.name()));
            }
        }
        if (id.isEmpty() || kind.isEmpty() || ja.isEmpty() || en.isEmpty() || a.hasProblems()) {
            return Option.none();
        }
        Message name = Message.of(ja.get(), en.get());
        return Option.of(new Named(id.get(), kind.get() == Kind.SURCHARGE
                ? Adjustment.surcharge(name, factor.get(), basis)
                : Adjustment.reduction(name, share.get(), cap, basis)));
    }

    /** The kind of a 加算減免区分. */
    enum Kind {
        /** 加算: the component times a factor of 1 or more. */
        SURCHARGE,
        /** 減免: a share of the component taken off, optionally capped. */
        REDUCTION
    }

    /** A fraction written {@code n/d}, e.g. {@code 1/2}. */
    static Option<Ratio> ratio(CaseReader r, String name, String text) {
        String[] parts = text.split("/", -1);
        try {
            if (parts.length == 2) {
                long n = Long.parseLong(parts[0].strip());
                long d = Long.parseLong(parts[1].strip());
                if (n >= 0 && d > 0 && n <= 1_000_000 && d <= 1_000_000) {
                    return Option.of(Ratio.of(n, d));
                }
            }
        } catch (NumberFormatException e) {
            // reported below, with the expected form
        }
        r.problem(Problem.of(CliProblem.INVALID_RATIO, r.path(name)).withFigure("value", text));
        return Option.none();
    }
}

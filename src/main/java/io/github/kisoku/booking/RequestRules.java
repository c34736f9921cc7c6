package io.github.kisoku.booking;

import io.github.kisoku.kernel.Confidence;
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
    public static Assessment check(Catalogue catalogue, BookingSettings settings, BookingRequest request,
            LocalDateTime now, boolean checkWindow) {
        Require.nonNull(catalogue, "catalogue");
        Require.nonNull(settings, "settings");
        Require.nonNull(request, "request");
        Require.nonNull(now, "now");
        Option<Unit> unit = catalogue.unit(request.unitId());
        Option<Facility> facility = unit.flatMap(catalogue::facilityOf);
        RuleSet rs = facility.map(f -> f.ruleSetOn(now.toLocalDate())).getOrElse(RuleSet.NEW);
        Assessment a = Assessment.start(facility, unit, rs);
        if (unit.isEmpty() || facility.isEmpty()) {
            a = a.violate(RefusalCode.UNKNOWN_UNIT, Reason.of("booking.unit", BookingSources.AVAILABILITY,
                    "室場 " + request.unitId() + " は一覧にありません", "unit " + request.unitId() + " is not in the catalogue"));
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
                : a.notApplied(Reason.of("booking.window", BookingSources.WINDOWS_2023,
                        "抽選の当選は申込時に受付期間を確認済み", "a lottery win's window was checked when it was applied for"));
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

    private static Assessment slots(Assessment a, Facility f, BookingRequest r, RuleSet rs) {
        List<Slot> slots = r.slots();
        if (slots.isEmpty()) {
            return a.violate(RefusalCode.NO_SLOT, Reason.of("booking.slots", BookingSources.CONSECUTIVE,
                    "コマが選択されていません", "no slot was chosen"));
        }
        List<Slot> unknown = slots.filter(s -> !f.slots().contains(s));
        if (!unknown.isEmpty()) {
            return a.violate(RefusalCode.UNKNOWN_SLOT, Reason.of("booking.slots", BookingSources.AVAILABILITY,
                    f.name() + " にないコマ: " + unknown.map(Slot::label).mkString("・"),
                    f.name() + " has no slot " + unknown.mkString(", ")));
        }
        boolean consecutive = slots.zip(slots.tail()).forAll(p -> adjacent(f, p._1, p._2));
        int max = rs.maxConsecutiveSlots().getOrElse(Integer.MAX_VALUE);
        Assessment out = a;
        if (!consecutive) {
            out = out.violate(RefusalCode.SLOTS_NOT_CONSECUTIVE, Reason.of("booking.slots.consecutive",
                    BookingSources.CONSECUTIVE, "一つの予約のコマは連続している必要があります。別々の予約にしてください",
                    "the slots of one reservation must be back to back; book them separately"))
                    .suggest(split(f, slots, max));
        } else if (slots.size() > max) {
            List<List<Slot>> split = split(f, slots, max);
            out = out.violate(RefusalCode.TOO_MANY_SLOTS, Reason.of("booking.slots.max", BookingSources.CONSECUTIVE,
                    "新システムでは連続したコマは" + max + "コマまで。" + slots.size() + "コマは"
                            + split.map(p -> p.head().start() + "–" + p.last().end()).mkString("・")
                            + " の" + split.size() + "つの予約に分けてください（抽選はそれぞれの予約ごと）",
                    "the new system takes at most " + max + " consecutive slots; split the " + slots.size()
                            + " slots into " + split.size() + " reservations ("
                            + split.map(p -> p.head().start() + "–" + p.last().end()).mkString(", ")
                            + "), each drawn separately in a lottery")
                    .withFigures("slots", slots.size(), "max", max)).suggest(split);
        } else {
            out = out.because(Reason.of("booking.slots.max", BookingSources.CONSECUTIVE,
                    slots.size() + "コマの連続した予約（" + rs.ja() + "）",
                    slots.size() + " consecutive slot(s) (" + rs.en() + ")").withFigures("slots", slots.size(),
                            "max", rs.maxConsecutiveSlots().map(String::valueOf).getOrElse("制限なし")));
        }
        if (!out.accepted()) {
            return out;
        }
        int units = rs.unitsFor(slots.size());
        return out.withUnits(units).because(Reason.of("booking.quota.units", BookingSources.QUOTA_UNITS,
                rs.ja() + "では" + slots.size() + "コマの予約で持ちコマ数を" + units + "コマ消費",
                "in the " + rs.en() + " a " + slots.size() + "-slot reservation uses " + units + " quota unit(s)")
                .withFigure("units", units));
    }

    private static Assessment headcount(Assessment a, Unit u, BookingRequest r) {
        if (r.headcount().isEmpty()) {
            return a.violate(RefusalCode.HEADCOUNT, Reason.of("booking.headcount", BookingSources.REQUEST_FORM,
                    "利用人数は必須です", "the headcount is required"));
        }
        int n = r.headcount().get();
        if (u.capacity().isEmpty()) {
            Reason unknown = Reason.of("booking.headcount.capacity", BookingSources.setting("booking.capacity")
                    .withNote(u.name() + " の定員は公表資料にありません"),
                    u.name() + " の定員が不明のため、1名以上であることのみ確認",
                    "the capacity of " + u.name() + " is not published; only checked that it is 1 or more")
                    .withFigure("headcount", n);
            return n < 1 ? a.violate(RefusalCode.HEADCOUNT, unknown) : a.because(unknown);
        }
        int cap = u.capacity().get();
        Reason reason = Reason.of("booking.headcount", u.basis(),
                "利用人数 " + n + "名（最小: 1名 ~ 最大: " + cap + "名）", "headcount " + n + " (1 to " + cap + ")")
                .withFigures("headcount", n, "capacity", cap);
        return n < 1 || n > cap ? a.violate(RefusalCode.HEADCOUNT, reason) : a.because(reason);
    }

    private static Assessment purpose(Assessment a, BookingRequest r) {
        Reason reason = Reason.of("booking.purpose", BookingSources.REQUEST_FORM,
                r.purpose().map(p -> "利用目的: " + p).getOrElse("利用目的は必須です"),
                r.purpose().map(p -> "purpose: " + p).getOrElse("the purpose of use is required"));
        return r.purpose().isEmpty() ? a.violate(RefusalCode.PURPOSE_MISSING, reason) : a.because(reason);
    }

    private static Assessment consent(Assessment a, Unit u, BookingRequest r) {
        if (u.consentNote().isEmpty()) {
            return a.notApplied(Reason.of("booking.consent", BookingSources.CONSENT,
                    u.name() + " に注意事項はありません", u.name() + " has no notes that need consent"));
        }
        Reason reason = Reason.of("booking.consent", BookingSources.CONSENT,
                "注意事項「" + u.consentNote().get().ja() + "」" + (r.consent() ? "に同意済み" : "への同意が必要です"),
                "notes \"" + u.consentNote().get().en() + "\" " + (r.consent() ? "agreed to" : "must be agreed to"));
        return r.consent() ? a.because(reason) : a.violate(RefusalCode.CONSENT_MISSING, reason);
    }

    private static Assessment channel(Assessment a, Unit u, BookingRequest r) {
        Assessment out = a;
        if (r.group() instanceof Group.Guest) {
            Reason reason = Reason.of("booking.guest", BookingSources.GUEST,
                    "ゲスト団体はIDがないため、予約は公民館の窓口で", "a guest group has no ID and books at the counter");
            out = r.channel() == Channel.ONLINE ? out.violate(RefusalCode.GUEST_ONLINE, reason) : out.because(reason);
        } else {
            out = out.notApplied(Reason.of("booking.guest", BookingSources.GUEST, "登録団体（ID あり）",
                    "a registered group (has an ID)"));
        }
        if (!u.onlineBookable() && r.channel() == Channel.ONLINE) {
            out = out.violate(RefusalCode.COUNTER_ONLY, Reason.of("booking.channel", u.basis(),
                    u.name() + " はネット申込できません（窓口のみ）", u.name() + " cannot be booked online (counter only)"));
        }
        return out;
    }

    private static Assessment registration(Assessment a, BookingRequest r, LocalDateTime now) {
        if (!(r.group() instanceof Group.Registered)) {
            return a.notApplied(Reason.of("booking.registration", BookingSources.RENEWAL,
                    "ゲスト団体には登録の有効期限がありません", "a guest group has no registration to expire"));
        }
        Group.Registered g = (Group.Registered) r.group();
        Reason reason = Reason.of("booking.registration", BookingSources.RENEWAL,
                "登録の有効期限 " + g.validUntil() + (g.isValidOn(now.toLocalDate()) ? "（有効）" : " を過ぎているため予約できません。更新してください"),
                "registration valid until " + g.validUntil()
                        + (g.isValidOn(now.toLocalDate()) ? "" : "; it has expired, so the group cannot book: renew it"))
                .withFigure("validUntil", g.validUntil());
        return g.isValidOn(now.toLocalDate()) ? a.because(reason) : a.violate(RefusalCode.REGISTRATION_EXPIRED, reason);
    }

    private static Assessment datePassed(Assessment a, BookingRequest r, LocalDateTime now) {
        Option<Slot> first = r.slots().headOption();
        boolean passed = first.map(s -> !r.date().atTime(s.start()).isAfter(now)).getOrElse(r.date().isBefore(
                now.toLocalDate()));
        return passed ? a.violate(RefusalCode.DATE_PASSED, Reason.of("booking.date", BookingSources.AVAILABILITY,
                "利用日時 " + r.date() + " は過ぎています", "the time of use on " + r.date() + " has passed")) : a;
    }

    private static Assessment window(Assessment a, BookingSettings settings, BookingRequest r, LocalDateTime now) {
        if (settings.windows().isEmpty()) {
            return a.because(notChecked("受付期間が指定されていないため確認していません",
                    "no booking window was supplied, so it was not checked"));
        }
        Either<NotInForce, Effective<List<BookingWindow>>> in = settings.windows().get().at(now.toLocalDate());
        if (in.isLeft()) {
            return a.because(notChecked("受付期間の設定が施行期間外: " + in.getLeft().message().ja(),
                    "no booking window in force: " + in.getLeft().message().en()));
        }
        Option<GroupClass> cls = r.group().groupClass();
        List<BookingWindow> applicable = in.get().value().filter(w -> w.appliesTo(cls, r.method()));
        String who = cls.map(GroupClass::ja).getOrElse("ゲスト団体");
        if (applicable.isEmpty()) {
            return a.violate(RefusalCode.OUTSIDE_WINDOW, Reason.of("booking.window", in.get().basis(),
                    who + " の" + r.method().ja() + "の受付期間はありません",
                    "there is no " + r.method().en() + " window for " + cls.map(GroupClass::en).getOrElse("guests")));
        }
        Option<BookingWindow> open = applicable.find(w -> !now.isBefore(w.opensAt(r.date()))
                && now.isBefore(w.closesAt(r.date())));
        if (open.isDefined()) {
            return a.because(Reason.of("booking.window", open.get().basis(), "受付期間内: " + open.get(),
                    "within the window: " + open.get()).withFigure("opensAt", open.get().opensAt(r.date())));
        }
        BookingWindow w = applicable.head();
        return a.violate(RefusalCode.OUTSIDE_WINDOW, Reason.of("booking.window", w.basis(),
                "受付期間外: " + w + "（" + w.opensAt(r.date()) + " から）",
                "outside the window, which opens " + w.opensAt(r.date()))
                .withFigures("opensAt", w.opensAt(r.date()), "now", now));
    }

    static Reason notChecked(String ja, String en) {
        return Reason.of("booking.setting-missing", BookingSources.SETTING_RULING.withConfidence(Confidence.UNCONFIRMED),
                ja, en);
    }
}

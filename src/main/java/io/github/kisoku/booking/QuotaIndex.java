package io.github.kisoku.booking;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;

/**
 * The ledger's quota items, indexed by group and month (of use and of application) so that a
 * quota check reads only the items its policies could count, however long the history. Each
 * reservation's items are filed under its id, so a change of state replaces them. The months of
 * use are kept newest first, so the open bookings (use date on or after today) are read from the
 * newest month back to today's and no further. Persistent: every change returns a new index and
 * shares the rest. Immutable and thread-safe.
 */
final class QuotaIndex {
    /** A month's items by reservation id. */
    private static final Map<Long, List<QuotaItem>> NONE = HashMap.empty();

    static final QuotaIndex EMPTY = new QuotaIndex(HashMap.empty(), HashMap.empty());

    /** By group key, then month of use (newest first), then reservation id. */
    private final Map<String, SortedMap<YearMonth, Map<Long, List<QuotaItem>>>> byUse;
    /** By group key, then month of application, then reservation id. */
    private final Map<String, Map<YearMonth, Map<Long, List<QuotaItem>>>> byApplication;

    private QuotaIndex(Map<String, SortedMap<YearMonth, Map<Long, List<QuotaItem>>>> byUse,
            Map<String, Map<YearMonth, Map<Long, List<QuotaItem>>>> byApplication) {
        this.byUse = byUse;
        this.byApplication = byApplication;
    }

    /**
     * What a reservation counts for the quotas in its present state: each live or used
     * reservation by its units, and each unpaid hold once (the rule of {@link Ledger#quotaItems()}).
     */
    static List<QuotaItem> itemsOf(Reservation r, Catalogue catalogue) {
        boolean units = r.status().holds() || r.status() == Status.USED;
        boolean unpaid = r.status() == Status.TENTATIVE;
        if (!units && !unpaid) {
            return List.empty();
        }
        String kind = catalogue.facility(r.facilityId()).map(Facility::kind).getOrElse("");
        QuotaItem.Where where = new QuotaItem.Where(r.group().key(), r.facilityId(), kind);
        LocalDate on = r.createdAt().toLocalDate();
        List<QuotaItem> items = List.empty();
        if (unpaid) {
            items = items.prepend(new QuotaItem(QuotaPolicy.Counts.UNPAID_HOLDS, where,
                    new QuotaItem.When(r.date(), on, 1)));
        }
        if (units) {
            items = items.prepend(new QuotaItem(QuotaPolicy.Counts.RESERVATION_UNITS, where,
                    new QuotaItem.When(r.date(), on, r.quotaUnits())));
        }
        return items;
    }

    /**
     * The index after a reservation was added or changed: its old items (if any) leave, its new
     * ones come in.
     */
    QuotaIndex replace(Reservation before, Reservation after, Catalogue catalogue) {
        List<QuotaItem> old = itemsOf(before, catalogue);
        List<QuotaItem> now = itemsOf(after, catalogue);
        return old.equals(now) ? this : remove(before.id(), old).add(after.id(), now);
    }

    /** The index with a new reservation's items. */
    QuotaIndex add(Reservation r, Catalogue catalogue) {
        return add(r.id(), itemsOf(r, catalogue));
    }

    private QuotaIndex add(long id, List<QuotaItem> items) {
        if (items.isEmpty()) {
            return this;
        }
        QuotaItem first = items.head();
        String group = first.where().groupKey();
        YearMonth use = YearMonth.from(first.when().useDate());
        YearMonth applied = YearMonth.from(first.when().requestedOn());
        SortedMap<YearMonth, Map<Long, List<QuotaItem>>> months = byUse.get(group)
                .getOrElse(() -> TreeMap.empty(Comparator.<YearMonth>reverseOrder()));
        Map<YearMonth, Map<Long, List<QuotaItem>>> appliedMonths = byApplication.get(group).getOrElse(HashMap.empty());
        return new QuotaIndex(
                byUse.put(group, months.put(use, months.get(use).getOrElse(NONE).put(id, items))),
                byApplication.put(group, appliedMonths.put(applied,
                        appliedMonths.get(applied).getOrElse(NONE).put(id, items))));
    }

    private QuotaIndex remove(long id, List<QuotaItem> items) {
        if (items.isEmpty()) {
            return this;
        }
        QuotaItem first = items.head();
        String group = first.where().groupKey();
        YearMonth use = YearMonth.from(first.when().useDate());
        YearMonth applied = YearMonth.from(first.when().requestedOn());
        SortedMap<YearMonth, Map<Long, List<QuotaItem>>> months = byUse.get(group).get();
        Map<Long, List<QuotaItem>> inUse = months.get(use).get().remove(id);
        Map<YearMonth, Map<Long, List<QuotaItem>>> appliedMonths = byApplication.get(group).get();
        Map<Long, List<QuotaItem>> inApplied = appliedMonths.get(applied).get().remove(id);
        // empty months and groups leave, so the index holds only what counts
        SortedMap<YearMonth, Map<Long, List<QuotaItem>>> m = inUse.isEmpty() ? months.remove(use)
                : months.put(use, inUse);
        Map<YearMonth, Map<Long, List<QuotaItem>>> a = inApplied.isEmpty() ? appliedMonths.remove(applied)
                : appliedMonths.put(applied, inApplied);
        return new QuotaIndex(m.isEmpty() ? byUse.remove(group) : byUse.put(group, m),
                a.isEmpty() ? byApplication.remove(group) : byApplication.put(group, a));
    }

    /**
     * Every item of a group that a policy of the given periods could count for a new item: those
     * used in the new item's month of use, those requested in its month of application, and those
     * whose use date is on or after today; no other item is in any policy's period. Each
     * reservation's items appear once.
     *
     * @param group the group's key
     * @param policies the policies in force
     * @param useDate the new item's date of use
     * @param requestedOn the new item's date of request
     * @param today the day of the request
     * @return the items
     */
    List<QuotaItem> candidates(String group, Seq<QuotaPolicy> policies, LocalDate useDate,
            LocalDate requestedOn, LocalDate today) {
        Option<SortedMap<YearMonth, Map<Long, List<QuotaItem>>>> ofGroup = byUse.get(group);
        if (ofGroup.isEmpty()) {
            return List.empty();
        }
        SortedMap<YearMonth, Map<Long, List<QuotaItem>>> months = ofGroup.get();
        // a group is in both maps or in neither
        Map<YearMonth, Map<Long, List<QuotaItem>>> appliedMonths = byApplication.get(group).get();
        boolean ofUseMonth = false;
        boolean open = false;
        boolean ofApplicationMonth = false;
        for (QuotaPolicy p : policies) {
            ofUseMonth |= p.period() == QuotaPolicy.Period.MONTH_OF_USE;
            open |= p.period() == QuotaPolicy.Period.OPEN_BOOKINGS;
            ofApplicationMonth |= p.period() == QuotaPolicy.Period.MONTH_OF_APPLICATION;
        }
        YearMonth useMonth = YearMonth.from(useDate);
        YearMonth todayMonth = YearMonth.from(today);
        // each reservation once, without a set: a bucket read later skips what an earlier one read
        List<QuotaItem> found = List.empty();
        if (ofUseMonth) {
            found = addAll(found, months.get(useMonth).getOrElse(NONE));
        }
        if (open) {
            // newest month first: stop at the first month before today's
            for (io.vavr.Tuple2<YearMonth, Map<Long, List<QuotaItem>>> m : months) {
                if (m._1.isBefore(todayMonth)) {
                    break;
                }
                if (!(ofUseMonth && m._1.equals(useMonth))) {
                    found = addAll(found, m._2);
                }
            }
        }
        if (ofApplicationMonth) {
            for (List<QuotaItem> items : appliedMonths.get(YearMonth.from(requestedOn)).getOrElse(NONE).valuesIterator()) {
                YearMonth used = YearMonth.from(items.head().when().useDate());
                if (!(ofUseMonth && used.equals(useMonth)) && !(open && !used.isBefore(todayMonth))) {
                    found = found.prependAll(items);
                }
            }
        }
        return found;
    }

    private static List<QuotaItem> addAll(List<QuotaItem> found, Map<Long, List<QuotaItem>> bucket) {
        List<QuotaItem> out = found;
        for (List<QuotaItem> items : bucket.valuesIterator()) {
            out = out.prependAll(items);
        }
        return out;
    }
}

package io.github.kisoku.booking;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Validations;
import io.github.kisoku.kernel.Yen;
import io.github.kisoku.kernel.data.BundledCsv;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.Lazy;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.LocalTime;
import org.immutables.value.Value;

/**
 * The facilities and their units (施設・室場一覧), looked up by id. The bundled example is
 * 西公民館 as the manual shows it ({@link #nishiKominkanExample()}), read once from
 * {@code src/main/resources/io/github/kisoku/booking/*.csv}; a caller builds its own with
 * {@link #of(Iterable)}. Unit ids are unique across a catalogue. Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class Catalogue {
    private static final String DIR = "/io/github/kisoku/booking/";
    private static final Lazy<Catalogue> NISHI = Lazy.of(Catalogue::load);
    private static final Lazy<UsageFeeTable> FEES = Lazy.of(Catalogue::loadFees);

    Catalogue() {
    }

    /**
     * A catalogue, validated: facility ids and unit ids are unique.
     *
     * @param facilities the facilities
     * @return the catalogue, or every problem
     */
    public static Validation<Seq<Problem>, Catalogue> validate(Iterable<Facility> facilities) {
        if (facilities == null) {
            return Validation.invalid(List.of(Problem.required("facilities")));
        }
        List<Facility> fs = List.ofAll(facilities);
        List<Problem> problems = List.empty();
        if (fs.map(Facility::id).distinct().size() != fs.size()) {
            problems = problems.append(Problem.of(BookingProblem.DUPLICATE_FACILITY, "facilities"));
        }
        List<String> unitIds = fs.flatMap(Facility::units).map(Unit::id);
        if (unitIds.distinct().size() != unitIds.size()) {
            problems = problems.append(Problem.of(BookingProblem.DUPLICATE_UNIT, "units").variant("across"));
        }
        return problems.isEmpty() ? Validation.valid(ImmutableCatalogue.create(fs)) : Validation.invalid(problems);
    }

    /**
     * A catalogue; see {@link #validate}.
     *
     * @param facilities the facilities
     * @return the catalogue
     * @throws io.github.kisoku.kernel.InvalidInputException with every problem
     */
    public static Catalogue of(Iterable<Facility> facilities) {
        return Validations.orThrow(validate(facilities));
    }

    /**
     * The bundled example: 西公民館 with its seven rooms and the parts of its joined rooms, the
     * six slots 9時～21時, ホール capacity 240 (manual §4–§5, CONFIRMED); other capacities are not
     * published and left empty.
     *
     * @return the example catalogue
     */
    public static Catalogue nishiKominkanExample() {
        return NISHI.get();
    }

    /**
     * The bundled example fees: only 西公民館 ホール 11:00～13:00, 550円 (manual §5, CONFIRMED).
     * Every other fee is caller-supplied.
     *
     * @return the example fee table
     */
    public static UsageFeeTable exampleFees() {
        return FEES.get();
    }

    /** {@return the facilities} */
    public abstract List<Facility> facilities();

    /**
     * A facility by id.
     *
     * @param id the facility's id
     * @return the facility, if known
     */
    public Option<Facility> facility(String id) {
        return facilities().find(f -> f.id().equals(id));
    }

    /**
     * A unit by id.
     *
     * @param unitId the unit's id
     * @return the unit, if known
     */
    public Option<Unit> unit(String unitId) {
        return unitsById().get(unitId);
    }

    /**
     * Every unit by id, built once with the catalogue: every request looks its unit up, and
     * listing every facility's units for each look-up cost more than the rest of a check.
     *
     * @return the units by id (the first of a repeated id, as a search in order would find)
     */
    @Value.Derived
    @Value.Auxiliary
    Map<String, Unit> unitsById() {
        Map<String, Unit> m = HashMap.empty();
        for (Unit u : facilities().flatMap(Facility::units)) {
            m = m.containsKey(u.id()) ? m : m.put(u.id(), u);
        }
        return m;
    }

    /**
     * The facility of a unit.
     *
     * @param unit the unit
     * @return the facility, if known
     */
    public Option<Facility> facilityOf(Unit unit) {
        return facility(unit.facilityId());
    }

    private static Catalogue load() {
        List<BundledCsv.Row> facilityRows = read("facilities.csv");
        List<BundledCsv.Row> slotRows = read("slots.csv");
        List<BundledCsv.Row> unitRows = read("units.csv");
        return of(facilityRows.map(f -> {
            String id = f.get("facility_id");
            List<Slot> slots = slotRows.filter(s -> s.get("facility_id").equals(id))
                    .map(s -> Slot.of(LocalTime.parse(s.get("start")), LocalTime.parse(s.get("end"))));
            List<Unit> units = unitRows.filter(u -> u.get("facility_id").equals(id)).map(Catalogue::unit);
            return Facility.of(id, f.get("name_ja"), f.get("kind"), slots, units,
                    LocalDate.parse(f.get("new_system_from")), basis(f));
        }));
    }

    private static Unit unit(BundledCsv.Row u) {
        Unit unit = Unit.of(u.get("unit_id"), u.get("facility_id"), u.get("name_ja"), u.get("room"),
                List.of(u.get("blocks").split(";")).map(String::strip).map(Integer::valueOf), basis(u));
        if (!u.get("capacity").isBlank()) {
            unit = unit.withCapacity(Integer.parseInt(u.get("capacity").strip()));
        }
        if (!Boolean.parseBoolean(u.get("online").strip())) {
            unit = unit.counterOnly();
        }
        if (!u.get("consent_note_ja").isBlank()) {
            unit = unit.withConsentNote(u.message("consent_note"));
        }
        return unit;
    }

    private static UsageFeeTable loadFees() {
        UsageFeeTable t = UsageFeeTable.empty();
        for (BundledCsv.Row r : read("fees.csv")) {
            String slotText = r.get("slot");
            Option<Slot> slot = slotText.equals("*") ? Option.none()
                    : Option.of(Slot.of(LocalTime.parse(slotText.split("-", -1)[0]),
                            LocalTime.parse(slotText.split("-", -1)[1])));
            Option<GroupClass> cls = r.get("group_class").equals("*") ? Option.none()
                    : Option.of(GroupClass.valueOf(r.get("group_class")));
            t = t.with(r.get("unit_id"), slot, cls, Yen.of(Long.parseLong(r.get("yen_per_slot"))), basis(r));
        }
        return t;
    }

    private static LegalBasis basis(BundledCsv.Row row) {
        return LegalBasis.document("川口市 施設予約システム マニュアル（利用者用）2026年6月", row.get("source"),
                Confidence.valueOf(row.get("confidence").strip()));
    }

    private static List<BundledCsv.Row> read(String file) {
        return BundledCsv.read(Catalogue.class, DIR + file);
    }
}

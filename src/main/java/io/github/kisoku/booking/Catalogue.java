package io.github.kisoku.booking;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Validations;
import io.github.kisoku.kernel.Yen;
import io.vavr.Lazy;
import io.vavr.collection.Array;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The facilities and their units (施設・室場一覧), looked up by id. The bundled example is
 * 西公民館 as the manual shows it ({@link #nishiKominkanExample()}), read once from
 * {@code src/main/resources/io/github/kisoku/booking/*.csv}; a caller builds its own with
 * {@link #of(Iterable)}. Unit ids are unique across a catalogue. Immutable and thread-safe.
 */
public final class Catalogue {
    private static final String DIR = "/io/github/kisoku/booking/";
    private static final Lazy<Catalogue> NISHI = Lazy.of(Catalogue::load);
    private static final Lazy<FeeTable> FEES = Lazy.of(Catalogue::loadFees);

    private final List<Facility> facilities;

    private Catalogue(List<Facility> facilities) {
        this.facilities = facilities;
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
            problems = problems.append(Problem.of("facilities", "duplicate-facility", "施設 ID が重複しています",
                    "two facilities share an id"));
        }
        List<String> unitIds = fs.flatMap(Facility::units).map(Unit::id);
        if (unitIds.distinct().size() != unitIds.size()) {
            problems = problems.append(Problem.of("units", "duplicate-unit", "室場 ID が施設をまたいで重複しています",
                    "two units share an id across facilities"));
        }
        return problems.isEmpty() ? Validation.valid(new Catalogue(fs)) : Validation.invalid(problems);
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
    public static FeeTable exampleFees() {
        return FEES.get();
    }

    /** {@return the facilities} */
    public List<Facility> facilities() {
        return facilities;
    }

    /**
     * A facility by id.
     *
     * @param id the facility's id
     * @return the facility, if known
     */
    public Option<Facility> facility(String id) {
        return facilities.find(f -> f.id().equals(id));
    }

    /**
     * A unit by id.
     *
     * @param unitId the unit's id
     * @return the unit, if known
     */
    public Option<Unit> unit(String unitId) {
        return facilities.flatMap(Facility::units).find(u -> u.id().equals(unitId));
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
        List<Array<String>> facilityRows = read("facilities.csv");
        List<Array<String>> slotRows = read("slots.csv");
        List<Array<String>> unitRows = read("units.csv");
        return of(facilityRows.map(f -> {
            String id = f.get(0);
            List<Slot> slots = slotRows.filter(s -> s.get(0).equals(id))
                    .map(s -> Slot.of(LocalTime.parse(s.get(1)), LocalTime.parse(s.get(2))));
            List<Unit> units = unitRows.filter(u -> u.get(0).equals(id)).map(Catalogue::unit);
            return Facility.of(id, f.get(1), f.get(2), slots, units, LocalDate.parse(f.get(3)),
                    basis(f.get(4), f.get(5)));
        }));
    }

    private static Unit unit(Array<String> u) {
        Unit unit = Unit.of(u.get(1), u.get(0), u.get(2), u.get(3),
                List.of(u.get(4).split(";")).map(String::strip).map(Integer::valueOf), basis(u.get(9), u.get(10)));
        if (!u.get(5).isBlank()) {
            unit = unit.withCapacity(Integer.parseInt(u.get(5).strip()));
        }
        if (!Boolean.parseBoolean(u.get(6).strip())) {
            unit = unit.counterOnly();
        }
        if (!u.get(7).isBlank()) {
            unit = unit.withConsentNote(Message.of(u.get(7), u.get(8)));
        }
        return unit;
    }

    private static FeeTable loadFees() {
        FeeTable t = FeeTable.empty();
        for (Array<String> r : read("fees.csv")) {
            Option<Slot> slot = r.get(1).equals("*") ? Option.none()
                    : Option.of(Slot.of(LocalTime.parse(r.get(1).split("-", -1)[0]), LocalTime.parse(r.get(1).split("-", -1)[1])));
            Option<GroupClass> cls = r.get(2).equals("*") ? Option.none() : Option.of(GroupClass.valueOf(r.get(2)));
            t = t.with(r.get(0), slot, cls, Yen.of(Long.parseLong(r.get(3))), basis(r.get(4), r.get(5)));
        }
        return t;
    }

    private static LegalBasis basis(String section, String confidence) {
        return LegalBasis.document("川口市 施設予約システム マニュアル（利用者用）2026年6月", section,
                Confidence.valueOf(confidence.strip()));
    }

    private static List<Array<String>> read(String file) {
        try (InputStream in = Catalogue.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + DIR + file));
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return List.ofAll(r.lines().toList()).drop(1).filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> Array.of(l.split(",", -1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Catalogue && ((Catalogue) o).facilities.equals(facilities);
    }

    @Override
    public int hashCode() {
        return facilities.hashCode();
    }

    @Override
    public String toString() {
        return facilities.mkString("Catalogue[", ", ", "]");
    }
}

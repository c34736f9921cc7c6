package io.github.kisoku.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.bicycle.Offence;
import io.github.kisoku.golftax.Visit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The comparison is fair only if both sides decide the same: on a few thousand random cases the
 * DMN models and kisoku give the same outcome, amount or tax, and 仮納付 deadline. Runs in the
 * benchmark profile only ({@code mvn -P benchmark verify}).
 */
class DmnEquivalenceTest {
    private static final int CASES = 3000;
    private static DmnPeer dmn;

    @BeforeAll
    static void load() {
        dmn = new DmnPeer();
    }

    @Test
    @DisplayName("decision 1: bicycle.dmn and OffenceAssessor + PaymentDeadlines agree on 3,000 random offences")
    void bicycleAgrees() {
        Cases cases = new Cases(7L);
        List<String> differ = new ArrayList<>();
        Map<String, Integer> seen = new TreeMap<>();
        for (int i = 0; i < CASES; i++) {
            Offence o = cases.offence();
            DmnPeer.Outcome k = Kisoku.outcome(Kisoku.assess(o));
            DmnPeer.Outcome d = DmnPeer.bicycleOutcome(dmn.assess(dmn.bicycleInput(o)));
            seen.merge(k.code(), 1, Integer::sum);
            if (!k.equals(d)) {
                differ.add(o + ": kisoku " + k + ", DMN " + d);
            }
        }
        assertThat(differ).as("cases where the two differ").isEmpty();
        assertThat(seen).as("every outcome is exercised").containsOnlyKeys("BLUE_TICKET", "GUIDANCE", "CRIMINAL");
        assertThat(seen.values()).allSatisfy(n -> assertThat(n).isGreaterThan(50));
    }

    @Test
    @DisplayName("decision 2: golftax.dmn and GolfTaxRules agree on 3,000 random visits")
    void golfAgrees() {
        Cases cases = new Cases(11L);
        List<String> differ = new ArrayList<>();
        Map<String, Integer> seen = new TreeMap<>();
        Map<Object, Map<String, Object>> courses = new HashMap<>();
        for (int i = 0; i < CASES; i++) {
            Visit v = cases.visit(i);
            DmnPeer.Outcome k = Kisoku.outcome(Kisoku.treat(v));
            DmnPeer.Outcome d = DmnPeer.golfOutcome(dmn.treat(dmn.golfInput(v,
                    courses.computeIfAbsent(v.course(), c -> DmnPeer.courseContext(v.course())))));
            seen.merge(k.code(), 1, Integer::sum);
            if (!k.equals(d)) {
                differ.add(v + " " + v.play() + ": kisoku " + k + ", DMN " + d);
            }
        }
        assertThat(differ).as("cases where the two differ").isEmpty();
        assertThat(seen).as("every treatment the inputs can reach is exercised").containsOnlyKeys("NOT_TAXABLE_USE",
                "EXEMPT:UNDER_18", "EXEMPT:AGED_70_OR_OVER", "EXEMPT:DISABILITY", "REDUCED:SENIOR_65_TO_69",
                "REDUCED:EARLY_MORNING", "REDUCED:CLOSED_DAY_SELF_BAG", "REDUCED:NINE_HOLES_OR_FEWER", "STANDARD");
    }
}

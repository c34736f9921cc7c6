package io.github.kisoku.bicycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;

/**
 * What the bicycle tests share: an adult's signal offence on the first day of the system, its
 * blue ticket and case, the codes and fields of problems, and the value semantics of the
 * published types.
 */
final class BicycleFixtures {
    /** The first day of the blue-ticket system, a notice handed over that day. */
    static final LocalDate NOTICE = LocalDate.of(2026, 4, 1);
    /** An adult rider's date of birth. */
    static final LocalDate ADULT = LocalDate.of(1990, 1, 1);

    private BicycleFixtures() {
    }

    static Offence offence(String id, LocalDate born) {
        return Offence.builder().violation(id).on(NOTICE).riderBornOn(born).build();
    }

    static TicketAssessment.BlueTicket ticket(Offence o) {
        return (TicketAssessment.BlueTicket) OffenceAssessor.assess(o).value();
    }


    static List<String> codes(Seq<Problem> problems) {
        return problems.map(Problem::code).toList();
    }

    static List<String> fields(Seq<Problem> problems) {
        return problems.map(Problem::field).toList();
    }

    static void assertValueSemantics(Object value, Object twin, Object... variants) {
        assertThat(value).isEqualTo(value).isEqualTo(twin).hasSameHashCodeAs(twin);
        assertThat(value.equals(null)).isFalse();
        assertThat(value.equals(value.toString())).isFalse();
        for (Object v : variants) {
            assertThat(value).as("differs from %s", v).isNotEqualTo(v);
            assertThat(v).as("%s differs from the value", v).isNotEqualTo(value);
        }
    }
}

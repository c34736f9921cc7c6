package io.github.kisoku.bench;

import io.github.kisoku.bicycle.Offence;
import io.github.kisoku.golftax.Visit;
import java.util.concurrent.TimeUnit;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decisions 1 and 2 of issue 7, one decision per operation, side by side: kisoku (with every
 * reason and not-applied reason), the same decision tables in Drools DMN, and for the bicycle
 * amount a bare {@code switch}. Each operation takes the next of 1,024 random cases, so branch
 * prediction cannot learn a single case. Two forks of six warm-up and five measured iterations:
 * on a shared 2-core machine the JIT is still settling after three, and one fork's luck moves a
 * ratio by a fifth.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class DecisionBenchmark {
    private static final int N = 1024;

    private final Offence[] offences = new Offence[N];
    private final String[] violationIds = new String[N];
    private final DMNContext[] offenceInputs = new DMNContext[N];
    private final Visit[] visits = new Visit[N];
    private final DMNContext[] visitInputs = new DMNContext[N];
    private DmnPeer dmn;
    private int next;

    /** Builds the cases and both sides' inputs. */
    @Setup
    public void setUp() {
        dmn = new DmnPeer();
        Cases cases = new Cases(20260401L);
        for (int i = 0; i < N; i++) {
            offences[i] = cases.offence();
            violationIds[i] = offences[i].violation().id();
            offenceInputs[i] = dmn.bicycleInput(offences[i]);
            visits[i] = cases.visit(i);
            visitInputs[i] = dmn.golfInput(visits[i], DmnPeer.courseContext(visits[i].course()));
        }
    }

    private int index() {
        return next++ & (N - 1);
    }

    /** {@return decision 1 by kisoku: assessment and 仮納付 deadline, with reasons} */
    @Benchmark
    public Kisoku.Ticket bicycleKisoku() {
        return Kisoku.assess(offences[index()]);
    }

    /** {@return decision 1 by Drools DMN} */
    @Benchmark
    public DMNResult bicycleDmn() {
        return dmn.assess(offenceInputs[index()]);
    }

    /** {@return the floor of decision 1: the amount by a bare switch} */
    @Benchmark
    public int bicycleSwitchFloor() {
        return SwitchFloor.amount(violationIds[index()]);
    }

    /** {@return decision 2 by kisoku: treatment and tax, with reasons and evidence} */
    @Benchmark
    public Object golfKisoku() {
        return Kisoku.treat(visits[index()]);
    }

    /** {@return decision 2 by Drools DMN} */
    @Benchmark
    public DMNResult golfDmn() {
        return dmn.treat(visitInputs[index()]);
    }
}

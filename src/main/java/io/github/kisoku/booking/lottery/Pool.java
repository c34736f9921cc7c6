package io.github.kisoku.booking.lottery;

import io.github.kisoku.booking.BookingProblem;
import io.github.kisoku.booking.Catalogue;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import org.immutables.value.Value;

/**
 * The frozen pool of a draw (抽選対象): every application, in canonical order (by id), each as its
 * {@link Entry} line, and the SHA-256 hash of those lines (each followed by a newline), published
 * so that anyone can check the pool the draw used (RFC 3797 §2). Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class Pool {
    Pool() {
    }

    /**
     * Freezes a pool: every application's unit must be in the catalogue and ids must be unique.
     *
     * @param catalogue the catalogue
     * @param applications the applications, in any order
     * @param closedAt when the application window closed
     * @return the pool, or every problem
     */
    public static Validation<Seq<Problem>, Pool> freeze(Catalogue catalogue, Seq<Application> applications,
            LocalDateTime closedAt) {
        if (catalogue == null || applications == null || closedAt == null) {
            return Validation.invalid(List.of(Problem.required(catalogue == null ? "catalogue"
                    : applications == null ? "applications" : "closedAt")));
        }
        List<Application> sorted = List.ofAll(applications).sortBy(Application::id);
        List<Problem> problems = sorted.filter(a -> catalogue.unit(a.request().unitId()).isEmpty())
                .map(a -> Problem.of(BookingProblem.UNKNOWN_UNIT, "applications[" + a.id() + "].unitId")
                        .withFigure("unitId", a.request().unitId()));
        if (sorted.map(Application::id).distinct().size() != sorted.size()) {
            problems = problems.append(Problem.of(BookingProblem.DUPLICATE_APPLICATION, "applications"));
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        return Validation.valid(ImmutablePool.create(sorted,
                sorted.map(a -> a.entry(catalogue.unit(a.request().unitId()).get())), closedAt));
    }

    static Pool ofEntries(List<Entry> entries, LocalDateTime closedAt) {
        return ImmutablePool.create(List.empty(), entries.sortBy(Entry::id), closedAt);
    }

    static String hashOf(List<String> lines) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String l : lines) {
                md.update((l + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** {@return the applications, in canonical order (empty for a pool rebuilt from a log)} */
    public abstract List<Application> applications();

    /**
     * An application by id.
     *
     * @param id the id
     * @return the application, if this pool was frozen from applications
     */
    public Option<Application> application(String id) {
        return applications().find(a -> a.id().equals(id));
    }

    /** {@return the entries, in canonical order} */
    public abstract List<Entry> entries();

    /** {@return when the application window closed} */
    public abstract LocalDateTime closedAt();

    /** {@return the SHA-256 hash of the canonical lines, in lower-case hex; computed once, when frozen} */
    @Value.Derived
    public String hash() {
        return hashOf(entries().map(Entry::line));
    }
}

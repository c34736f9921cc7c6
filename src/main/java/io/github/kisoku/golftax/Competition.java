package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Rounding;
import io.github.kisoku.kernel.Validations;
import io.github.kisoku.kernel.Yen;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;

/**
 * A competition for the reduced rate of 熊本県税条例第69条第1項第2号 (軽減税率適用対象競技会): its
 * name, organiser, days of play, designated practice days (指定練習日), the participation fees the
 * organiser collects from every entrant (参加料等, circular 第2・3), the separate per-day course
 * fee in its 大会要綱 (第2・1(2)) and whether the 県央広域本部長 issued its certificate
 * (軽減税率適用対象競技会証明書, 別記第2号様式, 第2・6(2)). Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class Competition {
    Competition() {
    }

    /**
     * A competition, validated: every problem at once.
     *
     * @param name the competition's name
     * @param organizer who runs it
     * @param firstDay the first day of play
     * @param lastDay the last day of play, not before the first
     * @param practiceDays the designated practice days, before the first day
     * @param participationFee the participation fees per entrant for the whole event
     * @param courseFeePerDay the per-day course fee of the 大会要綱, if known (asked for only when the
     *     competition reduction could apply)
     * @param certified whether the certificate (別記第2号様式) was issued
     * @return the competition, or every problem
     */
    public static Validation<Seq<Problem>, Competition> validate(String name, CompetitionOrganizer organizer,
            LocalDate firstDay, LocalDate lastDay, Iterable<LocalDate> practiceDays, Yen participationFee,
            Option<Yen> courseFeePerDay, boolean certified) {
        List<Problem> problems = List.<Problem>empty()
                .appendAll(Validations.notBlank("name", name).fold(List::of, v -> List.empty()))
                .appendAll(Validations.required("organizer", organizer).fold(List::of, v -> List.empty()))
                .appendAll(Validations.required("firstDay", firstDay).fold(List::of, v -> List.empty()))
                .appendAll(Validations.required("lastDay", lastDay).fold(List::of, v -> List.empty()))
                .appendAll(Validations.required("practiceDays", practiceDays).fold(List::of, v -> List.empty()))
                .appendAll(Validations.required("participationFee", participationFee).fold(List::of, v -> List.empty()))
                .appendAll(Validations.required("courseFeePerDay", courseFeePerDay).fold(List::of, v -> List.empty()));
        if (firstDay != null && lastDay != null && lastDay.isBefore(firstDay)) {
            problems = problems.append(Problem.of(GolfProblem.LAST_DAY_BEFORE_FIRST, "lastDay")
                    .withFigures("lastDay", lastDay, "firstDay", firstDay));
        }
        SortedSet<LocalDate> practice = practiceDays == null ? TreeSet.empty() : TreeSet.ofAll(practiceDays);
        if (firstDay != null && practice.exists(d -> !d.isBefore(firstDay))) {
            problems = problems.append(Problem.of(GolfProblem.PRACTICE_NOT_BEFORE_FIRST_DAY, "practiceDays")
                    .withFigure("firstDay", firstDay));
        }
        return problems.isEmpty()
                ? Validation.valid(ImmutableCompetition.create(name.strip(), organizer, firstDay, lastDay, practice,
                        participationFee, courseFeePerDay, certified))
                : Validation.invalid(problems);
    }

    /**
     * A competition.
     *
     * @param name the competition's name
     * @param organizer who runs it
     * @param firstDay the first day of play
     * @param lastDay the last day of play
     * @param practiceDays the designated practice days
     * @param participationFee the participation fees per entrant for the whole event
     * @param courseFeePerDay the per-day course fee of the 大会要綱, if known (asked for only when the
     *     competition reduction could apply)
     * @param certified whether the certificate was issued
     * @return the competition
     * @throws io.github.kisoku.kernel.InvalidInputException with every problem
     */
    public static Competition of(String name, CompetitionOrganizer organizer, LocalDate firstDay, LocalDate lastDay,
            Iterable<LocalDate> practiceDays, Yen participationFee, Option<Yen> courseFeePerDay, boolean certified) {
        return Validations.orThrow(validate(name, organizer, firstDay, lastDay, practiceDays, participationFee,
                courseFeePerDay, certified));
    }

    /** {@return the competition's name} */
    public abstract String name();

    /** {@return who runs it} */
    public abstract CompetitionOrganizer organizer();

    /** {@return the first day of play (開催日)} */
    public abstract LocalDate firstDay();

    /** {@return the last day of play} */
    public abstract LocalDate lastDay();

    /** {@return the designated practice days (指定練習日), oldest first} */
    public abstract SortedSet<LocalDate> practiceDays();

    /** {@return the participation fees per entrant for the whole event (参加料等)} */
    public abstract Yen participationFee();

    /**
     * {@return the per-day course fee of the 大会要綱 (circular 第2・1(2)), if known: asked for
     * only when the competition reduction could apply}
     */
    public abstract Option<Yen> courseFeePerDay();

    /** {@return whether the certificate (軽減税率適用対象競技会証明書) was issued} */
    public abstract boolean certified();

    /**
     * The days the participation fees are spread over: days of play plus designated practice
     * days (開催日数, 指定練習日を含む), circular 第2・3.
     *
     * @return the number of days
     */
    public int daysIncludingPractice() {
        return (int) ChronoUnit.DAYS.between(firstDay(), lastDay()) + 1 + practiceDays().size();
    }

    /**
     * The first day that counts for the application deadline: the first designated practice day
     * if there is one, else the first day of play (circular 第2・6(1)).
     *
     * @return the day
     */
    public LocalDate firstDayIncludingPractice() {
        return practiceDays().headOption().getOrElse(firstDay());
    }

    /**
     * Whether a date is a day of play or a designated practice day.
     *
     * @param date the date
     * @return true if the competition uses the course that day
     */
    public boolean isOnDay(LocalDate date) {
        return practiceDays().contains(date) || (!date.isBefore(firstDay()) && !date.isAfter(lastDay()));
    }

    /**
     * The competition's fee per day (大会に係る一日当たりの利用料金), circular 第2・3: the per-day
     * course fee plus the participation fees divided by the days including practice days. A
     * fraction of a yen is rounded up, so the 1/5 test never passes on a fraction of a yen (an
     * interpretation: the circular names no rounding).
     *
     * @return the per-day fee, or none while the course fee is not known
     */
    public Option<Yen> feePerDay() {
        return courseFeePerDay().map(f -> f.plus(participationFee().times(1, daysIncludingPractice(), Rounding.UP)));
    }
}

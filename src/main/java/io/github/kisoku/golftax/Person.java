package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Validations;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The user of a course (利用者) as the tax sees them: name, date of birth, the document they
 * showed to prove their age (if any) and the disability card they showed (if any). What was
 * shown matters: the exemptions of 地方税法第75条の2 apply only when proved (証明する場合に限る).
 * Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class Person {
    Person() {
    }

    /**
     * A person, validated: every problem at once.
     *
     * @param name the name, as on the non-taxable users list
     * @param birthDate the date of birth
     * @param ageDocument the document shown to prove the age, or none
     * @param disabilityCard the disability card shown, or none
     * @return the person, or every problem
     */
    public static Validation<Seq<Problem>, Person> validate(String name, LocalDate birthDate,
            Option<AgeDocument> ageDocument, Option<DisabilityCard> disabilityCard) {
        List<Problem> problems = List.empty();
        if (name == null || name.isBlank()) {
            problems = problems.append(Problem.required("name"));
        }
        if (birthDate == null) {
            problems = problems.append(Problem.required("birthDate"));
        }
        if (ageDocument == null) {
            problems = problems.append(Problem.required("ageDocument"));
        }
        if (disabilityCard == null) {
            problems = problems.append(Problem.required("disabilityCard"));
        }
        return problems.isEmpty() ? Validation.valid(ImmutablePerson.create(name.strip(), birthDate, ageDocument, disabilityCard))
                : Validation.invalid(problems);
    }

    /**
     * A person.
     *
     * @param name the name
     * @param birthDate the date of birth
     * @param ageDocument the document shown to prove the age, or none
     * @param disabilityCard the disability card shown, or none
     * @return the person
     * @throws io.github.kisoku.kernel.InvalidInputException with every problem
     */
    public static Person of(String name, LocalDate birthDate, Option<AgeDocument> ageDocument,
            Option<DisabilityCard> disabilityCard) {
        return Validations.orThrow(validate(name, birthDate, ageDocument, disabilityCard));
    }

    /** {@return the name: personal data, left out of {@code toString} (issue 6)} */
    @Value.Redacted
    public abstract String name();

    /** {@return the date of birth: personal data, left out of {@code toString}} */
    @Value.Redacted
    public abstract LocalDate birthDate();

    /** {@return the document shown to prove the age, if any} */
    public abstract Option<AgeDocument> ageDocument();

    /** {@return the disability card shown, if any} */
    public abstract Option<DisabilityCard> disabilityCard();
}

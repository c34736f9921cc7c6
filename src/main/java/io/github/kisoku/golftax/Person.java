package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Validations;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;

/**
 * The user of a course (利用者) as the tax sees them: name, date of birth, the document they
 * showed to prove their age (if any) and the disability card they showed (if any). What was
 * shown matters: the exemptions of 地方税法第75条の2 apply only when proved (証明する場合に限る).
 * Immutable and thread-safe.
 */
public final class Person {
    private final String name;
    private final LocalDate birthDate;
    private final Option<AgeDocument> ageDocument;
    private final Option<DisabilityCard> disabilityCard;

    private Person(String name, LocalDate birthDate, Option<AgeDocument> ageDocument,
            Option<DisabilityCard> disabilityCard) {
        this.name = name;
        this.birthDate = birthDate;
        this.ageDocument = ageDocument;
        this.disabilityCard = disabilityCard;
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
        return problems.isEmpty() ? Validation.valid(new Person(name.strip(), birthDate, ageDocument, disabilityCard))
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

    /** {@return the name} */
    public String name() {
        return name;
    }

    /** {@return the date of birth} */
    public LocalDate birthDate() {
        return birthDate;
    }

    /** {@return the document shown to prove the age, if any} */
    public Option<AgeDocument> ageDocument() {
        return ageDocument;
    }

    /** {@return the disability card shown, if any} */
    public Option<DisabilityCard> disabilityCard() {
        return disabilityCard;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Person)) {
            return false;
        }
        Person p = (Person) o;
        return p.name.equals(name) && p.birthDate.equals(birthDate) && p.ageDocument.equals(ageDocument)
                && p.disabilityCard.equals(disabilityCard);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, birthDate, ageDocument, disabilityCard);
    }

    @Override
    public String toString() {
        // Personal data (issue 6): neither the name, the birth date nor a card number is printed.
        return "Person[name and birth date withheld, " + ageDocument.map(Enum::name).getOrElse("no age document")
                + ", " + disabilityCard.map(c -> c.kind().name() + " card").getOrElse("no disability card") + "]";
    }
}

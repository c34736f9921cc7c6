package io.github.kisoku.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

class ProblemTest {
    @Test
    void aProblemNamesItsFieldCodeAndTextInBothLanguages() {
        Problem p = Problem.of(TestRule.BIRTH_DATE, "birthDate").variant("birth");
        assertThat(p.field()).isEqualTo("birthDate");
        assertThat(p.code()).isEqualTo("required");
        assertThat(p.message().ja()).isEqualTo("生年月日は違反日より後です");
        assertThat(p.message().in(Language.EN)).isEqualTo("the birth date is after the offence");
        assertThat(InvalidInputException.of(io.vavr.collection.List.of(p))).hasMessage(
                "invalid input: birthDate [required]: 生年月日は違反日より後です / the birth date is after the offence");
    }

    @Test
    void requiredAndNestedFields() {
        Problem p = Problem.required("date");
        assertThat(p.code()).isEqualTo("required");
        assertThat(p.message().ja()).isEqualTo("date は必須です");
        Problem nested = p.within("acts[2]");
        assertThat(nested.field()).isEqualTo("acts[2].date");
        assertThat(nested.code()).isEqualTo("required");
        assertThat(nested.message()).isEqualTo(p.message());
        assertThat(p.field()).isEqualTo("date");
        assertThat(nested).isNotEqualTo(p).isEqualTo(Problem.required("date").within("acts[2]"));
    }

    @Test
    void anIncompleteProblemIsStillAProblemNotAnException() {
        Problem p = Problem.of((ProblemKind) null, null);
        assertThat(p.field()).isEqualTo("(field)");
        assertThat(p.code()).isEqualTo("internal");
        assertThat(p.message().en()).isEqualTo("a problem was reported without its field or code");
        assertThatThrownBy(() -> Problem.required("f").variant(" ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Problem.required("f").withFigure("n", null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aKindSaysItsProblemFromTheBundleWithTheFieldAndFigures() {
        Problem p = Problem.of(InputProblem.OUT_OF_RANGE, "grade").withFigures("min", 1, "max", 7).withFigure("value", 9);
        assertThat(p.code()).isEqualTo("out-of-range");
        assertThat(p.message().ja()).isEqualTo("grade は 1 から 7 までです（入力: 9）");
        assertThat(p.message().en()).isEqualTo("grade must be from 1 to 7 (got 9)");
        assertThat(p.figures().names()).containsExactly("field", "min", "max", "value");
        assertThat(p.words()).isEqualTo(io.vavr.Tuple.of(InputProblem.OUT_OF_RANGE, "problem.out-of-range"));
        assertThat(p.within("course").message()).as("the words keep the field as named").isEqualTo(p.message());
        assertThat(Problem.of(InputProblem.INVALID_DATE, "date").withFigure("value", "x").variant("v").message().en())
                .as("a missing variant shows its key and figures").isEqualTo("problem.invalid-date#v field=date, value=x");
        assertThat(Problem.of((ProblemKind) null, "f").code()).isEqualTo("internal");
        assertThat(Problem.of(InputProblem.REQUIRED, " ").field()).isEqualTo("(field)");
    }

    @Test
    void theKernelsProblemKindsHaveWordsInBothLanguages() {
        ProblemWords.check(InputProblem.values());
    }

    @Test
    void theExceptionCarriesEveryProblem() {
        InvalidInputException e = InvalidInputException.of(List.of(Problem.required("a"), Problem.required("b")));
        assertThat(e.problems().map(Problem::field)).containsExactly("a", "b");
        assertThat(e.getMessage()).contains("a [required]").contains("b [required]");
        assertThat(e).isInstanceOf(KisokuException.class);
        assertThat(InvalidInputException.of(List.empty()).problems().head().code()).isEqualTo("invalid");
    }

    @Test
    void messagesNeedBothLanguages() {
        assertThat(Message.of("休日", "holiday").in(Language.JA)).isEqualTo("休日");
        assertThat(Message.of("休日", "holiday")).isEqualTo(Message.of("休日", "holiday"))
                .hasSameHashCodeAs(Message.of("休日", "holiday")).isNotEqualTo(Message.of("休日", "day off"));
        assertThatThrownBy(() -> Message.of("休日", null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("message.en");
    }
}

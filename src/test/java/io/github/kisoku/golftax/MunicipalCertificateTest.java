package io.github.kisoku.golftax;

import static io.github.kisoku.golftax.Fixtures.figures;
import static io.github.kisoku.golftax.Fixtures.keys;
import static io.github.kisoku.testing.PropertyCheck.property;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.calendar.Age;
import io.github.kisoku.calendar.AgeReading;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Texts;
import io.github.kisoku.kernel.Yen;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 §2: a 障害者控除対象者認定書 of a 市町村長 makes a person with a disability only at 65 or
 * over (地方税法第75条の2第3号 → 第23条第1項第10号 → 施行令第7条第7号).
 */
class MunicipalCertificateTest {
    private static final LocalDate BIRTH = LocalDate.of(1961, 6, 1);

    private static Decision<VisitAssessment> assess(LocalDate birth, LocalDate use, DisabilityCardKind kind) {
        // no age document: the age exemptions and the senior reduction cannot apply first
        Person p = Person.of("熊本 太郎", birth, Option.none(), Option.of(DisabilityCard.of(kind, "熊本市 1")));
        return Texts.readable(GolfTaxRules.assess(Visit.of("V1", Fixtures.course(), use, p, Play.normal(), Yen.of(8000)))
                .get());
    }

    @Test
    @DisplayName("aged 64 on the eve's eve: not exempt, the reason names 施行令第7条第7号 and the day 65 is reached")
    void aged64() {
        Decision<VisitAssessment> d = assess(BIRTH, LocalDate.of(2026, 5, 30), DisabilityCardKind.MUNICIPAL_CERTIFICATE);
        assertThat(d.value().treatment()).isEqualTo(new Treatment.Standard());
        assertThat(keys(d)).contains("golftax.exempt.disability#municipal-under-65");
        assertThat(figures(d, "golftax.exempt.disability")).containsEntry("age", "64").containsEntry("turning", "2026-05-31");
        assertThat(d.notApplied().find(r -> r.id().equals("golftax.exempt.disability")).get().basis().provision())
                .contains("第7条第7号");
    }

    @Test
    @DisplayName("aged 65 on the eve of the 65th birthday and on the birthday (ruling 1): exempt")
    void aged65() {
        for (LocalDate use : new LocalDate[] {LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 1)}) {
            Decision<VisitAssessment> d = assess(BIRTH, use, DisabilityCardKind.MUNICIPAL_CERTIFICATE);
            assertThat(d.value().treatment()).as("%s", use).isEqualTo(new Treatment.Exempt(ExemptionItem.DISABILITY));
            assertThat(d.reasons().map(r -> r.id())).contains("golftax.age-reading");
        }
    }

    @Test
    @DisplayName("every other card exempts at any age")
    void otherCards() {
        assertThat(assess(BIRTH, LocalDate.of(2026, 5, 30), DisabilityCardKind.PHYSICAL).value().treatment())
                .isEqualTo(new Treatment.Exempt(ExemptionItem.DISABILITY));
    }

    @Test
    @DisplayName("property: a municipal certificate exempts exactly when the holder is 65 or over on the use date")
    void exemptExactlyFrom65() {
        property().forAll(GolfGenerators.useDates().flatMap(d -> GolfGenerators.birthDatesAroundAgeLimitsOn(d)
                .map(b -> new LocalDate[] {d, b})))
                .assuming(p -> !p[0].isBefore(p[1]))
                .checkAssert(p -> {
                    int age = Age.of(p[1], p[0], AgeReading.AS_OF_DATE);
                    Treatment t = assess(p[1], p[0], DisabilityCardKind.MUNICIPAL_CERTIFICATE).value().treatment();
                    assertThat(t.equals(new Treatment.Exempt(ExemptionItem.DISABILITY))).as("age %d", age)
                            .isEqualTo(age >= 65);
                });
    }
}

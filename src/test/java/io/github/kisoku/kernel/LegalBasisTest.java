package io.github.kisoku.kernel;

import static io.github.kisoku.testing.Generators.anyOf;
import static io.github.kisoku.testing.PropertyCheck.property;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LegalBasisTest {
    private static final LegalBasis ROAD = LegalBasis.law("道路交通法", "335AC0000000105", "第129条第1項",
            Confidence.CONFIRMED);

    @Test
    void aNationalLawCarriesItsEGovIdProvisionAndConfidence() {
        assertThat(ROAD.kind()).isEqualTo(LegalBasis.Kind.LAW);
        assertThat(ROAD.source()).isEqualTo("道路交通法");
        assertThat(ROAD.provision()).isEqualTo("第129条第1項");
        assertThat(ROAD.eGovLawId().get()).isEqualTo("335AC0000000105");
        assertThat(ROAD.confidence()).isEqualTo(Confidence.CONFIRMED);
        assertThat(ROAD.cite()).isEqualTo("道路交通法 第129条第1項");
        assertThat(ROAD.toString()).contains("道路交通法", "第129条第1項", "CONFIRMED");
        assertThat(ROAD.url().isEmpty()).isTrue();
        assertThat(ROAD.note().isEmpty()).isTrue();
    }

    @Test
    void ordinancesDocumentsAndRulings() {
        LegalBasis ordinance = LegalBasis.law("熊本県税条例", "第69条第2項", Confidence.UNCONFIRMED);
        assertThat(ordinance.eGovLawId().isEmpty()).isTrue();
        LegalBasis seed = LegalBasis.document("神奈川県 自転車ルールブック", "青切符", Confidence.SECONDARY);
        assertThat(seed.kind()).isEqualTo(LegalBasis.Kind.DOCUMENT);
        LegalBasis ruling = LegalBasis.ruling("kisoku ruling 3 (docs/rulings.md)", "bank business day");
        assertThat(ruling.kind()).isEqualTo(LegalBasis.Kind.RULING);
        assertThat(ruling.confidence()).isEqualTo(Confidence.INTERPRETATION);
        assertThat(ruling.cite()).isEqualTo("kisoku ruling 3 (docs/rulings.md) bank business day");
    }

    @Test
    void withersReturnNewBasesAndLeaveTheOriginal() {
        LegalBasis linked = ROAD.withUrl("https://laws.e-gov.go.jp/law/335AC0000000105")
                .withNote("read 2026-11").withConfidence(Confidence.INTERPRETATION);
        assertThat(linked.url().get()).startsWith("https://laws.e-gov.go.jp");
        assertThat(linked.note().get()).isEqualTo("read 2026-11");
        assertThat(linked.confidence()).isEqualTo(Confidence.INTERPRETATION);
        assertThat(linked.cite()).isEqualTo(ROAD.cite());
        assertThat(ROAD.url().isEmpty()).isTrue();
        assertThat(ROAD.confidence()).isEqualTo(Confidence.CONFIRMED);
        assertThat(linked).isNotEqualTo(ROAD);
        assertThat(ROAD).isEqualTo(LegalBasis.law("道路交通法", "335AC0000000105", "第129条第1項", Confidence.CONFIRMED))
                .hasSameHashCodeAs(LegalBasis.law("道路交通法", "335AC0000000105", "第129条第1項", Confidence.CONFIRMED));
    }

    @Test
    void missingPartsAreInvalidInputNamingTheField() {
        assertThatThrownBy(() -> LegalBasis.law(" ", "335AC0000000105", "第1条", Confidence.CONFIRMED))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("law");
        assertThatThrownBy(() -> LegalBasis.law("道路交通法", null, "第1条", Confidence.CONFIRMED))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("eGovLawId");
        assertThatThrownBy(() -> LegalBasis.document("doc", "s", null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("confidence");
        assertThatThrownBy(() -> ROAD.withUrl("")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ROAD.withConfidence(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void weakestIsTheWeakerOfTwoWhicheverComesFirst() {
        property().forAll(anyOf(Confidence.class), anyOf(Confidence.class)).checkAssert((a, b) -> {
            assertThat(a.weakest(b)).isEqualTo(b.weakest(a));
            assertThat(a.weakest(b).ordinal()).isEqualTo(Math.max(a.ordinal(), b.ordinal()));
            assertThat(a.weakest(Confidence.CONFIRMED)).isEqualTo(a);
            assertThat(MessageBundle.kernel().label(a).en()).isNotEqualTo(a.name());
        });
    }
}

package io.github.kisoku.booking;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.lang.reflect.Method;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a caller relies on beyond the rules: names shown to clerks, value identity, ids in texts. */
class BookingContractsTest {
    @Test
    void everyNameShownToAClerkSaysSomethingInBothLanguages() throws Exception {
        List<Class<?>> shown = List.of(Channel.class, FeeComponent.class,
                GroupClass.class, io.github.kisoku.booking.Method.class, QuotaPolicy.Period.class,
                QuotaPolicy.Scope.class, QuotaPolicy.Counts.class, RuleSet.class, Status.class, Verdict.class);
        for (Class<?> type : shown) {
            for (String accessor : new String[] {"ja", "en", "label"}) {
                Method m;
                try {
                    m = type.getMethod(accessor);
                } catch (NoSuchMethodException e) {
                    continue;
                }
                for (Object value : type.getEnumConstants()) {
                    assertThat((String) m.invoke(value)).as(type.getSimpleName() + "." + value + "." + accessor)
                            .isNotBlank();
                }
            }
        }
        assertThat(FeeRounding.of(io.github.kisoku.kernel.Rounding.DOWN, 10).label())
                .isEqualTo(io.github.kisoku.kernel.Message.of("10円未満切り捨て", "round down below 10 yen"));
    }

    @Test
    void distinctValuesHaveDistinctHashesAndEqualOnesEqualHashes() {
        Catalogue c = Catalogue.nishiKominkanExample();
        assertThat(c).isEqualTo(Catalogue.nishiKominkanExample()).hasSameHashCodeAs(Catalogue.nishiKominkanExample());
        Catalogue one = Catalogue.of(c.facilities().take(1));
        assertThat(one.hashCode()).isNotEqualTo(Catalogue.of(List.empty()).hashCode());
        Facility f = c.facilities().head();
        assertThat(f.units().size()).isGreaterThan(1);
        Unit a = f.units().get(0);
        Unit b = f.units().get(1);
        assertThat(a.hashCode()).isNotEqualTo(b.hashCode());
        assertThat(f.hashCode()).isNotEqualTo(Facility.of(f.id(), f.name() + "（別館）", f.kind(), f.slots(),
                f.units(), f.newSystemFrom(), io.github.kisoku.kernel.LegalBasis.document("test", "§1",
                        io.github.kisoku.kernel.Confidence.CONFIRMED)).hashCode());
        UsageFeeTable fees = Catalogue.exampleFees();
        assertThat(fees).hasSameHashCodeAs(Catalogue.exampleFees());
    }

    @Test
    void blocksSlotsAndFacilitiesPrintWhatTheyAre() {
        Block block = new Block("西公民館", "日本間", 1);
        assertThat(block).hasToString("西公民館/日本間#1");
        Slot slot = Slot.hours(9, 11);
        assertThat(slot).hasToString("09:00-11:00");
        assertThat(new BlockSlot(block, LocalDate.of(2026, 8, 1), slot)).hasToString("西公民館/日本間#1@2026-08-01 09:00-11:00");
        assertThat(slot.isFollowedBy(Slot.hours(11, 13))).isTrue();
        assertThat(slot.isFollowedBy(Slot.hours(13, 15))).isFalse();
        assertThat(slot.compareTo(Slot.hours(9, 13))).isNegative();
        assertThat(Slot.hours(9, 13).compareTo(slot)).isPositive();
        assertThat(slot.compareTo(Slot.hours(9, 11))).isZero();
        Facility f = Catalogue.nishiKominkanExample().facilities().head();
        assertThat(f.kind()).isNotBlank();
        assertThat(Catalogue.nishiKominkanExample().facility(f.id())).contains(f);
        assertThat(Catalogue.nishiKominkanExample().facility(f.id() + "x")).isEmpty();
        assertThat(f.unit(f.units().head().id())).contains(f.units().head());
        assertThat(f.unit("no such unit")).isEmpty();
    }
}

package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.Yen;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.EnumMap;
import org.immutables.value.Value;

/**
 * A course's published fee table (表示利用料金, 熊本県税条例第73条; circular 税第423号 第6): the
 * normal fees for members and non-members per day type (平日・土曜日・日曜祝日), and the separate
 * fees it publishes for some users or some restricted plays (第2・1(1), 第2・7). A separate fee
 * may be set for some day types only (第2・1(1) なお書). Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class CourseFeeTable {
    CourseFeeTable() {
    }

    /**
     * A fee table with the six normal fees and no separate fee yet.
     *
     * @param weekdayMember members on weekdays
     * @param weekdayNonMember non-members on weekdays
     * @param saturdayMember members on Saturdays
     * @param saturdayNonMember non-members on Saturdays
     * @param holidayMember members on Sundays and holidays
     * @param holidayNonMember non-members on Sundays and holidays
     * @return the table
     * @throws io.github.kisoku.kernel.InvalidInputException if a fee is missing
     */
    public static CourseFeeTable of(Yen weekdayMember, Yen weekdayNonMember, Yen saturdayMember, Yen saturdayNonMember,
            Yen holidayMember, Yen holidayNonMember) {
        Map<Tuple2<DayType, FeeClass>, Yen> fees = HashMap.of(
                Tuple.of(DayType.WEEKDAY, FeeClass.MEMBER), Require.nonNull(weekdayMember, "weekdayMember"),
                Tuple.of(DayType.WEEKDAY, FeeClass.NON_MEMBER), Require.nonNull(weekdayNonMember, "weekdayNonMember"),
                Tuple.of(DayType.SATURDAY, FeeClass.MEMBER), Require.nonNull(saturdayMember, "saturdayMember"),
                Tuple.of(DayType.SATURDAY, FeeClass.NON_MEMBER),
                Require.nonNull(saturdayNonMember, "saturdayNonMember"),
                Tuple.of(DayType.SUNDAY_HOLIDAY, FeeClass.MEMBER), Require.nonNull(holidayMember, "holidayMember"),
                Tuple.of(DayType.SUNDAY_HOLIDAY, FeeClass.NON_MEMBER),
                Require.nonNull(holidayNonMember, "holidayNonMember"));
        return ImmutableCourseFeeTable.create(fees, HashMap.empty());
    }

    /**
     * The same table with a separate fee published for one category and day type.
     *
     * @param category which separate fee
     * @param dayType the day type it is set for
     * @param fee the separate fee
     * @return a new table
     */
    public CourseFeeTable withSpecial(SpecialFeeCategory category, DayType dayType, SpecialFee fee) {
        return ImmutableCourseFeeTable.create(normal(), special().put(Tuple.of(Require.nonNull(category, "category"),
                Require.nonNull(dayType, "dayType")), Require.nonNull(fee, "fee")));
    }

    /**
     * The same table with one separate fee for every day type.
     *
     * @param category which separate fee
     * @param fee the separate fee
     * @return a new table
     */
    public CourseFeeTable withSpecialEveryDay(SpecialFeeCategory category, SpecialFee fee) {
        CourseFeeTable t = this;
        for (DayType d : DayType.values()) {
            t = t.withSpecial(category, d, fee);
        }
        return t;
    }

    /**
     * A normal fee.
     *
     * @param dayType the day type
     * @param feeClass members or non-members
     * @return the fee
     */
    public Yen normal(DayType dayType, FeeClass feeClass) {
        // Every table has all six normal fees (of), so a lookup finds one for any day type and class.
        return Require.nonNull(Require.nonNull(normalByClass().get(Require.nonNull(feeClass, "feeClass")), "feeClass")
                .get(Require.nonNull(dayType, "dayType")), "dayType");
    }

    /**
     * A separate fee, if the course publishes one for that category and day type.
     *
     * @param category which separate fee
     * @param dayType the day type
     * @return the separate fee, or none
     */
    public Option<SpecialFee> special(SpecialFeeCategory category, DayType dayType) {
        EnumMap<DayType, Option<SpecialFee>> byDay = specialByCategory().get(Require.nonNull(category, "category"));
        return byDay == null ? Option.none() : byDay.getOrDefault(Require.nonNull(dayType, "dayType"), Option.none());
    }

    /** {@return the six normal fees, by day type and class} */
    abstract Map<Tuple2<DayType, FeeClass>, Yen> normal();

    /** {@return the separate fees, by category and day type} */
    abstract Map<Tuple2<SpecialFeeCategory, DayType>, SpecialFee> special();

    /**
     * The normal fees by enum, for the lookup every visit makes; made once with the table, as
     * before, and left out of equality and printing, which the Vavr maps give.
     *
     * @return the fees by class and day type
     */
    @Value.Derived
    @Value.Auxiliary
    EnumMap<FeeClass, EnumMap<DayType, Yen>> normalByClass() {
        EnumMap<FeeClass, EnumMap<DayType, Yen>> byClass = new EnumMap<>(FeeClass.class);
        normal().forEach((key, fee) -> byClass.computeIfAbsent(key._2, c -> new EnumMap<>(DayType.class))
                .put(key._1, fee));
        return byClass;
    }

    /**
     * The separate fees by enum, for the lookup every visit makes; made once with the table.
     *
     * @return the fees by category and day type
     */
    @Value.Derived
    @Value.Auxiliary
    EnumMap<SpecialFeeCategory, EnumMap<DayType, Option<SpecialFee>>> specialByCategory() {
        EnumMap<SpecialFeeCategory, EnumMap<DayType, Option<SpecialFee>>> byCategory =
                new EnumMap<>(SpecialFeeCategory.class);
        special().forEach((key, fee) -> byCategory.computeIfAbsent(key._1, c -> new EnumMap<>(DayType.class))
                .put(key._2, Option.some(fee)));
        return byCategory;
    }
}

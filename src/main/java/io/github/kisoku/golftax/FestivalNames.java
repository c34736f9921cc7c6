package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.EffectiveTimeline;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.NotInForce;
import io.vavr.control.Either;
import java.time.LocalDate;

/**
 * The names of the one exemption of 地方税法第75条の3第1号 over time: 国民体育大会 until
 * 2022-12-31, 国民スポーツ大会 from 2023-01-01. The rename comes from スポーツ基本法第26条 as amended
 * by 平成30年法律第56号 (附則第1項: in force 2023-01-01, confirmed); that 地方税法第75条の3 took the new
 * name on the same day is an inference (reference NOTES §3.3). The exemption itself did not
 * change: {@link ExemptionItem#NATIONAL_SPORTS_FESTIVAL} covers both names. Immutable and
 * thread-safe.
 */
public final class FestivalNames {
    /** The day the new name applies, 2023-01-01. */
    public static final LocalDate RENAMED_ON = LocalDate.of(2023, 1, 1);

    private static final EffectiveTimeline<Message> NAMES = EffectiveTimeline.of("golftax.festival-name",
            Effective.between(LocalDate.of(1946, 11, 1), RENAMED_ON.minusDays(1),
                    GolfWords.text("festival.kokutai"),
                    Sources.circular("第1・3(1), 第1・4").withNote("通達（平成30年）時点の名称")),
            Effective.from(RENAMED_ON, GolfWords.text("festival.kokusupo"),
                    LegalBasis.law("スポーツ基本法", "423AC1000000078", "第26条第1項（平成30年法律第56号附則第1項）",
                            Confidence.CONFIRMED)
                            .withNote("地方税法第75条の3第1号の改正日は未確認（同日と推定）")));

    private FestivalNames() {
    }

    /**
     * The festival's name on a date, with the basis of that name.
     *
     * @param date the use date
     * @return the name in force, or why none is (before the first festival in 1946)
     */
    public static Either<NotInForce, Effective<Message>> on(LocalDate date) {
        return NAMES.at(date);
    }

    /**
     * Every name with its period.
     *
     * @return the timeline
     */
    public static EffectiveTimeline<Message> timeline() {
        return NAMES;
    }
}

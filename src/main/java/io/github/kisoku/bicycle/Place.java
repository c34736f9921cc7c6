package io.github.kisoku.bicycle;

/** Where on the road the vehicle was ridden (通行した場所). */
public enum Place {
    /** The left side of the roadway (車道の左側). */
    ROADWAY_LEFT("車道の左側", "left side of the roadway"),
    /** The right side of the roadway: riding against traffic (車道の右側、逆走). */
    ROADWAY_RIGHT("車道の右側（逆走）", "right side of the roadway (against traffic)"),
    /** A sidewalk (歩道). */
    SIDEWALK("歩道", "sidewalk"),
    /** A roadside strip on the left of the road (道路左側の路側帯). */
    ROADSIDE_STRIP_LEFT("道路左側の路側帯", "roadside strip on the left"),
    /** A roadside strip on the right of the road (道路右側の路側帯). */
    ROADSIDE_STRIP_RIGHT("道路右側の路側帯", "roadside strip on the right"),
    /** A pedestrian roadside strip marked with two white lines (歩行者用路側帯、白線2本). */
    PEDESTRIAN_ROADSIDE_STRIP("歩行者用路側帯（白線2本）", "pedestrian roadside strip (double white line)");

    private final String ja;
    private final String en;

    Place(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    /** {@return the Japanese label} */
    public String ja() {
        return ja;
    }

    /** {@return the English label} */
    public String en() {
        return en;
    }
}

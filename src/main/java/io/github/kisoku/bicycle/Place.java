package io.github.kisoku.bicycle;

/** Where on the road the vehicle was ridden (通行した場所). */
public enum Place {
    /** The left side of the roadway (車道の左側). */
    ROADWAY_LEFT,
    /** The right side of the roadway: riding against traffic (車道の右側、逆走). */
    ROADWAY_RIGHT,
    /** A sidewalk (歩道). */
    SIDEWALK,
    /** A roadside strip on the left of the road (道路左側の路側帯). */
    ROADSIDE_STRIP_LEFT,
    /** A roadside strip on the right of the road (道路右側の路側帯). */
    ROADSIDE_STRIP_RIGHT,
    /** A pedestrian roadside strip marked with two white lines (歩行者用路側帯、白線2本). */
    PEDESTRIAN_ROADSIDE_STRIP;
}

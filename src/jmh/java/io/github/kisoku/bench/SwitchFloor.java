package io.github.kisoku.bench;

/**
 * The floor of the bicycle decision: the 反則金 by a bare {@code switch} on the violation id, no
 * dates, no age, no reasons (generated from {@code violations.csv}). Nothing can be faster and
 * still answer the amount; it is the physical limit the issue compares kisoku with.
 */
final class SwitchFloor {
    private SwitchFloor() {
    }

    /** {@return the amount in yen, or -1 for an act that is not a 反則行為} */
    static int amount(String violation) {
        switch (violation) {
            case "MOBILE_PHONE_HOLDING":
                return 12000;
            case "ABANDONED_PARKING_NO_STOPPING_PRIORITY":
                return 12000;
            case "ABANDONED_PARKING_NO_STOPPING":
                return 10000;
            case "ABANDONED_PARKING_NO_PARKING_PRIORITY":
                return 11000;
            case "ABANDONED_PARKING_NO_PARKING":
                return 9000;
            case "RAILWAY_CROSSING_BARRIER_ENTRY":
                return 7000;
            case "SPEEDING_25_TO_30":
                return 12000;
            case "SPEEDING_20_TO_25":
                return 10000;
            case "SPEEDING_15_TO_20":
                return 7000;
            case "SPEEDING_UNDER_15":
                return 6000;
            case "STOP_PARK_NO_STOPPING_PRIORITY":
                return 9000;
            case "STOP_PARK_NO_STOPPING":
                return 7000;
            case "STOP_PARK_NO_PARKING_PRIORITY":
                return 8000;
            case "STOP_PARK_NO_PARKING":
                return 6000;
            case "SIGNAL_VIOLATION":
                return 6000;
            case "SIGNAL_VIOLATION_FLASHING":
                return 5000;
            case "TRAFFIC_DIVISION":
                return 6000;
            case "OVERTAKING":
                return 6000;
            case "RAILWAY_CROSSING_NO_STOP":
                return 6000;
            case "INTERSECTION_SAFE_PROCEEDING":
                return 6000;
            case "ROUNDABOUT_SAFE_PROCEEDING":
                return 6000;
            case "PEDESTRIAN_CROSSING_OBSTRUCTION":
                return 6000;
            case "SAFE_DRIVING_DUTY":
                return 6000;
            case "NO_ENTRY":
                return 5000;
            case "PEDESTRIAN_ROAD_SLOW":
                return 5000;
            case "PASSING_PEDESTRIAN_SIDE":
                return 5000;
            case "SUDDEN_BRAKING":
                return 5000;
            case "STATUTORY_CROSSING_PROHIBITION":
                return 5000;
            case "TRAM_REAR_NO_STOP":
                return 5000;
            case "PRIORITY_ROAD_OBSTRUCTION":
                return 5000;
            case "ROUNDABOUT_OBSTRUCTION":
                return 5000;
            case "SLOW_DOWN_PLACE":
                return 5000;
            case "DESIGNATED_STOP":
                return 5000;
            case "INFANT_OBSTRUCTION":
                return 5000;
            case "SAFETY_ZONE_SLOW":
                return 5000;
            case "BEING_PASSED_SIDE_DUTY":
                return 5000;
            case "LANE_VIOLATION":
                return 5000;
            case "ROADSIDE_EXIT_SIGNAL_OBSTRUCTION":
                return 5000;
            case "DESIGNATED_CROSSING_PROHIBITION":
                return 5000;
            case "FOLLOWING_DISTANCE":
                return 5000;
            case "LANE_CHANGE_PROHIBITION":
                return 5000;
            case "OVERTAKEN_VEHICLE_DUTY":
                return 5000;
            case "BUS_START_OBSTRUCTION":
                return 5000;
            case "CUTTING_IN":
                return 5000;
            case "INTERSECTION_TURN_SIGNAL_OBSTRUCTION":
                return 5000;
            case "INTERSECTION_PRIORITY_OBSTRUCTION":
                return 5000;
            case "EMERGENCY_VEHICLE_OBSTRUCTION":
                return 5000;
            case "INTERSECTION_ENTRY_PROHIBITION":
                return 5000;
            case "NO_LIGHTS":
                return 5000;
            case "DIMMING_DUTY":
                return 5000;
            case "SIGNAL_FAILURE":
                return 5000;
            case "SIGNAL_RESTRICTION":
                return 5000;
            case "HORN_DUTY":
                return 5000;
            case "RIDING_LOADING_METHOD":
                return 5000;
            case "LIGHT_VEHICLE_DEFECT":
                return 5000;
            case "BICYCLE_BRAKE_DEFECT":
                return 5000;
            case "SPLASHING":
                return 5000;
            case "FALL_PREVENTION":
                return 5000;
            case "CARGO_FALL_PREVENTION":
                return 5000;
            case "UNSAFE_DOOR_OPENING":
                return 5000;
            case "STOP_MEASURES_DUTY":
                return 5000;
            case "PUBLIC_SAFETY_COMMISSION_RULES":
                return 5000;
            case "PASSAGE_PERMIT_CONDITION":
                return 3000;
            case "SIDEWALK_SLOW_DUTY":
                return 3000;
            case "ROADSIDE_STRIP_METHOD":
                return 3000;
            case "RIDING_ABREAST":
                return 3000;
            case "TRAMWAY_TRACK":
                return 3000;
            case "ROADSIDE_EXIT_TURN_METHOD":
                return 3000;
            case "INTERSECTION_TURN_METHOD":
                return 3000;
            case "ROUNDABOUT_TURN_METHOD":
                return 3000;
            case "LOAD_LIMIT":
                return 3000;
            case "OVERSIZE_PERMIT_CONDITION":
                return 3000;
            case "TOWING_MOPED":
                return 3000;
            case "BICYCLE_PATH_DUTY":
                return 3000;
            case "HORN_USE_RESTRICTION":
                return 3000;
            case "DRUNK_RIDING":
                return -1;
            case "MOBILE_PHONE_DANGER":
                return -1;
            case "OBSTRUCTIVE_DRIVING":
                return -1;
            default:
                return -1;
        }
    }
}

package io.github.kisoku.golftax;

/**
 * The kinds of business use by a course's manager, staff or pros (業務による利用) that are not
 * a "ゴルフ場の利用" under 熊本県税条例第67条, as listed in circular 税第423号 第5; the labels are
 * those of the 通達該当項目 column of 別記第3号様式 and the rows of 別記第4号様式.
 */
public enum BusinessUseItem {
    /** 第5(1)ア: greenkeeper or caddie master, course upkeep or caddie training under the plan. */
    OWN_COURSE_MAINTENANCE("(1)ア"),
    /** 第5(1)イ: a pro or assistant pro, teaching users or own training (incl. pro test). */
    OWN_COURSE_PRO_TRAINING("(1)イ"),
    /** 第5(1)ウ: a pro playing an official tournament at the own course. */
    OWN_COURSE_PRO_TOURNAMENT("(1)ウ"),
    /** 第5(1)エ: staff recreation under the personnel plan. */
    OWN_COURSE_STAFF_RECREATION("(1)エ"),
    /** 第5(2)ア: manager or operator (or staff with the operator's certificate) studying another course. */
    OTHER_COURSE_MANAGEMENT_STUDY("(2)ア"),
    /** 第5(2)イ: a pro at another course for an official tournament or own training. */
    OTHER_COURSE_PRO("(2)イ"),
    /** 第5(2)ウ: an assistant pro at another course for a pro test or own training. */
    OTHER_COURSE_ASSISTANT_PRO("(2)ウ"),
    /** 第5(3): guests invited to an opening, an extension opening or a five-yearly anniversary. */
    OPENING_INVITATION("(3)");

    private final String code;

    BusinessUseItem(String code) {
        this.code = code;
    }

    /** {@return the circular's label, e.g. {@code (1)ア}} */
    public String code() {
        return code;
    }

    /** {@return the section of the circular, e.g. {@code 第5(1)ア}} */
    public String section() {
        return "第5" + code;
    }
}

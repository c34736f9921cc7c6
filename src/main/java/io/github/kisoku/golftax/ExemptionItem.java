package io.github.kisoku.golftax;

import io.github.kisoku.kernel.LegalBasis;

/**
 * The exemptions (非課税) of 地方税法第75条の2 and 第75条の3, in the order they are tested
 * (kisoku ruling 6): the person items first, then the uses.
 */
public enum ExemptionItem {
    /** 第75条の2第1号: aged under 18 on the use date (年齢十八歳未満の者). */
    UNDER_18("第75条の2第1号"),
    /** 第75条の2第2号: aged 70 or over on the use date (年齢七十歳以上の者). */
    AGED_70_OR_OVER("第75条の2第2号"),
    /** 第75条の2第3号: a person with a disability under 第23条第1項第10号 (障害者). */
    DISABILITY("第75条の2第3号"),
    /** 第75条の3第1号: the national sports festival (国民体育大会 → 国民スポーツ大会) and its qualifier. */
    NATIONAL_SPORTS_FESTIVAL("第75条の3第1号"),
    /** 第75条の3第2号: a school's education activity (学校の教育活動). */
    SCHOOL_ACTIVITY("第75条の3第2号");

    private final String provision;
    private final LegalBasis basis;
    ExemptionItem(String provision) {
        this.provision = provision;
        this.basis = Sources.law(provision);
    }

    /** {@return the provision of 地方税法, e.g. {@code 第75条の2第1号}} */
    public String provision() {
        return provision;
    }

    /** {@return the legal basis: 地方税法 (e-Gov 325AC0000000226), confirmed} */
    public LegalBasis basis() {
        return basis;
    }
}

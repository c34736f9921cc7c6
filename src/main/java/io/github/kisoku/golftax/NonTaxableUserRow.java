package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Message;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * One row of the non-taxable users list (ゴルフ場利用税非課税利用者一覧表, 別記第1号様式; circular
 * 第1・8): use date, name, the column of the exemption (18才未満 / 70才以上 / 障害者, none for the
 * 第75条の3 uses, which go in 備考), the documents shown (提示書類名), the birth date and the
 * disability card number. Immutable and thread-safe.
 *
 * @param visit the visit
 * @param item the exemption
 * @param documents the documents shown or handed over
 */
public record NonTaxableUserRow(Visit visit, ExemptionItem item, List<Message> documents) {
    /** {@return the use date (利用年月日)} */
    public LocalDate useDate() {
        return visit.useDate();
    }

    /** {@return the name (氏名)} */
    public String name() {
        return visit.person().name();
    }

    /** {@return the birth date (生年月日)} */
    public LocalDate birthDate() {
        return visit.person().birthDate();
    }

    /** {@return whether the 18才未満 column is marked} */
    public boolean under18() {
        return item == ExemptionItem.UNDER_18;
    }

    /** {@return whether the 70才以上 column is marked} */
    public boolean aged70OrOver() {
        return item == ExemptionItem.AGED_70_OR_OVER;
    }

    /** {@return whether the 障害者 column is marked} */
    public boolean disability() {
        return item == ExemptionItem.DISABILITY;
    }

    /** {@return the disability card number (身体障害者等手帳番号), if the 障害者 column is marked} */
    public Option<String> cardNumber() {
        return disability() ? visit.person().disabilityCard().map(DisabilityCard::number) : Option.none();
    }

    /** {@return the note (備考): the 第75条の3 use and its item, e.g. {@code 学校の教育活動（第75条の3第2号）}, if that is the exemption} */
    public Option<Message> note() {
        return under18() || aged70OrOver() || disability() ? Option.none()
                : Option.of(GolfWords.text("register.note", "item", item, "provision", item.provision()));
    }
}

package io.github.kisoku.golftax.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.golftax.AgeDocument;
import io.github.kisoku.golftax.BusinessUseItem;
import io.github.kisoku.golftax.Course;
import io.github.kisoku.golftax.DisabilityCard;
import io.github.kisoku.golftax.DisabilityCardKind;
import io.github.kisoku.golftax.Fixtures;
import io.github.kisoku.golftax.Play;
import io.github.kisoku.golftax.VisitRow;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The visits file format documented on {@link VisitCsv}: every field, every rejection. */
class VisitCsvTest {
    private static final Course COURSE = Fixtures.course();

    private static List<Validation<Seq<Problem>, VisitRow>> parse(String... lines) {
        return VisitCsv.parse(String.join("\n", lines), COURSE);
    }

    private static VisitRow one(String row) {
        List<Validation<Seq<Problem>, VisitRow>> rows = parse(VisitCsv.HEADER, row);
        assertThat(rows).hasSize(1);
        return rows.head().get();
    }

    private static List<String> problems(String row) {
        List<Validation<Seq<Problem>, VisitRow>> rows = parse(VisitCsv.HEADER, row);
        assertThat(rows).hasSize(1);
        return rows.head().getError().map(p -> p.field() + "/" + p.code()).toList();
    }

    private static Play play(String field) {
        return one("1,2026-04-08,熊本 太郎,1980-01-01,,," + field + ",0,").visit().play();
    }

    @Test
    @DisplayName("a full row: person, document, card, fee and declared tax; the line number counts the header")
    void fullRow() {
        VisitRow r = one("A-1,2026-04-08, 熊本 太郎 ,1950-02-01,PASSPORT,MENTAL: 熊本 9 ,NORMAL, 8000 ,0");
        assertThat(r.line()).isEqualTo(2);
        assertThat(r.visit().id()).isEqualTo("A-1");
        assertThat(r.visit().course()).isEqualTo(COURSE);
        assertThat(r.visit().useDate()).isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(r.visit().person().name()).isEqualTo("熊本 太郎");
        assertThat(r.visit().person().birthDate()).isEqualTo(LocalDate.of(1950, 2, 1));
        assertThat(r.visit().person().ageDocument()).contains(AgeDocument.PASSPORT);
        assertThat(r.visit().person().disabilityCard()).contains(DisabilityCard.of(DisabilityCardKind.MENTAL, "熊本 9"));
        assertThat(r.visit().feeCharged()).isEqualTo(io.vavr.control.Option.of(Yen.of(8000)));
        assertThat(r.declaredTax()).contains(Yen.ZERO);
        VisitRow bare = one("A-2,2026-04-08,熊本 太郎,1950-02-01,,,NORMAL,8000,");
        assertThat(bare.visit().person().ageDocument()).isEmpty();
        assertThat(bare.visit().person().disabilityCard()).isEmpty();
        assertThat(bare.declaredTax()).isEmpty();
    }

    @Test
    @DisplayName("the plays: NORMAL, EARLY_MORNING:HH:MM, CLOSED_DAY_SELF_BAG, RESTRICTED:n, BUSINESS[_UNREGISTERED]:code")
    void plays() {
        assertThat(play("NORMAL")).isEqualTo(Play.normal());
        assertThat(play("EARLY_MORNING:09:30")).isEqualTo(new Play.EarlyMorning(true, LocalTime.of(9, 30)));
        assertThat(play("CLOSED_DAY_SELF_BAG")).isEqualTo(new Play.ClosedDaySelfBag());
        assertThat(play("RESTRICTED:1")).isEqualTo(new Play.RestrictedCourse(1));
        assertThat(play("RESTRICTED: 9")).isEqualTo(new Play.RestrictedCourse(9));
        assertThat(play("BUSINESS:(3)")).isEqualTo(new Play.BusinessUse(BusinessUseItem.OPENING_INVITATION, true,
                Option.none()));
        assertThat(play("BUSINESS_UNREGISTERED:(2)ア")).isEqualTo(new Play.BusinessUse(
                BusinessUseItem.OTHER_COURSE_MANAGEMENT_STUDY, false, Option.none()));
    }

    @Test
    @DisplayName("plays that cannot be read are one problem 'bad-play' naming the field")
    void badPlays() {
        for (String bad : new String[] {"FLYING", "EARLY_MORNING:9時", "EARLY_MORNING", "RESTRICTED:0", "RESTRICTED:-1",
                "RESTRICTED:nine", "BUSINESS:(4)", "BUSINESS", "normal"}) {
            assertThat(problems("1,2026-04-08,熊本 太郎,1980-01-01,,," + bad + ",0,")).as(bad)
                    .containsExactly("line 2.play/bad-play");
        }
    }

    @Test
    @DisplayName("disability cards are KIND:number; a missing colon, an empty number or an unknown kind is rejected")
    void cards() {
        for (String bad : new String[] {"PHYSICAL", "PHYSICAL:", "BLUE:123"}) {
            assertThat(problems("1,2026-04-08,熊本 太郎,1980-01-01,," + bad + ",NORMAL,0,"))
                    .as(bad).hasSize(1).allMatch(s -> s.startsWith("line 2.disability_card/"));
        }
        assertThat(problems("1,2026-04-08,熊本 太郎,1980-01-01,,PHYSICAL,NORMAL,0,"))
                .containsExactly("line 2.disability_card/bad-card");
        assertThat(problems("1,2026-04-08,熊本 太郎,1980-01-01,,BLUE:1,NORMAL,0,"))
                .containsExactly("line 2.disability_card/unknown-value");
        // an empty kind before the colon is an unknown kind, like any other
        assertThat(problems("1,2026-04-08,熊本 太郎,1980-01-01,,:1,NORMAL,0,"))
                .containsExactly("line 2.disability_card/unknown-value");
        assertThat(one("1,2026-04-08,熊本 太郎,1980-01-01,,PHYSICAL:1:2,NORMAL,0,")
                .visit().person().disabilityCard().get().number()).isEqualTo("1:2");
    }

    @Test
    @DisplayName("every bad field of a row is reported at once, named by line and field")
    void accumulates() {
        assertThat(problems("1,2026-13-01,熊本 太郎,yesterday,LICENCE,,NORMAL,8千,-1"))
                .containsExactly("line 2.use_date/invalid-date", "line 2.birth_date/invalid-date",
                        "line 2.age_document/unknown-value", "line 2.fee_charged/not-a-number",
                        "line 2.declared_tax/negative-amount");
        assertThat(problems("1,2026-04-08,熊本 太郎,1980-01-01,,,NORMAL,0,abc"))
                .containsExactly("line 2.declared_tax/not-a-number");
    }

    @Test
    @DisplayName("rows of the wrong width, blank names and use dates before birth are rejected with the line")
    void rowProblems() {
        assertThat(problems("1,2026-04-08,熊本 太郎")).containsExactly("line 2/field-count");
        assertThat(problems("1,2026-04-08,熊本 太郎,1980-01-01,,,NORMAL,0,,")).containsExactly("line 2/field-count");
        assertThat(problems("1,2026-04-08, ,1980-01-01,,,NORMAL,0,")).containsExactly("line 2.name/required");
        assertThat(problems(" ,2026-04-08,熊本 太郎,1980-01-01,,,NORMAL,0,")).containsExactly("line 2.id/required");
        assertThat(problems("1,1979-04-08,熊本 太郎,1980-01-01,,,NORMAL,0,")).containsExactly("line 2.useDate/before-birth");
    }

    @Test
    @DisplayName("comments and blank lines are skipped before and after the header; CRLF lines are read")
    void layout() {
        List<Validation<Seq<Problem>, VisitRow>> rows = VisitCsv.parse("# visits\r\n\r\n" + VisitCsv.HEADER
                + "\r\n# first\r\n1,2026-04-08,熊本 太郎,1980-01-01,,,NORMAL,8000,\r\n   \r\n"
                + "2,2026-04-09,阿蘇 花子,1980-01-01,,,NORMAL,8000,800\r\n", COURSE);
        assertThat(rows.map(r -> r.get().line())).containsExactly(5, 7);
        assertThat(rows.map(r -> r.get().visit().id())).containsExactly("1", "2");
        assertThat(VisitCsv.parse("  " + VisitCsv.HEADER + "  \n", COURSE)).isEmpty();
    }

    @Test
    @DisplayName("a missing or wrong header is one problem naming its line; missing inputs are 'required'")
    void headerAndNulls() {
        assertThat(VisitCsv.parse("", COURSE).head().getError().map(p -> p.field() + "/" + p.code()))
                .containsExactly("line 0/bad-header");
        assertThat(VisitCsv.parse("# only a comment\n\n", COURSE).head().getError().head().field()).isEqualTo("line 0");
        assertThat(VisitCsv.parse("# c\nid,use_date\n", COURSE).head().getError().map(p -> p.field() + "/" + p.code()))
                .containsExactly("line 2/bad-header");
        assertThat(VisitCsv.parse(null, COURSE).head().getError().map(p -> p.field() + "/" + p.code()))
                .containsExactly("text/required");
        assertThat(VisitCsv.parse("x", null).head().getError().map(p -> p.field() + "/" + p.code()))
                .containsExactly("course/required");
    }
    @Test
    @DisplayName("one line at a time (for streaming a big file): the same row as parse gives, its own line number")
    void oneLine() {
        String line = "A-1,2026-04-08,熊本 太郎,1950-02-01,PASSPORT,,EARLY_MORNING:09:30,8000,0";
        VisitRow r = VisitCsv.line(17, line, COURSE).get();
        assertThat(r.line()).isEqualTo(17);
        assertThat(r.visit()).isEqualTo(one(line).visit());
        assertThat(VisitCsv.line(5, "1,2026-02-30,熊本 太郎,1980-01-01,,,EARLY_MORNING:25:00,0,", COURSE).getError()
                .map(p -> p.field() + "/" + p.code())).containsExactly("line 5.use_date/invalid-date",
                        "line 5.play/bad-play");
        assertThat(VisitCsv.line(1, null, COURSE).getError().map(Problem::field)).containsExactly("text");
        assertThat(VisitCsv.line(1, line, null).getError().map(Problem::field)).containsExactly("course");
        assertThat(VisitCsv.line(3, "1,2", COURSE).getError().map(p -> p.field() + "/" + p.code()))
                .containsExactly("line 3/field-count");
    }

    @Test
    @DisplayName("a row already split by a CSV reader (quoted fields allowed): the same visit; a missing field reads as empty")
    void fieldsSplitElsewhere() {
        String line = "A-1,2026-04-08,熊本 太郎,1950-02-01,PASSPORT,,EARLY_MORNING:09:30,8000,0";
        io.vavr.collection.List<String> fields = io.vavr.collection.List.of(line.split(",", -1));
        VisitRow r = VisitCsv.fields(17, fields, COURSE).get();
        assertThat(r.line()).isEqualTo(17);
        assertThat(r.visit()).isEqualTo(VisitCsv.line(17, line, COURSE).get().visit());
        assertThat(VisitCsv.fields(17, fields.update(5, (String) null), COURSE).get().visit())
                .as("a null field is an empty one").isEqualTo(r.visit());
        assertThat(VisitCsv.fields(2, fields.update(1, (String) null), COURSE).getError().map(p -> p.field() + "/" + p.code()))
                .containsExactly("line 2.use_date/required");
        assertThat(VisitCsv.fields(1, null, COURSE).getError().map(Problem::field)).containsExactly("fields");
        assertThat(VisitCsv.fields(1, fields, null).getError().map(Problem::field)).containsExactly("course");
        assertThat(VisitCsv.fields(3, fields.take(2), COURSE).getError().map(p -> p.field() + "/" + p.code()))
                .containsExactly("line 3/field-count");
    }

    @Test
    @DisplayName("early-morning finish times are HH:MM; anything else is 'bad-play'")
    void finishTimes() {
        assertThat(play("EARLY_MORNING:10:00")).isEqualTo(new Play.EarlyMorning(true, LocalTime.of(10, 0)));
        assertThat(play("EARLY_MORNING:00:59")).isEqualTo(new Play.EarlyMorning(true, LocalTime.of(0, 59)));
        assertThat(play("EARLY_MORNING:19:09")).isEqualTo(new Play.EarlyMorning(true, LocalTime.of(19, 9)));
        for (String bad : new String[] {"9:30", "24:00", "09:60", "0a:30", "09-30", "09:3a", "x9:30", "09:x0",
            "09:30:15", "0::30", "09:0:", ":9:30", "09:/0", "/9:30", "0/:30", "09:3/"}) {
            assertThat(problems("1,2026-04-08,熊本 太郎,1980-01-01,,,EARLY_MORNING:" + bad + ",0,")).as(bad)
                    .containsExactly("line 2.play/bad-play");
        }
    }
}

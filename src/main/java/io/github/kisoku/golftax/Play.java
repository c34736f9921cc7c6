package io.github.kisoku.golftax;

import io.github.kisoku.kernel.InvalidInputException;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Require;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalTime;

/**
 * What the play was on a visit (利用の態様): a closed set of cases, each carrying what the
 * treatment rules need to see. Which treatment applies is decided by {@link GolfTaxRules}, never
 * here. All cases are immutable and thread-safe.
 */
public sealed interface Play {

    /**
     * A normal round (通常の利用).
     */
    record Normal() implements Play {
    }

    /**
     * An early-morning round (早朝利用), circular 第2・7(1): play starts before the course opens
     * and must finish by 10:00 at the latest.
     *
     * @param startsBeforeOpening whether play starts before the course opens (開場前にプレーを開始)
     * @param mustFinishBy the time by which the course requires play to finish
     */
    record EarlyMorning(boolean startsBeforeOpening, LocalTime mustFinishBy) implements Play {
        /**
         * Checks that the finish time is given.
         *
         * @param startsBeforeOpening whether play starts before the course opens
         * @param mustFinishBy the required finish time
         */
        public EarlyMorning {
            Require.nonNull(mustFinishBy, "mustFinishBy");
        }
    }

    /**
     * A round on the course's closed day with one's own bag (休業日のセルフバッグ利用), circular
     * 第2・7(2).
     */
    record ClosedDaySelfBag() implements Play {
    }

    /**
     * A round restricted to a specific course of the club (特定のコースのみの利用), circular 第2・7(3):
     * only nine holes or fewer qualify.
     *
     * @param holes the holes of the course the user is restricted to, one or more
     */
    record RestrictedCourse(int holes) implements Play {
        /**
         * Checks that the number of holes is positive.
         *
         * @param holes the holes
         */
        public RestrictedCourse {
            if (holes < 1) {
                throw InvalidInputException.of(List.of(Problem.of(GolfProblem.HOLES, "holes")
                        .withFigure("value", holes)));
            }
        }
    }

    /**
     * Play as an entrant of a competition (競技会への出場), 熊本県税条例第69条第1項第2号, circular
     * 第2・3〜第2・6.
     *
     * @param competition the competition
     * @param onEntrantList whether the course found the user on the entrant list the organiser
     *     submitted with the certificate (出場者名簿, 第2・6(4))
     * @param nameDocument the public document the user showed to prove their name (第2・8(2)), if any
     */
    record CompetitionEntry(Competition competition, boolean onEntrantList, Option<AgeDocument> nameDocument)
            implements Play {
        /**
         * Checks that the competition and the document option are given.
         *
         * @param competition the competition
         * @param onEntrantList whether the user is on the entrant list
         * @param nameDocument the document shown, or none
         */
        public CompetitionEntry {
            Require.nonNull(competition, "competition");
            Require.nonNull(nameDocument, "nameDocument");
        }
    }

    /**
     * Play in the national sports festival's golf (国民体育大会 → 国民スポーツ大会, 地方税法第75条の3
     * 第1号) or its Kumamoto qualifier (circular 第1・4).
     *
     * @param stage the event, its official practice, or the qualifier
     * @param certifier who issued the certificate (知事 or 教育委員会), if one was presented
     * @param identityChecked whether the course checked an identity document against the
     *     certificate (circular 第1・3 なお書)
     */
    record NationalSportsFestival(FestivalStage stage, Option<Certifier> certifier, boolean identityChecked)
            implements Play {
        /**
         * Checks that the stage and the certifier option are given.
         *
         * @param stage the stage
         * @param certifier the certifier, or none
         * @param identityChecked whether identity was checked
         */
        public NationalSportsFestival {
            Require.nonNull(stage, "stage");
            Require.nonNull(certifier, "certifier");
        }
    }

    /**
     * Play as a school's education activity (学校の教育活動, 地方税法第75条の3第2号, circular 第1・5,
     * 第1・6).
     *
     * @param activity what the activity is
     * @param certificate the certificate of the school's head, if one was presented
     * @param party who played and how they were checked
     */
    record SchoolActivity(SchoolActivityKind activity, Option<SchoolCertificate> certificate, SchoolParty party)
            implements Play {
        /**
         * Checks that all parts are given.
         *
         * @param activity the activity
         * @param certificate the certificate, or none
         * @param party the party
         */
        public SchoolActivity {
            Require.nonNull(activity, "activity");
            Require.nonNull(certificate, "certificate");
            Require.nonNull(party, "party");
        }
    }

    /**
     * Use by the course's manager, staff or pros in the course of business (業務による利用),
     * circular 第5.
     *
     * @param item which kind of business use
     * @param recordedInRegister whether it is entered in the 業務による利用者名簿 (別記第3号様式)
     * @param invitation for 第5(3) only, the conditions of an opening invitation
     */
    record BusinessUse(BusinessUseItem item, boolean recordedInRegister, Option<InvitationConditions> invitation)
            implements Play {
        /**
         * Checks that the item and the invitation option are given.
         *
         * @param item the item
         * @param recordedInRegister whether it is in the register
         * @param invitation the invitation conditions, or none
         */
        public BusinessUse {
            Require.nonNull(item, "item");
            Require.nonNull(invitation, "invitation");
        }
    }

    /**
     * A normal round.
     *
     * @return the play
     */
    static Play normal() {
        return new Normal();
    }

    /** The stage of the national sports festival (circular 第1・4, 地方税法第75条の3第1号). */
    enum FestivalStage {
        /** The festival's golf competition itself (大会のゴルフ競技). */
        COMPETITION,
        /** Its official practice (公式の練習). */
        OFFICIAL_PRACTICE,
        /**
         * A qualifier held in Kumamoto that makes the final selection of players, run by a golf
         * body in the prefectural sports association and recognised by it (本県開催の予選会, 第1・4).
         */
        KUMAMOTO_QUALIFIER;
    }

    /** Who issued a national sports festival certificate (circular 第1・3(1)). */
    enum Certifier {
        /** The prefectural governor (知事). */
        GOVERNOR,
        /** The prefectural board of education (教育委員会). */
        BOARD_OF_EDUCATION,
        /** Anyone else, e.g. the organising golf body. */
        OTHER;
    }

    /** The kinds of school golf the circular 第1・5 reads as 教育活動. */
    enum SchoolActivityKind {
        /** 第1・5(1): practical lessons in 保健体育. */
        PE_LESSON(true),
        /**
         * 第1・5(2): club activity of a club the head approved, with a teacher as adviser, under the
         * year's plan the head approved in advance.
         */
        APPROVED_CLUB_PLAN(true),
        /** Any other golf by students, e.g. a club without an approved plan: not 教育活動. */
        OTHER(false);

        private final boolean educationActivity;

        SchoolActivityKind(boolean educationActivity) {
            this.educationActivity = educationActivity;
        }

        /** {@return whether the circular 第1・5 reads it as 教育活動} */
        public boolean educationActivity() {
            return educationActivity;
        }
    }

    /** The kind of school (学校教育法第1条), which decides who may certify (circular 第1・6). */
    enum SchoolKind {
        /** A university (大学): certified by the president (学長) or the head of a department (担当部長). */
        UNIVERSITY,
        /** Any other 学校教育法第1条 school except kindergartens: certified by the principal (校長). */
        OTHER_SCHOOL,
        /** A kindergarten (幼稚園): excluded by 地方税法第75条の3第2号. */
        KINDERGARTEN;
    }

    /** Who signed a school certificate (circular 第1・6). */
    enum SchoolSigner {
        /** 学長 (president of a university). */
        PRESIDENT,
        /** 担当部長 (head of the department in charge, at a university). */
        DEPARTMENT_HEAD,
        /** 校長 (principal). */
        PRINCIPAL,
        /** Anyone else, e.g. the club's adviser. */
        OTHER;

        /**
         * Whether this signer may certify for a kind of school (circular 第1・6).
         *
         * @param school the kind of school
         * @return true for 学長・担当部長 at a university, 校長 elsewhere
         */
        public boolean maySignFor(SchoolKind school) {
            return school == SchoolKind.UNIVERSITY ? this == PRESIDENT || this == DEPARTMENT_HEAD
                    : school == SchoolKind.OTHER_SCHOOL && this == PRINCIPAL;
        }
    }

    /**
     * A school's certificate (学校長等が発行する証明書), circular 第1・6.
     *
     * @param school the kind of school
     * @param signer who signed it
     * @param completeAndNamesUser whether it states the six items of 第1・6 (school, club,
     *     purpose, course, persons and names, date) and names this user
     */
    record SchoolCertificate(SchoolKind school, SchoolSigner signer, boolean completeAndNamesUser) {
        /**
         * Checks that the parts are given.
         *
         * @param school the kind of school
         * @param signer the signer
         * @param completeAndNamesUser whether it is complete and names the user
         */
        public SchoolCertificate {
            Require.nonNull(school, "school");
            Require.nonNull(signer, "signer");
        }
    }

    /**
     * Who played in a school activity and how they were checked.
     *
     * @param teacherLeading whether a teacher of the school led the students (引率, 第1・5 なお書)
     * @param identityChecked whether the course checked an identity document against the
     *     certificate (第1・3 なお書)
     */
    record SchoolParty(boolean teacherLeading, boolean identityChecked) {
    }

    /**
     * The conditions of an opening invitation under circular 第5(3).
     *
     * @param notifiedByEve whether it was notified by the day before (前日までに届出)
     * @param inviteesListed whether the invitees are named and their list is kept
     * @param closedToPublic whether the course is closed to other users for the period
     */
    record InvitationConditions(boolean notifiedByEve, boolean inviteesListed, boolean closedToPublic) {
    }
}

package io.github.kisoku.golftax;

/**
 * What must happen to a piece of evidence (証拠書類の扱い). The circular distinguishes papers the
 * course only sees (提示) from papers handed over and sent with the return (提出), and entries in a
 * register or list the course keeps.
 */
public enum EvidenceAction {
    /** Shown to the course, which checks it and gives it back (提示), e.g. a driving licence. */
    PRESENT,
    /** Handed over to the course and filed with the monthly return (提出). */
    SUBMIT,
    /** Entered in a register or list the course keeps (記載・備付け). */
    RECORD;
}

package io.github.kisoku.golftax;

import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Require;
import io.vavr.control.Option;

/**
 * One piece of evidence a course must see, take or keep for a treatment (確認書類・帳簿): what
 * happens to it (提示, 提出, 記載), the document, the register or list it goes on if any, and where
 * the requirement comes from. Immutable and thread-safe.
 */
public final class Evidence {
    private final EvidenceAction action;
    private final Message document;
    private final Option<Register> register;
    private final LegalBasis basis;

    private Evidence(EvidenceAction action, Message document, Option<Register> register, LegalBasis basis) {
        this.action = action;
        this.document = document;
        this.register = register;
        this.basis = basis;
    }

    /**
     * A piece of evidence.
     *
     * @param action what happens to it
     * @param document the document, in Japanese and English
     * @param register the register or list it goes on, or none
     * @param basis where the requirement comes from
     * @return the evidence
     */
    public static Evidence of(EvidenceAction action, Message document, Option<Register> register, LegalBasis basis) {
        return new Evidence(Require.nonNull(action, "action"), Require.nonNull(document, "document"),
                Require.nonNull(register, "register"), Require.nonNull(basis, "basis"));
    }

    /** {@return what happens to it} */
    public EvidenceAction action() {
        return action;
    }

    /** {@return the document} */
    public Message document() {
        return document;
    }

    /** {@return the register or list it goes on, if any} */
    public Option<Register> register() {
        return register;
    }

    /** {@return where the requirement comes from} */
    public LegalBasis basis() {
        return basis;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Evidence)) {
            return false;
        }
        Evidence e = (Evidence) o;
        return e.action == action && e.document.equals(document) && e.register.equals(register)
                && e.basis.equals(basis);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(action, document, register, basis);
    }

    @Override
    public String toString() {
        return action.ja() + ": " + document.ja() + register.map(r -> " → " + r.ja()).getOrElse("") + " ("
                + basis.cite() + ")";
    }
}

package io.github.kisoku.golftax;

import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * One piece of evidence a course must see, take or keep for a treatment (確認書類・帳簿): what
 * happens to it (提示, 提出, 記載), the document, the register or list it goes on if any, and where
 * the requirement comes from. Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class Evidence {
    Evidence() {
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
        return ImmutableEvidence.create(Require.nonNull(action, "action"), Require.nonNull(document, "document"),
                Require.nonNull(register, "register"), Require.nonNull(basis, "basis"));
    }

    /** {@return what happens to it} */
    public abstract EvidenceAction action();

    /** {@return the document} */
    public abstract Message document();

    /** {@return the register or list it goes on, if any} */
    public abstract Option<Register> register();

    /** {@return where the requirement comes from} */
    public abstract LegalBasis basis();
}

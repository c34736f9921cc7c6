package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Reason;
import io.vavr.collection.List;

/** A treatment that applied to a visit: its reasons and the evidence the course must see or keep. */
record Applied(Treatment treatment, List<Reason> reasons, List<Evidence> evidence) {
}

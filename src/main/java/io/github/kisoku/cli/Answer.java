package io.github.kisoku.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kisoku.kernel.Decision;

/** A case's answer: the result object of the JSON contract and the decision it came from. */
record Answer(ObjectNode result, Decision<?> decision) {
}

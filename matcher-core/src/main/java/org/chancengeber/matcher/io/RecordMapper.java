package org.chancengeber.matcher.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** Maps one parsed line to a record, reporting every problem; empty when the line has errors. */
interface RecordMapper<T> {
  Optional<T> map(ObjectNode root, Problems problems);

  /** The record's id, unique within a file. */
  String id(T value);
}

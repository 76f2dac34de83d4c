package org.chancengeber.matcher.scoring;

import java.util.List;
import org.chancengeber.matcher.model.Explanation;
import org.chancengeber.matcher.model.Message;

/** A factor's value explained: a one-line summary and the details below it. */
record Explained(Message summary, List<Explanation> details) {
  Explained {
    details = List.copyOf(details);
  }

  static Explanation node(double value, String key, Object... args) {
    return new Explanation(value, Message.of(key, args), List.of());
  }

  static Explanation node(double value, Message m, List<Explanation> details) {
    return new Explanation(value, m, details);
  }

  /** A summary that is also the only detail. */
  static Explained line(Explanation line) {
    return new Explained(line.description(), List.of(line));
  }
}

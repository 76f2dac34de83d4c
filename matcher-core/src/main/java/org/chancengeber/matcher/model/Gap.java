package org.chancengeber.matcher.model;

import static java.util.Objects.requireNonNull;

/**
 * A gap between a person and an offer, in plain language.
 *
 * @param kind what kind of gap
 * @param detail the gap in plain language
 */
public record Gap(GapKind kind, Message detail) {
  /** Creates a gap, checking that no component is null. */
  public Gap {
    requireNonNull(kind, "kind");
    requireNonNull(detail, "detail");
  }
}

package org.chancengeber.matcher.model;

import static java.util.Objects.requireNonNull;

/** A gap between a person and an offer, in plain language. */
public record Gap(GapKind kind, Message detail) {
  public Gap {
    requireNonNull(kind, "kind");
    requireNonNull(detail, "detail");
  }
}

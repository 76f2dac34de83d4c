package org.chancengeber.matcher.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Residence status and permission to work.
 *
 * @param workPermission as stated in the profile; empty means "derive from the status"
 * @param status the residence status
 * @param since since when the person lives in Germany, if known
 * @param validUntil when the permit ends, if it does
 * @param identityClarified whether the identity is clarified (relevant for a Duldung)
 */
public record Residence(
    ResidenceStatus status,
    Optional<LocalDate> since,
    Optional<LocalDate> validUntil,
    Optional<WorkPermission> workPermission,
    boolean identityClarified) {

  /** Creates a residence, checking that no component is null. */
  public Residence {
    requireNonNull(status, "status");
    requireNonNull(since, "since");
    requireNonNull(validUntil, "validUntil");
    requireNonNull(workPermission, "workPermission");
    if (since.isPresent() && validUntil.isPresent() && validUntil.get().isBefore(since.get())) {
      throw new IllegalArgumentException(
          "validUntil (" + validUntil.get() + ") is before since (" + since.get() + ")");
    }
  }

  /**
   * {@return a residence with only its status known}
   *
   * @param status the residence status
   */
  public static Residence of(ResidenceStatus status) {
    return new Residence(status, Optional.empty(), Optional.empty(), Optional.empty(), true);
  }
}

package org.chancengeber.matcher.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Residence status and permission to work.
 *
 * @param workPermission as stated in the profile; empty means "derive from the status"
 */
public record Residence(
    ResidenceStatus status,
    Optional<LocalDate> since,
    Optional<LocalDate> validUntil,
    Optional<WorkPermission> workPermission,
    boolean identityClarified) {

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

  public static Residence of(ResidenceStatus status) {
    return new Residence(status, Optional.empty(), Optional.empty(), Optional.empty(), true);
  }
}

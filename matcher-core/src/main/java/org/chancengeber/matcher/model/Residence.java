/*
 * Copyright 2026 The Chancengeber authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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

  /**
   * {@return a builder starting from {@link #of(ResidenceStatus)}: nothing known but the status}
   *
   * @param status the residence status
   */
  public static Builder builder(ResidenceStatus status) {
    return of(status).toBuilder();
  }

  /** {@return a builder holding this residence's values: change some, build a new residence} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a residence field by field; {@link #build()} checks the values. */
  public static final class Builder {
    private ResidenceStatus status;
    private Optional<LocalDate> since;
    private Optional<LocalDate> validUntil;
    private Optional<WorkPermission> workPermission;
    private boolean identityClarified;

    private Builder(Residence r) {
      this.status = r.status;
      this.since = r.since;
      this.validUntil = r.validUntil;
      this.workPermission = r.workPermission;
      this.identityClarified = r.identityClarified;
    }

    /**
     * Sets the residence status.
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(ResidenceStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets since when the person lives in Germany.
     *
     * @param date the date
     * @return this builder
     */
    public Builder since(LocalDate date) {
      this.since = Optional.of(date);
      return this;
    }

    /**
     * Sets when the permit ends.
     *
     * @param date the last day
     * @return this builder
     */
    public Builder validUntil(LocalDate date) {
      this.validUntil = Optional.of(date);
      return this;
    }

    /**
     * Sets the permission to work as the profile states it (default: derived from the status).
     *
     * @param permission the permission
     * @return this builder
     */
    public Builder workPermission(WorkPermission permission) {
      this.workPermission = Optional.of(permission);
      return this;
    }

    /**
     * Sets whether the identity is clarified (default true).
     *
     * @param clarified whether it is
     * @return this builder
     */
    public Builder identityClarified(boolean clarified) {
      this.identityClarified = clarified;
      return this;
    }

    /** {@return the residence} */
    public Residence build() {
      return new Residence(status, since, validUntil, workPermission, identityClarified);
    }
  }
}

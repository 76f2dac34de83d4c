package org.chancengeber.matcher.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.chancengeber.matcher.check.Checks;

/**
 * Work experience in an occupation, with ISO 3166 alpha-2 country where it was gained.
 *
 * @param occupation the occupation
 * @param years years worked in it, not negative
 * @param country where it was gained, ISO 3166 alpha-2, if known
 */
public record Experience(ConceptRef occupation, double years, Optional<String> country) {
  /** Creates experience, checking that no component is null and {@code years} is in 0..60. */
  public Experience {
    requireNonNull(occupation, "occupation");
    requireNonNull(country, "country").ifPresent(c -> Checks.countryCode("country", c));
    Checks.inRange("years", years, 0, 60);
  }
}

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
package org.chancengeber.matcher.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.LanguageRequirement;
import org.chancengeber.matcher.model.Location;
import org.chancengeber.matcher.model.RequiredSkill;
import org.chancengeber.matcher.model.Vacancy;

/**
 * Shares the equal parts of the offers an engine keeps: a million offers name a few thousand
 * distinct skills, language minimums, employers and towns, yet each offer read from a file brings
 * its own copies (at 1,000,000 generated offers, 13 million skill records and their concept
 * references held 540 MB). Start dates are shared too: offers start on a few hundred days. Only
 * parts of few distinct values are pooled (never ids, titles or descriptions, which would stay in
 * the pool after their offer is gone); at most {@value #LIMIT} of them, beyond that values are kept
 * as they come. An offer kept is value-equal to the one given. Thread-safe.
 */
final class Compactor {
  static final int LIMIT = 1 << 20;

  private final ConcurrentHashMap<Object, Object> pool = new ConcurrentHashMap<>();

  /** The pooled value equal to {@code value}, pooling it when there is none yet. */
  @SuppressWarnings("unchecked")
  <T> T share(T value) {
    Object pooled = pool.get(value);
    if (pooled == null) {
      if (pool.size() >= LIMIT) {
        return value;
      }
      pooled = pool.putIfAbsent(value, value);
      if (pooled == null) {
        return value;
      }
    }
    return (T) pooled;
  }

  /**
   * The pooled skill record equal to {@code s}, whose concept reference is pooled too: one lookup
   * when it is pooled already (the common case: a million offers name a few thousand skills), two
   * more when not.
   */
  private RequiredSkill shareSkill(RequiredSkill s) {
    Object pooled = pool.get(s);
    return pooled != null
        ? (RequiredSkill) pooled
        : share(new RequiredSkill(share(s.skill()), s.essential()));
  }

  /**
   * An offer equal to {@code v} whose skills, languages, occupation, employer and town are shared.
   */
  Vacancy compact(Vacancy v) {
    List<RequiredSkill> skills = new ArrayList<>(v.skills().size());
    for (RequiredSkill s : v.skills()) {
      skills.add(shareSkill(s));
    }
    List<LanguageRequirement> languages = new ArrayList<>(v.languages().size());
    for (LanguageRequirement l : v.languages()) {
      languages.add(share(l));
    }
    Optional<ConceptRef> occupation = share(v.occupation().map(this::share));
    Location at = v.location();
    Location location =
        new Location(
            at.point(), share(at.postcode().map(this::share)), share(at.city().map(this::share)));
    return new Vacancy(
        v.id(),
        share(v.employer()),
        v.type(),
        v.title(),
        occupation,
        v.level(),
        List.copyOf(skills),
        List.copyOf(languages),
        v.requiresSchoolCertificate(),
        v.drivingLicence(),
        v.acceptsWithoutCertificates(),
        location,
        v.places(),
        share(v.start()),
        v.durationMonths(),
        v.hoursPerWeek(),
        v.description());
  }
}

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
package org.chancengeber.matcher.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.DrivingLicence;
import org.chancengeber.matcher.model.Employer;
import org.chancengeber.matcher.model.LanguageRequirement;
import org.chancengeber.matcher.model.Location;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.RequiredSkill;
import org.chancengeber.matcher.model.RequirementLevel;
import org.chancengeber.matcher.model.SchoolCertificate;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.taxonomy.ConceptType;

/** JSON → {@link Vacancy}, by hand, with every rule of the vacancy format. */
final class VacancyMapper implements RecordMapper<Vacancy> {
  static final int MAX_DURATION_MONTHS = 120;

  private static final Set<String> TOP =
      Set.of(
          "id",
          "employer",
          "type",
          "title",
          "occupation",
          "level",
          "skills",
          "languages",
          "requiresSchoolCertificate",
          "drivingLicence",
          "acceptsWithoutCertificates",
          "location",
          "places",
          "start",
          "durationMonths",
          "hoursPerWeek",
          "description");
  private static final Set<String> EMPLOYER =
      Set.of("id", "name", "mentoring", "languageSupport", "experienceWithRefugees");
  private static final Set<String> SKILL = Set.of("skill", "text", "lang", "essential");
  private static final Set<String> LANGUAGE = Set.of("code", "min", "essential");

  @Override
  public String id(Vacancy value) {
    return value.id();
  }

  @Override
  public Optional<Vacancy> map(ObjectNode root, Problems problems) {
    Fields f = new Fields(root, FieldPath.ROOT, problems, TOP);
    Optional<String> id = Shapes.id(f);
    Optional<Employer> employer = employer(f);
    Optional<OfferType> type = f.enumValue("type", true, OfferType.class);
    Optional<String> title = f.string("title", false);
    Optional<ConceptRef> occupation = f.concept("occupation", false, ConceptType.OCCUPATION);
    Optional<RequirementLevel> level = f.enumValue("level", false, RequirementLevel.class);
    List<RequiredSkill> skills =
        f.objects(
            "skills",
            SKILL,
            s -> {
              Optional<ConceptRef> ref = CandidateMapper.skillRef(s);
              boolean essential = s.bool("essential", true);
              return ref.map(r -> new RequiredSkill(r, essential));
            });
    Set<String> seen = Shapes.seen();
    List<LanguageRequirement> languages =
        f.objects(
            "languages",
            LANGUAGE,
            l -> {
              Optional<String> code = Shapes.languageCode(l, seen);
              Optional<Cefr> min = l.cefr("min", true);
              boolean essential = l.bool("essential", true);
              return code.isPresent() && min.isPresent()
                  ? Optional.of(new LanguageRequirement(code.get(), min.get(), essential))
                  : Optional.empty();
            });
    Optional<SchoolCertificate> certificate =
        f.enumValue("requiresSchoolCertificate", false, SchoolCertificate.class);
    Optional<DrivingLicence> licence = f.enumValue("drivingLicence", false, DrivingLicence.class);
    boolean acceptsWithoutCertificates = f.bool("acceptsWithoutCertificates", true);
    Optional<Location> location = Shapes.location(f, "location", true);
    OptionalInt places = f.integer("places", false, 1, Integer.MAX_VALUE);
    Optional<LocalDate> start = f.date("start", false);
    OptionalInt durationMonths = f.integer("durationMonths", false, 1, MAX_DURATION_MONTHS);
    OptionalInt hoursPerWeek = f.integer("hoursPerWeek", false, 1, 60);
    Optional<String> description = f.string("description", false);
    if (problems.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(
        new Vacancy(
            id.orElseThrow(),
            employer.orElseThrow(),
            type.orElseThrow(),
            title.orElse(""),
            occupation,
            level,
            skills,
            languages,
            certificate.orElse(SchoolCertificate.NONE),
            licence,
            acceptsWithoutCertificates,
            location.orElseThrow(),
            places.orElse(1),
            start,
            durationMonths,
            hoursPerWeek,
            description.orElse("")));
  }

  private static Optional<Employer> employer(Fields f) {
    return f.object("employer", true, EMPLOYER)
        .flatMap(
            e -> {
              Optional<String> id = e.matching("id", true, Fields.ID, Fields.ID_EXPECTED);
              Optional<String> name = e.text("name", true);
              boolean mentoring = e.bool("mentoring", false);
              boolean languageSupport = e.bool("languageSupport", false);
              boolean experience = e.bool("experienceWithRefugees", false);
              return id.isPresent() && name.isPresent()
                  ? Optional.of(
                      new Employer(id.get(), name.get(), mentoring, languageSupport, experience))
                  : Optional.empty();
            });
  }
}

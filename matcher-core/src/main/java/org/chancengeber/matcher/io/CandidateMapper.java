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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.chancengeber.matcher.model.AuditAttributes;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.CandidateRecord;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.DrivingLicence;
import org.chancengeber.matcher.model.Education;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.model.Experience;
import org.chancengeber.matcher.model.LanguageDimension;
import org.chancengeber.matcher.model.LanguageLevel;
import org.chancengeber.matcher.model.Literacy;
import org.chancengeber.matcher.model.Location;
import org.chancengeber.matcher.model.Measure;
import org.chancengeber.matcher.model.MeasureType;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.Preferences;
import org.chancengeber.matcher.model.Qualification;
import org.chancengeber.matcher.model.Recognition;
import org.chancengeber.matcher.model.Residence;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.chancengeber.matcher.model.SchoolCertificate;
import org.chancengeber.matcher.model.SkillClaim;
import org.chancengeber.matcher.model.WorkPermission;
import org.chancengeber.matcher.taxonomy.ConceptType;

/** JSON → {@link CandidateRecord}, by hand, with every rule of the candidate format. */
final class CandidateMapper implements RecordMapper<CandidateRecord> {
  static final int MIN_AGE = 14;
  static final int MAX_AGE = 80;
  static final double DEFAULT_MAX_TRAVEL_KM = 25;

  private static final Set<String> TOP =
      Set.of(
          "id",
          "location",
          "maxTravelKm",
          "availableFrom",
          "hoursPerWeek",
          "birthYear",
          "languages",
          "literacy",
          "education",
          "residence",
          "drivingLicences",
          "skills",
          "experience",
          "qualifications",
          "measures",
          "preferences",
          "audit");

  /** The protected attributes of the product design; other audit keys are warned about. */
  static final Set<String> AUDIT_KEYS =
      java.util.Collections.unmodifiableSet(
          new java.util.TreeSet<>(Set.of("gender", "nationality")));

  private static final Set<String> LANGUAGE =
      Set.of("code", "level", "native", "reading", "writing", "speaking", "listening");
  private static final Set<String> EDUCATION = Set.of("isced", "germanSchoolCertificate");
  private static final Set<String> RESIDENCE =
      Set.of("status", "since", "validUntil", "workPermission", "identityClarified");
  private static final Set<String> SKILL = Set.of("skill", "text", "lang", "evidence", "years");
  private static final Set<String> EXPERIENCE = Set.of("occupation", "years", "country");
  private static final Set<String> QUALIFICATION = Set.of("occupation", "recognition", "documents");
  private static final Set<String> MEASURE = Set.of("type", "occupation", "completed", "result");
  private static final Set<String> PREFERENCES = Set.of("occupations", "offerTypes");

  @Override
  public String id(CandidateRecord value) {
    return value.candidate().id();
  }

  @Override
  public Optional<CandidateRecord> map(ObjectNode root, Problems problems) {
    Fields f = new Fields(root, FieldPath.ROOT, problems, TOP);
    Optional<String> id = Shapes.id(f);
    Optional<Location> location = Shapes.location(f, "location", true);
    OptionalDouble maxTravelKm = f.number("maxTravelKm", false, 0, 1000);
    Optional<LocalDate> availableFrom = f.date("availableFrom", false);
    OptionalInt hoursPerWeek = f.integer("hoursPerWeek", false, 1, 60);
    int year = problems.today().getYear();
    OptionalInt birthYear =
        f.integer(
            "birthYear",
            false,
            year - MAX_AGE,
            year - MIN_AGE,
            (year - MAX_AGE)
                + ".."
                + (year - MIN_AGE)
                + ": age "
                + MIN_AGE
                + " to "
                + MAX_AGE
                + " in "
                + year);
    List<LanguageLevel> languages = languages(f);
    Optional<Literacy> literacy = f.enumValue("literacy", false, Literacy.class);
    Optional<Education> education = education(f);
    Optional<Residence> residence = residence(f);
    Set<DrivingLicence> licences = licences(f);
    List<SkillClaim> skills = f.objects("skills", SKILL, CandidateMapper::skill);
    List<Experience> experience = f.objects("experience", EXPERIENCE, CandidateMapper::experience);
    List<Qualification> qualifications =
        f.objects("qualifications", QUALIFICATION, CandidateMapper::qualification);
    List<Measure> measures = f.objects("measures", MEASURE, CandidateMapper::measure);
    Preferences preferences = preferences(f);
    AuditAttributes audit = audit(f);
    if (problems.hasErrors()) {
      return Optional.empty();
    }
    Candidate candidate =
        new Candidate(
            id.orElseThrow(),
            location.orElseThrow(),
            maxTravelKm.orElse(DEFAULT_MAX_TRAVEL_KM),
            availableFrom,
            hoursPerWeek,
            birthYear,
            languages,
            literacy.orElse(Literacy.LATIN),
            education.orElse(Education.UNKNOWN),
            residence.orElseThrow(),
            licences,
            skills,
            experience,
            qualifications,
            measures,
            preferences);
    return Optional.of(new CandidateRecord(candidate, audit));
  }

  private static List<LanguageLevel> languages(Fields f) {
    Set<String> seen = Shapes.seen();
    return f.objects(
        "languages",
        LANGUAGE,
        l -> {
          Optional<String> code = Shapes.languageCode(l, seen);
          Optional<Cefr> level = l.cefr("level", true);
          boolean nativeSpeaker = l.bool("native", false);
          Map<LanguageDimension, Cefr> dimensions = new EnumMap<>(LanguageDimension.class);
          boolean dimensionsOk = true;
          for (LanguageDimension d : LanguageDimension.values()) {
            String name = d.name().toLowerCase(Locale.ROOT);
            if (l.has(name)) {
              Optional<Cefr> c = l.cefr(name, false);
              c.ifPresent(value -> dimensions.put(d, value));
              dimensionsOk &= c.isPresent();
            }
          }
          if (code.isEmpty() || level.isEmpty() || !dimensionsOk) {
            return Optional.empty();
          }
          return Optional.of(new LanguageLevel(code.get(), level.get(), dimensions, nativeSpeaker));
        });
  }

  private static Optional<Education> education(Fields f) {
    return f.object("education", false, EDUCATION)
        .flatMap(
            e -> {
              OptionalInt isced = e.integer("isced", false, 0, 8);
              Optional<SchoolCertificate> cert =
                  e.enumValue("germanSchoolCertificate", false, SchoolCertificate.class);
              if (e.has("isced") && isced.isEmpty()
                  || e.has("germanSchoolCertificate") && cert.isEmpty()) {
                return Optional.empty();
              }
              return Optional.of(new Education(isced, cert.orElse(SchoolCertificate.NONE)));
            });
  }

  private static Optional<Residence> residence(Fields f) {
    return f.object("residence", true, RESIDENCE)
        .flatMap(
            r -> {
              Optional<ResidenceStatus> status = r.enumValue("status", true, ResidenceStatus.class);
              Optional<LocalDate> since = r.date("since", false);
              Optional<LocalDate> validUntil = r.date("validUntil", false);
              Optional<WorkPermission> permission =
                  r.enumValue("workPermission", false, WorkPermission.class);
              boolean identityClarified = r.bool("identityClarified", true);
              if (since.isPresent()
                  && validUntil.isPresent()
                  && validUntil.get().isBefore(since.get())) {
                r.problems()
                    .error(
                        r.at("validUntil"),
                        "is before " + r.at("since"),
                        Values.quote(validUntil.get().toString())
                            + " is before "
                            + r.at("since")
                            + " "
                            + Values.quote(since.get().toString()));
                return Optional.empty();
              }
              if (status.isEmpty()
                  || r.has("since") && since.isEmpty()
                  || r.has("validUntil") && validUntil.isEmpty()
                  || r.has("workPermission") && permission.isEmpty()) {
                return Optional.empty();
              }
              return Optional.of(
                  new Residence(status.get(), since, validUntil, permission, identityClarified));
            });
  }

  private static Set<DrivingLicence> licences(Fields f) {
    Set<DrivingLicence> out = EnumSet.noneOf(DrivingLicence.class);
    out.addAll(
        f.list(
            "drivingLicences",
            (v, path) -> {
              if (!v.isTextual()) {
                f.problems().expected(path.toString(), "a string", v);
                return Optional.empty();
              }
              return Fields.enumOf(path, v.textValue(), DrivingLicence.class, f.problems());
            }));
    return out;
  }

  private static Optional<SkillClaim> skill(Fields s) {
    Optional<ConceptRef> ref = skillRef(s);
    Optional<Evidence> evidence = s.enumValue("evidence", false, Evidence.class);
    OptionalDouble years = s.number("years", false, 0, 60);
    if (ref.isEmpty()
        || s.has("evidence") && evidence.isEmpty()
        || s.has("years") && years.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new SkillClaim(ref.get(), evidence.orElse(Evidence.SELF_REPORTED), years));
  }

  /** {@code "skill": <id or {text, lang}>}, or {@code "text"} and {@code "lang"} inline. */
  static Optional<ConceptRef> skillRef(Fields s) {
    boolean hasSkill = s.has("skill");
    boolean hasText = s.has("text") || s.has("lang");
    if (hasSkill && hasText) {
      s.problems().error(s.at("skill"), "give either skill or text with lang, not both");
      return Optional.empty();
    }
    if (hasText) {
      return s.conceptText();
    }
    if (!hasSkill) {
      s.problems().error(s.at("skill"), "required field is missing (or give text with lang)");
      return Optional.empty();
    }
    return s.concept("skill", true, ConceptType.SKILL);
  }

  private static Optional<Experience> experience(Fields e) {
    Optional<ConceptRef> occupation = e.concept("occupation", true, ConceptType.OCCUPATION);
    OptionalDouble years = e.number("years", true, 0, 60);
    Optional<String> country =
        e.matching("country", false, Fields.COUNTRY, Fields.COUNTRY_EXPECTED);
    if (occupation.isEmpty() || years.isEmpty() || e.has("country") && country.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Experience(occupation.get(), years.getAsDouble(), country));
  }

  private static Optional<Qualification> qualification(Fields q) {
    Optional<ConceptRef> occupation = q.concept("occupation", true, ConceptType.OCCUPATION);
    Optional<Recognition> recognition = q.enumValue("recognition", false, Recognition.class);
    boolean documents = q.bool("documents", false);
    if (occupation.isEmpty() || q.has("recognition") && recognition.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Qualification(occupation.get(), recognition.orElse(Recognition.NONE), documents));
  }

  private static Optional<Measure> measure(Fields m) {
    Optional<MeasureType> type = m.enumValue("type", true, MeasureType.class);
    Optional<ConceptRef> occupation = m.concept("occupation", false, ConceptType.OCCUPATION);
    Optional<LocalDate> completed = m.date("completed", false);
    Optional<String> result = m.text("result", false);
    if (type.isEmpty()
        || m.has("occupation") && occupation.isEmpty()
        || m.has("completed") && completed.isEmpty()
        || m.has("result") && result.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Measure(type.get(), occupation, completed, result));
  }

  private static Preferences preferences(Fields f) {
    return f.object("preferences", false, PREFERENCES)
        .map(
            p -> {
              List<ConceptRef> occupations =
                  p.list(
                      "occupations",
                      (v, path) -> Fields.conceptOf(v, path, ConceptType.OCCUPATION, p.problems()));
              List<OfferType> types =
                  p.list(
                      "offerTypes",
                      (v, path) -> {
                        if (!v.isTextual()) {
                          p.problems().expected(path.toString(), "a string", v);
                          return Optional.empty();
                        }
                        return Fields.enumOf(path, v.textValue(), OfferType.class, p.problems());
                      });
              Set<OfferType> typeSet = EnumSet.noneOf(OfferType.class);
              typeSet.addAll(types);
              return new Preferences(occupations, typeSet);
            })
        .orElse(Preferences.NONE);
  }

  /**
   * The audit block: never a reason to reject a person (it must not affect matching at all). A
   * block that is not an object, or a value that is not a string, is dropped with a warning; a key
   * other than {@link #AUDIT_KEYS} is kept with a warning (a typo, or data that may not belong
   * there). The warnings never show the values.
   */
  private static AuditAttributes audit(Fields f) {
    JsonNode v = f.get("audit");
    if (v == null) {
      return AuditAttributes.NONE;
    }
    if (!v.isObject()) {
      f.problems().warn(f.at("audit"), "expected an object, got " + Values.kind(v) + "; ignored");
      return AuditAttributes.NONE;
    }
    Map<String, String> values = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : v.properties()) {
      String field = f.at("audit") + "." + e.getKey();
      JsonNode value = e.getValue();
      if (value.isTextual()) {
        values.put(e.getKey(), value.textValue());
        if (!AUDIT_KEYS.contains(e.getKey())) {
          f.problems()
              .warn(
                  field,
                  "not a known audit attribute ("
                      + String.join(", ", AUDIT_KEYS)
                      + "); kept for fairness reports only");
        }
      } else if (!value.isNull()) {
        f.problems().warn(field, "expected a string, got " + Values.kind(value) + "; dropped");
      }
    }
    return new AuditAttributes(values);
  }
}

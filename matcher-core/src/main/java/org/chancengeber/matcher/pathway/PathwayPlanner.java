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
package org.chancengeber.matcher.pathway;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.Gap;
import org.chancengeber.matcher.model.GapKind;
import org.chancengeber.matcher.model.LanguageLevel;
import org.chancengeber.matcher.model.LanguageRequirement;
import org.chancengeber.matcher.model.Literacy;
import org.chancengeber.matcher.model.Measure;
import org.chancengeber.matcher.model.MeasureType;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.PathwayStep;
import org.chancengeber.matcher.model.Qualification;
import org.chancengeber.matcher.model.Readiness;
import org.chancengeber.matcher.model.Recognition;
import org.chancengeber.matcher.model.SchoolCertificate;
import org.chancengeber.matcher.model.StepKind;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.rules.ConfigFile;
import org.chancengeber.matcher.rules.RuleFileException;
import org.chancengeber.matcher.rules.Verdict;

/**
 * Turns gaps into ordered steps with durations (language courses, trials, EQ, TQ, recognition,
 * validation, permits) and says when the person is ready for the offer.
 *
 * <p>Steps that can run side by side overlap: permits, recognition, trials and driving lessons
 * start at once; job-related language courses follow the integration course one after another; EQ
 * and TQ start when the integration course is done. {@link Pathway#readyInMonths()} is the length
 * of the longest such chain (the critical path).
 */
public final class PathwayPlanner {
  private static final String DEFAULTS_RESOURCE = "german-defaults.json";
  private static final String GERMAN = "de";

  private final Durations d;

  private PathwayPlanner(Durations durations) {
    this.d = durations;
  }

  /**
   * Durations and paces from DOMAIN.md, read once from {@code german-defaults.json}.
   *
   * @return the default planner
   */
  public static PathwayPlanner germanDefaults() {
    return Defaults.INSTANCE;
  }

  private static final class Defaults {
    static final PathwayPlanner INSTANCE = load();

    private static PathwayPlanner load() {
      try (InputStream in = PathwayPlanner.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("resource " + DEFAULTS_RESOURCE + " is missing");
        }
        return fromJson(in, DEFAULTS_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Reads durations from JSON in the format of the bundled {@code german-defaults.json}.
   *
   * @throws RuleFileException naming file, line, field and reason when the data is not usable
   * @param in the JSON stream (UTF-8)
   * @param sourceName the name used in messages
   * @return the planner
   */
  public static PathwayPlanner fromJson(InputStream in, String sourceName) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    ObjectMapper mapper =
        new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    // the one config reader: syntax and unknown fields at their own lines, then the binding
    ConfigFile file = ConfigFile.read(in, sourceName);
    file.checkFields(Durations.class);
    try (InputStream content = file.content()) {
      return new PathwayPlanner(mapper.readValue(content, Durations.class));
    } catch (JsonMappingException e) {
      StringBuilder path = new StringBuilder();
      for (JsonMappingException.Reference r : e.getPath()) {
        if (r.getFieldName() != null) {
          path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
        } else if (r.getIndex() >= 0) {
          path.append('[').append(r.getIndex()).append(']');
        }
      }
      throw file.error(path.toString(), reason(e));
    } catch (JsonProcessingException e) {
      throw new RuleFileException(sourceName, line(e), "", firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + sourceName, e);
    }
  }

  private static String reason(JsonMappingException e) {
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      return firstLine(e.getCause().getMessage());
    }
    if (e instanceof UnrecognizedPropertyException u) {
      List<String> known = new ArrayList<>();
      for (Object id : u.getKnownPropertyIds()) {
        known.add(String.valueOf(id));
      }
      known.sort(null);
      return "unknown field (known fields: " + String.join(", ", known) + ")";
    }
    if (e instanceof InvalidFormatException f && f.getTargetType().isEnum()) {
      List<String> names = new ArrayList<>();
      for (Object c : f.getTargetType().getEnumConstants()) {
        names.add(((Enum<?>) c).name());
      }
      return "'" + f.getValue() + "' is not one of " + String.join(", ", names);
    }
    String message = firstLine(e.getOriginalMessage());
    return message.startsWith("Missing creator property") ? "missing field" : message;
  }

  private static int line(JsonProcessingException e) {
    return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "invalid value";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /**
   * The pathway from {@code candidate} to {@code vacancy}, within {@code horizonMonths}.
   *
   * <p>The result holds the verdict's gaps and steps (permits, licences, ...) followed by the
   * planner's own (language, literacy, evidence, qualification). For an offer the verdict excludes,
   * {@link Pathway#unreachable()} holds the exclusions.
   *
   * @param needs what the skill comparison found (from the scorer)
   * @param candidate the person
   * @param vacancy the offer
   * @param verdict the rules' verdict for the two
   * @param today the date to count from
   * @param horizonMonths the horizon
   * @return the pathway
   */
  public Pathway plan(
      Candidate candidate,
      Vacancy vacancy,
      Verdict verdict,
      SkillNeeds needs,
      LocalDate today,
      int horizonMonths) {
    requireNonNull(candidate, "candidate");
    requireNonNull(vacancy, "vacancy");
    requireNonNull(verdict, "verdict");
    requireNonNull(needs, "needs");
    requireNonNull(today, "today");
    if (horizonMonths < 0) {
      throw new IllegalArgumentException(
          "horizonMonths (" + horizonMonths + ") must not be negative");
    }
    if (!verdict.eligible()) {
      return new Pathway(
          Readiness.REACHABLE, 0, verdict.gaps(), verdict.steps(), verdict.exclusions());
    }
    Plan p = new Plan();
    for (Gap g : verdict.gaps()) {
      p.gap(g);
    }
    for (PathwayStep s : verdict.steps()) {
      p.step(s, 0);
    }
    OfferType type = vacancy.type();
    boolean training =
        type == OfferType.EQ
            || type == OfferType.TQ
            || type == OfferType.APPRENTICESHIP
            || type == OfferType.ASSISTED_APPRENTICESHIP;

    // language and literacy; practical trials need no written German
    boolean readsGerman = type != OfferType.PRACTICAL_TRIAL;
    int basicEnd = 0;
    boolean germanPlanned = false;
    List<LanguageRequirement> languages = vacancy.languages();
    Optional<Cefr> defaultGerman =
        vacancy.language(GERMAN).isPresent()
            ? Optional.empty()
            : d.defaultGerman().minimum(type, vacancy.level(), needs.occupationGroup());
    if (defaultGerman.isPresent()) {
      languages = new ArrayList<>(languages);
      languages.add(new LanguageRequirement(GERMAN, defaultGerman.get(), true));
    }
    for (LanguageRequirement r : languages) {
      if (!r.essential()) {
        continue;
      }
      boolean german = r.code().equals(GERMAN);
      LanguageLevel has = level(candidate, r.code());
      if (has == null || !has.level().isAtLeast(r.min())) {
        p.gap(
            german && defaultGerman.isPresent()
                ? new Gap(
                    GapKind.LANGUAGE,
                    has == null
                        ? Message.of("pathway.gap.language.de_default_none", r.min(), type)
                        : Message.of("pathway.gap.language.de_default", has.level(), r.min(), type))
                : languageGap(r, has));
      }
      languageChain(candidate, r.code(), r.min().ordinal(), readsGerman, p);
      if (german) {
        germanPlanned = true;
        basicEnd = p.basicEnd;
      }
    }
    if (!germanPlanned && training && candidate.literacy() == Literacy.NONE) {
      languageChain(candidate, GERMAN, -1, true, p);
      basicEnd = p.basicEnd;
    }

    // evidence: the seeds' "Vorkochen"
    if (type != OfferType.PRACTICAL_TRIAL
        && type != OfferType.EQ
        && !needs.unprovenEssentialSkills().isEmpty()
        && !needs.positiveTrialForOccupation()) {
      String skills = Message.list(needs.unprovenEssentialSkills());
      p.gap(new Gap(GapKind.EVIDENCE, Message.of("pathway.gap.evidence", skills)));
      p.proof(
          new PathwayStep(
              StepKind.PRACTICAL_TRIAL,
              Message.of("pathway.step.trial", vacancy.employer().name(), skills),
              d.practicalTrialMonths()));
    }
    OptionalInt age = candidate.ageOn(today);
    if (type == OfferType.JOB && !needs.missingEssentialSkills().isEmpty()) {
      p.gap(
          new Gap(
              GapKind.SKILL,
              Message.of("pathway.gap.skill", Message.list(needs.missingEssentialSkills()))));
      missingSkills(vacancy, needs, age, p);
    }

    // EQ before an apprenticeship, only where it helps and never past the apprenticeship's start
    if (type == OfferType.APPRENTICESHIP
        && !hasCompleted(candidate, MeasureType.EQ)
        && (age.isEmpty() || age.getAsInt() < d.eq().priorityBelowAge())
        && !needs.positiveTrialForOccupation()
        && notReadyForTraining(candidate, vacancy)) {
      int months = d.eq().months();
      if (vacancy.start().isPresent()) {
        months = Math.min(months, monthsBefore(today, vacancy.start().get()) - basicEnd);
      }
      if (months >= d.eq().minMonths() && months > 0) {
        p.step(new PathwayStep(StepKind.EQ, Message.of("pathway.step.eq"), months), basicEnd);
      }
    }

    // qualification: recognition (always in a regulated profession), validation procedure, TQ
    boolean regulated = type == OfferType.JOB && d.regulated().covers(needs.occupationGroup());
    if (regulated) {
      regulatedQualification(candidate, needs, age, p);
    } else if (type == OfferType.JOB
        && !vacancy.acceptsWithoutCertificates()
        && vacancy.level().isPresent()
        && d.skilledLevels().contains(vacancy.level().get())) {
      qualification(candidate, vacancy, needs, age, basicEnd, p);
    }
    return p.pathway(horizonMonths);
  }

  /**
   * Steps to learn a job's missing essential skills: on the job in a helper job; in a skilled job
   * on the job for a small gap or when the person's experience or skills point to the occupation
   * ({@link SkillNeeds#occupationFit()} at least the data's threshold), else TQ modules for the
   * missing share (from the TQ age) or, younger, an apprenticeship (beyond any horizon shorter than
   * the training). Nothing when the person holds a qualification for the occupation, or when a
   * skilled job that requires certificates already sends them through recognition, validation or
   * TQ.
   */
  private void missingSkills(Vacancy v, SkillNeeds needs, OptionalInt age, Plan p) {
    if (needs.qualification().isPresent()) {
      return;
    }
    Durations.SkillTraining t = d.skillTraining();
    double share = needs.missingShare();
    String skills = Message.list(needs.missingEssentialSkills());
    boolean skilled = v.level().isPresent() && d.skilledLevels().contains(v.level().get());
    if (!skilled) {
      int months = Math.max(1, (int) Math.ceil(share * t.helperMonths()));
      p.step(
          new PathwayStep(
              StepKind.ON_THE_JOB_TRAINING,
              Message.of("pathway.step.on_the_job", skills, v.employer().name()),
              months),
          0);
      return;
    }
    if (!v.acceptsWithoutCertificates()) {
      return; // qualification() plans the whole qualification
    }
    if (share <= t.smallGapShare()) {
      p.step(
          new PathwayStep(
              StepKind.ON_THE_JOB_TRAINING,
              Message.of("pathway.step.on_the_job", skills, v.employer().name()),
              t.skilledMonths()),
          0);
      return;
    }
    if (needs.occupationFit() >= t.occupationFit()) {
      // the person's experience or skills point to this occupation: what was not recorded is
      // likely there; shown in a trial and completed on the job, not learnt in a TQ
      p.step(
          new PathwayStep(
              StepKind.ON_THE_JOB_TRAINING,
              Message.of("pathway.step.on_the_job_shown", skills, v.employer().name()),
              t.skilledMonths()),
          0);
      return;
    }
    if (age.isEmpty() || age.getAsInt() >= d.tq().minAge()) {
      int modules = d.tq().modules();
      int needed = Math.max(1, (int) Math.ceil(share * modules));
      long total = Math.round(d.regularTrainingMonths() * d.tq().shareOfTraining());
      p.step(
          new PathwayStep(
              StepKind.TQ,
              Message.of("pathway.step.tq_skills", needed, modules, skills),
              (int) ((total * needed + modules - 1) / modules)),
          0);
      return;
    }
    p.unreachable(
        Message.of(
            "pathway.unreachable.skills", Math.round(share * 100), d.regularTrainingMonths()));
  }

  /**
   * A regulated profession: only a recognised qualification opens it. Without a qualification in
   * the occupation the training is needed (beyond any horizon shorter than it); without documents a
   * knowledge exam stands in for them.
   */
  private void regulatedQualification(Candidate c, SkillNeeds needs, OptionalInt age, Plan p) {
    Optional<Qualification> q = needs.qualification();
    if (q.isEmpty()) {
      p.gap(new Gap(GapKind.QUALIFICATION, Message.of("pathway.gap.regulated.none")));
      p.unreachable(Message.of("pathway.unreachable.regulated", d.regularTrainingMonths()));
      return;
    }
    if (q.get().recognition() == Recognition.FULL) {
      return;
    }
    if (q.get().recognition() == Recognition.NONE && !q.get().documents()) {
      p.gap(new Gap(GapKind.RECOGNITION, Message.of("pathway.gap.regulated.no_documents")));
      p.step(
          new PathwayStep(
              StepKind.RECOGNITION,
              Message.of("pathway.step.knowledge_exam", d.regulated().knowledgeExamMonths()),
              d.regulated().knowledgeExamMonths()),
          0);
      return;
    }
    qualification(c, null, needs, age, 0, p);
  }

  private void qualification(
      Candidate c, Vacancy v, SkillNeeds needs, OptionalInt age, int basicEnd, Plan p) {
    Optional<Qualification> q = needs.qualification();
    if (q.isPresent() && q.get().recognition() == Recognition.FULL) {
      return;
    }
    if (q.isPresent() && q.get().recognition() == Recognition.PENDING) {
      p.gap(new Gap(GapKind.RECOGNITION, Message.of("pathway.gap.recognition.pending")));
      p.step(
          new PathwayStep(
              StepKind.RECOGNITION,
              Message.of("pathway.step.recognition_pending"),
              d.recognition().pendingMonths()),
          0);
      return;
    }
    if (q.isPresent() && q.get().recognition() == Recognition.PARTIAL) {
      p.gap(new Gap(GapKind.RECOGNITION, Message.of("pathway.gap.recognition.partial")));
      p.step(
          new PathwayStep(
              StepKind.RECOGNITION,
              Message.of("pathway.step.adaptation"),
              d.recognition().adaptationMonths()),
          0);
      return;
    }
    if (q.isPresent() && q.get().documents()) {
      p.gap(new Gap(GapKind.RECOGNITION, Message.of("pathway.gap.recognition.none")));
      p.step(
          new PathwayStep(
              StepKind.RECOGNITION,
              Message.of("pathway.step.recognition", d.recognition().months()),
              d.recognition().months()),
          0);
      return;
    }
    // no qualification, or one without documents
    p.gap(
        new Gap(
            GapKind.QUALIFICATION,
            q.isPresent()
                ? Message.of("pathway.gap.qualification.no_documents")
                : Message.of("pathway.gap.qualification.none")));
    // from the TQ and validation age, a skills test shows what the person can do without papers
    // (MYSKILLS), beside the procedure that leads to the certificate
    if ((q.isPresent() || needs.yearsInOccupation() > 0)
        && (age.isEmpty() || age.getAsInt() >= Math.min(d.validation().minAge(), d.tq().minAge()))
        && !hasCompleted(c, MeasureType.SKILLS_ASSESSMENT)) {
      p.step(
          new PathwayStep(
              StepKind.SKILLS_ASSESSMENT,
              Message.of("pathway.step.skills_assessment"),
              d.skillsAssessment().months()),
          0);
    }
    double yearsNeeded = d.validation().experienceFactor() * d.regularTrainingMonths() / 12.0;
    if ((age.isEmpty() || age.getAsInt() >= d.validation().minAge())
        && needs.yearsInOccupation() >= yearsNeeded) {
      p.step(
          new PathwayStep(
              StepKind.VALIDATION_PROCEDURE,
              Message.of("pathway.step.validation", years(needs.yearsInOccupation())),
              d.validation().months()),
          0);
      return;
    }
    if (age.isEmpty() || age.getAsInt() >= d.tq().minAge()) {
      int done = 0;
      for (Measure m : c.measures()) {
        if (m.type() == MeasureType.TQ_MODULE
            && m.completed().isPresent()
            && (m.occupation().isEmpty() || v == null || m.occupation().equals(v.occupation()))) {
          done++;
        }
      }
      int remaining = Math.max(0, d.tq().modules() - done);
      if (remaining > 0) {
        long total = Math.round(d.regularTrainingMonths() * d.tq().shareOfTraining());
        int modules = d.tq().modules();
        p.step(
            new PathwayStep(
                StepKind.TQ,
                Message.of("pathway.step.tq", remaining, modules),
                (int) ((total * remaining + modules - 1) / modules)),
            basicEnd);
      }
      return;
    }
    p.unreachable(
        Message.of(
            "pathway.unreachable.apprenticeship", d.tq().minAge(), d.regularTrainingMonths()));
  }

  /**
   * The highest level of {@code languageCode} the person can reach within {@code horizonMonths},
   * for retrieval filters. Consistent with {@link #plan}: an offer whose essential minimum in this
   * language is above the returned level is one that {@code plan} calls unreachable. Never below
   * {@link Cefr#A1}.
   *
   * @param candidate the person
   * @param languageCode ISO 639-1 language code
   * @param horizonMonths the horizon
   * @return the highest reachable level
   */
  public Cefr reachableLevel(Candidate candidate, String languageCode, int horizonMonths) {
    requireNonNull(candidate, "candidate");
    requireNonNull(languageCode, "languageCode");
    Cefr[] levels = Cefr.values();
    for (int t = levels.length - 1; t > 0; t--) {
      // without the literacy an offer may add: never above what plan() finds for any offer
      if (languageChain(candidate, languageCode, t, false, null) <= horizonMonths) {
        return levels[t];
      }
    }
    return Cefr.A1;
  }

  /**
   * The fewest months of language courses a person needs for an essential minimum of {@code level}
   * in {@code languageCode}: every pathway {@link #plan} gives for an offer with that minimum ends
   * no earlier (its courses start at month 0, one after another, and the steps other than the trial
   * that only proves self-reported skills end at or after them). A lower bound for the timing
   * factor in phase one.
   *
   * @param candidate the person
   * @param languageCode ISO 639-1 language code
   * @param level the minimum
   * @return months, at least 0
   */
  public int languageMonths(Candidate candidate, String languageCode, Cefr level) {
    requireNonNull(candidate, "candidate");
    requireNonNull(languageCode, "languageCode");
    requireNonNull(level, "level");
    // with or without the literacy an offer may add (a practical trial needs no written German)
    return Math.min(
        languageChain(candidate, languageCode, level.ordinal(), false, null),
        languageChain(candidate, languageCode, level.ordinal(), true, null));
  }

  /**
   * Plans the courses from the person's level in {@code code} to level index {@code target} (-1:
   * none, only literacy), starting at month 0, one after another.
   *
   * @param literacyRequired whether the offer needs written German even where the person's level
   *     suffices (people who cannot read and write then need a literacy course); a German course
   *     always comes in its literacy variant for them
   * @param p where to add gaps and steps; null to only compute the months
   * @return the month the last course ends
   */
  private int languageChain(
      Candidate c, String code, int target, boolean literacyRequired, Plan p) {
    LanguageLevel ll = level(c, code);
    final int own = ll == null ? -1 : ll.level().ordinal();
    int level = own;
    int t = 0;
    if (!code.equals(GERMAN)) {
      if (level < target) {
        int ue = (target - level) * d.otherLanguageUePerStep();
        t = months(ue);
        if (p != null) {
          p.step(
              new PathwayStep(
                  StepKind.LANGUAGE_COURSE,
                  Message.of("pathway.step.language_course", code, label(level), label(target), ue),
                  t),
              0);
        }
      }
      return t;
    }
    Literacy literacy = c.literacy();
    boolean basicDone =
        hasCompleted(c, MeasureType.INTEGRATION_COURSE)
            || hasCompleted(c, MeasureType.LITERACY_COURSE);
    boolean courseNeeded = level < target;
    // Latin script: people who cannot read and write need it wherever German is read; people who
    // use another script learn it with their first German course
    boolean latinMissing =
        switch (literacy) {
          case LATIN -> false;
          case NONE -> courseNeeded || literacyRequired;
          case OTHER_SCRIPT -> courseNeeded && !basicDone;
        };
    if (latinMissing && p != null) {
      p.gap(
          new Gap(
              GapKind.LITERACY,
              Message.of(
                  literacy == Literacy.NONE
                      ? "pathway.gap.literacy.none"
                      : "pathway.gap.literacy.script")));
    }
    if (level < target && !basicDone) {
      Durations.Course course =
          literacy == Literacy.LATIN ? d.integrationCourse() : d.literacyCourse();
      int courseTarget = course.target().ordinal();
      if (level < courseTarget) {
        int reach = Math.min(target, courseTarget);
        // reading and writing start from nothing: the literacy course is taken from its start
        // (900 + 100 UE to B1), whatever German the person speaks
        int from = literacy == Literacy.LATIN ? level : -1;
        int ue =
            course.languageUe() * (reach - from) / (courseTarget + 1)
                + (reach == courseTarget ? course.orientationUe() : 0);
        int m = months(ue);
        if (p != null) {
          String key =
              switch (literacy) {
                case LATIN -> "pathway.step.integration_course";
                case NONE -> "pathway.step.literacy_integration_course";
                case OTHER_SCRIPT -> "pathway.step.second_script_course";
              };
          p.step(
              new PathwayStep(
                  literacy == Literacy.LATIN
                      ? StepKind.INTEGRATION_COURSE
                      : StepKind.LITERACY_COURSE,
                  Message.of(key, label(level), label(reach), ue),
                  m),
              t);
        }
        t += m;
        level = reach;
        latinMissing = false;
        if (p != null) {
          p.basicEnd = t;
        }
      }
    }
    if (latinMissing) {
      int m = months(d.literacyOnlyUe());
      if (p != null) {
        p.step(
            new PathwayStep(
                StepKind.LITERACY_COURSE,
                Message.of("pathway.step.literacy_course", d.literacyOnlyUe()),
                m),
            t);
        p.basicEnd = t + m;
      }
      t += m;
    }
    Cefr[] levels = Cefr.values();
    for (int l = level; l < target; l++) {
      Cefr next = levels[l + 1];
      int ue =
          next == Cefr.B2 && l == own && ll.weakest().compareTo(Cefr.B1) < 0
              ? d.weakB1ToB2Ue()
              : d.jobRelatedCourseUe().get(next);
      int m = months(ue);
      if (p != null) {
        p.step(
            new PathwayStep(
                StepKind.LANGUAGE_COURSE,
                Message.of("pathway.step.language_course.de", label(l), next, ue),
                m),
            t);
      }
      t += m;
    }
    return t;
  }

  /** Whole months a course of {@code ue} teaching units takes at the configured pace. */
  int months(int ue) {
    long weeksTimes12 = (long) ue * 12;
    long perMonth = (long) d.uePerWeek() * 52;
    return (int) ((weeksTimes12 + perMonth - 1) / perMonth);
  }

  /**
   * Whether an EQ would help: German below the level training needs, or no German school
   * certificate unless a finished pre-apprenticeship year (language, general education, trade
   * basics) stands in for it.
   */
  private boolean notReadyForTraining(Candidate c, Vacancy v) {
    Cefr ready = d.eq().readyGerman();
    for (LanguageRequirement r : v.languages()) {
      if (r.code().equals(GERMAN)) {
        ready = r.min();
        break;
      }
    }
    LanguageLevel de = level(c, GERMAN);
    if (de == null || !de.level().isAtLeast(ready)) {
      return true;
    }
    return c.education().germanSchoolCertificate() == SchoolCertificate.NONE
        && !hasCompleted(c, MeasureType.PRE_APPRENTICESHIP);
  }

  /** Whole months from {@code today} before {@code start} (rounded down); 0 when not later. */
  private static int monthsBefore(LocalDate today, LocalDate start) {
    return start.isAfter(today) ? (int) ChronoUnit.MONTHS.between(today, start) : 0;
  }

  /** The person's level in {@code code}, or null (a loop: this runs per offer). */
  private static LanguageLevel level(Candidate c, String code) {
    for (LanguageLevel l : c.languages()) {
      if (l.code().equals(code)) {
        return l;
      }
    }
    return null;
  }

  private static boolean hasCompleted(Candidate c, MeasureType type) {
    for (Measure m : c.measures()) {
      if (m.type() == type && m.completed().isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static Gap languageGap(LanguageRequirement r, LanguageLevel has) {
    boolean german = r.code().equals(GERMAN);
    Message m;
    if (has == null) {
      m =
          german
              ? Message.of("pathway.gap.language.de_none", r.min())
              : Message.of("pathway.gap.language_none", r.code(), r.min());
    } else {
      m =
          german
              ? Message.of("pathway.gap.language.de", has.level(), r.min())
              : Message.of("pathway.gap.language", r.code(), has.level(), r.min());
    }
    return new Gap(GapKind.LANGUAGE, m);
  }

  private static String label(int level) {
    return level < 0 ? "A0" : Cefr.values()[level].name();
  }

  private static String years(double y) {
    return y == Math.rint(y) ? Long.toString((long) y) : String.format(Locale.ROOT, "%.1f", y);
  }

  /** Gaps and steps with their start months, then the critical path; allocates on first use. */
  private static final class Plan {
    private static final int[] NO_STARTS = new int[0];
    private List<Gap> gaps;
    private List<PathwayStep> steps;
    private int[] starts = NO_STARTS;
    private PathwayStep proof;
    private List<Message> unreachable = List.of();
    int basicEnd;

    void gap(Gap g) {
      if (gaps == null) {
        gaps = new ArrayList<>(4);
      }
      gaps.add(g);
    }

    void step(PathwayStep s, int start) {
      if (steps == null) {
        steps = new ArrayList<>(4);
        starts = new int[8];
      }
      int n = steps.size();
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n * 2);
      }
      // keep steps ordered by start; equal starts keep insertion order
      int i = n;
      while (i > 0 && starts[i - 1] > start) {
        starts[i] = starts[i - 1];
        i--;
      }
      starts[i] = start;
      steps.add(i, s);
    }

    /** A step that only proves self-reported skills, from month 0 (at most one). */
    void proof(PathwayStep s) {
      proof = s;
      step(s, 0);
    }

    void unreachable(Message m) {
      if (unreachable.isEmpty()) {
        unreachable = List.of(m);
      }
    }

    Pathway pathway(int horizon) {
      List<Gap> g = gaps == null ? List.of() : gaps;
      if (steps == null && unreachable.isEmpty()) {
        return g.isEmpty()
            ? Pathway.READY
            : new Pathway(Readiness.READY_NOW, 0, g, List.of(), List.of());
      }
      List<PathwayStep> s = List.of();
      int ready = 0;
      int exceptProof = 0;
      if (steps != null) {
        PathwayStep[] timed = new PathwayStep[steps.size()];
        for (int i = 0; i < timed.length; i++) {
          PathwayStep step = steps.get(i);
          timed[i] = step.startingIn(starts[i]);
          ready = Math.max(ready, timed[i].endMonth());
          if (step != proof) {
            exceptProof = Math.max(exceptProof, timed[i].endMonth());
          }
        }
        s = List.of(timed);
      }
      List<Message> why = unreachable;
      if (why.isEmpty() && ready > horizon) {
        why = List.of(Message.of("pathway.unreachable.horizon", ready, horizon));
      }
      // steps of 0 months (e.g. extending a permit while the offer runs) do not delay the start
      Readiness readiness = ready == 0 && why.isEmpty() ? Readiness.READY_NOW : Readiness.REACHABLE;
      return new Pathway(readiness, ready, g, s, why, exceptProof);
    }
  }
}

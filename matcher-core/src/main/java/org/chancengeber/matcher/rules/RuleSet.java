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
package org.chancengeber.matcher.rules;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.DrivingLicence;
import org.chancengeber.matcher.model.Experience;
import org.chancengeber.matcher.model.Gap;
import org.chancengeber.matcher.model.GapKind;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.PathwayStep;
import org.chancengeber.matcher.model.Residence;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.chancengeber.matcher.model.SchoolCertificate;
import org.chancengeber.matcher.model.StepKind;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.model.WorkPermission;
import org.chancengeber.matcher.rules.RuleData.Action;
import org.chancengeber.matcher.rules.RuleData.EmploymentToleration;
import org.chancengeber.matcher.rules.RuleData.StatusRule;
import org.chancengeber.matcher.rules.RuleData.TrainingToleration;
import org.chancengeber.matcher.rules.RuleData.TypeRule;

/**
 * Eligibility rules as data: residence status × offer type × permit dates, waiting periods, age
 * rules, licences, hours, start dates and school certificates.
 *
 * <p>Start from {@link #germanDefaults()}; load changed rules with {@link #fromJson(Path)} (format:
 * {@code docs/rules.md} and the package documentation). A rule set is immutable and thread-safe;
 * the tables it needs per query are computed once when it is loaded.
 */
public final class RuleSet {
  private static final String DEFAULTS_RESOURCE = "german-defaults.json";
  private static final double WEEKS_PER_MONTH = 52.0 / 12.0;
  private static final Set<OfferType> ALL_TYPES = Set.copyOf(EnumSet.allOf(OfferType.class));

  private final RuleData data;

  /** The permission a status gives for each offer type when the profile states none. */
  private final EnumMap<ResidenceStatus, EnumMap<OfferType, WorkPermission>> derived;

  private final EnumMap<ResidenceStatus, Message> bannedMessages;
  private final EnumMap<ResidenceStatus, Gap> permitGaps;
  private final PathwayStep permitStepWithApproval;
  private final PathwayStep permitStepWithoutApproval;
  private final PathwayStep trainingTolerationStep;
  private final PathwayStep internshipPermissionStep;
  private final PathwayStep employmentTolerationStep;
  private final Gap identityGap;
  private final EnumMap<DrivingLicence, Message> licenceExclusions;
  private final EnumMap<DrivingLicence, Gap> licenceGaps;
  private final EnumMap<DrivingLicence, PathwayStep> licenceSteps;

  private RuleSet(RuleData data) {
    this.data = data;
    derived = new EnumMap<>(ResidenceStatus.class);
    bannedMessages = new EnumMap<>(ResidenceStatus.class);
    permitGaps = new EnumMap<>(ResidenceStatus.class);
    int trialWeeks = data.offerTypes().get(OfferType.PRACTICAL_TRIAL).permitFreeUpToWeeks();
    for (ResidenceStatus s : ResidenceStatus.values()) {
      StatusRule sr = data.statuses().get(s);
      EnumMap<OfferType, WorkPermission> row = new EnumMap<>(OfferType.class);
      for (OfferType t : OfferType.values()) {
        row.put(t, sr.allowedTypes().contains(t) ? WorkPermission.ALLOWED : sr.workPermission());
      }
      derived.put(s, row);
      String label = Message.term(s);
      bannedMessages.put(
          s,
          trialWeeks > 0
              ? Message.of("rules.exclude.banned", label, trialWeeks)
              : Message.of("rules.exclude.banned_all", label));
      permitGaps.put(s, new Gap(GapKind.WORK_PERMIT, Message.of("rules.gap.work_permit", label)));
    }
    permitStepWithApproval =
        new PathwayStep(
            StepKind.WORK_PERMIT,
            Message.of("rules.step.work_permit.approval"),
            data.workPermit().monthsWithApproval());
    permitStepWithoutApproval =
        new PathwayStep(
            StepKind.WORK_PERMIT,
            Message.of("rules.step.work_permit.permission"),
            data.workPermit().monthsWithoutApproval());
    trainingTolerationStep =
        new PathwayStep(
            StepKind.WORK_PERMIT,
            Message.of("rules.step.training_toleration"),
            data.workPermit().monthsWithoutApproval());
    internshipPermissionStep =
        new PathwayStep(
            StepKind.WORK_PERMIT,
            Message.of("rules.step.internship_permission"),
            data.workPermit().monthsWithoutApproval());
    employmentTolerationStep =
        new PathwayStep(
            StepKind.WORK_PERMIT,
            Message.of("rules.step.employment_toleration"),
            data.workPermit().monthsWithApproval());
    identityGap = new Gap(GapKind.WORK_PERMIT, Message.of("rules.gap.identity"));
    licenceExclusions = new EnumMap<>(DrivingLicence.class);
    licenceGaps = new EnumMap<>(DrivingLicence.class);
    licenceSteps = new EnumMap<>(DrivingLicence.class);
    for (DrivingLicence l : DrivingLicence.values()) {
      licenceExclusions.put(l, Message.of("rules.exclude.licence", l));
      licenceGaps.put(l, new Gap(GapKind.DRIVING_LICENCE, Message.of("rules.gap.licence", l)));
      licenceSteps.put(
          l,
          new PathwayStep(
              StepKind.DRIVING_LICENCE,
              Message.of("rules.step.licence", l),
              data.drivingLicence().monthsFor(l)));
    }
  }

  /** {@return the default German rules (DOMAIN.md), read once from {@code german-defaults.json}} */
  public static RuleSet germanDefaults() {
    return Defaults.INSTANCE;
  }

  private static final class Defaults {
    static final RuleSet INSTANCE = load();

    private static RuleSet load() {
      try (InputStream in = RuleSet.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
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
   * Reads a rule set from JSON (format: package documentation and {@code docs/rules.md}).
   *
   * @param sourceName the file name used in error messages
   * @throws RuleFileException naming file, line, field and reason when the rules are not usable
   * @param in the JSON stream (UTF-8)
   * @return the rule set
   */
  public static RuleSet fromJson(InputStream in, String sourceName) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    return new RuleSet(RuleReader.read(DataNode.parse(in, sourceName)));
  }

  /**
   * Reads a rule set from a JSON file.
   *
   * @throws RuleFileException naming file, line, field and reason when the rules are not usable
   * @throws UncheckedIOException when the file cannot be read
   * @param file the JSON file
   * @return the rule set
   */
  public static RuleSet fromJson(Path file) {
    requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return fromJson(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rules file " + file, e);
    }
  }

  /** {@return the rule set's name, from the file's {@code name} field} */
  public String name() {
    return data.name();
  }

  /**
   * The permission to work that the rules assume for this person and offer type: the profile's
   * {@code residence.workPermission} where given, else derived from the status (before waiting
   * periods and permit dates, which {@link #evaluate} adds).
   *
   * @param candidate the person
   * @param type the offer type
   * @return the permission to work
   */
  public WorkPermission workPermission(Candidate candidate, OfferType type) {
    Residence r = candidate.residence();
    return r.workPermission().isPresent()
        ? r.workPermission().get()
        : derived.get(r.status()).get(type);
  }

  /**
   * {@return the legal verdict for one person and one offer on {@code today}}
   *
   * @param candidate the person
   * @param vacancy the offer
   * @param today the date the rules count from
   */
  public Verdict evaluate(Candidate candidate, Vacancy vacancy, LocalDate today) {
    requireNonNull(candidate, "candidate");
    requireNonNull(vacancy, "vacancy");
    requireNonNull(today, "today");
    OfferType type = vacancy.type();
    TypeRule tr = data.offerTypes().get(type);
    LocalDate start = effectiveStart(vacancy, today);
    OptionalInt months =
        vacancy.durationMonths().isPresent() ? vacancy.durationMonths() : tr.defaultMonths();
    Acc acc = new Acc();

    permission(candidate, vacancy, tr, months, today, acc);
    permitExpiry(candidate, start, months, today, acc);
    typeLevel(candidate, tr, today, acc);
    hours(candidate, vacancy, acc);
    startDate(candidate, vacancy, start, acc);
    licence(candidate, vacancy, acc);
    school(candidate, vacancy, acc);
    return acc.verdict();
  }

  /**
   * Offer types that can be eligible for this person at all, for retrieval filters: a type left out
   * here is excluded by {@link #evaluate} for every offer of that type.
   *
   * @param candidate the person
   * @param today the date the rules count from
   * @return the offer types that can be eligible
   */
  public Set<OfferType> possibleTypes(Candidate candidate, LocalDate today) {
    requireNonNull(candidate, "candidate");
    requireNonNull(today, "today");
    EnumSet<OfferType> types = EnumSet.noneOf(OfferType.class);
    for (OfferType t : OfferType.values()) {
      TypeRule tr = data.offerTypes().get(t);
      boolean banned =
          workPermission(candidate, t) == WorkPermission.BANNED && tr.permitFreeUpToWeeks() == 0;
      if (!banned && !typeLevel(candidate, tr, today, null)) {
        types.add(t);
      }
    }
    return types.size() == ALL_TYPES.size() ? ALL_TYPES : Set.copyOf(types);
  }

  // ---- the rules, in the order their gaps are reported ----

  private void permission(
      Candidate c, Vacancy v, TypeRule tr, OptionalInt months, LocalDate today, Acc acc) {
    WorkPermission p = workPermission(c, v.type());
    if (p == WorkPermission.ALLOWED) {
      return;
    }
    Residence r = c.residence();
    double weeks = months.isPresent() ? months.getAsInt() * WEEKS_PER_MONTH : Double.MAX_VALUE;
    boolean permitFree = tr.permitFreeUpToWeeks() > 0 && weeks <= tr.permitFreeUpToWeeks();
    if (permitFree) {
      return;
    }
    if (p == WorkPermission.BANNED) {
      acc.exclude(bannedMessages.get(r.status()));
      return;
    }
    StatusRule sr = data.statuses().get(r.status());
    int permitMonths = permitMonths(r, tr, today);
    if (sr.bannedForFirstMonths() > 0 && r.since().isPresent()) {
      LocalDate allowedFrom = r.since().get().plusMonths(sr.bannedForFirstMonths());
      if (today.isBefore(allowedFrom)) {
        acc.gap(
            new Gap(
                GapKind.WORK_PERMIT,
                Message.of("rules.gap.waiting", allowedFrom, sr.bannedForFirstMonths())));
        acc.step(
            new PathwayStep(
                StepKind.WORK_PERMIT,
                Message.of("rules.step.waiting", allowedFrom),
                monthsUntil(today, allowedFrom) + permitMonths));
        return;
      }
    }
    if (tr.permissionOnlyUpToWeeks() > 0 && weeks <= tr.permissionOnlyUpToWeeks()) {
      // an orientation internship up to 3 months: the immigration office's permission, no BA
      acc.gap(
          new Gap(
              GapKind.WORK_PERMIT,
              Message.of(
                  "rules.gap.internship_permission",
                  Message.term(r.status()),
                  tr.permitFreeUpToWeeks(),
                  tr.permissionOnlyUpToWeeks())));
      acc.step(internshipPermissionStep);
      return;
    }
    acc.gap(permitGaps.get(r.status()));
    Optional<TrainingToleration> training = sr.trainingToleration();
    if (training.isPresent() && training.get().types().contains(v.type())) {
      trainingToleration(r, training.get(), permitMonths, today, acc);
      return;
    }
    Optional<EmploymentToleration> employment = sr.employmentToleration();
    if (employment.isPresent()
        && employment.get().types().contains(v.type())
        && employmentTolerationPossible(c, employment.get())) {
      acc.step(
          permitMonths == employmentTolerationStep.months()
              ? employmentTolerationStep
              : new PathwayStep(
                  StepKind.WORK_PERMIT, employmentTolerationStep.detail(), permitMonths));
      return;
    }
    acc.step(permitStep(permitMonths));
  }

  private PathwayStep permitStep(int permitMonths) {
    if (permitMonths == permitStepWithApproval.months()) {
      return permitStepWithApproval;
    }
    if (permitMonths == permitStepWithoutApproval.months()) {
      return permitStepWithoutApproval;
    }
    return new PathwayStep(StepKind.WORK_PERMIT, permitStepWithApproval.detail(), permitMonths);
  }

  private int permitMonths(Residence r, TypeRule tr, LocalDate today) {
    boolean approvalFree =
        !tr.baApproval()
            || (r.since().isPresent()
                && ChronoUnit.MONTHS.between(r.since().get(), today)
                    >= data.workPermit().approvalFreeAfterMonths());
    return approvalFree
        ? data.workPermit().monthsWithoutApproval()
        : data.workPermit().monthsWithApproval();
  }

  private void trainingToleration(
      Residence r, TrainingToleration t, int permitMonths, LocalDate today, Acc acc) {
    if (t.identityClarified() && !r.identityClarified()) {
      acc.gap(identityGap);
      acc.step(permitStep(permitMonths));
      return;
    }
    if (r.since().isPresent()) {
      LocalDate possibleFrom = r.since().get().plusMonths(t.minMonthsOfDuldung());
      if (today.isBefore(possibleFrom)) {
        acc.gap(
            new Gap(
                GapKind.WORK_PERMIT,
                Message.of(
                    "rules.gap.training_toleration_wait", possibleFrom, t.minMonthsOfDuldung())));
        acc.step(
            new PathwayStep(
                StepKind.WORK_PERMIT,
                Message.of("rules.step.training_toleration_from", possibleFrom),
                Math.max(monthsUntil(today, possibleFrom), permitMonths)));
        return;
      }
    }
    acc.step(
        permitMonths == trainingTolerationStep.months()
            ? trainingTolerationStep
            : new PathwayStep(StepKind.WORK_PERMIT, trainingTolerationStep.detail(), permitMonths));
  }

  private static boolean employmentTolerationPossible(Candidate c, EmploymentToleration t) {
    Residence r = c.residence();
    if (r.since().isEmpty() || r.since().get().isAfter(t.enteredBy())) {
      return false;
    }
    if (c.hoursPerWeek().isPresent() && c.hoursPerWeek().getAsInt() < t.minHoursPerWeek()) {
      return false;
    }
    double years = 0;
    for (Experience e : c.experience()) {
      if (e.country().isPresent() && e.country().get().equalsIgnoreCase("DE")) {
        years += e.years();
      }
    }
    return years * 12 >= t.priorWorkMonths();
  }

  private void permitExpiry(
      Candidate c, LocalDate start, OptionalInt months, LocalDate today, Acc acc) {
    Residence r = c.residence();
    if (r.validUntil().isEmpty()) {
      return;
    }
    LocalDate until = r.validUntil().get();
    LocalDate end =
        start.plusMonths(
            months.isPresent() ? months.getAsInt() : data.permitExpiry().openEndedOfferMonths());
    if (!until.isBefore(end)) {
      return;
    }
    boolean renewable = data.statuses().get(r.status()).renewable();
    int stepMonths = data.permitExpiry().extensionMonths();
    if (until.isBefore(today)) {
      // expired: no extension "before" a past date; a new title (or the extension) is applied for
      // now, and the person cannot start before the office decides
      acc.gap(
          new Gap(
              GapKind.PERMIT_EXPIRY,
              Message.of("rules.gap.permit_expired", until, Message.term(r.status()))));
      int wait = data.permitExpiry().expiredMonths();
      acc.step(
          new PathwayStep(
              StepKind.WORK_PERMIT,
              renewable
                  ? Message.of("rules.step.expired_extension", until, wait)
                  : Message.of("rules.step.expired_follow_on_title", until, wait),
              wait));
      return;
    } else if (until.isBefore(start)) {
      acc.gap(
          new Gap(
              GapKind.PERMIT_EXPIRY,
              Message.of(
                  "rules.gap.permit_ends_before_start", until, start, Message.term(r.status()))));
    } else {
      acc.gap(
          new Gap(
              GapKind.PERMIT_EXPIRY,
              Message.of("rules.gap.permit_ends", until, end, Message.term(r.status()))));
      stepMonths = 0; // can be done while the offer runs
    }
    acc.step(
        new PathwayStep(
            StepKind.WORK_PERMIT,
            renewable
                ? Message.of("rules.step.extension", until, Message.term(r.status()))
                : Message.of("rules.step.follow_on_title", until),
            stepMonths));
  }

  /**
   * The rules that depend only on the person and the offer type (age, minimum hours); shared by
   * {@link #evaluate} and {@link #possibleTypes} so the two cannot disagree.
   *
   * @param acc where to record exclusions and gaps; null to only test
   * @return whether the type is excluded
   */
  private static boolean typeLevel(Candidate c, TypeRule tr, LocalDate today, Acc acc) {
    boolean excluded = false;
    OptionalInt age = c.ageOn(today);
    if (age.isPresent()) {
      int a = age.getAsInt();
      if (tr.minAge().isPresent() && a < tr.minAge().getAsInt()) {
        excluded = true;
        if (acc != null) {
          acc.exclude(Message.of("rules.exclude.min_age", a, tr.minAge().getAsInt()));
        }
      }
      if (tr.maxAge().isPresent() && a > tr.maxAge().getAsInt()) {
        excluded = true;
        if (acc != null) {
          acc.exclude(Message.of("rules.exclude.max_age", a, tr.maxAge().getAsInt()));
        }
      }
      if (acc != null
          && tr.priorityBelowAge().isPresent()
          && a >= tr.priorityBelowAge().getAsInt()) {
        acc.gap(
            new Gap(
                GapKind.AGE,
                Message.of("rules.gap.age_priority", a, tr.priorityBelowAge().getAsInt())));
      }
    }
    if (tr.minHoursPerWeek().isPresent()
        && c.hoursPerWeek().isPresent()
        && c.hoursPerWeek().getAsInt() < tr.minHoursPerWeek().getAsInt()) {
      excluded = true;
      if (acc != null) {
        acc.exclude(
            Message.of(
                "rules.exclude.min_hours",
                c.hoursPerWeek().getAsInt(),
                tr.minHoursPerWeek().getAsInt()));
      }
    }
    return excluded;
  }

  private void hours(Candidate c, Vacancy v, Acc acc) {
    if (c.hoursPerWeek().isEmpty() || v.hoursPerWeek().isEmpty()) {
      return;
    }
    int can = c.hoursPerWeek().getAsInt();
    int asked = v.hoursPerWeek().getAsInt();
    if (can >= asked) {
      return;
    }
    if (data.hours() == Action.EXCLUDE) {
      acc.exclude(Message.of("rules.exclude.hours", can, asked));
    } else {
      acc.gap(new Gap(GapKind.HOURS, Message.of("rules.gap.hours", can, asked)));
    }
  }

  private void startDate(Candidate c, Vacancy v, LocalDate start, Acc acc) {
    if (c.availableFrom().isEmpty() || !c.availableFrom().get().isAfter(start)) {
      return;
    }
    LocalDate from = c.availableFrom().get();
    long days = ChronoUnit.DAYS.between(start, from);
    if (days > data.startToleranceDays()) {
      acc.exclude(Message.of("rules.exclude.start", from, start, data.startToleranceDays()));
    } else {
      acc.gap(new Gap(GapKind.START_DATE, Message.of("rules.gap.start", from, start)));
    }
  }

  private void licence(Candidate c, Vacancy v, Acc acc) {
    if (v.drivingLicence().isEmpty()) {
      return;
    }
    DrivingLicence needed = v.drivingLicence().get();
    if (needed.isCoveredBy(c.drivingLicences())) {
      return;
    }
    if (data.drivingLicence().action() == Action.EXCLUDE) {
      acc.exclude(licenceExclusions.get(needed));
    } else {
      acc.gap(licenceGaps.get(needed));
      acc.step(licenceSteps.get(needed));
    }
  }

  private void school(Candidate c, Vacancy v, Acc acc) {
    SchoolCertificate needed = v.requiresSchoolCertificate();
    SchoolCertificate has = c.education().germanSchoolCertificate();
    if (has.isAtLeast(needed)) {
      return;
    }
    Message why =
        has == SchoolCertificate.NONE
            ? Message.of("rules.school.none", Message.term(needed))
            : Message.of("rules.school.lower", Message.term(needed), Message.term(has));
    if (data.schoolCertificate().action() == Action.EXCLUDE) {
      acc.exclude(why);
    } else {
      acc.gap(new Gap(GapKind.SCHOOL_CERTIFICATE, why));
      acc.step(
          new PathwayStep(
              StepKind.SCHOOL_CERTIFICATE,
              Message.of("rules.step.school", Message.term(needed)),
              data.schoolCertificate().months()));
    }
  }

  // ---- helpers ----

  /** The date an offer starts for the rules: its start date, or today when none or past. */
  static LocalDate effectiveStart(Vacancy v, LocalDate today) {
    if (v.start().isEmpty() || v.start().get().isBefore(today)) {
      return today;
    }
    return v.start().get();
  }

  /**
   * Whole months from {@code from} until {@code to}, rounded up; 0 when {@code to} is not later.
   */
  static int monthsUntil(LocalDate from, LocalDate to) {
    if (!to.isAfter(from)) {
      return 0;
    }
    long m = ChronoUnit.MONTHS.between(from, to);
    return (int) (from.plusMonths(m).isBefore(to) ? m + 1 : m);
  }

  /** Collects a verdict; allocates lists only when something is found. */
  private static final class Acc {
    private List<Message> exclusions;
    private List<Gap> gaps;
    private List<PathwayStep> steps;

    void exclude(Message m) {
      if (exclusions == null) {
        exclusions = new ArrayList<>(2);
      }
      exclusions.add(m);
    }

    void gap(Gap g) {
      if (gaps == null) {
        gaps = new ArrayList<>(4);
      }
      gaps.add(g);
    }

    void step(PathwayStep s) {
      if (steps == null) {
        steps = new ArrayList<>(4);
      }
      steps.add(s);
    }

    Verdict verdict() {
      if (exclusions == null && gaps == null && steps == null) {
        return Verdict.ELIGIBLE;
      }
      return new Verdict(
          exclusions == null ? List.of() : exclusions,
          gaps == null ? List.of() : gaps,
          steps == null ? List.of() : steps);
    }
  }

  @Override
  public String toString() {
    return "RuleSet[" + data.name() + "]";
  }
}

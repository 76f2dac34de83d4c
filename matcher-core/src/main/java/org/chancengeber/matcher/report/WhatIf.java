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
package org.chancengeber.matcher.report;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancengeber.matcher.MatchEngine;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.model.LanguageLevel;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.Qualification;
import org.chancengeber.matcher.model.Readiness;
import org.chancengeber.matcher.model.Recognition;
import org.chancengeber.matcher.model.Residence;
import org.chancengeber.matcher.model.SkillClaim;
import org.chancengeber.matcher.model.WorkPermission;

/**
 * What a single change to a person would do to their own list: which offers it moves into READY_NOW
 * and which it moves up how many ranks. Each change is applied to a copy of the person and ranked
 * by the same engine; nothing else differs.
 */
public final class WhatIf {
  private WhatIf() {}

  /** The single changes tried. */
  public enum Change {
    /** German one CEFR level higher (none → A1). */
    GERMAN_ONE_LEVEL,
    /** Every skill claim below a practical trial shown in a positive one. */
    POSITIVE_TRIAL,
    /** Every foreign qualification fully recognised, with documents. */
    RECOGNISED_QUALIFICATION,
    /** Permission to work granted (no per-job permit needed). */
    WORK_PERMIT;

    /**
     * {@return the person after the change, or empty when it changes nothing about them}
     *
     * @param c the person
     */
    public Optional<Candidate> apply(Candidate c) {
      return switch (this) {
        case GERMAN_ONE_LEVEL -> german(c);
        case POSITIVE_TRIAL -> trial(c);
        case RECOGNISED_QUALIFICATION -> recognised(c);
        case WORK_PERMIT -> permit(c);
      };
    }
  }

  /**
   * One offer that a change moves.
   *
   * @param rankBefore its rank in the list before, empty when it was not among the best
   * @param readinessBefore its readiness before, empty when it was not among the best
   * @param vacancy the offer's id
   * @param rankAfter its rank after the change
   * @param readinessAfter its readiness after
   * @param readyInMonthsAfter months until ready after
   * @param scoreAfter its score after
   */
  public record Move(
      String vacancy,
      Optional<Integer> rankBefore,
      int rankAfter,
      Optional<Readiness> readinessBefore,
      Readiness readinessAfter,
      int readyInMonthsAfter,
      double scoreAfter) {
    /** {@return whether the change makes this offer fit now where it did not} */
    public boolean nowReady() {
      return readinessAfter == Readiness.READY_NOW
          && readinessBefore.map(r -> r != Readiness.READY_NOW).orElse(true);
    }

    /**
     * Ranks gained (the list's length + 1 − rank for an offer new to the list).
     *
     * @param k the length of the list
     * @return the ranks gained
     */
    public int ranksUp(int k) {
      return rankBefore.orElse(k + 1) - rankAfter;
    }
  }

  /**
   * What one change does: the offers it moves, best rank first.
   *
   * @param change the change
   * @param moves the offers it moves, best rank first
   */
  public record Outcome(Change change, List<Move> moves) {
    /** Creates an outcome, checking the change and copying the moves. */
    public Outcome {
      requireNonNull(change, "change");
      moves = List.copyOf(moves);
    }
  }

  /**
   * Every change that applies to the person, with the offers among their best {@code k} that it
   * moves into READY_NOW or up the list.
   *
   * @param engine the engine with the offers indexed
   * @param person the person
   * @param k how many of the best offers to look at
   * @return one outcome per change that moves an offer
   */
  public static List<Outcome> of(MatchEngine engine, Candidate person, int k) {
    List<Match> before = engine.matchesFor(person, k);
    Map<String, Match> was = new HashMap<>();
    before.forEach(m -> was.put(m.vacancy(), m));
    List<Outcome> out = new ArrayList<>();
    for (Change change : Change.values()) {
      Optional<Candidate> changed = change.apply(person);
      if (changed.isEmpty()) {
        continue;
      }
      List<Move> moves = new ArrayList<>();
      for (Match m : engine.matchesFor(changed.get(), k)) {
        Optional<Match> old = Optional.ofNullable(was.get(m.vacancy()));
        Move move =
            new Move(
                m.vacancy(),
                old.map(Match::rank),
                m.rank(),
                old.map(Match::readiness),
                m.readiness(),
                m.readyInMonths(),
                m.score());
        if (move.nowReady() || move.ranksUp(k) > 0) {
          moves.add(move);
        }
      }
      out.add(new Outcome(change, moves));
    }
    return out;
  }

  private static Candidate with(
      Candidate c,
      List<LanguageLevel> languages,
      Residence residence,
      List<SkillClaim> skills,
      List<Qualification> qualifications) {
    return new Candidate(
        c.id(),
        c.location(),
        c.maxTravelKm(),
        c.availableFrom(),
        c.hoursPerWeek(),
        c.birthYear(),
        languages,
        c.literacy(),
        c.education(),
        residence,
        c.drivingLicences(),
        skills,
        c.experience(),
        qualifications,
        c.measures(),
        c.preferences());
  }

  private static Optional<Candidate> german(Candidate c) {
    Optional<LanguageLevel> de = c.language("de");
    if (de.isPresent() && de.get().level() == Cefr.C2) {
      return Optional.empty();
    }
    Cefr next = de.map(l -> Cefr.values()[l.level().ordinal() + 1]).orElse(Cefr.A1);
    List<LanguageLevel> languages = new ArrayList<>();
    for (LanguageLevel l : c.languages()) {
      if (!l.code().equals("de")) {
        languages.add(l);
      }
    }
    languages.add(LanguageLevel.of("de", next));
    return Optional.of(with(c, languages, c.residence(), c.skills(), c.qualifications()));
  }

  private static Optional<Candidate> trial(Candidate c) {
    boolean any = false;
    List<SkillClaim> skills = new ArrayList<>();
    for (SkillClaim s : c.skills()) {
      if (s.evidence().compareTo(Evidence.PRACTICAL_TRIAL) < 0) {
        skills.add(new SkillClaim(s.skill(), Evidence.PRACTICAL_TRIAL, s.years()));
        any = true;
      } else {
        skills.add(s);
      }
    }
    return any
        ? Optional.of(with(c, c.languages(), c.residence(), skills, c.qualifications()))
        : Optional.empty();
  }

  private static Optional<Candidate> recognised(Candidate c) {
    boolean any = false;
    List<Qualification> qs = new ArrayList<>();
    for (Qualification q : c.qualifications()) {
      if (q.recognition() != Recognition.FULL || !q.documents()) {
        qs.add(new Qualification(q.occupation(), Recognition.FULL, true));
        any = true;
      } else {
        qs.add(q);
      }
    }
    return any
        ? Optional.of(with(c, c.languages(), c.residence(), c.skills(), qs))
        : Optional.empty();
  }

  private static Optional<Candidate> permit(Candidate c) {
    Residence r = c.residence();
    if (r.workPermission().equals(Optional.of(WorkPermission.ALLOWED))) {
      return Optional.empty();
    }
    Residence allowed =
        new Residence(
            r.status(), r.since(), r.validUntil(), Optional.of(WorkPermission.ALLOWED), true);
    return Optional.of(with(c, c.languages(), allowed, c.skills(), c.qualifications()));
  }
}

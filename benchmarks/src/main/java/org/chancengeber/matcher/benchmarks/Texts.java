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
package org.chancengeber.matcher.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.Experience;
import org.chancengeber.matcher.model.Qualification;
import org.chancengeber.matcher.model.SkillClaim;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.taxonomy.Labels;
import org.chancengeber.matcher.taxonomy.Taxonomy;

/**
 * The words a keyword search sees: an offer's title and description; a person's skills and
 * occupations as their preferred labels in one language (what a person would type into a job
 * board's search box). Concepts given as text stay as written.
 */
final class Texts {
  private final Taxonomy taxonomy;
  private final String lang;

  Texts(Taxonomy taxonomy, String lang) {
    this.taxonomy = taxonomy;
    this.lang = lang;
  }

  /** An offer as a job board shows it. */
  static String offer(Vacancy vacancy) {
    return vacancy.title() + "\n" + vacancy.description();
  }

  /**
   * A person's skill labels, then the labels of the occupations they worked in, trained for or
   * want.
   */
  String person(Candidate candidate) {
    List<String> words = new ArrayList<>();
    for (SkillClaim claim : candidate.skills()) {
      words.add(skillLabel(claim.skill()));
    }
    for (Experience e : candidate.experience()) {
      words.add(occupationLabel(e.occupation()));
    }
    for (Qualification q : candidate.qualifications()) {
      words.add(occupationLabel(q.occupation()));
    }
    for (ConceptRef o : candidate.preferences().occupations()) {
      words.add(occupationLabel(o));
    }
    return String.join("\n", words);
  }

  private String skillLabel(ConceptRef ref) {
    return switch (ref) {
      case ConceptRef.Id id -> taxonomy.skill(id.uri()).map(s -> label(s.labels())).orElse("");
      case ConceptRef.Text text -> text.text();
    };
  }

  private String occupationLabel(ConceptRef ref) {
    return switch (ref) {
      case ConceptRef.Id id -> taxonomy.occupation(id.uri()).map(o -> label(o.labels())).orElse("");
      case ConceptRef.Text text -> text.text();
    };
  }

  private String label(Labels labels) {
    return labels.best(lang);
  }
}

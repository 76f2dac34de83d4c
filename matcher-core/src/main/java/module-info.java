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

/**
 * The Chancengeber matcher: matches refugees and other newcomers with jobs, apprenticeships, EQ, TQ
 * and practical trials in Germany, every score explained and every exclusion said why.
 *
 * <p>Start at {@link org.chancengeber.matcher.MatchEngine}. The exported packages are the API
 * (semantic versioning, see {@code docs/compatibility.md}): the facade, the model, the JSON Lines
 * formats ({@code io}), the taxonomy, the rules, the pathway planner, the scoring profile,
 * placements and the cohort report. The Lucene index ({@code org.chancengeber.matcher.index}) and
 * the scorer ({@code org.chancengeber.matcher.scoring}) are internal and not exported.
 */
module org.chancengeber.matcher {
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.google.common;
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;

  exports org.chancengeber.matcher;
  exports org.chancengeber.matcher.io;
  exports org.chancengeber.matcher.model;
  exports org.chancengeber.matcher.pathway;
  exports org.chancengeber.matcher.placement;
  exports org.chancengeber.matcher.profile;
  exports org.chancengeber.matcher.report;
  exports org.chancengeber.matcher.rules;
  exports org.chancengeber.matcher.taxonomy;

  // the pathway durations file is read into a package-private record
  opens org.chancengeber.matcher.pathway to
      com.fasterxml.jackson.databind;
}

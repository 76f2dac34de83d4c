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
package org.chancengeber.matcher.spark;

import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * What the executors report back to the driver: index builds (how many, how long, how many offers
 * they expired) and the people ranked. Spark adds up what each task reports; a task that is retried
 * may report twice, so these are figures for the summary, not for the output's correctness.
 */
final class JobStats implements Serializable {
  private static final long serialVersionUID = 1L;

  private final LongAccumulator builds;
  private final LongAccumulator buildNanos;
  private final LongAccumulator expired;
  private final LongAccumulator ranked;
  private final LongAccumulator withMatches;

  JobStats(SparkContext sc) {
    builds = sc.longAccumulator("offer index builds");
    buildNanos = sc.longAccumulator("offer index build time (ns)");
    expired = sc.longAccumulator("offers expired (all builds)");
    ranked = sc.longAccumulator("people ranked");
    withMatches = sc.longAccumulator("people with matches");
  }

  void built(long nanos, int expiredOffers) {
    builds.add(1);
    buildNanos.add(nanos);
    expired.add(expiredOffers);
  }

  void ranked(boolean anyMatch) {
    ranked.add(1);
    if (anyMatch) {
      withMatches.add(1);
    }
  }

  long builds() {
    return builds.value();
  }

  /** Mean seconds per index build, 0 when none was built. */
  double secondsPerBuild() {
    return builds.value() == 0 ? 0 : buildNanos.value() / 1e9 / builds.value();
  }

  /** Offers one build expired (every build sees the same offers); 0 when none was built. */
  long expiredPerBuild() {
    return builds.value() == 0 ? 0 : expired.value() / builds.value();
  }

  long ranked() {
    return ranked.value();
  }

  long withMatches() {
    return withMatches.value();
  }
}

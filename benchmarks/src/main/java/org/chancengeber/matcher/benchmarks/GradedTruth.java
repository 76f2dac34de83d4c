package org.chancengeber.matcher.benchmarks;

import java.util.List;
import org.chancengeber.matcher.model.Vacancy;

/** A ground truth: the offers, and a relevance grade (0..3) of every offer for every person. */
interface GradedTruth {
  List<Vacancy> offers();

  /** Relevance of an offer for a person, 0 (not relevant) .. 3 (the person's own occupation). */
  int grade(String personId, String offerId);

  /** Grades of every offer for a person, in offer order (for the ideal ranking). */
  int[] grades(String personId);
}

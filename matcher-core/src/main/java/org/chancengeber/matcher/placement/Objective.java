package org.chancengeber.matcher.placement;

/** What an optimal placement maximises. */
public enum Objective {
  /** The sum of the placed people's scores (ties: more people placed). */
  TOTAL,
  /**
   * First the number of people placed, then the score of the worst-off placed person, then the sum
   * of scores: nobody is left out to give someone else a slightly better offer.
   */
  FAIR
}

package org.chancengeber.matcher.model;

/** Whether an eligible offer fits now or after closing gaps within the horizon. */
public enum Readiness {
  /** The offer fits now. */
  READY_NOW,
  /** The offer fits after the pathway's steps, within the horizon. */
  REACHABLE
}

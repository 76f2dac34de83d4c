package org.chancengeber.matcher.model;

/** Whether an eligible offer fits now or after closing gaps within the horizon. */
public enum Readiness {
  READY_NOW,
  REACHABLE
}

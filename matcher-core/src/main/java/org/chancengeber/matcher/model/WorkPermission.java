package org.chancengeber.matcher.model;

/** Whether a person may work; derived from the residence status by the rules when not given. */
public enum WorkPermission {
  /** Work is allowed. */
  ALLOWED,
  /** Work needs the approval of the immigration office (Beschäftigungserlaubnis). */
  APPROVAL_REQUIRED,
  /** Work is banned. */
  BANNED
}

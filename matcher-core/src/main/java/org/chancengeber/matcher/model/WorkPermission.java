package org.chancengeber.matcher.model;

/** Whether a person may work; derived from the residence status by the rules when not given. */
public enum WorkPermission {
  ALLOWED,
  APPROVAL_REQUIRED,
  BANNED
}

package io.github.wsis20.validation;

/** How serious a {@link Violation} is. */
public enum Severity {
  /** The value breaks a rule: the payload or dataset is invalid. */
  ERROR,
  /** Worth a look, but not invalid: a rule could not be checked, or a report was cut short. */
  WARNING
}

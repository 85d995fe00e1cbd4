package io.github.wsis20.validation;

/**
 * What kind of fact an argument of a {@link ViolationCode} holds. {@link Violation#getArguments()}
 * gives every argument as text; the type says how a program may read it (a JSON report writes an
 * {@link #INTEGER} or a {@link #YEAR} as a number, a {@link #LIST} as an array) and how a message
 * words it (an integer with the digit grouping of the message's language, a list with its list
 * separator).
 */
public enum ArgumentType {
  /** Text: a code, a JSON Pointer, a date, a name, such as {@code "SUBMITTED"} or {@code "/keywords/0"}. */
  TEXT,
  /** A count or a bound in decimal digits, such as {@code "262144"}. */
  INTEGER,
  /** A calendar year in decimal digits, such as {@code "2025"}: a number, worded without digit grouping. */
  YEAR,
  /** Texts joined by a comma and a space, such as {@code "wsis+10, wsis+20"}. */
  LIST
}

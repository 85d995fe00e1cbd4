package io.github.wsis20.model;

/** What kind of text an {@link Instrument} is. */
public enum InstrumentKind {
  /** A resolution. */
  RESOLUTION,
  /** A decision. */
  DECISION,
  /** An outcome document of a summit: a declaration, plan of action, commitment or agenda. */
  OUTCOME_DOCUMENT
}

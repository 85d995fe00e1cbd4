package io.github.wsis20.model;

/** What a mandate asks for. */
public enum DeliverableKind {
  /** A report. */
  REPORT,
  /** A final report: ITU's final report on its role in implementing the WSIS outcomes. */
  FINAL_REPORT,
  /** A collection of inputs from stakeholders. */
  INPUTS,
  /** Discussions organised at a session. */
  DISCUSSION,
  /** A contribution to another body's work: ITU's contribution to the UNGA overall review. */
  CONTRIBUTION,
  /** A resolution adopted as input to a review. */
  RESOLUTION
}

package io.github.wsis20.model;

/**
 * Where a mandate stands on a date, once its instrument is in force ({@link Dataset#mandateStatusOn}).
 * When more than one applies, the first in this order is the status: a mandate whose deliverables
 * were all delivered is fulfilled even if its instrument was later revised.
 *
 * <p>Days are resolved as {@link Dataset#adoptionDayOf(Instrument)} and
 * {@link Dataset#deliveryDayOf(Fulfilment)} say: an instrument counts as adopted on its adoption
 * date, else on the last day of the meeting that adopted it; a fulfilment counts from its date,
 * else from the last day of its meeting.
 */
public enum MandateStatus {
  /**
   * The mandate asks for at least one deliverable, and every one of them has a fulfilment recorded
   * on or before the date.
   */
  FULFILLED,
  /**
   * Not fulfilled, and an instrument adopted on or before the date revises or supersedes the
   * mandate's instrument: the clause is now read in the later text, which may restate it.
   */
  SUPERSEDED,
  /**
   * Not fulfilled and not superseded, and its term ended before the date: the last day of its
   * {@link Mandate#getUntil() until} where given, else the last day of its latest deliverable's
   * due. The clause asks for nothing more; whether its undelivered work was done is not on record.
   */
  LAPSED,
  /**
   * In force and none of the above: its term has not ended, or it has none (a standing mandate
   * with neither an until nor a dated deliverable).
   */
  ACTIVE
}

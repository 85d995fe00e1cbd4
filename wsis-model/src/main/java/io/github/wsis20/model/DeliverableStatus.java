package io.github.wsis20.model;

/**
 * Where a deliverable stands on a date, from its due and its recorded {@link Fulfilment
 * fulfilments}. The constants come in the order a timeline lists them: what is current first
 * ({@link #DUE} and {@link #OVERDUE}), then what is ahead, then what is past.
 *
 * <p>A status never claims more than the record: a deliverable past its due with no fulfilment
 * recorded is {@link #NOT_RECORDED}, not {@link #OVERDUE}, because the dataset does not know that
 * it was not delivered. {@link #OVERDUE} is what the record proves: a fulfilment that came after
 * the due, seen from a day between the two.
 */
public enum DeliverableStatus {
  /** The date lies in the due's period and no fulfilment is recorded on or before it. */
  DUE,
  /**
   * The due's period ended before the date, and the deliverable was delivered only after the
   * date: the recorded fulfilment is later than both.
   */
  OVERDUE,
  /** The due's period has not begun on the date, and no fulfilment is recorded on or before it. */
  AHEAD,
  /**
   * The deliverable has no due the dataset can place in time (none is given, or its session is
   * not in the dataset), and no fulfilment is recorded on or before the date.
   */
  OPEN,
  /**
   * The due's period ended before the date and no fulfilment is recorded at all: whether and when
   * it was delivered is not on record.
   */
  NOT_RECORDED,
  /** A fulfilment is recorded on or before the date. */
  DELIVERED
}

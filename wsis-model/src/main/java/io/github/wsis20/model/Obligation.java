package io.github.wsis20.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A deliverable seen in its context: the instrument and mandate that ask for it, and the period
 * in which it is due once its {@link Due} is resolved against the dataset. This is what a
 * timeline lists: who owes what to whom, through whom, by when, under which instrument.
 */
public final class Obligation {
  private final Instrument instrument;
  private final Mandate mandate;
  private final Deliverable deliverable;
  private final DateRange period;

  Obligation(Instrument instrument, Mandate mandate, Deliverable deliverable, DateRange period) {
    this.instrument = instrument;
    this.mandate = mandate;
    this.deliverable = deliverable;
    this.period = period;
  }

  /**
   * The instrument whose clause asks for the deliverable.
   *
   * @return the instrument
   */
  public Instrument getInstrument() {
    return instrument;
  }

  /**
   * The clause that asks for the deliverable.
   *
   * @return the mandate
   */
  public Mandate getMandate() {
    return mandate;
  }

  /**
   * What is owed.
   *
   * @return the deliverable
   */
  public Deliverable getDeliverable() {
    return deliverable;
  }

  /**
   * The days in which the deliverable is due: its date, month or year, or the dates of the session
   * it is due at (the session's year when its dates are not known).
   *
   * @return the period, empty when the deliverable has no due or its session is not in the dataset
   */
  public Optional<DateRange> getPeriod() {
    return Optional.ofNullable(period);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Obligation)) {
      return false;
    }
    Obligation that = (Obligation) o;
    return instrument.equals(that.instrument)
        && mandate.equals(that.mandate)
        && deliverable.equals(that.deliverable)
        && Objects.equals(period, that.period);
  }

  @Override
  public int hashCode() {
    return Objects.hash(instrument.getId(), mandate.getId(), deliverable.getId());
  }

  @Override
  public String toString() {
    return "Obligation{" + deliverable.getId() + " under " + instrument.getSymbol()
        + ", due " + deliverable.getDue().map(Due::toString).orElse("-") + "}";
  }
}

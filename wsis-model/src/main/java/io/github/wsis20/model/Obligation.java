package io.github.wsis20.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A deliverable seen in its context: the instrument and mandate that ask for it, the period in
 * which it is due once its {@link Due} is resolved against the dataset, and the day it was
 * delivered where a {@link Fulfilment} records it. This is what a timeline lists: who owes what to
 * whom, through whom, by when, under which instrument, and whether it was delivered and by what.
 */
public final class Obligation {
  private final Instrument instrument;
  private final Mandate mandate;
  private final Deliverable deliverable;
  private final DateRange period;
  private final Fulfilment fulfilment;
  private final LocalDate deliveredOn;

  Obligation(Instrument instrument, Mandate mandate, Deliverable deliverable, DateRange period,
      Fulfilment fulfilment, LocalDate deliveredOn) {
    this.instrument = instrument;
    this.mandate = mandate;
    this.deliverable = deliverable;
    this.period = period;
    this.fulfilment = fulfilment;
    this.deliveredOn = deliveredOn;
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

  /**
   * The fulfilment that delivered it: the recorded one with the earliest day.
   *
   * @return the fulfilment, empty when none is recorded with a day the dataset can resolve
   */
  public Optional<Fulfilment> getFulfilment() {
    return Optional.ofNullable(fulfilment);
  }

  /**
   * The day it was delivered: the earliest day among its fulfilments
   * ({@link Dataset#deliveryDayOf(Fulfilment)}).
   *
   * @return the day, empty when no fulfilment is recorded with a day the dataset can resolve
   */
  public Optional<LocalDate> getDeliveredOn() {
    return Optional.ofNullable(deliveredOn);
  }

  /**
   * Where the deliverable stands on a date.
   *
   * @param date any date
   * @return {@link DeliverableStatus#DELIVERED} from the day of delivery; before it, or without
   *     one, {@link DeliverableStatus#AHEAD}, {@link DeliverableStatus#DUE} or past the due
   *     {@link DeliverableStatus#OVERDUE} (delivered later) or {@link DeliverableStatus#NOT_RECORDED}
   *     (no delivery on record); {@link DeliverableStatus#OPEN} without a period
   */
  public DeliverableStatus statusOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (deliveredOn != null && !deliveredOn.isAfter(date)) {
      return DeliverableStatus.DELIVERED;
    }
    if (period == null) {
      return DeliverableStatus.OPEN;
    }
    switch (period.standingOn(date)) {
      case AHEAD :
        return DeliverableStatus.AHEAD;
      case DUE :
        return DeliverableStatus.DUE;
      default :
        return deliveredOn != null ? DeliverableStatus.OVERDUE : DeliverableStatus.NOT_RECORDED;
    }
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
        && Objects.equals(period, that.period)
        && Objects.equals(deliveredOn, that.deliveredOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(instrument.getId(), mandate.getId(), deliverable.getId());
  }

  @Override
  public String toString() {
    return "Obligation{" + deliverable.getId() + " under " + instrument.getSymbol().map(Object::toString)
        .orElse(instrument.getId()) + ", due " + deliverable.getDue().map(Due::toString).orElse("-")
        + (deliveredOn == null ? "" : ", delivered " + deliveredOn) + "}";
  }
}

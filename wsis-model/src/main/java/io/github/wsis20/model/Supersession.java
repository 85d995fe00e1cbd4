package io.github.wsis20.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * That a later instrument revises or supersedes an earlier one: the ITU Council's 2024 text of
 * Resolution 1332 revises its earlier text. From the day the later one was adopted the earlier
 * one's mandates are {@link MandateStatus#SUPERSEDED superseded}. {@link Dataset#supersessions()}
 * lists them.
 */
public final class Supersession {

  /** How the later instrument takes the earlier one's place. */
  public enum Kind {
    /** A new text of the same instrument ({@link Instrument#getRevises()}). */
    REVISION,
    /** Another instrument that replaces it ({@link Instrument#getSupersedes()}). */
    REPLACEMENT
  }

  private final Instrument earlier;
  private final Instrument later;
  private final Kind kind;
  private final LocalDate effective;

  Supersession(Instrument earlier, Instrument later, Kind kind, LocalDate effective) {
    this.earlier = earlier;
    this.later = later;
    this.kind = kind;
    this.effective = effective;
  }

  /**
   * The instrument taken over.
   *
   * @return the earlier instrument
   */
  public Instrument getEarlier() {
    return earlier;
  }

  /**
   * The instrument that takes over.
   *
   * @return the later instrument
   */
  public Instrument getLater() {
    return later;
  }

  /**
   * Whether the later instrument is a revision or a replacement.
   *
   * @return the kind
   */
  public Kind getKind() {
    return kind;
  }

  /**
   * The day from which the earlier instrument's mandates are superseded: the later instrument's
   * adoption day ({@link Dataset#adoptionDayOf(Instrument)}).
   *
   * @return the day, empty when the dataset cannot place the later instrument's adoption, in
   *     which case the supersession applies on every date
   */
  public Optional<LocalDate> getEffective() {
    return Optional.ofNullable(effective);
  }

  /**
   * Whether the supersession has taken effect on a date.
   *
   * @param date any date
   * @return true on and after the effective day, and on every date when that day is not known
   */
  public boolean isInEffectOn(LocalDate date) {
    return effective == null || !effective.isAfter(date);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Supersession)) {
      return false;
    }
    Supersession that = (Supersession) o;
    return earlier.equals(that.earlier) && later.equals(that.later) && kind == that.kind
        && Objects.equals(effective, that.effective);
  }

  @Override
  public int hashCode() {
    return Objects.hash(earlier.getId(), later.getId(), kind);
  }

  @Override
  public String toString() {
    return "Supersession{" + later.getId() + " " + (kind == Kind.REVISION ? "revises " : "supersedes ")
        + earlier.getId() + (effective == null ? "" : " from " + effective) + "}";
  }
}

package io.github.wsis20.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * When a body meets: every {@link #getIntervalYears() n} years from an anchor. For a body whose
 * sessions are numbered, the anchor ties an ordinal to its year: the CSTD holds its nth session in
 * year 1997 + n (anchor: 27th in 2024, every year); UNESCO's General Conference meets every two
 * years (42nd in 2023); the General Assembly opens its nth regular session in September of
 * 1945 + n. For a body whose sessions are named by year, the anchor is a year: the ITU
 * Plenipotentiary Conference meets every four years (2022, 2026), the ITU Council every year.
 */
@Value.Immutable
public abstract class SessionCalendar implements WithSessionCalendar {

  SessionCalendar() {}

  /**
   * The ordinal of the anchor session, for numbered sessions.
   *
   * @return the ordinal, empty when sessions are named by year
   */
  public abstract OptionalInt getAnchorOrdinal();

  /**
   * The year of the anchor session.
   *
   * @return the year
   */
  @Min(1)
  @Max(9999)
  public abstract int getAnchorYear();

  /**
   * Years between two sessions.
   *
   * @return 1 for yearly, 2 for biennial, 4 for quadrennial
   */
  @Min(1)
  @Max(10)
  public abstract int getIntervalYears();

  /**
   * The first ordinal from which the calendar holds: earlier sessions kept other rhythms.
   *
   * @return the first ordinal, empty when the calendar holds for every ordinal
   */
  public abstract OptionalInt getValidFromOrdinal();

  /**
   * Whether a session may close in the year after the one it is counted in. The General
   * Assembly's nth regular session is counted in the year it opens (September of 1945 + n) and
   * closes the September after; a validator then accepts an end date in the next year. Every
   * other body's session starts and ends in its own year.
   *
   * @return true for a body whose sessions run from one year into the next; false by default
   */
  @Value.Default
  public boolean isRunsIntoNextYear() {
    return false;
  }

  /**
   * The year in which a numbered session is held.
   *
   * @param ordinal the session's ordinal
   * @return the year, empty when sessions are named by year or the calendar does not hold for
   *     that ordinal
   */
  public OptionalInt yearOf(int ordinal) {
    if (getAnchorOrdinal().isEmpty()
        || (getValidFromOrdinal().isPresent() && ordinal < getValidFromOrdinal().getAsInt())) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(getAnchorYear() + (ordinal - getAnchorOrdinal().getAsInt()) * getIntervalYears());
  }

  /**
   * Whether the body meets in a year.
   *
   * @param year a year
   * @return true when the year is a whole number of intervals from the anchor
   */
  public boolean meetsIn(int year) {
    return Math.floorMod(year - getAnchorYear(), getIntervalYears()) == 0;
  }

  /**
   * A calendar of numbered sessions.
   *
   * @param ordinal the anchor session's ordinal
   * @param year the anchor session's year
   * @param intervalYears years between sessions
   * @return the calendar
   */
  public static SessionCalendar numbered(int ordinal, int year, int intervalYears) {
    return builder().anchorOrdinal(ordinal).anchorYear(year).intervalYears(intervalYears).build();
  }

  /**
   * A calendar of sessions named by their year.
   *
   * @param year a year in which the body meets
   * @param intervalYears years between sessions
   * @return the calendar
   */
  public static SessionCalendar periodic(int year, int intervalYears) {
    return builder().anchorYear(year).intervalYears(intervalYears).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SessionCalendar}. */
  public static final class Builder extends ImmutableSessionCalendar.Builder {
    Builder() {}
  }
}

package io.github.wsis20.model;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * When a deliverable is due, at the precision the mandate gives: an exact date ("on 17 December
 * 2025"), a month ("by June 2025"), a year ("in 2026") or a session ("at its 28th session").
 *
 * <p>A due is a period, not an instant. A month or year is met by delivering on any day up to its
 * last day and missed from the day after: {@code Due.month(YearMonth.of(2025, 6))} is met on
 * 2025-06-30 and missed on 2025-07-01. A session due is met up to the session's last day, which
 * only a {@link Dataset} knows; {@link Dataset#periodOf(Due)} resolves it.
 *
 * <p>The text form, read by {@link #parse(String)} and written by {@link #toString()}, is
 * {@code 2025-12-17}, {@code 2025-06}, {@code 2026} or {@code session:cstd-28}.
 */
public final class Due implements Comparable<Due> {

  /** How precisely a due is known. */
  public enum Precision {
    /** An exact date. */
    DAY,
    /** A calendar month. */
    MONTH,
    /** A calendar year. */
    YEAR,
    /** A session of a body, identified by its id in a dataset. */
    SESSION
  }

  /** Where a date lies relative to a due's period. */
  public enum Standing {
    /** The period has not begun. */
    AHEAD,
    /** The date lies inside the period: the deliverable is due now. */
    DUE,
    /** The period has ended. */
    PAST
  }

  private static final String SESSION_PREFIX = "session:";
  private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:+-]{0,127}");
  private static final Pattern DAY_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MONTH_TEXT = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern YEAR_TEXT = Pattern.compile("\\d{4}");

  private final Precision precision;
  private final LocalDate first;
  private final LocalDate last;
  private final String sessionId;

  private Due(Precision precision, LocalDate first, LocalDate last, String sessionId) {
    this.precision = precision;
    this.first = first;
    this.last = last;
    this.sessionId = sessionId;
  }

  /**
   * Due on an exact date.
   *
   * @param date the date
   * @return the due
   * @throws IllegalArgumentException if the year is outside 1 to 9999
   */
  public static Due day(LocalDate date) {
    Objects.requireNonNull(date, "date");
    checkYear(date.getYear());
    return new Due(Precision.DAY, date, date, null);
  }

  /**
   * Due by the end of a month ("by June 2025").
   *
   * @param month the month
   * @return the due
   * @throws IllegalArgumentException if the year is outside 1 to 9999
   */
  public static Due month(YearMonth month) {
    Objects.requireNonNull(month, "month");
    checkYear(month.getYear());
    return new Due(Precision.MONTH, month.atDay(1), month.atEndOfMonth(), null);
  }

  /**
   * Due in a year ("in 2026").
   *
   * @param year the year
   * @return the due
   * @throws IllegalArgumentException if the year is outside 1 to 9999
   */
  public static Due year(Year year) {
    Objects.requireNonNull(year, "year");
    checkYear(year.getValue());
    return new Due(Precision.YEAR, year.atDay(1), year.atMonth(12).atEndOfMonth(), null);
  }

  /**
   * Due at a session ("at its 28th session").
   *
   * @param sessionId the id of the session in a dataset
   * @return the due
   * @throws IllegalArgumentException if the id is not 1 to 128 letters, digits and {@code . _ : + -},
   *     starting with a letter or digit
   */
  public static Due session(String sessionId) {
    Objects.requireNonNull(sessionId, "sessionId");
    if (!SESSION_ID.matcher(sessionId).matches()) {
      throw new IllegalArgumentException(
          "a session id is 1 to 128 letters, digits and . _ : + -, starting with a letter or digit");
    }
    return new Due(Precision.SESSION, null, null, sessionId);
  }

  /**
   * Reads the text form: {@code 2025-12-17}, {@code 2025-06}, {@code 2026} or {@code session:ID}.
   *
   * @param text the text
   * @return the due
   * @throws IllegalArgumentException if the text is none of these forms, or names a date that
   *     does not exist (2025-02-30, month 13)
   */
  public static Due parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.startsWith(SESSION_PREFIX)) {
      return session(text.substring(SESSION_PREFIX.length()));
    }
    try {
      if (DAY_TEXT.matcher(text).matches()) {
        return day(LocalDate.parse(text));
      }
      if (MONTH_TEXT.matcher(text).matches()) {
        return month(YearMonth.parse(text));
      }
      if (YEAR_TEXT.matcher(text).matches()) {
        return year(Year.parse(text));
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a date that exists: " + shorten(text), e);
    }
    throw new IllegalArgumentException(
        "a due is written YYYY-MM-DD, YYYY-MM, YYYY or session:ID, not " + shorten(text));
  }

  private static void checkYear(int year) {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("a due lies in the years 1 to 9999, not " + year);
    }
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? "'" + text + "'" : "'" + text.substring(0, 40) + "...'";
  }

  /**
   * How precisely this due is known.
   *
   * @return the precision
   */
  public Precision getPrecision() {
    return precision;
  }

  /**
   * The session this due names.
   *
   * @return the session id for a {@link Precision#SESSION} due, empty otherwise
   */
  public Optional<String> getSessionId() {
    return Optional.ofNullable(sessionId);
  }

  /**
   * The first day of the period: the date itself, the month's or the year's first day.
   *
   * @return the first day, empty for a session due (a dataset resolves it)
   */
  public Optional<LocalDate> getFirstDay() {
    return Optional.ofNullable(first);
  }

  /**
   * The last day on which the due is still met.
   *
   * @return the last day, empty for a session due (a dataset resolves it)
   */
  public Optional<LocalDate> getLastDay() {
    return Optional.ofNullable(last);
  }

  /**
   * Whether delivering on a date meets this due.
   *
   * @param delivered the day of delivery
   * @return true on or before the last day of the period
   * @throws IllegalStateException for a session due, whose dates only a dataset knows
   */
  public boolean isMetOn(LocalDate delivered) {
    return !delivered.isAfter(requireDates().last);
  }

  /**
   * Where a date lies relative to this due's period.
   *
   * @param date any date
   * @return {@link Standing#AHEAD} before the first day, {@link Standing#PAST} after the last,
   *     {@link Standing#DUE} in between
   * @throws IllegalStateException for a session due, whose dates only a dataset knows
   */
  public Standing standingOn(LocalDate date) {
    return toRange().standingOn(date);
  }

  /**
   * The period of a dated due as a range of days.
   *
   * @return the range from the first to the last day
   * @throws IllegalStateException for a session due, whose dates only a dataset knows
   */
  public DateRange toRange() {
    requireDates();
    return DateRange.of(first, last);
  }

  private Due requireDates() {
    if (precision == Precision.SESSION) {
      throw new IllegalStateException(
          "a due at session '" + sessionId + "' has no dates of its own: resolve it with Dataset.periodOf");
    }
    return this;
  }

  /**
   * Orders dated dues by their last day, then by their first day (an exact date before the month
   * that ends with it), then by precision. Session dues, which have no dates of their own, come
   * after every dated due, in the order of their session ids; a dataset orders them by their
   * session's dates.
   */
  @Override
  public int compareTo(Due other) {
    if (precision == Precision.SESSION || other.precision == Precision.SESSION) {
      if (precision != other.precision) {
        return precision == Precision.SESSION ? 1 : -1;
      }
      return sessionId.compareTo(other.sessionId);
    }
    int byLast = last.compareTo(other.last);
    if (byLast != 0) {
      return byLast;
    }
    int byFirst = other.first.compareTo(first);
    return byFirst != 0 ? byFirst : precision.compareTo(other.precision);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Due)) {
      return false;
    }
    Due that = (Due) o;
    return precision == that.precision
        && Objects.equals(first, that.first)
        && Objects.equals(sessionId, that.sessionId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(precision, first, sessionId);
  }

  /**
   * The text form that {@link #parse(String)} reads.
   *
   * @return {@code 2025-12-17}, {@code 2025-06}, {@code 2026} or {@code session:ID}
   */
  @Override
  public String toString() {
    switch (precision) {
      case DAY :
        return first.toString();
      case MONTH :
        return YearMonth.from(first).toString();
      case YEAR :
        return String.format("%04d", first.getYear());
      default :
        return SESSION_PREFIX + sessionId;
    }
  }
}

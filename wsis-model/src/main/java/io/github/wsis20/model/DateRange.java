package io.github.wsis20.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A closed range of days, from {@link #getFirst()} to {@link #getLast()} inclusive: the period in
 * which a {@link Due} falls once it is resolved against a dataset.
 */
public final class DateRange {
  private final LocalDate first;
  private final LocalDate last;

  private DateRange(LocalDate first, LocalDate last) {
    this.first = first;
    this.last = last;
  }

  /**
   * The range of days from {@code first} to {@code last}, both included.
   *
   * @param first the first day
   * @param last the last day
   * @return the range
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public static DateRange of(LocalDate first, LocalDate last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("a range cannot end (" + last + ") before it starts (" + first + ")");
    }
    return new DateRange(first, last);
  }

  /**
   * The first day.
   *
   * @return the first day
   */
  public LocalDate getFirst() {
    return first;
  }

  /**
   * The last day, included.
   *
   * @return the last day
   */
  public LocalDate getLast() {
    return last;
  }

  /**
   * Whether a day lies in the range.
   *
   * @param date a day
   * @return true from the first to the last day, both included
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(first) && !date.isAfter(last);
  }

  /**
   * Where a day lies relative to the range.
   *
   * @param date a day
   * @return ahead of the range, inside it (due), or past it
   */
  public Due.Standing standingOn(LocalDate date) {
    if (date.isBefore(first)) {
      return Due.Standing.AHEAD;
    }
    return date.isAfter(last) ? Due.Standing.PAST : Due.Standing.DUE;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateRange && first.equals(((DateRange) o).first) && last.equals(((DateRange) o).last);
  }

  @Override
  public int hashCode() {
    return Objects.hash(first, last);
  }

  /**
   * The range as ISO 8601 text.
   *
   * @return {@code first/last}, such as {@code 2025-06-01/2025-06-30}
   */
  @Override
  public String toString() {
    return first + "/" + last;
  }
}

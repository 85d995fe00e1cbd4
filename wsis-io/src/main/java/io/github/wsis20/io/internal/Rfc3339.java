package io.github.wsis20.io.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * RFC 3339 date-times, section 5.6, strictly: {@code full-date "T" full-time}. Internal: not API.
 *
 * <p>Reading accepts exactly the grammar: four-digit year, two-digit month, day, hour, minute and
 * second, an optional fraction of 1 to 9 digits, and an offset {@code Z} or {@code +hh:mm} /
 * {@code -hh:mm}. As RFC 3339 section 5.6 allows (its ABNF is case-insensitive), {@code t} and
 * {@code z} stand for {@code T} and {@code Z}. It refuses what the grammar refuses: a space
 * instead of {@code T} (only a note of section 5.6, not the grammar), a missing second or offset,
 * a day the month does not have. It also refuses, because Java's {@link OffsetDateTime} cannot
 * hold them without losing information: a leap second ({@code :60}), more than nine fraction
 * digits, and offsets beyond {@code ±18:00}. {@code -00:00} ("offset unknown", section 4.3) reads as
 * {@code Z}.
 *
 * <p>Writing gives the canonical form: {@code T} and {@code Z} in capitals, seconds always,
 * the fraction only when not zero and without trailing zeros.
 */
public final class Rfc3339 {
  private Rfc3339() {}

  /** Reads a date-time. */
  public static OffsetDateTime parse(String s) {
    int n = s.length();
    // yyyy-mm-ddThh:mm:ss is 19 characters, then an optional fraction, then at least "Z".
    if (n < 20 || n > 40) {
      return null;
    }
    if (!digits(s, 0, 4) || s.charAt(4) != '-' || !digits(s, 5, 2) || s.charAt(7) != '-' || !digits(s, 8, 2)
        || (s.charAt(10) != 'T' && s.charAt(10) != 't') || !digits(s, 11, 2) || s.charAt(13) != ':'
        || !digits(s, 14, 2) || s.charAt(16) != ':' || !digits(s, 17, 2)) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      int count = i - start;
      if (count < 1 || count > 9) {
        return null;
      }
      nanos = Integer.parseInt(s.substring(start, i));
      for (int k = count; k < 9; k++) {
        nanos *= 10;
      }
    }
    if (i >= n) {
      return null;
    }
    ZoneOffset offset;
    char o = s.charAt(i);
    if (o == 'Z' || o == 'z') {
      if (i + 1 != n) {
        return null;
      }
      offset = ZoneOffset.UTC;
    } else if (o == '+' || o == '-') {
      if (i + 6 != n || !digits(s, i + 1, 2) || s.charAt(i + 3) != ':' || !digits(s, i + 4, 2)) {
        return null;
      }
      int oh = number(s, i + 1, 2);
      int om = number(s, i + 4, 2);
      if (oh > 23 || om > 59 || oh > 18 || (oh == 18 && om > 0)) {
        return null;
      }
      int seconds = (oh * 3600 + om * 60) * (o == '-' ? -1 : 1);
      offset = ZoneOffset.ofTotalSeconds(seconds);
    } else {
      return null;
    }
    int hour = number(s, 11, 2);
    int minute = number(s, 14, 2);
    int second = number(s, 17, 2);
    if (hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    try {
      LocalDate date = LocalDate.of(number(s, 0, 4), number(s, 5, 2), number(s, 8, 2));
      return OffsetDateTime.of(LocalDateTime.of(date, LocalTime.of(hour, minute, second, nanos)), offset);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Writes a date-time in the canonical form. */
  public static String format(OffsetDateTime t) {
    int year = t.getYear();
    if (year < 0 || year > 9999) {
      throw new IllegalArgumentException("RFC 3339 writes years 0000 to 9999 only");
    }
    int offsetSeconds = t.getOffset().getTotalSeconds();
    if (offsetSeconds % 60 != 0) {
      throw new IllegalArgumentException("RFC 3339 writes offsets in whole minutes only");
    }
    StringBuilder b = new StringBuilder(35);
    pad(b, year, 4).append('-');
    pad(b, t.getMonthValue(), 2).append('-');
    pad(b, t.getDayOfMonth(), 2).append('T');
    pad(b, t.getHour(), 2).append(':');
    pad(b, t.getMinute(), 2).append(':');
    pad(b, t.getSecond(), 2);
    int nanos = t.getNano();
    if (nanos != 0) {
      StringBuilder f = new StringBuilder();
      pad(f, nanos, 9);
      int end = f.length();
      while (f.charAt(end - 1) == '0') {
        end--;
      }
      b.append('.').append(f, 0, end);
    }
    if (offsetSeconds == 0) {
      b.append('Z');
    } else {
      int abs = Math.abs(offsetSeconds);
      b.append(offsetSeconds < 0 ? '-' : '+');
      pad(b, abs / 3600, 2).append(':');
      pad(b, abs % 3600 / 60, 2);
    }
    return b.toString();
  }

  private static StringBuilder pad(StringBuilder b, int value, int width) {
    String s = Integer.toString(value);
    for (int i = s.length(); i < width; i++) {
      b.append('0');
    }
    return b.append(s);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean digits(String s, int from, int count) {
    if (from + count > s.length()) {
      return false;
    }
    for (int i = from; i < from + count; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int number(String s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }
}

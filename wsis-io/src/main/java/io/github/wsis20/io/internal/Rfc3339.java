package io.github.wsis20.io.internal;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * RFC 3339 date-times, section 5.6, strictly: {@code full-date "T" full-time}. Internal: not API.
 *
 * <p>Reading accepts exactly the grammar: four-digit year, two-digit month, day, hour, minute and second, an optional
 * fraction of 1 to 9 digits, and an offset {@code Z} or {@code +hh:mm} / {@code -hh:mm}. As RFC 3339 section 5.6 allows
 * (its ABNF is case-insensitive), {@code t} and {@code z} stand for {@code T} and {@code Z}. It refuses what the
 * grammar refuses: a space instead of {@code T} (only a note of section 5.6, not the grammar), a missing second or
 * offset, a day the month does not have. It also refuses, because Java's {@link OffsetDateTime} cannot hold them
 * without losing information: a leap second ({@code :60}), more than nine fraction digits, and offsets beyond
 * {@code ±18:00}. {@code -00:00} ("offset unknown", section 4.3) reads as {@code Z}. It reads without a regular
 * expression and allocates nothing but the value: it is on every contribution's path.
 *
 * <p>Writing gives the canonical form: {@code T} and {@code Z} in capitals, seconds always, the fraction only when not
 * zero and without trailing zeros.
 */
public final class Rfc3339 {
  private Rfc3339() {}

  /** Reads a date-time, or gives null when the text is not one. */
  public static OffsetDateTime parse(String s) {
    int n = s.length();
    // yyyy-mm-ddThh:mm:ss is 19 characters, then an optional fraction, then at least "Z".
    if (n < 20 || n > 40 || !digits(s, 0, 4) || s.charAt(4) != '-' || !digits(s, 5, 2) || s.charAt(7) != '-'
        || !digits(s, 8, 2) || (s.charAt(10) != 'T' && s.charAt(10) != 't') || !digits(s, 11, 2)
        || s.charAt(13) != ':' || !digits(s, 14, 2) || s.charAt(16) != ':' || !digits(s, 17, 2)) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      if (i == start || i - start > 9) {
        return null;
      }
      nanos = number(s, start, i - start);
      for (int k = i - start; k < 9; k++) {
        nanos *= 10;
      }
    }
    char o = i < n ? s.charAt(i) : ' ';
    int offset;
    if ((o == 'Z' || o == 'z') && i + 1 == n) {
      offset = 0;
    } else if ((o == '+' || o == '-') && i + 6 == n && digits(s, i + 1, 2) && s.charAt(i + 3) == ':'
        && digits(s, i + 4, 2) && number(s, i + 4, 2) < 60) {
      offset = (o == '-' ? -60 : 60) * (number(s, i + 1, 2) * 60 + number(s, i + 4, 2));
    } else {
      return null;
    }
    int hour = number(s, 11, 2);
    int minute = number(s, 14, 2);
    int second = number(s, 17, 2);
    if (hour > 23 || minute > 59 || second > 59 || Math.abs(offset) > 18 * 3600) {
      return null;
    }
    try {
      return OffsetDateTime.of(number(s, 0, 4), number(s, 5, 2), number(s, 8, 2), hour, minute, second, nanos,
          offset == 0 ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds(offset));
    } catch (DateTimeException e) {
      return null; // a day the month does not have
    }
  }

  /** Writes a date-time in the canonical form. */
  public static String format(OffsetDateTime t) {
    int year = t.getYear();
    if (year < 0 || year > 9999) {
      throw new IllegalArgumentException("RFC 3339 writes years 0000 to 9999 only");
    }
    int offset = t.getOffset().getTotalSeconds();
    if (offset % 60 != 0) {
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
      int width = 9;
      for (; nanos % 10 == 0; nanos /= 10) {
        width--;
      }
      pad(b.append('.'), nanos, width);
    }
    if (offset == 0) {
      return b.append('Z').toString();
    }
    b.append(offset < 0 ? '-' : '+');
    pad(b, Math.abs(offset) / 3600, 2).append(':');
    return pad(b, Math.abs(offset) % 3600 / 60, 2).toString();
  }

  /** Appends a number of at most {@code width} digits with leading zeros. */
  private static StringBuilder pad(StringBuilder b, int value, int width) {
    if (width > 1) {
      pad(b, value / 10, width - 1);
    }
    return b.append((char) ('0' + value % 10));
  }

  private static boolean digits(String s, int from, int count) {
    for (int i = from; i < from + count; i++) {
      if (i >= s.length() || s.charAt(i) < '0' || s.charAt(i) > '9') {
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

package io.github.wsis20.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Lines of a byte stream, each held up to a limit: a longer line is kept only up to the limit, marked cut, and the rest
 * of it read past without being held. Internal: not API. Not thread-safe.
 *
 * <p>A line ends at {@code \n}; a {@code \r} before it is dropped. The last line needs no line break. Memory: one chunk
 * and one line buffer of at most the limit, reused from line to line.
 */
public final class LineSource extends ChunkedInput {
  private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long NEWLINES = 0x0A0A_0A0A_0A0A_0A0AL;
  private static final long LOW_BITS = 0x0101_0101_0101_0101L;
  private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

  private final int limit;
  private byte[] line;
  private int length;
  private boolean cut;
  private long number;

  /** Reads lines of a stream. */
  public LineSource(InputStream in, int limit) {
    super(in);
    this.limit = limit;
    this.line = new byte[Math.min(limit + 1, 8192)];
  }

  /** Moves to the next line. */
  public boolean next() throws IOException {
    if (!fill(1)) {
      return false;
    }
    length = 0;
    cut = false;
    int newline;
    do {
      newline = newline(pos);
      keep(newline - pos);
      pos = Math.min(newline + 1, end);
    } while (newline == end && fill(1));
    number++;
    if (!cut && length > 0 && line[length - 1] == '\r') {
      length--;
    }
    if (length > limit) {
      cut = true;
      length = limit;
    }
    return true;
  }

  /**
   * The index of the chunk's first {@code \n} from an index, or its end: eight bytes at a time, each
   * word tested at once for a byte equal to it (the lowest such byte is found exactly), because a
   * byte-by-byte search was a twentieth of reading a record.
   */
  private int newline(int from) {
    int i = from;
    for (; i + Long.BYTES <= end; i += Long.BYTES) {
      long x = (long) WORDS.get(chunk, i) ^ NEWLINES;
      long found = (x - LOW_BITS) & ~x & HIGH_BITS;
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    while (i < end && chunk[i] != '\n') {
      i++;
    }
    return i;
  }

  /** Keeps the next bytes of the chunk up to the limit and one more (a '\r' that may yet be dropped). */
  private void keep(int count) {
    int room = limit + 1 - length;
    cut |= count > room;
    count = Math.min(count, room);
    if (count <= 0) {
      return;
    }
    if (length + count > line.length) {
      line = Arrays.copyOf(line, (int) Math.min(limit + 1L, Math.max(length + count, 2L * line.length)));
    }
    System.arraycopy(chunk, pos, line, length, count);
    length += count;
  }

  /** The bytes of the current line, valid up to {@link #length()}; overwritten by {@link #next()}. */
  public byte[] bytes() {
    return line;
  }

  /** How many bytes of the current line are held. */
  public int length() {
    return length;
  }

  /** Whether the current line is longer than the limit. */
  public boolean isCut() {
    return cut;
  }

  /** The current line's number. */
  public long number() {
    return number;
  }

  /** Whether the current line holds only JSON white space (spaces, tabs, carriage returns), or nothing. */
  public boolean isBlank() {
    for (int i = 0; i < length; i++) {
      if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r') {
        return false;
      }
    }
    return !cut;
  }
}

package io.github.wsis20.io.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * A byte stream read one chunk at a time, with a few bytes of look-ahead: what the record readers of NDJSON
 * ({@link LineSource}) and CSV ({@link CsvSource}) share. Internal: not API. Not thread-safe.
 */
abstract class ChunkedInput {
  private final InputStream in;
  /** The bytes read, valid from {@link #pos} to {@link #end}. */
  final byte[] chunk = new byte[8192];
  int pos;
  int end;
  private boolean eof;

  ChunkedInput(InputStream in) {
    this.in = in;
  }

  /** The byte {@code ahead} places after the next one, or -1 when the stream ends first. */
  final int peek(int ahead) throws IOException {
    return fill(ahead + 1) ? chunk[pos + ahead] & 0xFF : -1;
  }

  /** Makes at least {@code n} bytes available from {@code pos}, unless the stream ends first. */
  final boolean fill(int n) throws IOException {
    if (end - pos >= n) {
      return true;
    }
    if (eof) {
      return false;
    }
    System.arraycopy(chunk, pos, chunk, 0, end - pos);
    end -= pos;
    pos = 0;
    while (end < n) {
      int r = in.read(chunk, end, chunk.length - end);
      if (r < 0) {
        eof = true;
        return false;
      }
      end += r;
    }
    return true;
  }
}

package io.github.wsis20.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A document's bytes, held up to the document limit: a longer document is kept up to the limit and
 * marked cut, and the rest of the stream is not read. Internal: not API.
 */
public final class Input {
  private final byte[] bytes;
  private final int length;
  private final boolean cut;

  private Input(byte[] bytes, int length, boolean cut) {
    this.bytes = bytes;
    this.length = length;
    this.cut = cut;
  }

  /**
   * Bytes in memory, up to the limit.
   *
   * @param bytes the document
   * @param max the document limit
   * @return the input
   */
  public static Input of(byte[] bytes, int max) {
    return new Input(bytes, Math.min(bytes.length, max), bytes.length > max);
  }

  /**
   * Reads a stream to its end or one byte past the limit, growing the buffer as the bytes come,
   * so that a small document costs a small buffer. The stream stays open.
   *
   * @param in the stream
   * @param max the document limit
   * @return the input
   * @throws IOException if the stream fails
   */
  public static Input read(InputStream in, int max) throws IOException {
    byte[] buffer = new byte[Math.min(max, 8192)];
    int n = 0;
    while (true) {
      if (n == buffer.length) {
        if (n == max) {
          return new Input(buffer, n, in.read() >= 0);
        }
        buffer = Arrays.copyOf(buffer, (int) Math.min(max, 2L * buffer.length));
      }
      int r = in.read(buffer, n, buffer.length - n);
      if (r < 0) {
        return new Input(buffer, n, false);
      }
      n += r;
    }
  }

  /**
   * The buffer.
   *
   * @return the bytes, valid up to {@link #length()}
   */
  public byte[] bytes() {
    return bytes;
  }

  /**
   * How many bytes are held.
   *
   * @return at most the limit
   */
  public int length() {
    return length;
  }

  /**
   * Whether the document is longer than the limit.
   *
   * @return true when more bytes followed
   */
  public boolean isCut() {
    return cut;
  }
}

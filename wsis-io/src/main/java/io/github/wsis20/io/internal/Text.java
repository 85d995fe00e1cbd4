package io.github.wsis20.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.io.ContentReference;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A document's bytes, held up to the document limit, decoded as strict UTF-8 as far as they are
 * UTF-8. Internal: not API.
 *
 * <p>Java's decoder refuses what RFC 3629 refuses: overlong forms, surrogates, code points past
 * U+10FFFF and stray continuation bytes. The reader parses the text up to the first such byte, so
 * that the problems before it are still reported, and reports the byte itself as malformed. A
 * UTF-8 byte order mark at the start is dropped (RFC 8259 section 8.1 lets a parser ignore it);
 * UTF-16 and UTF-32 are not recognised, and read as malformed UTF-8 or malformed JSON.
 */
public final class Text {
  private final char[] chars;
  private final int length;
  private final boolean malformed;
  private final boolean cut;
  private final boolean backslash;

  private Text(char[] chars, int length, boolean malformed, boolean cut, boolean backslash) {
    this.chars = chars;
    this.length = length;
    this.malformed = malformed;
    this.cut = cut;
    this.backslash = backslash;
  }

  /** Decodes bytes in memory, up to the document limit. */
  public static Text of(byte[] bytes, int max) {
    return decode(bytes, 0, Math.min(bytes.length, max), bytes.length > max);
  }

  /**
   * Reads a stream to its end or one byte past the document limit, growing the buffer as the bytes come, and
   * decodes it. The stream stays open.
   */
  public static Text read(InputStream in, int max) throws IOException {
    byte[] buffer = new byte[Math.min(max, 8192)];
    int n = 0;
    while (true) {
      if (n == buffer.length) {
        if (n == max) {
          return decode(buffer, 0, n, in.read() >= 0);
        }
        buffer = Arrays.copyOf(buffer, (int) Math.min(max, 2L * buffer.length));
      }
      int r = in.read(buffer, n, buffer.length - n);
      if (r < 0) {
        return decode(buffer, 0, n, false);
      }
      n += r;
    }
  }

  /** Decodes bytes. */
  public static Text decode(byte[] bytes, int offset, int count, boolean cut) {
    int start = offset;
    int end = offset + count;
    if (count >= 3 && (bytes[start] & 0xFF) == 0xEF && (bytes[start + 1] & 0xFF) == 0xBB
        && (bytes[start + 2] & 0xFF) == 0xBF) {
      start += 3;
    }
    // String's decoder is the JDK's fastest, and it puts U+FFFD wherever the bytes are not UTF-8:
    // text without one is what the strict decoder gives, and its searches run many characters at a
    // time. Text with one, malformed or not, is decoded again, strictly.
    String decoded = new String(bytes, start, end - start, StandardCharsets.UTF_8);
    if (decoded.indexOf('\uFFFD') < 0) {
      char[] chars = new char[decoded.length()];
      decoded.getChars(0, chars.length, chars, 0);
      return new Text(chars, chars.length, false, cut, decoded.indexOf('\\') >= 0);
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(end - start);
    CoderResult result = decoder.decode(ByteBuffer.wrap(bytes, start, end - start), out, !cut);
    boolean malformed = result.isError() || !cut && decoder.flush(out).isError();
    char[] chars = out.array();
    int length = out.position();
    int found = 0;
    for (int i = 0; i < length; i++) {
      found |= chars[i] == '\\' ? 1 : 0;
    }
    return new Text(chars, length, malformed, cut, found != 0);
  }

  /** The characters decoded: the whole document, or its part before the first malformed byte. */
  public char[] chars() {
    return chars;
  }

  /** How many characters were decoded. */
  public int length() {
    return length;
  }

  /** Whether the bytes stop being UTF-8 after {@link #length()} characters. */
  public boolean isMalformed() {
    return malformed;
  }

  /**
   * Whether the text has a backslash: only an escape can put an unpaired surrogate into a string,
   * since the decoded text holds none.
   */
  boolean hasBackslash() {
    return backslash;
  }

  /** Whether the document limit cut the document. */
  public boolean isCut() {
    return cut;
  }

  /**
   * The line and column of a character. Lines end at LF, CR LF or a lone CR, as in both JSON and YAML;
   * columns count UTF-16 characters from 1, as the parsers' locations do.
   */
  public int[] position(int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      char c = chars[i];
      if (c == '\n' || (c == '\r' && (i + 1 == length || chars[i + 1] != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, offset - lineStart + 1};
  }

  /** The location of a character, as a parser would give it. */
  JsonLocation location(int offset) {
    int[] at = position(offset);
    return new JsonLocation(ContentReference.unknown(), -1L, offset, at[0], at[1]);
  }

  /** The offset of a code point, for SnakeYAML, which counts code points. */
  int offsetOfCodePoint(int index) {
    int offset = 0;
    for (int i = 0; i < index && offset < length; i++) {
      offset += Character.isHighSurrogate(chars[offset]) && offset + 1 < length
          && Character.isLowSurrogate(chars[offset + 1]) ? 2 : 1;
    }
    return offset;
  }
}

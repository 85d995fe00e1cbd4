package io.github.wsis20.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.io.ContentReference;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A document's bytes decoded as strict UTF-8, as far as they are UTF-8. Internal: not API.
 *
 * <p>Java's decoder refuses what RFC 3629 refuses: overlong forms, surrogates, code points past
 * U+10FFFF and stray continuation bytes. The reader parses the text up to the first such byte, so
 * that the problems before it are still reported, and reports the byte itself as malformed. A
 * UTF-8 byte order mark at the start is dropped (RFC 8259 section 8.1 lets a parser ignore it);
 * other encodings, UTF-16 and UTF-32 among them, are not recognised and read as malformed UTF-8
 * or malformed JSON.
 */
public final class Text {
  private final char[] chars;
  private final int length;
  private final boolean malformed;

  private Text(char[] chars, int length, boolean malformed) {
    this.chars = chars;
    this.length = length;
    this.malformed = malformed;
  }

  /**
   * Decodes bytes.
   *
   * @param bytes the bytes
   * @param offset where the document starts
   * @param count how many bytes it has
   * @param cut whether the document was cut at a limit, so that a sequence broken off at its end
   *     is not malformed but merely cut
   * @return the text
   */
  public static Text decode(byte[] bytes, int offset, int count, boolean cut) {
    int start = offset;
    int end = offset + count;
    if (count >= 3 && (bytes[start] & 0xFF) == 0xEF && (bytes[start + 1] & 0xFF) == 0xBB && (bytes[start + 2] & 0xFF) == 0xBF) {
      start += 3;
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, end - start);
    CharBuffer out = CharBuffer.allocate(end - start);
    CoderResult result = decoder.decode(in, out, !cut);
    boolean malformed = result.isError();
    if (!malformed && !cut) {
      malformed = decoder.flush(out).isError();
    }
    return new Text(out.array(), out.position(), malformed);
  }

  /**
   * The characters decoded: the whole document, or its part before the first malformed byte.
   *
   * @return the array, valid up to {@link #length()}
   */
  public char[] chars() {
    return chars;
  }

  /**
   * How many characters were decoded.
   *
   * @return the count
   */
  public int length() {
    return length;
  }

  /**
   * Whether the bytes stop being UTF-8 after {@link #length()} characters.
   *
   * @return true when a malformed byte follows
   */
  public boolean isMalformed() {
    return malformed;
  }

  /**
   * The line and column just after the decoded characters: where a cut or a malformed byte is.
   *
   * @return the line and the column, both from 1
   */
  public int[] endPosition() {
    return position(length);
  }

  /**
   * The line and column of a character. Lines end at LF, CR LF or a lone CR, as in both JSON and
   * YAML; columns count UTF-16 characters from 1, as the parsers' locations do.
   *
   * @param offset the character's offset, at most {@link #length()}
   * @return the line and the column, both from 1
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

  /**
   * The offset of a code point: SnakeYAML counts code points, the parsers' locations characters.
   *
   * @param index the code point's index
   * @return its offset, at most {@link #length()}
   */
  public int offsetOfCodePoint(int index) {
    int offset = 0;
    for (int i = 0; i < index && offset < length; i++) {
      offset += Character.isHighSurrogate(chars[offset]) && offset + 1 < length && Character.isLowSurrogate(chars[offset + 1]) ? 2 : 1;
    }
    return offset;
  }

  /**
   * The location of a character, as a parser would give it.
   *
   * @param offset the character's offset, at most {@link #length()}
   * @return the location
   */
  public JsonLocation location(int offset) {
    int[] at = position(offset);
    return new JsonLocation(ContentReference.unknown(), -1L, offset, at[0], at[1]);
  }
}

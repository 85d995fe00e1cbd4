package io.github.wsis20.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The records of an RFC 4180 byte stream, one at a time, each held up to a limit. Internal: not
 * API. Not thread-safe.
 *
 * <p>A record ends at {@code \n} or {@code \r\n} outside quotes, or at the end of the stream; an
 * empty line is no record but counts for the line numbers. A field is either unquoted (no
 * {@code "}, {@code ,}, {@code \r} or {@code \n} in it) or quoted, with {@code ""} for a quote and
 * anything else, line breaks included, taken as it is. A UTF-8 byte order mark at the start of
 * the stream is dropped. The first problem of a record is remembered with its field: a quote in
 * an unquoted field or text after a closing quote ({@code syntax}), a carriage return that no line
 * feed follows ({@code syntax}), a NUL byte ({@code nul}), a quote still open at the end of the
 * stream ({@code unclosed-quote}); reading goes on to the record's end as well as it can.
 *
 * <p>Memory: one chunk, and one record buffer of at most the row limit plus the boundaries of at
 * most the field limit, reused from record to record. A longer record is read to its end without
 * being held and marked cut; fields past the field limit are counted, not kept.
 */
public final class CsvSource {
  private final InputStream in;
  private final int maxRowBytes;
  private final int maxFields;
  private final byte[] chunk = new byte[8192];
  private int pos;
  private int end;
  private boolean eof;
  private boolean started;

  private byte[] row;
  private int rowLength;
  private long rowBytes;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private boolean[] quoted = new boolean[16];
  private int fields;
  private boolean fieldStart;
  private String problem;
  private int problemField;
  private long line;
  private long nextLine = 1;

  /** Reads records of a stream. */
  public CsvSource(InputStream in, int maxRowBytes, int maxFields) {
    this.in = in;
    this.maxRowBytes = maxRowBytes;
    this.maxFields = maxFields;
    this.row = new byte[Math.min(maxRowBytes, 8192)];
  }

  /** Moves to the next record. */
  public boolean next() throws IOException {
    if (!started) {
      started = true;
      if (peek() == 0xEF && fill(3) && (chunk[pos + 1] & 0xFF) == 0xBB && (chunk[pos + 2] & 0xFF) == 0xBF) {
        pos += 3;
      }
    }
    while (true) {
      int b = peek();
      if (b < 0) {
        return false;
      }
      if (b == '\n') {
        pos++;
        nextLine++;
      } else if (b == '\r' && fill(2) && chunk[pos + 1] == '\n') {
        pos += 2;
        nextLine++;
      } else {
        break;
      }
    }
    line = nextLine;
    rowLength = 0;
    rowBytes = 0;
    fields = 0;
    problem = null;
    readRecord();
    return true;
  }

  private void readRecord() throws IOException {
    startField();
    while (true) {
      int b = take();
      if (b < 0) {
        endField();
        return;
      }
      boolean first = fieldStart;
      fieldStart = false;
      if (b == '"' && first) {
        if (readQuoted()) {
          return;
        }
        continue;
      }
      if (b == ',') {
        endField();
        startField();
      } else if (b == '\n') {
        nextLine++;
        endField();
        return;
      } else if (b == '\r' && peek() == '\n') {
        pos++;
        nextLine++;
        endField();
        return;
      } else {
        if (b == '"' || b == '\r') {
          problem("syntax");
        } else if (b == 0) {
          problem("nul");
        }
        keep(b);
      }
    }
  }

  /** Reads a quoted field after its opening quote, and what ends it. */
  private boolean readQuoted() throws IOException {
    quoted[current()] = true;
    while (true) {
      int b = take();
      if (b < 0) {
        problem("unclosed-quote");
        endField();
        return true;
      }
      if (b == '"') {
        if (peek() == '"') {
          pos++;
          rowBytes++;
          keep('"');
          continue;
        }
        break;
      }
      if (b == '\n') {
        nextLine++;
      } else if (b == 0) {
        problem("nul");
      }
      keep(b);
    }
    int after = peek();
    if (after < 0 || after == ',' || after == '\n' || (after == '\r' && fill(2) && chunk[pos + 1] == '\n')) {
      return false;
    }
    // Text after the closing quote: the rest of the field is read as unquoted text.
    problem("syntax");
    return false;
  }

  private int current() {
    return Math.min(fields, maxFields);
  }

  private void startField() {
    int i = current();
    if (i == starts.length) {
      int size = Math.min(maxFields + 1, starts.length * 2);
      starts = Arrays.copyOf(starts, size);
      ends = Arrays.copyOf(ends, size);
      quoted = Arrays.copyOf(quoted, size);
    }
    starts[i] = rowLength;
    ends[i] = rowLength;
    quoted[i] = false;
    fieldStart = true;
  }

  private void endField() {
    if (fields < maxFields) {
      ends[fields] = rowLength;
    }
    fields++;
  }

  private void keep(int b) {
    if (fields >= maxFields || rowBytes > maxRowBytes) {
      return;
    }
    if (rowLength == row.length) {
      row = Arrays.copyOf(row, (int) Math.min(maxRowBytes, 2L * row.length));
    }
    row[rowLength++] = (byte) b;
    ends[fields] = rowLength;
  }

  private void problem(String reason) {
    if (problem == null) {
      problem = reason;
      problemField = fields;
    }
  }

  private int take() throws IOException {
    int b = peek();
    if (b >= 0) {
      pos++;
      rowBytes++;
    }
    return b;
  }

  private int peek() throws IOException {
    if (pos == end && !fill(1)) {
      return -1;
    }
    return chunk[pos] & 0xFF;
  }

  /** Makes at least {@code n} bytes available from {@code pos}, unless the stream ends first. */
  private boolean fill(int n) throws IOException {
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

  /** The line the current record starts on. */
  public long line() {
    return line;
  }

  /** How many fields the current record has, counting those past the field limit. */
  public int fieldCount() {
    return fields;
  }

  /** Whether the current record has more bytes than the row limit: its fields were not held. */
  public boolean isCut() {
    return rowBytes > maxRowBytes;
  }

  /** The first problem of the current record's syntax. */
  public String problem() {
    return problem;
  }

  /** The field the problem is in. */
  public int problemField() {
    return problemField;
  }

  /** Whether a held field was quoted. */
  public boolean isQuoted(int i) {
    return quoted[i];
  }

  /** How many bytes a held field has. */
  public int byteLength(int i) {
    return ends[i] - starts[i];
  }

  /** A held field decoded as strict UTF-8. */
  public String text(int i) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(row, starts[i], ends[i] - starts[i]));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}

package io.github.wsis20.io.internal;

import io.github.wsis20.io.ReadLimits;
import io.github.wsis20.validation.Pointer;
import io.github.wsis20.validation.ValidationReport;
import io.github.wsis20.validation.ViolationCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The records of an RFC 4180 byte stream, one at a time, each held up to a limit, and their fields as text. Internal:
 * not API. Not thread-safe.
 *
 * <p>A record ends at {@code \n} or {@code \r\n} outside quotes, or at the end of the stream; an empty line is no
 * record but counts for the line numbers. A field is either unquoted (no {@code "}, {@code ,}, {@code \r} or {@code \n}
 * in it) or quoted, with {@code ""} for a quote and anything else, line breaks included, taken as it is. A UTF-8 byte
 * order mark at the start of the stream is dropped. The first problem of a record is remembered with its field: a quote
 * in an unquoted field or text after a closing quote ({@code syntax}), a carriage return that no line feed follows
 * ({@code syntax}), a NUL byte ({@code nul}), a quote still open at the end of the stream ({@code unclosed-quote});
 * reading goes on to the record's end as well as it can.
 *
 * <p>Memory: one chunk, and one record buffer of at most the {@code documentBytes} limit plus the boundaries of at most
 * the {@code columns} limit, reused from record to record. A longer record is read to its end without being held and
 * marked cut; fields past the field limit are counted, not kept.
 */
public final class CsvSource extends ChunkedInput {
  private final int maxRowBytes;
  private final int maxFields;
  private final int maxLength;
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);

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

  public CsvSource(InputStream in, ReadLimits limits) {
    super(in);
    this.maxRowBytes = limits.getMaxDocumentBytes();
    this.maxFields = limits.getMaxColumns();
    this.maxLength = limits.getMaxStringLength();
    this.row = new byte[Math.min(maxRowBytes, 8192)];
  }

  /** Moves to the next record; false at the end of the stream. */
  public boolean next() throws IOException {
    if (line == 0 && peek(0) == 0xEF && peek(1) == 0xBB && peek(2) == 0xBF) {
      pos += 3;
    }
    for (int b = peek(0); b == '\n' || b == '\r' && peek(1) == '\n'; b = peek(0)) {
      pos += b == '\n' ? 1 : 2;
      nextLine++;
    }
    if (peek(0) < 0) {
      return false;
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
      boolean first = fieldStart;
      fieldStart = false;
      if (b == '"' && first) {
        readQuoted();
      } else if (b == ',') {
        endField();
        startField();
      } else if (b < 0) {
        endField();
        return;
      } else if (b == '\n' || b == '\r' && peek(0) == '\n') {
        pos += b == '\r' ? 1 : 0; // the line feed of \r\n
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

  /** Reads a quoted field after its opening quote, to its closing quote or the end of the stream. */
  private void readQuoted() throws IOException {
    quoted[current()] = true;
    for (int b = take(); b != '"' || peek(0) == '"'; b = take()) {
      if (b < 0) {
        problem("unclosed-quote");
        return; // readRecord then takes the end of the stream, which ends the field and the record
      }
      if (b == '"') {
        take(); // the second quote of ""
      } else if (b == '\n') {
        nextLine++;
      } else if (b == 0) {
        problem("nul");
      }
      keep(b);
    }
    int after = peek(0);
    if (after >= 0 && after != ',' && after != '\n' && (after != '\r' || peek(1) != '\n')) {
      problem("syntax"); // text after the closing quote: the rest of the field is read as unquoted text
    }
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
    quoted[i] = false;
    fieldStart = true;
  }

  /** Every field started ends here, so its end is set once, not at every byte. */
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
  }

  private void problem(String reason) {
    if (problem == null) {
      problem = reason;
      problemField = fields;
    }
  }

  private int take() throws IOException {
    int b = peek(0);
    if (b >= 0) {
      pos++;
      rowBytes++;
    }
    return b;
  }

  /** The line the current record starts on. */
  public long line() {
    return line;
  }

  /**
   * The fields of the current record as text: of a data row (the header's layout given), with null for an unquoted
   * empty field and one {@code '} less before a formula that the writer marked; of the header (a null layout) as they
   * are. Null when the record has a problem, which is reported: its syntax ({@code MALFORMED_CSV}), a record longer
   * than {@code documentBytes}, a header of more than {@code columns} fields or a field of more than
   * {@code stringLength} code points ({@code LIMIT_EXCEEDED}), a field that is not UTF-8 ({@code encoding}), a data row
   * of more or fewer fields than the header ({@code field-count}).
   */
  public List<String> fields(CsvLayout layout, ValidationReport.Builder report) {
    if (problem != null) {
      report.addAt(pointer(layout, problemField), ViolationCode.MALFORMED_CSV, line, problemField + 1, "reason",
          problem);
    }
    if (rowBytes > maxRowBytes) {
      return exceeded(report, Pointer.root(), line, 0, "documentBytes", maxRowBytes);
    }
    if (problem != null) {
      return null; // the fields after a syntax problem are where the parser guessed them: not worth counting
    }
    if (layout == null && fields > maxFields) {
      return exceeded(report, Pointer.root(), line, maxFields + 1, "columns", maxFields);
    }
    int size = layout == null ? fields : layout.names().size();
    if (fields != size) {
      report.addAt(Pointer.root(), ViolationCode.MALFORMED_CSV, line, Math.min(fields, size + 1), "reason",
          "field-count");
      return null;
    }
    List<String> cells = new ArrayList<>(fields);
    boolean ok = true;
    for (int i = 0; i < fields; i++) {
      if (ends[i] - starts[i] > 4L * maxLength) {
        return exceeded(report, pointer(layout, i), line, i + 1, "stringLength", maxLength);
      }
      String text = text(i);
      if (text == null) {
        report.addAt(pointer(layout, i), ViolationCode.MALFORMED_CSV, line, i + 1, "reason", "encoding");
        ok = false;
      } else if (text.length() > maxLength && text.codePointCount(0, text.length()) > maxLength) {
        return exceeded(report, pointer(layout, i), line, i + 1, "stringLength", maxLength);
      } else {
        cells.add(layout == null ? text : text.isEmpty() && !quoted[i] ? null : CsvLayout.unmarked(text));
      }
    }
    return ok ? cells : null;
  }

  private static List<String> exceeded(ValidationReport.Builder report, Pointer at, long line, int column,
      String limit, int max) {
    report.addAt(at, ViolationCode.LIMIT_EXCEEDED, line, column, "limit", limit, "max", Integer.toString(max));
    return null;
  }

  private static Pointer pointer(CsvLayout layout, int field) {
    return layout != null && field < layout.names().size() ? CsvLayout.pointer(layout.names().get(field))
        : Pointer.root();
  }

  /** A held field decoded as strict UTF-8, or null when it is not UTF-8. */
  private String text(int i) {
    try {
      return utf8.decode(ByteBuffer.wrap(row, starts[i], ends[i] - starts[i])).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}

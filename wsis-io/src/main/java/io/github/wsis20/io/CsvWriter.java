package io.github.wsis20.io;

import io.github.wsis20.io.internal.CsvLayout;
import io.github.wsis20.model.contribution.Contribution;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Writes CSV (RFC 4180, UTF-8, no byte order mark, records ended by {@code \r\n}) in the column layout of
 * {@code docs/formats.md}: a header of every column, with room for the contract's 30 keywords and 20 attachments, then
 * one record per contribution, in constant memory. A field is quoted only when it must be: when it holds {@code ,},
 * {@code "}, {@code \r} or {@code \n}, and when it is the empty text (an absent member is an empty unquoted field).
 * {@link CsvReader} reads the records back as equal contributions.
 *
 * <p>Spreadsheets run a cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return as
 * a formula, so a payload's text could run in its reader's spreadsheet. {@link #create()} writes such a cell with a
 * {@code '} before it, the mark spreadsheets show as "text" and do not display (and a cell that is already {@code '}
 * marks before such a character gets one more, so that nothing is ambiguous); {@link CsvReader} takes the mark off
 * again. {@link #raw()} writes every cell as it is, for programs that read CSV as data.
 *
 * <p>Writes what it is given: it does not validate. It refuses, with an {@link IllegalArgumentException}, what the
 * layout cannot carry: more than 30 keywords or 20 attachments, text with a NUL character (which the reader refuses as
 * a sign of binary data) or an unpaired surrogate, and what RFC 3339 cannot express. Stateless and thread-safe; the
 * stream stays open.
 */
public final class CsvWriter {
  private static final CsvWriter GUARDED = new CsvWriter(true);
  private static final CsvWriter RAW = new CsvWriter(false);
  private static final byte[] RECORD_END = {'\r', '\n'};

  private final boolean guarded;

  private CsvWriter(boolean guarded) {
    this.guarded = guarded;
  }

  /** {@return the writer, which marks cells a spreadsheet would run as formulas} */
  public static CsvWriter create() {
    return GUARDED;
  }

  /** {@return the writer of every cell as it is, formulas included: only for programs that are not spreadsheets} */
  public static CsvWriter raw() {
    return RAW;
  }

  /** {@return the columns of the header, in order} */
  public List<String> getColumns() {
    return CsvLayout.canonical().names();
  }

  /**
   * Writes the header.
   *
   * @param out where to write
   * @throws UncheckedIOException if the stream fails
   */
  public void writeHeader(OutputStream out) {
    Objects.requireNonNull(out, "out");
    write(CsvLayout.canonical().names(), out, false);
  }

  /**
   * Writes one record; the header must come first, once.
   *
   * @param contribution the contribution
   * @param out where to write
   * @throws UncheckedIOException if the stream fails
   * @throws IllegalArgumentException if the layout cannot carry a value (as above); nothing of the record is written
   */
  public void writeRecord(Contribution contribution, OutputStream out) {
    Objects.requireNonNull(contribution, "contribution");
    Objects.requireNonNull(out, "out");
    write(CsvLayout.canonical().cells(contribution), out, guarded);
  }

  /**
   * Writes the header, then one record per contribution, in order.
   *
   * @param contributions the contributions, consumed once
   * @param out where to write
   * @return how many records were written
   * @throws UncheckedIOException if the stream fails
   * @throws IllegalArgumentException if the layout cannot carry a value; the records before it are written
   */
  public long writeAll(Iterable<? extends Contribution> contributions, OutputStream out) {
    writeHeader(out);
    long count = 0;
    for (Contribution c : contributions) {
      writeRecord(c, out);
      count++;
    }
    return count;
  }

  private static void write(List<String> cells, OutputStream out, boolean guarded) {
    StringBuilder record = new StringBuilder(256);
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        record.append(',');
      }
      String cell = cells.get(i);
      if (cell != null) {
        field(record, guarded && CsvLayout.runsAsFormula(cell) ? "'" + cell : cell);
      }
    }
    try {
      out.write(record.toString().getBytes(StandardCharsets.UTF_8));
      out.write(RECORD_END);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void field(StringBuilder record, String text) {
    boolean quote = text.isEmpty();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw new IllegalArgumentException("CSV text cannot carry a NUL character");
      }
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException("text with an unpaired surrogate has no UTF-8 form");
      }
      quote |= c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    if (quote) {
      record.append('"').append(text.replace("\"", "\"\"")).append('"');
    } else {
      record.append(text);
    }
  }
}

package io.github.wsis20.io;

import io.github.wsis20.io.internal.LineSource;
import io.github.wsis20.io.internal.Text;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads NDJSON: one contribution per line, any number of lines, in constant memory. Each record is read as
 * {@link ContributionReader} reads a document, and gets its own {@link ReadResult}; one bad line never stops the
 * others.
 *
 * <p>The rules of the stream:
 *
 * <ul>
 *   <li>a line ends at {@code \n}; a {@code \r} before it is dropped; the last line needs no line break;
 *   <li>a line of nothing but JSON white space (spaces, tabs, carriage returns) is skipped: no record, though it counts
 *       for the line numbers;
 *   <li>a line longer than {@link ReadLimits#getMaxDocumentBytes()} is read up to the limit and reported
 *       {@code LIMIT_EXCEEDED} there; the rest of it is passed over without being held;
 *   <li>violations carry the line of the stream and the column in that line, counted in characters from its start (a
 *       carriage return inside a line is white space, not a line break);
 *   <li>a UTF-8 byte order mark is dropped at the start of any line.
 * </ul>
 *
 * <p>Immutable and thread-safe; each call reads its own stream, which it leaves open.
 */
public final class NdjsonReader extends RecordStream {
  private NdjsonReader(ContributionReader reader) {
    super(reader);
  }

  /**
   * {@return an NDJSON reader that reads each record with a reader's limits, validator and language; the records are
   * JSON whatever the reader's {@link ContributionReader#getFormat() format}}
   *
   * @param reader the reader of one record
   */
  public static NdjsonReader of(ContributionReader reader) {
    return new NdjsonReader(reader);
  }

  /** {@return the NDJSON reader of {@link ContributionReader#standard()}} */
  public static NdjsonReader standard() {
    return new NdjsonReader(ContributionReader.standard());
  }

  @Override
  Next open(InputStream in, Locale locale) {
    LineSource lines = new LineSource(in, reader.getLimits().getMaxDocumentBytes());
    DocumentReading reading = reader.jsonReading();
    return () -> {
      while (lines.next()) {
        if (!lines.isBlank()) {
          long number = lines.number();
          return new ContributionRecord(number, false,
              reading.read(Text.decode(lines.bytes(), 0, lines.length(), lines.isCut()), number, locale));
        }
      }
      return null;
    };
  }
}

package io.github.wsis20.io;

import io.github.wsis20.io.internal.LineSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads NDJSON: one contribution per line, any number of lines, in constant memory. Each record
 * is read as {@link ContributionReader} reads a document, and gets its own {@link ReadResult};
 * one bad line never stops the others.
 *
 * <p>The rules of the stream:
 *
 * <ul>
 *   <li>a line ends at {@code \n}; a {@code \r} before it is dropped; the last line needs no line
 *       break;
 *   <li>a line of nothing but JSON white space (spaces, tabs, carriage returns) is skipped: no record, though it counts for the line
 *       numbers;
 *   <li>a line longer than {@link ReadLimits#getMaxDocumentBytes()} is read up to the limit and
 *       reported {@code LIMIT_EXCEEDED} there; the rest of it is passed over without being held;
 *   <li>violations carry the line of the stream and the column in that line, counted in
 *       characters from its start (a carriage return inside a line is white space, not a line
 *       break);
 *   <li>a UTF-8 byte order mark is dropped at the start of any line.
 * </ul>
 *
 * <p>Immutable and thread-safe; each call reads its own stream, which it leaves open.
 */
public final class NdjsonReader {
  private final ContributionReader reader;

  private NdjsonReader(ContributionReader reader) {
    this.reader = reader;
  }

  /**
   * An NDJSON reader that reads each record with a reader's limits, validator and language; the
   * records are JSON whatever the reader's {@link ContributionReader#getFormat() format}.
   *
   * @param reader the reader of one record
   * @return the NDJSON reader
   */
  public static NdjsonReader of(ContributionReader reader) {
    return new NdjsonReader(Objects.requireNonNull(reader, "reader"));
  }

  /**
   * The NDJSON reader of {@link ContributionReader#standard()}.
   *
   * @return the NDJSON reader
   */
  public static NdjsonReader standard() {
    return new NdjsonReader(ContributionReader.standard());
  }

  /**
   * The records of a stream, read lazily as the stream is consumed, with messages in the reader's
   * language.
   *
   * @param in the NDJSON bytes
   * @return a sequential, ordered stream of records
   */
  public Stream<NdjsonRecord> records(InputStream in) {
    return records(in, reader.getLocale());
  }

  /**
   * The records of a stream, read lazily as the stream is consumed. An I/O failure of the input
   * surfaces as an {@link UncheckedIOException} from the stream's terminal operation.
   *
   * @param in the NDJSON bytes
   * @param locale the language of the reports
   * @return a sequential, ordered stream of records
   */
  public Stream<NdjsonRecord> records(InputStream in, Locale locale) {
    Iterator<NdjsonRecord> it = iterator(in, locale);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /**
   * Reads every record of a stream and hands each to an action, in order.
   *
   * @param in the NDJSON bytes
   * @param action what to do with each record
   * @return how many records were read
   * @throws UncheckedIOException if the input itself fails
   */
  public long forEach(InputStream in, Consumer<? super NdjsonRecord> action) {
    Objects.requireNonNull(action, "action");
    long count = 0;
    Iterator<NdjsonRecord> it = iterator(in, reader.getLocale());
    while (it.hasNext()) {
      action.accept(it.next());
      count++;
    }
    return count;
  }

  /**
   * The records of a stream as an iterator, read lazily.
   *
   * @param in the NDJSON bytes
   * @param locale the language of the reports
   * @return the iterator
   */
  public Iterator<NdjsonRecord> iterator(InputStream in, Locale locale) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(locale, "locale");
    LineSource lines = new LineSource(in, reader.getLimits().getMaxDocumentBytes());
    DocumentReading reading = reader.jsonReading();
    return new Iterator<>() {
      private NdjsonRecord next;

      @Override
      public boolean hasNext() {
        if (next == null) {
          next = advance();
        }
        return next != null;
      }

      @Override
      public NdjsonRecord next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        NdjsonRecord record = next;
        next = null;
        return record;
      }

      private NdjsonRecord advance() {
        try {
          while (lines.next()) {
            if (lines.isBlank()) {
              continue;
            }
            long number = lines.number();
            return new NdjsonRecord(number,
                reading.read(lines.bytes(), 0, lines.length(), lines.isCut(), number, locale));
          }
          return null;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }
}

package io.github.wsis20.io;

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
 * What the readers of record streams, {@link NdjsonReader} and {@link CsvReader}, share: records
 * read lazily, one at a time, each with its own {@link ReadResult}, as a stream, an iterator or a
 * loop. An I/O failure of the input surfaces as an {@link UncheckedIOException}.
 */
abstract class RecordStream {
  /** The next record of one stream. */
  @FunctionalInterface
  interface Next {
    /** The next record, or null at the end. */
    ContributionRecord next() throws IOException;
  }

  final ContributionReader reader;

  RecordStream(ContributionReader reader) {
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  /** Starts reading a stream. */
  abstract Next open(InputStream in, Locale locale);

  /**
   * The records of a stream, read lazily as the stream is consumed, with messages in the reader's
   * language.
   *
   * @param in the bytes, left open
   * @return a sequential, ordered stream of records
   */
  public Stream<ContributionRecord> records(InputStream in) {
    return records(in, reader.getLocale());
  }

  /**
   * The records of a stream, read lazily as the stream is consumed. An I/O failure of the input
   * surfaces as an {@link UncheckedIOException} from the stream's terminal operation.
   *
   * @param in the bytes, left open
   * @param locale the language of the reports
   * @return a sequential, ordered stream of records
   */
  public Stream<ContributionRecord> records(InputStream in, Locale locale) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(in, locale),
        Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /**
   * Reads every record of a stream and hands each to an action, in order.
   *
   * @param in the bytes, left open
   * @param action what to do with each record
   * @return how many records were read
   * @throws UncheckedIOException if the input itself fails
   */
  public long forEach(InputStream in, Consumer<? super ContributionRecord> action) {
    Objects.requireNonNull(action, "action");
    long count = 0;
    for (Iterator<ContributionRecord> it = iterator(in, reader.getLocale()); it.hasNext(); count++) {
      action.accept(it.next());
    }
    return count;
  }

  /**
   * The records of a stream as an iterator, read lazily.
   *
   * @param in the bytes, left open
   * @param locale the language of the reports
   * @return the iterator
   */
  public Iterator<ContributionRecord> iterator(InputStream in, Locale locale) {
    Next records = open(Objects.requireNonNull(in, "in"), Objects.requireNonNull(locale, "locale"));
    return new Iterator<>() {
      private ContributionRecord next;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (next == null && !done) {
          try {
            next = records.next();
            done = next == null;
          } catch (IOException e) {
            done = true;
            throw new UncheckedIOException(e);
          }
        }
        return next != null;
      }

      @Override
      public ContributionRecord next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ContributionRecord record = next;
        next = null;
        return record;
      }
    };
  }
}

package io.github.wsis20.io;

import io.github.wsis20.io.internal.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;

/**
 * What the readers of one document, {@link ContributionReader} and {@link DatasetReader}, share:
 * bytes or a stream in, a value or a report out, never an exception for what the document holds.
 *
 * @param <T> the value a document holds
 */
abstract class TextReader<T> {
  private final ReadLimits limits;
  private final Locale locale;

  TextReader(ReadLimits limits, Locale locale) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.locale = Objects.requireNonNull(locale, "locale");
  }

  /** Reads a document's text, within the document limit. */
  abstract ReadResult<T> read(Text text, Locale locale);

  /**
   * Reads a document, with messages in this reader's language.
   *
   * @param bytes the document, UTF-8; only its first {@link ReadLimits#getMaxDocumentBytes()} bytes
   *     are read
   * @return the value or the report
   */
  public ReadResult<T> read(byte[] bytes) {
    return read(bytes, locale);
  }

  /**
   * Reads a document.
   *
   * @param bytes the document, UTF-8; only its first {@link ReadLimits#getMaxDocumentBytes()} bytes
   *     are read
   * @param locale the language of the report's messages (English when not a UN language)
   * @return the value or the report
   */
  public ReadResult<T> read(byte[] bytes, Locale locale) {
    Objects.requireNonNull(bytes, "bytes");
    return read(Text.of(bytes, limits.getMaxDocumentBytes()), Objects.requireNonNull(locale, "locale"));
  }

  /**
   * Reads a document from a stream, with messages in this reader's language.
   *
   * @param in the document, UTF-8; read to its end or one byte past the document limit, and left
   *     open
   * @return the value or the report
   * @throws UncheckedIOException if the stream itself fails: that is the caller's, not the
   *     document's
   */
  public ReadResult<T> read(InputStream in) {
    return read(in, locale);
  }

  /**
   * Reads a document from a stream. Holds at most {@link ReadLimits#getMaxDocumentBytes()} bytes
   * of it; a longer document is read up to the limit and reported {@code LIMIT_EXCEEDED} there.
   *
   * @param in the document, UTF-8; read to its end or one byte past the document limit, and left
   *     open
   * @param locale the language of the report's messages (English when not a UN language)
   * @return the value or the report
   * @throws UncheckedIOException if the stream itself fails: that is the caller's, not the
   *     document's
   */
  public ReadResult<T> read(InputStream in, Locale locale) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(locale, "locale");
    try {
      return read(Text.read(in, limits.getMaxDocumentBytes()), locale);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the limits this reader keeps to} */
  public ReadLimits getLimits() {
    return limits;
  }

  /** {@return the language of the reports when the caller names none} */
  public Locale getLocale() {
    return locale;
  }
}

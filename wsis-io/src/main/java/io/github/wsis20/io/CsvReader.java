package io.github.wsis20.io;

import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.wsis20.io.internal.CsvLayout;
import io.github.wsis20.io.internal.CsvSource;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.validation.Pointer;
import io.github.wsis20.validation.ValidationReport;
import io.github.wsis20.validation.Violation;
import io.github.wsis20.validation.ViolationCode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * Reads CSV (RFC 4180, UTF-8): a header naming the columns, then one contribution per record, any number of records, in
 * constant memory. The column layout is {@code docs/formats.md}'s; each row's cells are read by the same binder and
 * rules as a JSON document, and each row gets its own {@link ContributionRecord}; one bad row never stops the others. A
 * data cell that {@link CsvWriter#create()} marked with a {@code '} against spreadsheet formulas ({@code '=x},
 * {@code '-1}, {@code ''=x}) is read without that one mark.
 *
 * <p>Every violation of a row carries the row's first line and, as its column, the number of the CSV column its pointer
 * names ({@code /contributor/country} in the column {@code contributor.country}, {@code /actionLines/2} in
 * {@code actionLines}). The problems of the CSV itself are {@code MALFORMED_CSV} with a {@code reason}:
 *
 * <ul>
 *   <li>the header: {@code no-header} (no record at all), {@code unknown-column}, {@code duplicate-column},
 *       {@code missing-column} (a required column, the {@code uri} or {@code mediaType} of an attachment with any
 *       column, a keyword or attachment before the last one named); a header with a problem is the stream's only
 *       record, since its rows cannot be understood;
 *   <li>a row: {@code syntax} (a quote inside an unquoted field, text after a closing quote, a carriage return without
 *       line feed), {@code unclosed-quote} (a quoted field still open at the end of the stream, which the row then runs
 *       to), {@code nul} (a NUL byte), {@code encoding} (a field that is not UTF-8), {@code field-count} (more or fewer
 *       fields than the header).
 * </ul>
 *
 * <p>Limits ({@link ReadLimits}): a record of more than {@code documentBytes} bytes is read to its end without being
 * held and reported {@code LIMIT_EXCEEDED}; a header of more than {@code columns} fields is reported
 * {@code LIMIT_EXCEEDED} and ends reading; a field of more than {@code stringLength} characters, a goal number of more
 * than {@code numberLength} characters and a keyword or attachment index past {@code arrayLength} are
 * {@code LIMIT_EXCEEDED}; each record's report lists at most {@code violations}. There is no limit on the number of
 * records: they are read one at a time.
 *
 * <p>Immutable and thread-safe; each call reads its own stream, which it leaves open.
 */
public final class CsvReader extends RecordStream {
  private CsvReader(ContributionReader reader) {
    super(reader);
  }

  /**
   * {@return a CSV reader that reads each row with a reader's limits, validator and language, whatever its format}
   *
   * @param reader the reader of one record
   */
  public static CsvReader of(ContributionReader reader) {
    return new CsvReader(reader);
  }

  /** {@return the CSV reader of {@link ContributionReader#standard()}} */
  public static CsvReader standard() {
    return new CsvReader(ContributionReader.standard());
  }

  @Override
  Next open(InputStream in, Locale locale) {
    ReadLimits limits = reader.getLimits();
    CsvSource source = new CsvSource(in, limits);
    DocumentReading reading = reader.reading();
    CsvLayout[] layout = {null};
    boolean[] failed = {false};
    return () -> {
      if (failed[0]) {
        return null;
      }
      if (layout[0] == null) {
        ValidationReport.Builder report = ValidationReport.builder(locale).maxViolations(limits.getMaxViolations());
        boolean any = source.next();
        List<String> names = any ? source.fields(null, report) : null;
        if (!any) {
          report.addAt(Pointer.root(), ViolationCode.MALFORMED_CSV, 1, 0, "reason", "no-header");
        }
        long line = any ? source.line() : 1;
        layout[0] = names == null ? null : CsvLayout.header(names, line, limits, report);
        if (layout[0] == null) {
          failed[0] = true;
          return new ContributionRecord(line, true, new ReadResult<>(null, report.build()));
        }
      }
      return source.next()
          ? new ContributionRecord(source.line(), false, row(layout[0], reading, limits, locale, source)) : null;
    };
  }

  private static ReadResult<Contribution> row(CsvLayout layout, DocumentReading reading, ReadLimits limits,
      Locale locale, CsvSource source) throws IOException {
    long line = source.line();
    ValidationReport.Builder report = ValidationReport.builder(locale).maxViolations(limits.getMaxViolations());
    List<String> cells = source.fields(layout, report);
    TokenBuffer tokens = cells == null ? null : layout.tokens(cells, limits.getMaxNumberLength(), report, line);
    if (tokens == null) {
      return new ReadResult<>(null, report.build());
    }
    ReadResult<Contribution> read = reading.read(tokens, line, locale);
    return new ReadResult<>(read.getValue().orElse(null), located(read.getReport(), layout, line, locale));
  }

  /** The same violations, each at the record's line and the column its pointer names. */
  private static ValidationReport located(ValidationReport report, CsvLayout layout, long line, Locale locale) {
    List<Violation> violations = report.getViolations();
    ValidationReport.Builder located = ValidationReport.builder(locale).maxViolations(violations.size() + 1);
    for (Violation v : violations) {
      located.addAt(v, v.getPointer(), line, layout.columnOf(v.getPointer()));
    }
    return located.build();
  }
}

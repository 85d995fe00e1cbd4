package io.github.wsis20.io;

import com.fasterxml.jackson.core.JsonFactory;
import io.github.wsis20.io.internal.DatasetWire;
import io.github.wsis20.io.internal.Document;
import io.github.wsis20.io.internal.Document.Syntax;
import io.github.wsis20.io.internal.Parsers;
import io.github.wsis20.io.internal.Text;
import io.github.wsis20.model.Dataset;
import io.github.wsis20.validation.DatasetValidator;
import io.github.wsis20.validation.Pointer;
import io.github.wsis20.validation.ValidationReport;
import io.github.wsis20.validation.ViolationCode;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a {@link Dataset} from a YAML or JSON document in one call: out comes either a valid
 * dataset or a report of everything wrong with the document and where, never an exception.
 *
 * <pre>{@code
 * ReadResult<Dataset> result = DatasetReader.yaml().read(bytes);
 * Dataset dataset = result.getValue().orElseThrow(() -> new IllegalArgumentException(result.getReport().toString()));
 * }</pre>
 *
 * <p>Members are the model's accessor names without {@code get}/{@code is} ({@code reportsTo},
 * {@code superseded}), with {@code schemaVersion} {@code "1.0"} at the top; the bundled
 * {@code wsis20.yaml} shows every one. Reading problems are reported as the
 * {@link ContributionReader} reports them, at a JSON Pointer in wire names
 * ({@code /instruments/3/mandates/0/deliverables/1/due}) with line and column:
 * {@code UNKNOWN_MEMBER}, {@code DUPLICATE_MEMBER}, {@code WRONG_TYPE}, {@code REQUIRED},
 * {@code UNKNOWN_ACTION_LINE}, {@code UNSUPPORTED_SCHEMA_VERSION}, {@code LIMIT_EXCEEDED}, and
 * {@code MALFORMED_YAML} or {@code MALFORMED_JSON} with a {@code reason} ({@code syntax},
 * {@code end-of-input}, {@code encoding}, {@code trailing-content}, and for YAML {@code anchor},
 * {@code alias}, {@code tag}, {@code several-documents}). A value of the right type that the model
 * refuses is {@code CONSTRAINT_VIOLATED} with a {@code reason} argument: an unknown enum constant,
 * a date that is not {@code YYYY-MM-DD}, a due that {@link io.github.wsis20.model.Due#parse} or a
 * symbol that {@link io.github.wsis20.model.symbol.DocumentSymbol#parse} refuses, with its message.
 *
 * <p>When the document reads without error, the {@link DatasetValidator}'s rules run on the
 * dataset and their violations join the report; warnings leave the value present.
 *
 * <p>Immutable and thread-safe.
 */
public final class DatasetReader extends TextReader<Dataset> {
  private final DatasetFormat format;
  private final DatasetValidator validator;
  private final JsonFactory factory;
  private final Syntax syntax;

  /** A reader that runs no rules when {@code validator} is null. */
  private DatasetReader(Builder b, DatasetValidator validator) {
    super(b.limits, b.locale);
    this.format = b.format;
    this.validator = validator;
    this.syntax = format == DatasetFormat.YAML ? Syntax.YAML : Syntax.JSON;
    this.factory = format == DatasetFormat.YAML ? Parsers.yaml(b.limits) : Parsers.json(b.limits);
  }

  /**
   * A reader that checks the document but runs no rules: for the bundled dataset, which the SDK's
   * tests prove valid, so that its first use does not pay for building and running the dataset
   * validator (about a second at start-up).
   */
  static DatasetReader withoutRules(DatasetFormat format) {
    return new DatasetReader(new Builder(format), null);
  }

  /**
   * A YAML reader with {@link ReadLimits#forDatasets()}, English messages and the default
   * validator.
   *
   * @return the reader
   */
  public static DatasetReader yaml() {
    return Standard.YAML;
  }

  /**
   * A JSON reader with {@link ReadLimits#forDatasets()}, English messages and the default
   * validator.
   *
   * @return the reader
   */
  public static DatasetReader json() {
    return Standard.JSON;
  }

  /**
   * A builder.
   *
   * @param format the format to read
   * @return a new builder
   */
  public static Builder builder(DatasetFormat format) {
    return new Builder(Objects.requireNonNull(format, "format"));
  }

  /** {@return the format this reader reads} */
  public DatasetFormat getFormat() {
    return format;
  }

  @Override
  ReadResult<Dataset> read(Text text, Locale locale) {
    ReadLimits limits = getLimits();
    ValidationReport.Builder report = ValidationReport.builder(locale).maxViolations(limits.getMaxViolations());
    // A document that is not all UTF-8, or not all there, is refused whole, at the place where it
    // stops being either: a YAML document cut short can still parse, so parsing it would mislead.
    if (text.isMalformed() || text.isCut()) {
      int[] at = text.position(text.length());
      if (text.isMalformed()) {
        report.addAt(Pointer.root(), syntax.malformed(), at[0], at[1], "reason", "encoding");
      } else {
        report.addAt(Pointer.root(), ViolationCode.LIMIT_EXCEEDED, at[0], at[1],
            "limit", "documentBytes", "max", Integer.toString(limits.getMaxDocumentBytes()));
      }
      return new ReadResult<>(null, report.build());
    }
    if (syntax == Syntax.YAML && Document.refuseLongRun(text, limits, report)) {
      return new ReadResult<>(null, report.build());
    }
    Document document = Document.read(Document.over(factory, syntax, text, limits), syntax, text,
        DatasetWire.DATASET, report, limits, 0);
    Dataset dataset = report.hasErrors() ? null : document.whole(DatasetWire.DATASET);
    if (validator != null && dataset != null && !report.isFull()) {
      validator.validate(dataset, report);
    }
    return new ReadResult<>(dataset, report.build());
  }

  /** Configures a {@link DatasetReader}. */
  public static final class Builder {
    private final DatasetFormat format;
    private ReadLimits limits = ReadLimits.forDatasets();
    private Locale locale = Locale.ENGLISH;
    private DatasetValidator validator;

    private Builder(DatasetFormat format) {
      this.format = format;
    }

    /**
     * The limits. Defaults to {@link ReadLimits#forDatasets()}.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(ReadLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * The language of reports when the caller names none. Defaults to English.
     *
     * @param locale the locale
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * The validator whose rules run on a dataset that read without error. Defaults to
     * {@code DatasetValidator.builder().build()}.
     *
     * @param validator the validator
     * @return this builder
     */
    public Builder validator(DatasetValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /**
     * Builds the reader.
     *
     * @return the reader
     */
    public DatasetReader build() {
      return new DatasetReader(this, validator != null ? validator : Standard.VALIDATOR);
    }
  }

  /** Built on first use. */
  private static final class Standard {
    static final DatasetValidator VALIDATOR = DatasetValidator.builder().build();
    static final DatasetReader YAML = new Builder(DatasetFormat.YAML).build();
    static final DatasetReader JSON = new Builder(DatasetFormat.JSON).build();
  }
}

package io.github.wsis20.io;

import io.github.wsis20.io.internal.Text;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.validation.ContributionValidator;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a contribution from JSON or YAML bytes in one call: out comes either a valid
 * {@link Contribution} or a report of everything that is wrong with the payload and where, never
 * an exception.
 *
 * <pre>{@code
 * ReadResult<Contribution> result = ContributionReader.standard().read(bytes, Locale.FRENCH);
 * result.getValue().ifPresentOrElse(this::store, () -> respond(422, result.getReport()));
 * }</pre>
 *
 * <p>The report merges reading problems and rule violations, each at a JSON Pointer and with a code
 * of {@link io.github.wsis20.validation.ViolationCode}'s catalogue:
 *
 * <ul>
 *   <li>syntax ({@code MALFORMED_JSON}, with line and column, and a {@code reason} argument:
 *       {@code syntax}, {@code end-of-input}, {@code trailing-content}, {@code encoding} for bytes
 *       that are not UTF-8, {@code unpaired-surrogate} for a {@code \}{@code u} escape that is half a
 *       character); what was wrong before the break is reported too;
 *   <li>members the contract does not name ({@code UNKNOWN_MEMBER}), members given twice
 *       ({@code DUPLICATE_MEMBER}, the first counts), values of the wrong JSON type
 *       ({@code WRONG_TYPE}: nothing is converted, {@code "9"} is not 9 and {@code 9.0} is not an
 *       integer), missing or null required members ({@code REQUIRED}: null is the same as absent);
 *   <li>unknown codes ({@code UNKNOWN_STATUS}, {@code UNKNOWN_STAKEHOLDER_GROUP},
 *       {@code UNKNOWN_ACTION_LINE}, {@code UNKNOWN_SDG}) and date-times that are not RFC 3339
 *       section 5.6 with an offset ({@code INVALID_DATE_TIME});
 *   <li>every rule of the {@link ContributionValidator}, on what could be read;
 *   <li>{@code LIMIT_EXCEEDED} where a {@link ReadLimits limit} stopped reading, and
 *       {@code UNSUPPORTED_SCHEMA_VERSION} alone for a version the SDK does not read.
 * </ul>
 *
 * <p>A YAML reader ({@link #yaml()}, or {@link Builder#format} {@link ContributionFormat#YAML})
 * binds with the same strict binder and reports the same codes at the same pointers, with YAML's
 * line and column; its syntax problems are {@code MALFORMED_YAML}, with the reasons above and
 * {@code anchor}, {@code alias}, {@code tag} and {@code several-documents} for what it refuses at
 * the first occurrence, so that an alias bomb never expands. The same limits hold.
 *
 * <p>Immutable and thread-safe: build one per configuration and share it; it holds its parser
 * factory and validator, built once.
 */
public final class ContributionReader extends TextReader<Contribution> {
  private final DocumentReading reading;
  private final DocumentReading json;

  private ContributionReader(Builder b) {
    super(b.limits, b.locale);
    ContributionValidator validator = b.validator != null ? b.validator : Standard.VALIDATOR;
    this.reading = new DocumentReading(b.limits, validator, b.format);
    this.json = b.format == ContributionFormat.JSON ? reading
        : new DocumentReading(b.limits, validator, ContributionFormat.JSON);
  }

  /**
   * The reader with the default limits, English messages, and a validator that knows the review
   * processes of the bundled dataset, {@link ReferenceData#reviewProcessIds()}.
   *
   * @return the shared default reader
   */
  public static ContributionReader standard() {
    return Standard.READER;
  }

  /** {@return the YAML reader with the defaults of {@link #standard()}} */
  public static ContributionReader yaml() {
    return Standard.YAML;
  }

  /**
   * A builder, starting from the defaults of {@link #standard()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  ReadResult<Contribution> read(Text text, Locale locale) {
    return reading.read(text, 0, locale);
  }

  /** {@return the format this reader reads, JSON unless built otherwise} */
  public ContributionFormat getFormat() {
    return reading.format();
  }

  DocumentReading reading() {
    return reading;
  }

  /** The JSON reading with this reader's limits and validator: NDJSON lines are JSON whatever the format. */
  DocumentReading jsonReading() {
    return json;
  }

  /** Configures a {@link ContributionReader}. */
  public static final class Builder {
    private ReadLimits limits = ReadLimits.defaults();
    private ContributionValidator validator;
    private Locale locale = Locale.ENGLISH;
    private ContributionFormat format = ContributionFormat.JSON;

    private Builder() {}

    /**
     * The format of the documents. Defaults to {@link ContributionFormat#JSON}.
     *
     * @param format the format
     * @return this builder
     */
    public Builder format(ContributionFormat format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /**
     * The limits. Defaults to {@link ReadLimits#defaults()}.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(ReadLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * The validator whose rules the reader runs on what it read. Defaults to a validator with the
     * system clock that knows the review processes of {@link ReferenceData#reviewProcessIds()}
     * ({@code "wsis+20"}, {@code "wsis+10"} and {@code "wsis+20-follow-up"}).
     *
     * @param validator the validator
     * @return this builder
     */
    public Builder validator(ContributionValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
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
     * Builds the reader, and its parser factory with it.
     *
     * @return the reader
     */
    public ContributionReader build() {
      return new ContributionReader(this);
    }
  }

  /** Built on first use: the validator's machinery is not free. */
  private static final class Standard {
    static final ContributionValidator VALIDATOR = ContributionValidator.builder()
        .reviewProcesses(ReferenceData.reviewProcessIds()).build();
    static final ContributionReader READER = new Builder().build();
    static final ContributionReader YAML = new Builder().format(ContributionFormat.YAML).build();
  }
}

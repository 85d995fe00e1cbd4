package io.github.wsis20.io;

import java.util.Objects;

/**
 * How much a reader accepts from one payload before it stops and reports
 * {@link io.github.wsis20.validation.ViolationCode#LIMIT_EXCEEDED LIMIT_EXCEEDED}. Immutable and
 * thread-safe; {@link #defaults()} suits contributions of wire format 1.0 with room to spare.
 *
 * <p>A limit is a guard on time and memory, not a rule of the contract: a payload within the
 * limits may still break the contract's rules (a 250,000-character body is within the default
 * string limit and is reported {@code TOO_LONG}), and the reader stops reading a payload at the
 * first limit it exceeds, with one violation that names the limit in its {@code limit} argument
 * and gives its value in {@code max}, at the pointer, line and column where reading stopped.
 *
 * <table>
 *   <caption>The limits and their defaults</caption>
 *   <tr><th>limit ({@code limit} argument)</th><th>default</th><th>what it counts</th></tr>
 *   <tr><td>{@code documentBytes}</td><td>{@value #DEFAULT_MAX_DOCUMENT_BYTES} (2 MiB)</td>
 *       <td>bytes of one document, or of one NDJSON line or CSV record without its line break; the
 *       reader never holds more of a payload than this</td></tr>
 *   <tr><td>{@code nestingDepth}</td><td>{@value #DEFAULT_MAX_NESTING_DEPTH}</td>
 *       <td>arrays and objects open at once; the contract's deepest value,
 *       {@code /attachments/0/uri}, is at depth 3</td></tr>
 *   <tr><td>{@code stringLength}</td><td>{@value #DEFAULT_MAX_STRING_LENGTH}</td>
 *       <td>characters (code points, as the contract counts them) of one string value or member name, or of one
 *       CSV field (the longest text the contract allows, {@code body}, has 200,000)</td></tr>
 *   <tr><td>{@code numberLength}</td><td>{@value #DEFAULT_MAX_NUMBER_LENGTH}</td>
 *       <td>characters of one number, sign and exponent included</td></tr>
 *   <tr><td>{@code arrayLength}</td><td>{@value #DEFAULT_MAX_ARRAY_LENGTH}</td>
 *       <td>items of one array, anywhere in the document</td></tr>
 *   <tr><td>{@code memberCount}</td><td>{@value #DEFAULT_MAX_MEMBER_COUNT}</td>
 *       <td>members of one object, anywhere in the document (the contract names 15 at the top)</td></tr>
 *   <tr><td>{@code columns}</td><td>{@value #DEFAULT_MAX_COLUMNS}</td>
 *       <td>fields of one CSV record, the header's included (the header {@link CsvWriter} writes
 *       has 125)</td></tr>
 *   <tr><td>{@code violations}</td><td>{@value #DEFAULT_MAX_VIOLATIONS}</td>
 *       <td>violations one payload's report lists; past it one {@code TOO_MANY_VIOLATIONS} warning
 *       stands for the rest and reading stops (this one is not reported as
 *       {@code LIMIT_EXCEEDED})</td></tr>
 * </table>
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.builder().maxDocumentBytes(512 * 1024).build();
 * }</pre>
 */
public final class ReadLimits {
  /** Default of {@link #getMaxDocumentBytes()}: 2 MiB. */
  public static final int DEFAULT_MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;
  /** Default of {@link #getMaxNestingDepth()}. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 32;
  /** Default of {@link #getMaxStringLength()}. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 262_144;
  /** Default of {@link #getMaxNumberLength()}. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 32;
  /** Default of {@link #getMaxArrayLength()}. */
  public static final int DEFAULT_MAX_ARRAY_LENGTH = 1_000;
  /** Default of {@link #getMaxMemberCount()}. */
  public static final int DEFAULT_MAX_MEMBER_COUNT = 100;
  /** Default of {@link #getMaxViolations()}. */
  public static final int DEFAULT_MAX_VIOLATIONS = 100;
  /** Default of {@link #getMaxColumns()}. */
  public static final int DEFAULT_MAX_COLUMNS = 256;

  /** {@link #forDatasets()}'s {@link #getMaxDocumentBytes()}: 8 MiB. */
  public static final int DATASET_MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;
  /** {@link #forDatasets()}'s {@link #getMaxNestingDepth()}. */
  public static final int DATASET_MAX_NESTING_DEPTH = 16;
  /** {@link #forDatasets()}'s {@link #getMaxArrayLength()}. */
  public static final int DATASET_MAX_ARRAY_LENGTH = 10_000;

  private static final ReadLimits DEFAULTS = new Builder().build();
  private static final ReadLimits DATASETS = new Builder()
      .maxDocumentBytes(DATASET_MAX_DOCUMENT_BYTES)
      .maxNestingDepth(DATASET_MAX_NESTING_DEPTH)
      .maxArrayLength(DATASET_MAX_ARRAY_LENGTH)
      .build();

  private final int maxDocumentBytes;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxArrayLength;
  private final int maxMemberCount;
  private final int maxViolations;
  private final int maxColumns;

  private ReadLimits(Builder b) {
    this.maxDocumentBytes = b.maxDocumentBytes;
    this.maxNestingDepth = b.maxNestingDepth;
    this.maxStringLength = b.maxStringLength;
    this.maxNumberLength = b.maxNumberLength;
    this.maxArrayLength = b.maxArrayLength;
    this.maxMemberCount = b.maxMemberCount;
    this.maxViolations = b.maxViolations;
    this.maxColumns = b.maxColumns;
  }

  /** {@return the default limits, as the table above gives them} */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * The default limits of a {@link DatasetReader}: a whole review graph is larger than a
   * contribution, but shallower. Documents of {@value #DATASET_MAX_DOCUMENT_BYTES} bytes (8 MiB),
   * nesting depth {@value #DATASET_MAX_NESTING_DEPTH} (the deepest value of a dataset,
   * {@code /instruments/0/mandates/0/deliverables/0/sources/0/citation}, is at depth 9), arrays of
   * {@value #DATASET_MAX_ARRAY_LENGTH} items; the other limits are the {@link #defaults()}.
   *
   * @return the dataset limits
   */
  public static ReadLimits forDatasets() {
    return DATASETS;
  }

  /**
   * A builder that starts from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that starts from these limits.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxDocumentBytes = maxDocumentBytes;
    b.maxNestingDepth = maxNestingDepth;
    b.maxStringLength = maxStringLength;
    b.maxNumberLength = maxNumberLength;
    b.maxArrayLength = maxArrayLength;
    b.maxMemberCount = maxMemberCount;
    b.maxViolations = maxViolations;
    b.maxColumns = maxColumns;
    return b;
  }

  /** {@return the most bytes of one document, or of one NDJSON line without its line break} */
  public int getMaxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** {@return the most arrays and objects open at once} */
  public int getMaxNestingDepth() {
    return maxNestingDepth;
  }

  /** {@return the most characters (code points) of a string value or member name} */
  public int getMaxStringLength() {
    return maxStringLength;
  }

  /** {@return the most characters of a number} */
  public int getMaxNumberLength() {
    return maxNumberLength;
  }

  /** {@return the most items of one array} */
  public int getMaxArrayLength() {
    return maxArrayLength;
  }

  /** {@return the most members of one object} */
  public int getMaxMemberCount() {
    return maxMemberCount;
  }

  /** {@return the most violations one payload's report lists} */
  public int getMaxViolations() {
    return maxViolations;
  }

  /** {@return the most fields of one CSV record} */
  public int getMaxColumns() {
    return maxColumns;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ReadLimits)) {
      return false;
    }
    ReadLimits that = (ReadLimits) o;
    return maxDocumentBytes == that.maxDocumentBytes && maxNestingDepth == that.maxNestingDepth
        && maxStringLength == that.maxStringLength && maxNumberLength == that.maxNumberLength
        && maxArrayLength == that.maxArrayLength && maxMemberCount == that.maxMemberCount
        && maxViolations == that.maxViolations && maxColumns == that.maxColumns;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxArrayLength,
        maxMemberCount, maxViolations, maxColumns);
  }

  @Override
  public String toString() {
    return "ReadLimits{documentBytes=" + maxDocumentBytes + ", nestingDepth=" + maxNestingDepth
        + ", stringLength=" + maxStringLength + ", numberLength=" + maxNumberLength
        + ", arrayLength=" + maxArrayLength + ", memberCount=" + maxMemberCount
        + ", violations=" + maxViolations + ", columns=" + maxColumns + "}";
  }

  /** Configures {@link ReadLimits}. Each setter refuses a value below its minimum. */
  public static final class Builder {
    private int maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private int maxArrayLength = DEFAULT_MAX_ARRAY_LENGTH;
    private int maxMemberCount = DEFAULT_MAX_MEMBER_COUNT;
    private int maxViolations = DEFAULT_MAX_VIOLATIONS;
    private int maxColumns = DEFAULT_MAX_COLUMNS;

    private Builder() {}

    /**
     * The most bytes of one document or NDJSON line.
     *
     * @param bytes at least 2 (the shortest object, {@code {}})
     * @return this builder
     * @throws IllegalArgumentException if {@code bytes} is less than 2
     */
    public Builder maxDocumentBytes(int bytes) {
      this.maxDocumentBytes = atLeast(2, bytes, "maxDocumentBytes");
      return this;
    }

    /**
     * The most arrays and objects open at once.
     *
     * @param depth at least 3, the depth the contract itself needs
     * @return this builder
     * @throws IllegalArgumentException if {@code depth} is less than 3
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = atLeast(3, depth, "maxNestingDepth");
      return this;
    }

    /**
     * The most characters of a string value or member name.
     *
     * @param length at least 16 (the longest member name of the contract has 16)
     * @return this builder
     * @throws IllegalArgumentException if {@code length} is less than 16
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = atLeast(16, length, "maxStringLength");
      return this;
    }

    /**
     * The most characters of a number.
     *
     * @param length at least 2
     * @return this builder
     * @throws IllegalArgumentException if {@code length} is less than 2
     */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = atLeast(2, length, "maxNumberLength");
      return this;
    }

    /**
     * The most items of one array.
     *
     * @param length at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code length} is less than 1
     */
    public Builder maxArrayLength(int length) {
      this.maxArrayLength = atLeast(1, length, "maxArrayLength");
      return this;
    }

    /**
     * The most members of one object.
     *
     * @param count at least 15, the members the contract names at the top
     * @return this builder
     * @throws IllegalArgumentException if {@code count} is less than 15
     */
    public Builder maxMemberCount(int count) {
      this.maxMemberCount = atLeast(15, count, "maxMemberCount");
      return this;
    }

    /**
     * The most violations one report lists.
     *
     * @param count at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code count} is less than 1
     */
    public Builder maxViolations(int count) {
      this.maxViolations = atLeast(1, count, "maxViolations");
      return this;
    }

    /**
     * The most fields of one CSV record.
     *
     * @param count at least 8, the columns a CSV header must have
     * @return this builder
     * @throws IllegalArgumentException if {@code count} is less than 8
     */
    public Builder maxColumns(int count) {
      this.maxColumns = atLeast(8, count, "maxColumns");
      return this;
    }

    /** {@return the limits} */
    public ReadLimits build() {
      return new ReadLimits(this);
    }

    private static int atLeast(int min, int value, String name) {
      if (value < min) {
        throw new IllegalArgumentException(name + " is at least " + min);
      }
      return value;
    }
  }
}

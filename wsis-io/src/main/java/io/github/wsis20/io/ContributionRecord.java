package io.github.wsis20.io;

import io.github.wsis20.model.contribution.Contribution;
import java.util.Objects;

/**
 * One record of an NDJSON or CSV stream, with the line it starts on and what reading it gave: a
 * line of NDJSON, a data row of CSV, or a CSV header that has a problem. Immutable.
 */
public final class ContributionRecord {
  private final long lineNumber;
  private final boolean header;
  private final ReadResult<Contribution> result;

  ContributionRecord(long lineNumber, boolean header, ReadResult<Contribution> result) {
    this.lineNumber = lineNumber;
    this.header = header;
    this.result = result;
  }

  /**
   * The line the record starts on, counting blank lines and, in CSV, the line breaks inside quoted
   * fields.
   *
   * @return from 1
   */
  public long getLineNumber() {
    return lineNumber;
  }

  /**
   * Whether this is a CSV header's record: it comes only when the header is wrong, and is then the
   * only record of the stream.
   *
   * @return true for the header
   */
  public boolean isHeader() {
    return header;
  }

  /**
   * The contribution or the report of this record. Its violations carry this line and, as their
   * column, the column in the NDJSON line, or the number of the CSV column they are about (from 1;
   * 0 when no column holds the value, such as a missing column of the header).
   *
   * @return the result
   */
  public ReadResult<Contribution> getResult() {
    return result;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContributionRecord && ((ContributionRecord) o).lineNumber == lineNumber
        && ((ContributionRecord) o).header == header
        && ((ContributionRecord) o).result.equals(result);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lineNumber, header, result);
  }

  @Override
  public String toString() {
    return (header ? "header, line " : "line ") + lineNumber + ": " + result;
  }
}

package io.github.wsis20.io;

import io.github.wsis20.model.contribution.Contribution;
import java.util.Objects;

/**
 * One record of an NDJSON stream: the line it was on and what reading it gave. Immutable.
 */
public final class NdjsonRecord {
  private final long lineNumber;
  private final ReadResult<Contribution> result;

  NdjsonRecord(long lineNumber, ReadResult<Contribution> result) {
    this.lineNumber = lineNumber;
    this.result = result;
  }

  /**
   * The record's line in the stream, counting blank lines too.
   *
   * @return from 1
   */
  public long getLineNumber() {
    return lineNumber;
  }

  /**
   * The contribution or the report of this record. Its violations carry this line number and
   * their column in the line.
   *
   * @return the result
   */
  public ReadResult<Contribution> getResult() {
    return result;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NdjsonRecord && ((NdjsonRecord) o).lineNumber == lineNumber
        && ((NdjsonRecord) o).result.equals(result);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lineNumber, result);
  }

  @Override
  public String toString() {
    return "line " + lineNumber + ": " + result;
  }
}

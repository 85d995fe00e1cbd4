package io.github.wsis20.io;

import io.github.wsis20.validation.ValidationReport;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading one payload gave: the value when the payload is valid, and always the report.
 *
 * <p>The value is present exactly when the report {@link ValidationReport#isValid() is valid}: a
 * report with warnings only (such as {@code RULE_NOT_CHECKED}) still comes with the value; a report
 * with any error never does. Immutable.
 *
 * @param <T> the type of the value
 */
public final class ReadResult<T> {
  private final T value;
  private final ValidationReport report;

  ReadResult(T value, ValidationReport report) {
    this.report = Objects.requireNonNull(report, "report");
    this.value = report.isValid() ? value : null;
  }

  /** {@return the value read, or empty when the report has an error} */
  public Optional<T> getValue() {
    return Optional.ofNullable(value);
  }

  /**
   * Every problem found, reading problems first, in the order of the text, then the rules'.
   *
   * @return the report, possibly without violations
   */
  public ValidationReport getReport() {
    return report;
  }

  /** {@return whether the payload is valid, and the value present} */
  public boolean isValid() {
    return value != null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadResult && Objects.equals(((ReadResult<?>) o).value, value)
        && ((ReadResult<?>) o).report.equals(report);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, report);
  }

  @Override
  public String toString() {
    return isValid() ? "valid: " + value : report.toString();
  }
}

package io.github.wsis20.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.wsis20.validation.ValidationReport;
import io.github.wsis20.validation.Violation;
import java.util.stream.Collectors;

/**
 * What {@link WsisModule}'s deserializers throw for a value that breaks the wire format's reading
 * rules: a Jackson {@link MismatchedInputException}, so that any Jackson user handles it as one,
 * that carries the SDK's whole {@link ValidationReport}, every problem of the value at its JSON
 * Pointer (relative to the value), so that a service can answer with all of them at once.
 *
 * <p>Its message names each problem's code and pointer, never the offending value.
 */
public final class InvalidPayloadException extends MismatchedInputException {
  private static final long serialVersionUID = 1L;
  /** Not serialized: a report is for the process that read the value. */
  private final transient ValidationReport report;

  InvalidPayloadException(JsonParser parser, Class<?> type, ValidationReport report) {
    super(parser, message(type, report), type);
    this.report = report;
  }

  private static String message(Class<?> type, ValidationReport report) {
    if (report.getViolations().isEmpty()) {
      return type.getSimpleName() + ": no value";
    }
    return type.getSimpleName() + ": " + report.getViolations().stream()
        .map(v -> v.getCode().getCode() + " at '" + v.getPointer() + "'")
        .collect(Collectors.joining("; "));
  }

  /**
   * Every reading problem of the value.
   *
   * @return the report, with messages in the module's language; null after Java serialization
   */
  public ValidationReport getReport() {
    return report;
  }

  /** {@return the first problem, for a caller that shows one; null when the value was absent} */
  public Violation getFirstViolation() {
    return report == null || report.getViolations().isEmpty() ? null : report.getViolations().get(0);
  }
}

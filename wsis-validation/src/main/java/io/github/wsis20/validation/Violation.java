package io.github.wsis20.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One problem of a payload or dataset: where it is ({@link #getPointer()}, and for a syntax
 * problem its line and column), what it is ({@link #getCode()}, from the catalogue), how serious
 * ({@link #getSeverity()}), and a message in the language the report was made for.
 *
 * <p>The message never repeats the offending value: payloads may hold personal data, and a
 * report is often logged.
 */
public final class Violation {
  private final Pointer pointer;
  private final ViolationCode code;
  private final Severity severity;
  private final String message;
  private final Map<String, String> arguments;
  private final long line;
  private final int column;

  Violation(Pointer pointer, ViolationCode code, Severity severity, String message,
      Map<String, String> arguments, long line, int column) {
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.code = Objects.requireNonNull(code, "code");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.message = Objects.requireNonNull(message, "message");
    this.arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    this.line = line;
    this.column = column;
  }

  /**
   * Where the value to fix is, in wire names. For a missing member, where it belongs; for a rule
   * that ties members together, the member to fix.
   *
   * @return the pointer
   */
  public Pointer getPointer() {
    return pointer;
  }

  /**
   * What the problem is.
   *
   * @return the code
   */
  public ViolationCode getCode() {
    return code;
  }

  /**
   * How serious the problem is.
   *
   * @return the severity
   */
  public Severity getSeverity() {
    return severity;
  }

  /**
   * The problem in words, in the report's language.
   *
   * @return the message
   */
  public String getMessage() {
    return message;
  }

  /**
   * The facts the message is made from, such as {@code max=300}: for programs that word their own
   * messages.
   *
   * @return the arguments by name, in a stable order
   */
  public Map<String, String> getArguments() {
    return arguments;
  }

  /**
   * The line of the input where a reading problem lies, from 1. A long, because an NDJSON or CSV
   * stream read record by record has no limit on its number of lines.
   *
   * @return the line, or empty when the problem is not tied to a place in the text
   */
  public OptionalLong getLine() {
    return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
  }

  /**
   * The column of the input where a reading problem lies, from 1.
   *
   * @return the column, or empty when the problem is not tied to a place in the text
   */
  public OptionalInt getColumn() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Violation)) {
      return false;
    }
    Violation that = (Violation) o;
    return pointer.equals(that.pointer) && code == that.code && severity == that.severity
        && message.equals(that.message) && arguments.equals(that.arguments)
        && line == that.line && column == that.column;
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, code, severity, message, arguments, line, column);
  }

  @Override
  public String toString() {
    String place = line > 0 ? " (line " + line + ", column " + column + ")" : "";
    return severity + " " + code.getCode() + " at '" + pointer + "'" + place + ": " + message;
  }
}

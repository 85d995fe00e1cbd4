package io.github.wsis20.validation;

import io.github.wsis20.validation.internal.Codelists;
import io.github.wsis20.validation.internal.MessageCatalog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Every problem found in one payload or dataset, with messages in one language. A report with no
 * {@link Severity#ERROR error} is {@link #isValid() valid}; warnings do not make it invalid.
 */
public final class ValidationReport {
  private final Locale locale;
  private final List<Violation> violations;

  private ValidationReport(Locale locale, List<Violation> violations) {
    this.locale = locale;
    this.violations = Collections.unmodifiableList(new ArrayList<>(violations));
  }

  /**
   * Starts a report whose messages are in a language. A locale whose language is not one of the
   * six UN languages gets English messages.
   *
   * @param locale the caller's locale
   * @return a builder
   */
  public static Builder builder(Locale locale) {
    return new Builder(locale);
  }

  /**
   * Whether the payload or dataset has no error.
   *
   * @return true when every violation, if any, is a warning
   */
  public boolean isValid() {
    // Asked of every payload read: a loop, without the stream's objects.
    for (Violation v : violations) {
      if (v.getSeverity() == Severity.ERROR) {
        return false;
      }
    }
    return true;
  }

  /**
   * Every violation, in the order found.
   *
   * @return the violations, possibly none
   */
  public List<Violation> getViolations() {
    return violations;
  }

  /**
   * The violations of one severity.
   *
   * @param severity the severity
   * @return those violations, in the order found
   */
  public List<Violation> getViolations(Severity severity) {
    return violations.stream().filter(v -> v.getSeverity() == severity).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The language of the messages.
   *
   * @return the locale the report was made for
   */
  public Locale getLocale() {
    return locale;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationReport && ((ValidationReport) o).violations.equals(violations)
        && ((ValidationReport) o).locale.equals(locale);
  }

  @Override
  public int hashCode() {
    return Objects.hash(locale, violations);
  }

  /**
   * The report as lines for people: one line per violation, or a line that says it is valid.
   *
   * @return the text
   */
  @Override
  public String toString() {
    if (violations.isEmpty()) {
      return "valid";
    }
    return violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
  }

  /**
   * Collects violations, words their messages in the report's language, and stops collecting at
   * a cap with one {@link ViolationCode#TOO_MANY_VIOLATIONS} warning. Not thread-safe: one builder
   * per payload.
   */
  public static final class Builder {
    /** The cap of a builder that was not given one. */
    public static final int DEFAULT_MAX_VIOLATIONS = 1000;

    private final Locale locale;
    private final MessageCatalog messages;
    private final List<Violation> violations = new ArrayList<>();
    private int maxViolations = DEFAULT_MAX_VIOLATIONS;
    private boolean capped;

    private Builder(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      this.messages = MessageCatalog.forLocale(locale);
    }

    /**
     * Sets the largest number of violations the report lists; past it, one
     * {@link ViolationCode#TOO_MANY_VIOLATIONS} warning stands for the rest.
     *
     * @param max at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code max} is less than 1
     */
    public Builder maxViolations(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("a report lists at least one violation");
      }
      this.maxViolations = max;
      return this;
    }

    /**
     * Adds a violation with the code's default severity.
     *
     * @param pointer where the value to fix is
     * @param code what the problem is
     * @param arguments facts for the message, as name and value pairs: {@code "max", "300"}
     * @return this builder
     * @throws IllegalArgumentException if the arguments are not pairs
     */
    public Builder add(Pointer pointer, ViolationCode code, String... arguments) {
      return add(pointer, code, code.getDefaultSeverity(), 0, 0, arguments);
    }

    /**
     * Adds a reading problem at a place in the text.
     *
     * @param pointer where the value is, as far as the reader got
     * @param code what the problem is
     * @param line the line, from 1 (0 when unknown)
     * @param column the column, from 1 (0 when unknown)
     * @param arguments facts for the message, as name and value pairs
     * @return this builder
     */
    public Builder addAt(Pointer pointer, ViolationCode code, long line, int column, String... arguments) {
      return add(pointer, code, code.getDefaultSeverity(), line, column, arguments);
    }

    /**
     * Adds a violation with every detail given.
     *
     * @param pointer where the value to fix is
     * @param code what the problem is
     * @param severity how serious it is
     * @param line the line, from 1 (0 when not tied to the text)
     * @param column the column, from 1 (0 when not tied to the text)
     * @param arguments facts for the message, as name and value pairs
     * @return this builder
     */
    public Builder add(Pointer pointer, ViolationCode code, Severity severity, long line, int column,
        String... arguments) {
      if (arguments.length % 2 != 0) {
        throw new IllegalArgumentException("message arguments come in name and value pairs");
      }
      if (capped) {
        return this;
      }
      if (violations.size() >= maxViolations) {
        capped = true;
        violations.add(violation(Pointer.root(), ViolationCode.TOO_MANY_VIOLATIONS, Severity.WARNING, 0, 0,
            "max", Integer.toString(maxViolations)));
        return this;
      }
      violations.add(violation(pointer, code, severity, line, column, arguments));
      return this;
    }

    /**
     * Adds a violation that a rule found on a value, at the place where that value is in a text:
     * its code, severity and arguments, at another pointer, line and column.
     *
     * @param violation the violation
     * @param pointer where the value is in the text's terms
     * @param line the line, from 1 (0 when unknown)
     * @param column the column, from 1 (0 when unknown)
     * @return this builder
     */
    public Builder addAt(Violation violation, Pointer pointer, long line, int column) {
      Map<String, String> arguments = violation.getArguments();
      String[] pairs = new String[arguments.size() * 2];
      int i = 0;
      for (Map.Entry<String, String> e : arguments.entrySet()) {
        pairs[i++] = e.getKey();
        pairs[i++] = e.getValue();
      }
      return add(pointer, violation.getCode(), violation.getSeverity(), line, column, pairs);
    }

    /**
     * Adds every violation of another report, words unchanged.
     *
     * @param other a report, normally in the same language
     * @return this builder
     */
    public Builder addAll(ValidationReport other) {
      for (Violation violation : other.violations) {
        if (capped) {
          break;
        }
        if (violations.size() >= maxViolations) {
          add(Pointer.root(), ViolationCode.TOO_MANY_VIOLATIONS);
          break;
        }
        violations.add(violation);
      }
      return this;
    }

    /**
     * Whether the cap has been reached: further violations are dropped.
     *
     * @return true once the report is full
     */
    public boolean isFull() {
      return capped;
    }

    /**
     * Whether any error has been added so far.
     *
     * @return true when at least one violation is an error
     */
    public boolean hasErrors() {
      return violations.stream().anyMatch(v -> v.getSeverity() == Severity.ERROR);
    }

    private Violation violation(Pointer pointer, ViolationCode code, Severity severity, long line, int column,
        String... arguments) {
      Map<String, String> named = new LinkedHashMap<>();
      for (int i = 0; i < arguments.length; i += 2) {
        named.put(arguments[i], arguments[i + 1]);
      }
      Codelists.supplyKnown(code, named);
      return new Violation(pointer, code, severity, messages.format(code, named), named, line, column);
    }

    /**
     * The report.
     *
     * @return the report of every violation added
     */
    public ValidationReport build() {
      return new ValidationReport(locale, violations);
    }
  }
}

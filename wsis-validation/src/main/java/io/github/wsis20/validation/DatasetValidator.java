package io.github.wsis20.validation;

import io.github.wsis20.model.Dataset;
import io.github.wsis20.validation.internal.BeanViolations;
import io.github.wsis20.validation.internal.DomainRules;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;

/**
 * Checks a {@link Dataset} against every invariant of the WSIS+20 domain and reports every
 * problem, each at the JSON Pointer of the value to fix in the dataset's wire names
 * ({@code /bodies/3/parent}, {@code /instruments/1/mandates/0/deliverables/2/due},
 * {@code /sessions/5/year}).
 *
 * <p>It checks the constraints the model declares (ids, lengths, ranges) and the rules that tie
 * entities together: unique ids; references that resolve to an entity of the right kind; no loop
 * of parents or reporting lines; no deliverable due before its instrument was adopted; session
 * dues at a session of a body on the deliverable's route; distinct session ordinals per body;
 * session years on their body's calendar; session and event dates in order and in their year; an
 * instrument's symbol in its adopting body's grammar and its date inside its meeting. A rule that
 * lacks the data it needs (a body with sessions but no calendar, an instrument with dues but no
 * adoption date or meeting) says so in a {@link ViolationCode#RULE_NOT_CHECKED} warning.
 *
 * <p>Build one and share it: a validator is immutable and thread-safe, and builds its Jakarta
 * Validation machinery once, in {@link Builder#build()}, not per call.
 *
 * <pre>{@code
 * DatasetValidator validator = DatasetValidator.builder().build();
 * ValidationReport report = validator.validate(dataset, Locale.forLanguageTag("es"));
 * }</pre>
 */
public final class DatasetValidator {
  private final BeanViolations constraints;

  private DatasetValidator() {
    // No constraint of a dataset reads a clock; the system clock is never consulted.
    this.constraints = new BeanViolations(Clock.systemUTC());
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks a dataset.
   *
   * @param dataset the dataset
   * @param locale the language of the messages; English when not one of the six UN languages
   * @return the report: valid when no rule is broken (warnings allowed)
   * @throws NullPointerException if the dataset or locale is null
   */
  public ValidationReport validate(Dataset dataset, Locale locale) {
    ValidationReport.Builder report = ValidationReport.builder(locale);
    validate(dataset, report);
    return report.build();
  }

  /**
   * Checks a dataset and adds what it finds to a report under construction, so that a reader can
   * merge reading problems and rule violations into one report.
   *
   * @param dataset the dataset
   * @param report the report to add to
   * @throws NullPointerException if the dataset or report is null
   */
  public void validate(Dataset dataset, ValidationReport.Builder report) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(report, "report");
    constraints.check(dataset, report);
    DomainRules.check(dataset, report);
  }

  /** Configures a {@link DatasetValidator}. It has no option yet; the builder leaves room for some. */
  public static final class Builder {
    private Builder() {}

    /**
     * Builds the validator, and its Jakarta Validation machinery with it.
     *
     * @return the validator
     */
    public DatasetValidator build() {
      return new DatasetValidator();
    }
  }
}

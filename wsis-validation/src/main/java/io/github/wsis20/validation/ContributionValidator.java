package io.github.wsis20.validation;

import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.validation.internal.BeanViolations;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a {@link Contribution} against every rule of wire format 1.0 and reports every problem,
 * each at the JSON Pointer of the member to fix.
 *
 * <p>The rules are those the model declares as Jakarta constraints (formats, lengths in code
 * points, code lists, the rules that tie members together, such as a government's country and
 * what every status but {@code DRAFT} needs), plus those only the SDK can check: the schema
 * version and the review process. Formats apply to a draft too. {@code submittedAt} may not lie
 * after the present of the validator's {@link Builder#clock(Clock) clock}.
 *
 * <p>Build one and share it: a validator is immutable and thread-safe, and builds its Jakarta
 * Validation machinery once, in {@link Builder#build()}, not per call: the model's constraints are
 * compiled from Hibernate Validator's metadata into a plan that a call runs directly, with the
 * model's own constraint validators, and that gives the violations Hibernate Validator gives. It
 * runs without Expression Language: no text of a payload is ever evaluated.
 *
 * <pre>{@code
 * ContributionValidator validator = ContributionValidator.builder()
 *     .reviewProcesses(List.of("wsis+20", "wsis+10"))
 *     .build();
 * ValidationReport report = validator.validate(contribution, Locale.FRENCH);
 * }</pre>
 */
public final class ContributionValidator {
  private static final Pointer SCHEMA_VERSION = Pointer.root().member("schemaVersion");
  private static final Pointer PROCESS = Pointer.root().member("process");

  private final BeanViolations constraints;
  private final Set<String> reviewProcesses;

  private ContributionValidator(Builder builder) {
    this.constraints = new BeanViolations(builder.clock);
    // The model's constraints, compiled once into a plan that runs without the provider's
    // traversal (a test holds the two to the same violations).
    constraints.prepare(Contribution.class);
    this.reviewProcesses = builder.reviewProcesses == null ? null : Set.copyOf(builder.reviewProcesses);
  }

  /**
   * A builder, for a validator with another clock or known review processes.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks a contribution.
   *
   * @param contribution the contribution
   * @param locale the language of the messages; English when not one of the six UN languages
   * @return the report: valid when no rule is broken
   * @throws NullPointerException if the contribution or locale is null
   */
  public ValidationReport validate(Contribution contribution, Locale locale) {
    ValidationReport.Builder report = ValidationReport.builder(locale);
    validate(contribution, report);
    return report.build();
  }

  /**
   * Checks a contribution and adds what it finds to a report under construction, so that a
   * reader can merge reading problems and rule violations into one report.
   *
   * @param contribution the contribution
   * @param report the report to add to
   * @throws NullPointerException if the contribution or report is null
   */
  public void validate(Contribution contribution, ValidationReport.Builder report) {
    Objects.requireNonNull(contribution, "contribution");
    Objects.requireNonNull(report, "report");
    if (!Contribution.CURRENT_SCHEMA_VERSION.equals(contribution.getSchemaVersion())) {
      report.add(SCHEMA_VERSION, ViolationCode.UNSUPPORTED_SCHEMA_VERSION,
          "supported", Contribution.CURRENT_SCHEMA_VERSION);
    }
    constraints.check(contribution, report);
    checkProcess(contribution, report);
  }

  private void checkProcess(Contribution contribution, ValidationReport.Builder report) {
    if (reviewProcesses == null) {
      report.add(PROCESS, ViolationCode.RULE_NOT_CHECKED, "rule", ViolationCode.UNKNOWN_PROCESS.getCode());
    } else if (!reviewProcesses.contains(contribution.getProcess())) {
      report.add(PROCESS, ViolationCode.UNKNOWN_PROCESS, "known", String.join(", ", new TreeSet<>(reviewProcesses)));
    }
  }

  /** Configures a {@link ContributionValidator}. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private Collection<String> reviewProcesses;

    private Builder() {}

    /**
     * The clock whose present {@code submittedAt} may not be after. Defaults to the system clock.
     *
     * @param clock the clock
     * @return this builder
     * @throws NullPointerException if the clock is null
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The ids of the review processes a contribution may name, such as those of the bundled
     * reference data. Without them the process rule is not checked, and the report says so in a
     * {@link ViolationCode#RULE_NOT_CHECKED} warning.
     *
     * @param ids the known review-process ids
     * @return this builder
     * @throws NullPointerException if the collection or one of its ids is null
     */
    public Builder reviewProcesses(Collection<String> ids) {
      this.reviewProcesses = List.copyOf(ids);
      return this;
    }

    /**
     * Builds the validator, and its Jakarta Validation machinery with it.
     *
     * @return the validator
     */
    public ContributionValidator build() {
      return new ContributionValidator(this);
    }
  }

  /**
   * The review processes this validator knows.
   *
   * @return their ids, or empty when the process rule is not checked
   */
  public Optional<Set<String>> getReviewProcesses() {
    return Optional.ofNullable(reviewProcesses);
  }
}

package io.github.wsis20.validation;

import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.model.contribution.ContributionStatus;
import io.github.wsis20.model.contribution.StakeholderGroup;
import io.github.wsis20.validation.internal.BeanViolations;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a {@link Contribution} against every rule of wire format 1.0 and reports every problem,
 * each at the JSON Pointer of the member to fix.
 *
 * <p>Build one and share it: a validator is immutable and thread-safe, and builds its Jakarta
 * Validation machinery once, not per call. It runs Hibernate Validator without Expression
 * Language: no text of a payload is ever evaluated.
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
  private static final Pointer CONTRIBUTOR_COUNTRY = Pointer.root().member("contributor").member("country");

  private final Validator validator;
  private final Set<String> reviewProcesses;

  private ContributionValidator(Builder builder) {
    this.validator = BeanViolations.validator(builder.clock);
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
   */
  public void validate(Contribution contribution, ValidationReport.Builder report) {
    Objects.requireNonNull(contribution, "contribution");
    if (!Contribution.CURRENT_SCHEMA_VERSION.equals(contribution.getSchemaVersion())) {
      report.add(SCHEMA_VERSION, ViolationCode.UNSUPPORTED_SCHEMA_VERSION,
          "supported", Contribution.CURRENT_SCHEMA_VERSION);
    }
    BeanViolations.addAll(validator.validate(contribution), report);
    checkProcess(contribution, report);
    checkGovernmentCountry(contribution, report);
    checkRequiredUnlessDraft(contribution, report);
    checkDistinct(Pointer.root().member("actionLines"), contribution.getActionLines(), report);
    checkDistinct(Pointer.root().member("sdgs"), contribution.getSdgs(), report);
    checkDistinct(Pointer.root().member("keywords"), contribution.getKeywords(), report);
  }

  private void checkProcess(Contribution contribution, ValidationReport.Builder report) {
    Pointer pointer = Pointer.root().member("process");
    if (reviewProcesses == null) {
      report.add(pointer, ViolationCode.RULE_NOT_CHECKED, "rule", "process");
    } else if (!reviewProcesses.contains(contribution.getProcess())) {
      report.add(pointer, ViolationCode.UNKNOWN_PROCESS, "known", String.join(", ", new java.util.TreeSet<>(reviewProcesses)));
    }
  }

  private static void checkGovernmentCountry(Contribution contribution, ValidationReport.Builder report) {
    if (contribution.getContributor().getStakeholderGroup() == StakeholderGroup.GOVERNMENT
        && contribution.getContributor().getCountry().isEmpty()) {
      report.add(CONTRIBUTOR_COUNTRY, ViolationCode.COUNTRY_REQUIRED_FOR_GOVERNMENT);
    }
  }

  private static void checkRequiredUnlessDraft(Contribution contribution, ValidationReport.Builder report) {
    if (contribution.getStatus() == ContributionStatus.DRAFT) {
      return;
    }
    String status = contribution.getStatus().name();
    if (contribution.getSubmittedAt().isEmpty()) {
      report.add(Pointer.root().member("submittedAt"), ViolationCode.REQUIRED_UNLESS_DRAFT, "status", status);
    }
    if (contribution.getActionLines().isEmpty()) {
      report.add(Pointer.root().member("actionLines"), ViolationCode.REQUIRED_UNLESS_DRAFT, "status", status);
    }
    if (contribution.getSummary().isEmpty()) {
      report.add(Pointer.root().member("summary"), ViolationCode.REQUIRED_UNLESS_DRAFT, "status", status);
    }
  }

  private static void checkDistinct(Pointer list, List<?> items, ValidationReport.Builder report) {
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      if (!seen.add(items.get(i))) {
        report.add(list.index(i), ViolationCode.DUPLICATE_ITEM);
      }
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

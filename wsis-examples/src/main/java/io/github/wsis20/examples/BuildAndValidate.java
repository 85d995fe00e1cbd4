package io.github.wsis20.examples;

import io.github.wsis20.model.ActionLine;
import io.github.wsis20.model.Sdg;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.model.contribution.ContributionStatus;
import io.github.wsis20.model.contribution.Stakeholder;
import io.github.wsis20.model.contribution.StakeholderGroup;
import io.github.wsis20.validation.ContributionValidator;
import io.github.wsis20.validation.ValidationReport;
import io.github.wsis20.validation.Violation;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Builds a contribution in code, validates it, then breaks two rules and prints the report.
 */
public final class BuildAndValidate {
  private BuildAndValidate() {}

  /**
   * Runs the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    // Build the validator once and share it: it is thread-safe and costly to build.
    ContributionValidator validator = ContributionValidator.builder()
        .reviewProcesses(List.of("wsis+20", "wsis+10"))
        .build();

    Contribution contribution = Contribution.builder()
        .id("c-2025-0007")
        .process("wsis+20")
        .title("Digital public infrastructure for small island states")
        .language("en")
        .contributor(Stakeholder.builder()
            .name("Ministry of Communications")
            .stakeholderGroup(StakeholderGroup.GOVERNMENT)
            .country("FJI")
            .build())
        .status(ContributionStatus.SUBMITTED)
        .submittedAt(OffsetDateTime.parse("2025-03-01T09:30:00+12:00"))
        .addActionLines(ActionLine.C2, ActionLine.C7_E_GOVERNMENT)
        .addSdgs(Sdg.INDUSTRY_INNOVATION_AND_INFRASTRUCTURE)
        .summary("Shared identity, payment and data-exchange layers lower the cost of public services.")
        .build();

    ValidationReport report = validator.validate(contribution, Locale.ENGLISH);
    System.out.println("As built: " + (report.isValid() ? "valid" : "invalid"));

    // A government must name its country, and a submitted contribution needs a summary.
    Contribution broken = contribution
        .withContributor(contribution.getContributor().withCountry(java.util.Optional.empty()))
        .withSummary(java.util.Optional.empty());
    ValidationReport brokenReport = validator.validate(broken, Locale.ENGLISH);
    System.out.println("After two changes: " + (brokenReport.isValid() ? "valid" : "invalid"));
    for (Violation violation : brokenReport.getViolations()) {
      System.out.printf("  %-22s %-32s %s%n", violation.getPointer(), violation.getCode(), violation.getMessage());
    }
  }
}

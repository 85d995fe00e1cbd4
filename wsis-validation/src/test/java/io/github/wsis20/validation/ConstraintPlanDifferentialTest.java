package io.github.wsis20.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.testing.BrokenContributions;
import io.github.wsis20.testing.ContributionGen;
import io.github.wsis20.testing.Samples;
import io.github.wsis20.validation.internal.BeanViolations;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The compiled plan of the model's constraints and the Jakarta Validation provider give the same
 * violations: on each constraint's own case, on valid contributions, and on valid contributions
 * with one or two fields broken.
 */
class ConstraintPlanDifferentialTest {
  private static final BeanViolations CONSTRAINTS = new BeanViolations(
      Clock.fixed(ContributionGen.LATEST_SUBMISSION, ZoneOffset.UTC));

  private static ValidationReport report(Contribution c, boolean planned) {
    ValidationReport.Builder report = ValidationReport.builder(Locale.ENGLISH);
    CONSTRAINTS.check(c, report, planned);
    return report.build();
  }

  private static void sameViolations(Contribution c) {
    assertThat(report(c, true)).as("%s", c).isEqualTo(report(c, false));
  }

  @Test
  void theContributionsConstraints_compileIntoAPlan() {
    assertThat(CONSTRAINTS.prepare(Contribution.class)).isTrue();
  }

  @Test
  void eachConstraintsOwnCase_hasTheSameViolations() {
    sameViolations(Samples.contractExample());
    for (BrokenContributions.Case c : BrokenContributions.everyConstraint()) {
      assertThat(report(c.getContribution(), true).getViolations()).as(c.toString()).isNotEmpty();
      sameViolations(c.getContribution());
    }
  }

  @Test
  void generatedContributions_haveTheSameViolations() {
    qt().withExamples(500).forAll(ContributionGen.valid()).checkAssert(ConstraintPlanDifferentialTest::sameViolations);
  }

  @Test
  void generatedContributionsWithOneOrTwoBrokenFields_haveTheSameViolations() {
    qt().withExamples(1500)
        .forAll(ContributionPropertiesTest.mutations(), integers().between(0, 45), integers().between(0, 1_000_000))
        .checkAssert((m, kind, choice) -> {
          sameViolations(m.broken());
          if (kind < 23) {
            sameViolations(ContributionPropertiesTest.mutate(m.broken(), kind, choice).broken());
          }
        });
  }
}

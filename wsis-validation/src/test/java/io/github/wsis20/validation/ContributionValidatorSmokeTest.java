package io.github.wsis20.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wsis20.testing.Samples;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ContributionValidatorSmokeTest {
  static final ContributionValidator VALIDATOR = ContributionValidator.builder()
      .reviewProcesses(List.of("wsis+20", "wsis+10")).build();

  @Test
  void contractExample_isValid() {
    ValidationReport report = VALIDATOR.validate(Samples.contractExample(), Locale.ENGLISH);
    assertThat(report.getViolations()).isEmpty();
  }

  @Test
  void blankTitle_isReportedAtTitle() {
    ValidationReport report = VALIDATOR.validate(Samples.contractExample().withTitle("   "), Locale.ENGLISH);
    assertThat(report.getViolations()).extracting(v -> v.getPointer().toString() + " " + v.getCode())
        .containsExactly("/title BLANK");
  }

  @Test
  void badDigest_isReportedAtTheAttachment() {
    var c = Samples.contractExample();
    c = c.withAttachments(c.getAttachments().get(0).withSha256("XYZ"));
    ValidationReport report = VALIDATOR.validate(c, Locale.ENGLISH);
    assertThat(report.getViolations()).extracting(v -> v.getPointer().toString() + " " + v.getCode())
        .containsExactly("/attachments/0/sha256 INVALID_SHA256");
  }
}

package io.github.wsis20.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.validation.Severity;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes the one-call reader, JSON and YAML. In the normal build it runs the inputs under
 * {@code src/test/resources/io/github/wsis20/io/ContributionReaderFuzzTestInputs/<method>/} as
 * regression tests; with {@code JAZZER_FUZZ=1} it fuzzes (see docs/reading.md).
 */
class ContributionReaderFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void read(byte[] data) {
    ReadResult<Contribution> result = Reading.READER.read(data);
    // Always a value or at least one error, never both.
    assertThat(result.getValue().isPresent())
        .isEqualTo(result.getReport().getViolations(Severity.ERROR).isEmpty());
    // Deterministic, and the same from a stream as from bytes.
    assertThat(Reading.READER.read(data)).isEqualTo(result);
    assertThat(Reading.READER.read(new ByteArrayInputStream(data))).isEqualTo(result);
    // What is accepted can be written, and reads back as itself.
    result.getValue().ifPresent(c -> {
      byte[] written = ContributionWriter.compact().writeBytes(c);
      assertThat(Reading.READER.read(written).getValue()).contains(c);
    });
  }

  @FuzzTest(maxDuration = "10m")
  void readYaml(byte[] data) {
    ReadResult<Contribution> result = YamlContributionTest.YAML.read(data);
    assertThat(result.getValue().isPresent())
        .isEqualTo(result.getReport().getViolations(Severity.ERROR).isEmpty());
    assertThat(YamlContributionTest.YAML.read(data)).isEqualTo(result);
    assertThat(YamlContributionTest.YAML.read(new ByteArrayInputStream(data))).isEqualTo(result);
    result.getValue().ifPresent(c -> {
      byte[] written = ContributionWriter.yaml().writeBytes(c);
      assertThat(YamlContributionTest.YAML.read(written).getValue()).contains(c);
    });
  }
}

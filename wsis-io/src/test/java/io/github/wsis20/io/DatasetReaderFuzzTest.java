package io.github.wsis20.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.wsis20.model.Dataset;
import io.github.wsis20.validation.Severity;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes the dataset readers, YAML and JSON. In the normal build it runs the inputs under
 * {@code src/test/resources/io/github/wsis20/io/DatasetReaderFuzzTestInputs/<method>/} as
 * regression tests; with {@code JAZZER_FUZZ=1} it fuzzes (see docs/robustness.md).
 */
class DatasetReaderFuzzTest {
  // Small limits keep each execution fast, so that the fuzzer explores more inputs per second.
  static final ReadLimits LIMITS = ReadLimits.forDatasets().toBuilder().maxDocumentBytes(16_384).build();
  static final DatasetReader YAML = DatasetReader.builder(DatasetFormat.YAML).limits(LIMITS).build();
  static final DatasetReader JSON = DatasetReader.builder(DatasetFormat.JSON).limits(LIMITS).build();

  @FuzzTest(maxDuration = "10m")
  void yaml(byte[] data) {
    check(YAML, DatasetWriter.yaml(), data);
  }

  @FuzzTest(maxDuration = "10m")
  void json(byte[] data) {
    check(JSON, DatasetWriter.json(), data);
  }

  private static void check(DatasetReader reader, DatasetWriter writer, byte[] data) {
    ReadResult<Dataset> result = reader.read(data);
    // Always a value or at least one error, never both.
    assertThat(result.getValue().isPresent())
        .isEqualTo(result.getReport().getViolations(Severity.ERROR).isEmpty());
    // Deterministic, and the same from a stream as from bytes.
    assertThat(reader.read(data)).isEqualTo(result);
    assertThat(reader.read(new ByteArrayInputStream(data))).isEqualTo(result);
    // What is accepted can be written, and reads back as itself (with the default, larger limits:
    // the canonical form may be longer than the input).
    result.getValue().ifPresent(d -> {
      byte[] written = writer.writeBytes(d);
      DatasetReader again = reader.getFormat() == DatasetFormat.YAML ? DatasetReader.yaml() : DatasetReader.json();
      assertThat(again.read(written).getValue()).contains(d);
    });
  }
}

package io.github.wsis20.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wsis20.model.Dataset;
import io.github.wsis20.validation.Severity;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bundled dataset written and read back, in both formats, is equal to itself. */
class DatasetRoundTripTest {
  private static final Dataset WSIS20 = ReferenceData.wsis20();

  @Test
  void yamlRoundTrip() {
    byte[] yaml = DatasetWriter.yaml().writeBytes(WSIS20);
    ReadResult<Dataset> back = DatasetReader.yaml().read(yaml);
    assertThat(back.getReport().getViolations(Severity.ERROR)).isEmpty();
    assertThat(back.getValue()).contains(WSIS20);
    // Written again, the same bytes: the writer's output is stable.
    assertThat(DatasetWriter.yaml().writeBytes(back.getValue().orElseThrow())).isEqualTo(yaml);
  }

  @Test
  void jsonRoundTrip() {
    byte[] json = DatasetWriter.json().writeBytes(WSIS20);
    ReadResult<Dataset> back = DatasetReader.json().read(json);
    assertThat(back.getReport().getViolations(Severity.ERROR)).isEmpty();
    assertThat(back.getValue()).contains(WSIS20);
    assertThat(new String(json, StandardCharsets.UTF_8)).startsWith("{\n  \"schemaVersion\" : \"1.0\",\n  \"bodies\"");
  }

  @Test
  void emptyDatasetWritesOnlyTheVersion() {
    Dataset empty = Dataset.builder().build();
    assertThat(new String(DatasetWriter.yaml().writeBytes(empty), StandardCharsets.UTF_8))
        .isEqualTo("schemaVersion: \"1.0\"\n");
    assertThat(DatasetReader.yaml().read(DatasetWriter.yaml().writeBytes(empty)).getValue()).contains(empty);
  }

  @Test
  void defaultsAndAbsentOptionalsAreLeftOut() {
    String yaml = new String(DatasetWriter.yaml().writeBytes(WSIS20), StandardCharsets.UTF_8);
    assertThat(yaml).doesNotContain("superseded: false").doesNotContain("verified: true")
        .contains("superseded: true").contains("verified: false").doesNotContain("null");
  }
}

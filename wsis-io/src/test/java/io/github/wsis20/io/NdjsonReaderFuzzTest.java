package io.github.wsis20.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.wsis20.validation.Severity;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Fuzzes the NDJSON reader. In the normal build it runs the inputs under
 * {@code src/test/resources/io/github/wsis20/io/NdjsonReaderFuzzTestInputs/records/} as
 * regression tests; with {@code JAZZER_FUZZ=1} it fuzzes (see docs/reading.md).
 */
class NdjsonReaderFuzzTest {
  static final NdjsonReader READER = NdjsonReader.of(ContributionReader.builder().validator(Reading.VALIDATOR)
      .limits(ReadLimits.builder().maxDocumentBytes(4096).build()).build());

  @FuzzTest(maxDuration = "10m")
  void records(byte[] data) {
    List<ContributionRecord> records = READER.records(new ByteArrayInputStream(data)).collect(Collectors.toList());
    long lines = 1;
    for (byte b : data) {
      lines += b == '\n' ? 1 : 0;
    }
    assertThat((long) records.size()).isLessThanOrEqualTo(lines);
    long previous = 0;
    for (ContributionRecord r : records) {
      assertThat(r.getLineNumber()).isGreaterThan(previous).isLessThanOrEqualTo(lines);
      previous = r.getLineNumber();
      assertThat(r.getResult().getValue().isPresent())
          .isEqualTo(r.getResult().getReport().getViolations(Severity.ERROR).isEmpty());
      r.getResult().getReport().getViolations()
          .forEach(v -> v.getLine().ifPresent(line -> assertThat(line).isEqualTo(r.getLineNumber())));
    }
    assertThat(READER.records(new ByteArrayInputStream(data)).collect(Collectors.toList())).isEqualTo(records);
  }
}

package io.github.wsis20.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.wsis20.validation.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Fuzzes the CSV reader. In the normal build it runs the inputs under
 * {@code src/test/resources/io/github/wsis20/io/CsvReaderFuzzTestInputs/records/} as regression
 * tests; with {@code JAZZER_FUZZ=1} it fuzzes (see docs/reading.md).
 */
class CsvReaderFuzzTest {
  static final CsvReader READER = CsvReader.of(ContributionReader.builder().validator(Reading.VALIDATOR)
      .limits(ReadLimits.builder().maxDocumentBytes(4096).build()).build());

  @FuzzTest(maxDuration = "10m")
  void records(byte[] data) {
    List<ContributionRecord> records = READER.records(new ByteArrayInputStream(data)).collect(Collectors.toList());
    long lines = 1;
    for (byte b : data) {
      lines += b == '\n' ? 1 : 0;
    }
    long previous = 0;
    for (ContributionRecord r : records) {
      // A header's record is the only one; rows come in rising lines within the input.
      assertThat(r.isHeader()).isEqualTo(records.size() == 1 && records.get(0).isHeader());
      assertThat(r.getLineNumber()).isGreaterThan(previous).isLessThanOrEqualTo(lines);
      previous = r.getLineNumber();
      assertThat(r.getResult().getValue().isPresent())
          .isEqualTo(r.getResult().getReport().getViolations(Severity.ERROR).isEmpty());
      r.getResult().getReport().getViolations()
          .forEach(v -> v.getLine().ifPresent(line -> assertThat(line).isEqualTo(r.getLineNumber())));
      // What is accepted can be written, and reads back as itself.
      r.getResult().getValue().ifPresent(c -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.create().writeAll(List.of(c), out);
        assertThat(READER.records(new ByteArrayInputStream(out.toByteArray())).map(w -> w.getResult().getValue())
            .collect(Collectors.toList())).containsExactly(java.util.Optional.of(c));
      });
    }
    assertThat(READER.records(new ByteArrayInputStream(data)).collect(Collectors.toList())).isEqualTo(records);
  }
}

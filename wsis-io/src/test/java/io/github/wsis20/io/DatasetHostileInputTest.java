package io.github.wsis20.io;

import static io.github.wsis20.io.HostileInputTest.MB;
import static io.github.wsis20.io.HostileInputTest.QUICKLY;
import static io.github.wsis20.io.HostileInputTest.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.wsis20.model.Dataset;
import io.github.wsis20.validation.Violation;
import io.github.wsis20.validation.ViolationCode;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Hostile dataset documents, YAML and JSON, answered within the dataset limits with a located
 * violation. The build runs this class with a 64 MiB heap (see the pom), eight times smaller than
 * the dataset's 8 MiB document limit would need if a reader copied it carelessly.
 */
class DatasetHostileInputTest {
  static final String HEAD = "schemaVersion: \"1.0\"\n";

  /** The violation that stopped reading: the last one, located. */
  static Violation stop(ReadResult<Dataset> result) {
    assertThat(result.getValue()).isEmpty();
    List<Violation> all = result.getReport().getViolations();
    assertThat(all).isNotEmpty();
    Violation last = all.get(all.size() - 1);
    assertThat(last.getLine()).as(last.toString()).isPresent();
    return last;
  }

  static String limit(ReadResult<Dataset> result) {
    Violation v = stop(result);
    assertThat(v.getCode()).as(v.toString()).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
    return v.getArguments().get("limit");
  }

  @Test
  void billionLaughsWithEveryLevelExpanded_isRefusedAtTheFirstAnchor() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      StringBuilder bomb = new StringBuilder(HEAD + "bodies: &a [\"lol\"");
      bomb.append(",\"lol\"".repeat(9)).append("]\n");
      for (int level = 1; level < 30; level++) {
        bomb.append("x").append(level).append(": &a").append(level).append(" [");
        String previous = level == 1 ? "*a" : "*a" + (level - 1);
        bomb.append((previous + ",").repeat(9)).append(previous).append("]\n");
      }
      Violation v = stop(DatasetReader.yaml().read(stream(bomb.toString(), 0, (byte) 0, "")));
      assertThat(v.getCode()).isEqualTo(ViolationCode.MALFORMED_YAML);
      assertThat(v.getArguments()).containsEntry("reason", "anchor");
      assertThat(v.getLine()).hasValue(2);
    });
  }

  @Test
  void hundredThousandNestedFlowSequences_stopAtTheNestingDepth() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      assertThat(limit(DatasetReader.yaml().read(stream(HEAD + "bodies: ", 100_000, (byte) '[', ""))))
          .isEqualTo("nestingDepth");
      assertThat(limit(DatasetReader.json().read(stream("{\"bodies\": ", 100_000, (byte) '[', ""))))
          .isEqualTo("nestingDepth");
    });
  }

  @Test
  void hundredThousandNestedBlockMappings_stopAtTheNestingDepth() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      StringBuilder deep = new StringBuilder(HEAD);
      for (int i = 0; i < 2_000; i++) {
        deep.append(" ".repeat(i)).append("k:\n");
      }
      assertThat(limit(DatasetReader.yaml().read(stream(deep.toString(), 0, (byte) 0, ""))))
          .isIn("nestingDepth", "documentBytes");
    });
  }

  @Test
  void fiftyMegabyteScalar_stopsAtALimit() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      assertThat(limit(DatasetReader.yaml().read(stream(HEAD + "bodies:\n  - id: \"", 50 * MB, (byte) 'a', "\"\n"))))
          .isIn("stringLength", "documentBytes");
      assertThat(limit(DatasetReader.yaml().read(stream(HEAD + "bodies:\n  - id: ", 50 * MB, (byte) 'a', "\n"))))
          .isIn("stringLength", "documentBytes");
      assertThat(limit(DatasetReader.json().read(stream("{\"bodies\": [{\"id\": \"", 50 * MB, (byte) 'a', "\"}]}"))))
          .isIn("stringLength", "documentBytes");
    });
  }

  @Test
  void twentyThousandItemSequence_stopsAtTheArrayLength() {
    // Within the document size: the whole dataset document is held before it is parsed.
    assertTimeoutPreemptively(QUICKLY, () -> {
      String body = "{id: b, name: n, kind: SECRETARIAT, sources: [{citation: c}]}";
      assertThat(
          limit(DatasetReader.yaml().read(stream(HEAD + "bodies:\n", 20_000, ("  - " + body + "\n").getBytes(), ""))))
          .isEqualTo("arrayLength");
      String json = "{\"id\": \"b\", \"name\": \"n\", \"kind\": \"SECRETARIAT\", \"sources\": [{\"citation\": \"c\"}]},";
      assertThat(limit(DatasetReader.json().read(stream("{\"bodies\": [", 20_000, json.getBytes(), "1]}"))))
          .isEqualTo("arrayLength");
    });
  }

  @Test
  void millionWrongItems_areReportedUpToTheViolationCap() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      ReadResult<Dataset> result = DatasetReader.yaml()
          .read(stream(HEAD + "bodies:\n", 1_000_000, "  - 1\n".getBytes(), ""));
      List<Violation> all = result.getReport().getViolations();
      assertThat(all).hasSize(ReadLimits.DEFAULT_MAX_VIOLATIONS + 1);
      assertThat(all.subList(0, all.size() - 1)).allSatisfy(v -> {
        assertThat(v.getCode()).isEqualTo(ViolationCode.WRONG_TYPE);
        assertThat(v.getLine()).isPresent();
      });
      assertThat(all.get(all.size() - 1).getCode()).isEqualTo(ViolationCode.TOO_MANY_VIOLATIONS);
    });
  }

  @Test
  void tenThousandDigitNumber_stopsAtTheNumberLength() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      assertThat(limit(DatasetReader.json().read(stream("{\"bodies\": [", 10_000, (byte) '9', "]}"))))
          .isEqualTo("numberLength");
    });
  }

  @Test
  void nulBytesAndInvalidUtf8_areMalformed() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      for (DatasetReader reader : List.of(DatasetReader.yaml(), DatasetReader.json())) {
        ViolationCode malformed = reader.getFormat() == DatasetFormat.YAML ? ViolationCode.MALFORMED_YAML
            : ViolationCode.MALFORMED_JSON;
        assertThat(stop(reader.read(new byte[(int) MB])).getCode()).isEqualTo(malformed);
        assertThat(stop(reader.read(stream(HEAD + "bodies: \"", 1000, (byte) 0xC3, "\""))))
            .extracting(Violation::getCode)
            .isEqualTo(malformed);
        Random random = new Random(7);
        for (int i = 0; i < 100; i++) {
          byte[] bytes = new byte[random.nextInt(4096)];
          random.nextBytes(bytes);
          stop(reader.read(bytes));
        }
      }
    });
  }

  @Test
  void twentyMegabyteDocumentOfValidLines_stopsAtTheDocumentSizeWhereItWasCut() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      String item = "  - {id: b, name: " + "n".repeat(1000) + ", kind: SECRETARIAT}\n";
      ReadResult<Dataset> result = DatasetReader.yaml().read(stream(HEAD + "bodies:\n", 20_000, item.getBytes(), ""));
      assertThat(limit(result)).isEqualTo("documentBytes");
      // The cut falls in the line that holds the limit's last byte.
      int line = 2 + (ReadLimits.DATASET_MAX_DOCUMENT_BYTES - HEAD.length() - "bodies:\n".length()) / item.length() + 1;
      assertThat(stop(result).getLine()).hasValue(line);
    });
  }
}

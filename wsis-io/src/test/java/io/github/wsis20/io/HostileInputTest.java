package io.github.wsis20.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.testing.Samples;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Inputs that a limit exists for, answered within the limits. The build runs this class with a
 * 64 MiB heap (see the pom): a reader that held what a limit refuses would fail here.
 */
class HostileInputTest {
  static final Duration QUICKLY = Duration.ofSeconds(10);
  static final long MB = 1024 * 1024;

  /** A stream of a head, then {@code count} copies of one byte, then a tail; never held whole. */
  static InputStream stream(String head, long count, byte fill, String tail) {
    return stream(head, count, new byte[] {fill}, tail);
  }

  /** A stream of a head, then {@code count} copies of a pattern, then a tail; never held whole. */
  static InputStream stream(String head, long count, byte[] pattern, String tail) {
    InputStream body = new InputStream() {
      final long total = count * pattern.length;
      long done;

      @Override
      public int read() {
        if (done == total) {
          return -1;
        }
        return pattern[(int) (done++ % pattern.length)] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (done == total) {
          return -1;
        }
        int n = (int) Math.min(len, total - done);
        for (int i = 0; i < n; i++) {
          b[off + i] = pattern[(int) (done++ % pattern.length)];
        }
        return n;
      }
    };
    return new SequenceInputStream(new SequenceInputStream(
        new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), body),
        new ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8)));
  }

  static String limitOf(ReadResult<Contribution> result) {
    assertThat(result.getValue()).isEmpty();
    return result.getReport().getViolations().stream()
        .filter(v -> v.getCode().name().equals("LIMIT_EXCEEDED"))
        .map(v -> v.getArguments().get("limit"))
        .findFirst().orElse("none: " + result.getReport());
  }

  @Test
  void hundredThousandOpeningBrackets_stopAtTheNestingDepth() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      byte[] bytes = "[".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
      // The root must be an object; nest inside a member as well.
      assertThat(Reading.READER.read(bytes).getReport().getViolations()).isNotEmpty();
      assertThat(limitOf(Reading.READER.read(stream("{\"x\":", 100_000, (byte) '[', "")))).isEqualTo("nestingDepth");
      assertThat(limitOf(Reading.READER.read(("{\"a\":".repeat(100_000)).getBytes(StandardCharsets.US_ASCII))))
          .isEqualTo("nestingDepth");
    });
  }

  @Test
  void fiftyMegabyteString_stopsAtTheDocumentSize() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      ReadResult<Contribution> result = Reading.READER.read(stream("{\"title\": \"", 50 * MB, (byte) 'a', "\"}"));
      assertThat(limitOf(result)).isIn("stringLength", "documentBytes");
    });
  }

  @Test
  void fiftyMegabyteStringWithinARaisedDocumentLimit_stopsAtTheStringLength() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      ContributionReader reader = ContributionReader.builder().validator(Reading.VALIDATOR)
          .limits(ReadLimits.builder().maxDocumentBytes((int) (4 * MB)).build()).build();
      assertThat(limitOf(reader.read(stream("{\"title\": \"", 50 * MB, (byte) 'a', "\"}")))).isIn("stringLength",
          "documentBytes");
      assertThat(limitOf(reader.read(stream("{\"title\": \"", 3 * MB, (byte) 'a', "\"}")))).isEqualTo("stringLength");
    });
  }

  @Test
  void tenThousandDigitNumber_stopsAtTheNumberLength() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      String digits = "9".repeat(10_000);
      assertThat(limitOf(Reading.read("{\"sdgs\": [" + digits + "]}"))).isEqualTo("numberLength");
      assertThat(limitOf(Reading.read("{\"x\": 0." + digits + "}"))).isEqualTo("numberLength");
    });
  }

  @Test
  void millionElementArray_stopsAtTheArrayLength() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      assertThat(limitOf(Reading.READER.read(stream("{\"sdgs\": [", 1_000_000, new byte[] {'1', ','}, "1]}"))))
          .isIn("arrayLength", "documentBytes");
      String items = "\"k\",".repeat(500_000);
      assertThat(limitOf(Reading.read("{\"keywords\": [" + items + "\"k\"]}"))).isEqualTo("arrayLength");
      assertThat(limitOf(Reading.read("{\"x\": [" + "1,".repeat(1_000_000) + "1]}"))).isEqualTo("arrayLength");
      // Wrong items are reported up to the violation cap, and reading stops there.
      ReadResult<Contribution> capped = Reading.read("{\"keywords\": [" + "1,".repeat(1_000_000) + "1]}");
      assertThat(capped.getReport().getViolations()).hasSize(ReadLimits.DEFAULT_MAX_VIOLATIONS + 1);
    });
  }

  @Test
  void invalidUtf8_isMalformed() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      Random random = new Random(42);
      for (int i = 0; i < 200; i++) {
        byte[] bytes = new byte[random.nextInt(4096)];
        random.nextBytes(bytes);
        ReadResult<Contribution> result = Reading.READER.read(bytes);
        assertThat(result.getValue()).isEmpty();
        assertThat(result.getReport().getViolations()).isNotEmpty();
      }
      assertThat(Reading.READER.read(new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0}).getReport().getViolations())
          .extracting(v -> v.getCode().name()).containsExactly("MALFORMED_JSON");
    });
  }

  @Test
  void nulBytes_areMalformed() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      assertThat(Reading.READER.read(new byte[(int) MB]).getReport().getViolations())
          .extracting(v -> v.getCode().name()).containsExactly("MALFORMED_JSON");
      assertThat(Reading.READER.read(stream("{\"title\": \"", 3 * MB, (byte) 0, "\"}")).getReport().getViolations())
          .extracting(v -> v.getCode().name()).containsExactly("MALFORMED_JSON");
    });
  }

  @Test
  void manyUnknownMembersWithLongNames_stayWithinTheViolationCap() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      StringBuilder json = new StringBuilder("{");
      for (int i = 0; i < 90; i++) {
        json.append('"').append(i).append("x".repeat(20_000)).append("\": [[[{}]]],");
      }
      json.append("\"end\": 1}");
      ReadResult<Contribution> result = Reading.read(json.toString());
      assertThat(result.getReport().getViolations()).hasSizeLessThanOrEqualTo(ReadLimits.DEFAULT_MAX_VIOLATIONS + 1);
    });
  }

  @Test
  void thirtyMegabyteNdjsonLine_isOneLimitedRecordAndTheNextLineIsRead() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      String good = ContributionWriter.compact().writeString(Samples.contractExample());
      InputStream in = stream(good + "\n{\"body\": \"", 30 * MB, (byte) 'b', "\"}\n" + good + "\n");
      List<ContributionRecord> records = NdjsonReader.of(Reading.READER).records(in).collect(Collectors.toList());
      assertThat(records).extracting(ContributionRecord::getLineNumber).containsExactly(1L, 2L, 3L);
      assertThat(records.get(0).getResult().isValid()).isTrue();
      assertThat(limitOf(records.get(1).getResult())).isIn("documentBytes", "stringLength");
      assertThat(records.get(2).getResult().isValid()).isTrue();
    });
  }

  @Test
  void manyNdjsonRecords_streamInConstantMemory() {
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      String line = "{\"id\": 1}\n";
      long count = NdjsonReader.of(Reading.READER).forEach(stream("", 0, (byte) 0, line.repeat(20_000)), r -> {
        assertThat(r.getResult().isValid()).isFalse();
      });
      assertThat(count).isEqualTo(20_000);
    });
  }

  static final ContributionReader YAML = ContributionReader.builder().format(ContributionFormat.YAML)
      .validator(Reading.VALIDATOR).build();

  static String reasonOf(ReadResult<Contribution> result) {
    assertThat(result.getValue()).isEmpty();
    return result.getReport().getViolations().stream()
        .filter(v -> v.getCode().name().equals("MALFORMED_YAML"))
        .map(v -> v.getArguments().get("reason"))
        .findFirst().orElse("none: " + result.getReport());
  }

  @Test
  void yamlBillionLaughs_isRefusedAtTheFirstAnchor() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      StringBuilder bomb = new StringBuilder(
          "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
      for (char c = 'b'; c <= 'j'; c++) {
        char p = (char) (c - 1);
        bomb.append(c).append(": &").append(c).append(" [")
            .append(("*" + p + ",").repeat(8)).append('*').append(p).append("]\n");
      }
      bomb.append("title: *j\n");
      ReadResult<Contribution> result = YAML.read(bomb.toString().getBytes(StandardCharsets.UTF_8));
      assertThat(reasonOf(result)).isEqualTo("anchor");
      // Without anchors: the first alias is refused, and nothing is expanded.
      String aliases = "title: \"x\"\n" + "k: [" + "*x, ".repeat(100_000) + "*x]\n";
      assertThat(reasonOf(YAML.read(aliases.getBytes(StandardCharsets.UTF_8)))).isEqualTo("alias");
    });
  }

  @Test
  void yamlHundredThousandNestedSequences_stopAtTheNestingDepth() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      ReadResult<Contribution> flow = YAML.read(stream("x: ", 100_000, (byte) '[', ""));
      assertThat(limitOf(flow)).isEqualTo("nestingDepth");
      StringBuilder block = new StringBuilder();
      for (int i = 0; i < 2_000; i++) {
        block.append(" ".repeat(i)).append("k").append(i).append(":\n");
      }
      assertThat(limitOf(YAML.read(block.toString().getBytes(StandardCharsets.UTF_8)))).isEqualTo("nestingDepth");
    });
  }

  @Test
  void yamlFiftyMegabyteScalar_stopsAtTheDocumentSize() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      assertThat(limitOf(YAML.read(stream("title: \"", 50 * MB, (byte) 'a', "\"\n")))).isIn("stringLength",
          "documentBytes");
      assertThat(limitOf(YAML.read(stream("title: ", 50 * MB, (byte) 'a', "\n")))).isIn("stringLength",
          "documentBytes");
    });
  }

  @Test
  void yamlThreeMegabyteScalarWithinARaisedDocumentLimit_stopsAtTheStringLength() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      ContributionReader reader = ContributionReader.builder().format(ContributionFormat.YAML)
          .validator(Reading.VALIDATOR)
          .limits(ReadLimits.builder().maxDocumentBytes((int) (4 * MB)).build()).build();
      assertThat(limitOf(reader.read(stream("title: \"", 3 * MB, (byte) 'a', "\"\n")))).isEqualTo("stringLength");
    });
  }

  @Test
  void yamlRunWithoutWhiteSpaceLongerThanAString_isRefusedBeforeParsing() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      ReadResult<Contribution> result = YAML
          .read(stream("id: \"a\"\nx: [", 1_000_000, "1,".getBytes(StandardCharsets.UTF_8), "1]\n"));
      assertThat(limitOf(result)).isEqualTo("stringLength");
      assertThat(result.getReport().getViolations().get(0).getLine()).hasValue(2);
    });
  }

  @Test
  void yamlTags_areRefusedAtTheFirst() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      String tags = "title: !!binary aGVsbG8=\n" + "k: [" + "!!str a, ".repeat(100_000) + "b]\n";
      assertThat(reasonOf(YAML.read(tags.getBytes(StandardCharsets.UTF_8)))).isEqualTo("tag");
      assertThat(reasonOf(YAML.read("x: !!java.lang.Runtime {}\n".getBytes(StandardCharsets.UTF_8)))).isEqualTo("tag");
    });
  }

  @Test
  void yamlManyDocuments_stopAtTheSecond() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      assertThat(reasonOf(YAML.read(stream("", 1_000_000, "---\n{}\n".getBytes(StandardCharsets.UTF_8), ""))))
          .isIn("several-documents", "none");
    });
  }

  static List<ContributionRecord> csv(InputStream in) {
    return CsvReader.of(Reading.READER).records(in).collect(Collectors.toList());
  }

  static List<String> csvProblems(ContributionRecord record) {
    assertThat(record.getResult().getValue()).isEmpty();
    return record.getResult().getReport().getViolations().stream()
        .map(v -> v.getCode() + " " + v.getLine().orElse(0) + ":" + v.getColumn().orElse(0) + " "
            + v.getArguments().getOrDefault("reason", v.getArguments().get("limit")))
        .collect(Collectors.toList());
  }

  @Test
  void csvUnbalancedQuoteRunningFiftyMegabytesToTheEnd_isOneLocatedRecord() {
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      List<ContributionRecord> records = csv(
          stream(CsvTest.HEADER + "\n" + CsvTest.EXAMPLE_ROW + "\n" + CsvTest.exampleWith("body", "\"open"),
              50 * MB, new byte[] {'a', ',', '\n'}, ""));
      assertThat(records).hasSize(2);
      assertThat(records.get(0).getResult().isValid()).isTrue();
      assertThat(csvProblems(records.get(1))).containsExactly("MALFORMED_CSV 3:15 unclosed-quote",
          "LIMIT_EXCEEDED 3:0 documentBytes");
    });
  }

  @Test
  void csvTenThousandColumns_stopAtTheColumnLimitInTheHeaderAndAreMiscountedInARow() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      List<ContributionRecord> header = csv(stream("", 10_000, "id,".getBytes(StandardCharsets.UTF_8), "id\n"));
      assertThat(header).hasSize(1);
      assertThat(csvProblems(header.get(0))).containsExactly("LIMIT_EXCEEDED 1:257 columns");
      List<ContributionRecord> row = csv(stream(CsvTest.HEADER + "\n", 10_000, "x,".getBytes(StandardCharsets.UTF_8),
          "x\n" + CsvTest.EXAMPLE_ROW + "\n"));
      assertThat(csvProblems(row.get(0))).containsExactly("MALFORMED_CSV 2:22 field-count");
      assertThat(row.get(1).getResult().isValid()).isTrue();
    });
  }

  @Test
  void csvFiftyMegabyteField_isALimitAndTheNextRowIsReadOnItsLine() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      String before = CsvTest.exampleWith("body", "\"");
      String after = CsvTest.EXAMPLE_ROW.substring(CsvTest.EXAMPLE_ROW.indexOf(",https://"));
      List<ContributionRecord> records = csv(
          stream(CsvTest.HEADER + "\n" + before.substring(0, before.indexOf(",https://")),
              50 * MB, (byte) 'b', "\"" + after + "\n" + CsvTest.EXAMPLE_ROW + "\n"));
      assertThat(records).hasSize(2);
      assertThat(csvProblems(records.get(0))).containsExactly("LIMIT_EXCEEDED 2:0 documentBytes");
      assertThat(records.get(1).getLineNumber()).isEqualTo(3);
      assertThat(records.get(1).getResult().isValid()).isTrue();
    });
  }

  @Test
  void csvNulBytes_areMalformed() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      assertThat(csvProblems(csv(stream("", MB, (byte) 0, "")).get(0))).containsExactly("MALFORMED_CSV 1:1 nul");
      List<ContributionRecord> rows = csv(
          stream(CsvTest.HEADER + "\n" + CsvTest.exampleWith("body", "\""), MB, (byte) 0, "\"\n"));
      assertThat(csvProblems(rows.get(0))).containsExactly("MALFORMED_CSV 2:15 nul");
    });
  }

  @Test
  void csvInvalidUtf8_isMalformedAndNeverThrows() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      Random random = new Random(42);
      for (int i = 0; i < 200; i++) {
        byte[] bytes = new byte[random.nextInt(4096)];
        random.nextBytes(bytes);
        List<ContributionRecord> records = csv(new ByteArrayInputStream(bytes));
        assertThat(records).hasSize(1);
        assertThat(records.get(0).isHeader()).isTrue();
        assertThat(records.get(0).getResult().getReport().getViolations()).isNotEmpty();
      }
      byte[] utf16 = CsvTest.HEADER.getBytes(StandardCharsets.UTF_16);
      assertThat(csv(new ByteArrayInputStream(utf16)).get(0).getResult().getReport().getViolations()).isNotEmpty();
    });
  }

  @Test
  void manyCsvRows_streamInConstantMemory() {
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      String row = CsvTest.exampleWith("contributor.country", "XXX") + "\n";
      long count = CsvReader.of(Reading.READER).forEach(stream(CsvTest.HEADER + "\n", 20_000,
          row.getBytes(StandardCharsets.UTF_8), ""), r -> assertThat(r.getResult().isValid()).isFalse());
      assertThat(count).isEqualTo(20_000);
    });
  }
}

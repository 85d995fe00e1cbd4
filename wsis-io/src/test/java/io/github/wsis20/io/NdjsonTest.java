package io.github.wsis20.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wsis20.io.internal.Text;
import io.github.wsis20.testing.Samples;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NdjsonTest {
  static final String GOOD = ContributionWriter.compact().writeString(Samples.contractExample());

  static List<ContributionRecord> read(NdjsonReader reader, String text) {
    return reader.records(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).collect(Collectors.toList());
  }

  static List<String> summary(List<ContributionRecord> records) {
    return records.stream().map(r -> r.getLineNumber() + " " + (r.getResult().isValid() ? "valid"
        : r.getResult().getReport().getViolations().stream().map(Reading::located).collect(Collectors.joining(", "))))
        .collect(Collectors.toList());
  }

  @Test
  void eachLine_isARecordWithItsLineNumber_andABadLineStopsNothing() {
    String text = GOOD + "\n{\"id\": 1\n" + GOOD + "\n[]\n" + GOOD;
    assertThat(summary(read(NdjsonReader.of(Reading.READER), text))).containsExactly(
        "1 valid", "2 /id WRONG_TYPE 2:8,  MALFORMED_JSON 2:9", "3 valid", "4  WRONG_TYPE 4:1", "5 valid");
  }

  @Test
  void aRecordPastLineTwoToTheThirtyOne_keepsItsLineInEveryViolation() {
    long line = 3_000_000_000L;
    byte[] record = "{\"id\": 1}".getBytes(StandardCharsets.UTF_8);
    ReadResult<?> result = Reading.READER.jsonReading().read(Text.of(record, record.length), line, Locale.ENGLISH);
    assertThat(result.getReport().getViolations()).isNotEmpty()
        .allSatisfy(v -> assertThat(v.getLine()).hasValue(line));
  }

  @Test
  void blankLines_areSkippedButCounted_andCrLfEndsALine() {
    String text = "\n" + GOOD + "\r\n  \t\r\n\r\n" + GOOD + "\n\n";
    assertThat(summary(read(NdjsonReader.of(Reading.READER), text))).containsExactly("2 valid", "5 valid");
  }

  @Test
  void violations_carryTheLineOfTheStream() {
    String text = GOOD + "\n" + GOOD.replace("\"id\":", "\"colour\":1,\"id\":");
    assertThat(summary(read(NdjsonReader.of(Reading.READER), text))).containsExactly("1 valid",
        "2 /colour UNKNOWN_MEMBER 2:24");
  }

  @Test
  void carriageReturnInsideALine_isWhiteSpaceAndLinesStayTheStreams() {
    String text = GOOD + "\n \r\r\n{\"id\":\r1}\n";
    assertThat(summary(read(NdjsonReader.of(Reading.READER), text))).hasSize(2).last().asString()
        .startsWith("3 /id WRONG_TYPE 3:8");
  }

  @Test
  void lineLongerThanTheLimit_isLimitExceededAndTheNextLinesAreRead() {
    ContributionReader reader = ContributionReader.builder().validator(Reading.VALIDATOR)
        .limits(ReadLimits.builder().maxDocumentBytes(GOOD.length()).build()).build();
    String text = GOOD + "\n" + GOOD.replace("\"rural\"", "\"rural\",\"more\"") + "\n" + GOOD + "\r\n";
    List<ContributionRecord> records = read(NdjsonReader.of(reader), text);
    assertThat(summary(records)).containsExactly("1 valid", "2 /keywords/2 LIMIT_EXCEEDED 2:" + (GOOD.length() + 1),
        "3 valid");
    assertThat(records.get(1).getResult().getReport().getViolations().get(0).getArguments())
        .containsEntry("limit", "documentBytes").containsEntry("max", Integer.toString(GOOD.length()));
  }

  @Test
  void callbackForm_seesEveryRecordInOrder() {
    List<Long> lines = new ArrayList<>();
    long count = NdjsonReader.of(Reading.READER).forEach(
        new ByteArrayInputStream((GOOD + "\n\n" + GOOD).getBytes(StandardCharsets.UTF_8)),
        r -> lines.add(r.getLineNumber()));
    assertThat(count).isEqualTo(2);
    assertThat(lines).containsExactly(1L, 3L);
  }

  @Test
  void reportsAreInTheCallersLanguage() {
    List<ContributionRecord> records = NdjsonReader.standard()
        .records(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)), Locale.CHINESE)
        .collect(Collectors.toList());
    assertThat(records.get(0).getResult().getReport().getLocale()).isEqualTo(Locale.CHINESE);
  }

  @Test
  void writer_writesOneCanonicalCompactLinePerContribution() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NdjsonWriter.create().writeAll(List.of(Samples.contractExample(), Samples.contractExample()), out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(GOOD + "\n" + GOOD + "\n");
  }
}

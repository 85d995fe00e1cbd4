package io.github.wsis20.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.model.contribution.ContributionStatus;
import io.github.wsis20.testing.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContributionWriterTest {

  static String golden() throws IOException {
    try (InputStream in = ContributionWriterTest.class.getResourceAsStream("contract-example.canonical.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void contractExample_writesTheGoldenCanonicalForm() throws IOException {
    assertThat(ContributionWriter.pretty().writeString(Samples.contractExample())).isEqualTo(golden());
  }

  @Test
  void contractExampleJson_readAndWrittenBack_isTheGoldenCanonicalForm() throws IOException {
    Contribution read = Reading.read(Samples.contractExampleJson()).getValue().orElseThrow();
    assertThat(ContributionWriter.pretty().writeString(read)).isEqualTo(golden());
  }

  @Test
  void compact_isOneLineWithoutWhiteSpaceBetweenTokens() throws IOException {
    String compact = ContributionWriter.compact().writeString(Samples.contractExample());
    assertThat(compact).doesNotContain("\n").startsWith("{\"schemaVersion\":\"1.0\",\"id\":\"c-2024-0042\",");
    assertThat(Reading.read(compact).getValue()).contains(Samples.contractExample());
  }

  @Test
  void absentOptionalsAndEmptyLists_areLeftOut() {
    Contribution c = Samples.contractExample().withStatus(ContributionStatus.DRAFT)
        .withSubmittedAt(Optional.empty()).withActionLines(List.of()).withSdgs(List.of())
        .withBody(Optional.empty()).withAttachments(List.of()).withKeywords(List.of());
    assertThat(ContributionWriter.compact().writeString(c)).doesNotContain("submittedAt", "actionLines", "sdgs",
        "body", "attachments", "keywords");
  }

  @Test
  void dateTimes_areWrittenWithSecondsAndTheirOffset() {
    Contribution c = Samples.contractExample()
        .withSubmittedAt(OffsetDateTime.of(2024, 11, 15, 12, 0, 0, 500_000_000, ZoneOffset.ofHoursMinutes(5, 30)));
    assertThat(ContributionWriter.compact().writeString(c)).contains("\"submittedAt\":\"2024-11-15T12:00:00.5+05:30\"");
  }

  @Test
  void dateTimesRfc3339CannotExpress_areRefused() {
    Contribution year = Samples.contractExample()
        .withSubmittedAt(OffsetDateTime.of(10000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    Contribution seconds = Samples.contractExample()
        .withSubmittedAt(OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.ofTotalSeconds(3601)));
    assertThatThrownBy(() -> ContributionWriter.compact().writeString(year))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ContributionWriter.compact().writeString(seconds))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unpairedSurrogate_isRefused() {
    Contribution c = Samples.contractExample().withTitle("a\uD800b");
    assertThatThrownBy(() -> ContributionWriter.compact().writeString(c)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void writing_isStable() {
    assertThat(ContributionWriter.pretty().writeBytes(Samples.contractExample()))
        .isEqualTo(ContributionWriter.pretty().writeBytes(Samples.contractExample()));
  }
}

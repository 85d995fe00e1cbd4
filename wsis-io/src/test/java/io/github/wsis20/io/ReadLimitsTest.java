package io.github.wsis20.io;

import static io.github.wsis20.io.Reading.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.testing.Samples;
import io.github.wsis20.validation.Violation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReadLimitsTest {

  static ReadResult<Contribution> read(ReadLimits limits, String json) {
    return ContributionReader.builder().validator(Reading.VALIDATOR).limits(limits).build()
        .read(json.getBytes(StandardCharsets.UTF_8));
  }

  /** Reading stopped at a limit: the last violation says which, and is the only one of its kind. */
  static void assertLimit(ReadResult<Contribution> result, String pointer, String limit, int max) {
    java.util.List<Violation> all = result.getReport().getViolations();
    assertThat(all).filteredOn(x -> x.getCode().name().equals("LIMIT_EXCEEDED")).hasSize(1);
    assertThat(all).filteredOn(x -> x.getCode().name().equals("REQUIRED")).isEmpty();
    Violation v = all.get(all.size() - 1);
    assertThat(v.getPointer()).hasToString(pointer);
    assertThat(v.getCode()).hasToString("LIMIT_EXCEEDED");
    assertThat(v.getArguments()).containsEntry("limit", limit).containsEntry("max", Integer.toString(max));
    assertThat(v.getLine()).isPresent();
    assertThat(v.getColumn()).isPresent();
    assertThat(result.getValue()).isEmpty();
  }

  @Test
  void defaults_areDocumented() {
    ReadLimits d = ReadLimits.defaults();
    assertThat(d.getMaxDocumentBytes()).isEqualTo(2 * 1024 * 1024);
    assertThat(d.getMaxNestingDepth()).isEqualTo(32);
    assertThat(d.getMaxStringLength()).isEqualTo(262_144);
    assertThat(d.getMaxNumberLength()).isEqualTo(32);
    assertThat(d.getMaxArrayLength()).isEqualTo(1000);
    assertThat(d.getMaxMemberCount()).isEqualTo(100);
    assertThat(d.getMaxViolations()).isEqualTo(100);
    assertThat(d.getMaxColumns()).isEqualTo(256);
    assertThat(d.toBuilder().build()).isEqualTo(d);
  }

  @Test
  void nestingDepth_stopsReadingWhereItIsExceeded() {
    String json = "{\"x\": " + "[".repeat(40) + "], \"y\": 1}";
    assertLimit(read(ReadLimits.builder().maxNestingDepth(5).build(), json), "/x", "nestingDepth", 5);
  }

  @Test
  void stringLength_countsValuesAndNames() {
    ReadLimits limits = ReadLimits.builder().maxStringLength(20).build();
    assertLimit(read(limits, "{\"title\": \"" + "a".repeat(21) + "\", \"y\": 1}"), "/title", "stringLength", 20);
    assertLimit(read(limits, "{\"id\": \"a\", \"" + "n".repeat(21) + "\": 1}"), "", "stringLength", 20);
  }

  @Test
  void numberLength_countsEveryNumber() {
    ReadLimits limits = ReadLimits.builder().maxNumberLength(4).build();
    assertLimit(read(limits, "{\"sdgs\": [12345]}"), "/sdgs/0", "numberLength", 4);
    assertLimit(read(limits, "{\"x\": {\"y\": -123.45}}"), "/x", "numberLength", 4);
  }

  @Test
  void arrayLength_countsEveryArray() {
    ReadLimits limits = ReadLimits.builder().maxArrayLength(3).build();
    assertLimit(read(limits, "{\"keywords\": [\"a\", \"b\", \"c\", \"d\"]}"), "/keywords/3", "arrayLength", 3);
    assertLimit(read(limits, "{\"x\": [[1, 2, 3, 4]]}"), "/x", "arrayLength", 3);
  }

  @Test
  void memberCount_countsEveryObject() {
    ReadLimits limits = ReadLimits.builder().maxMemberCount(15).build();
    StringBuilder members = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      members.append(i == 0 ? "" : ",").append("\"m").append(i).append("\":1");
    }
    ReadResult<Contribution> top = read(limits.toBuilder().maxViolations(1000).build(), "{" + members + "}");
    assertThat(codes(top)).hasSize(16).last().isEqualTo("/m15 LIMIT_EXCEEDED");
    assertLimit(read(limits, "{\"x\": {" + members + "}}"), "/x", "memberCount", 15);
  }

  @Test
  void documentBytes_readsUpToTheLimitAndReportsWhereItStopped() {
    String json = Samples.contractExampleJson().replace("\"id\"", "\"colour\": 1, \"id\"");
    ReadLimits limits = ReadLimits.builder().maxDocumentBytes(100).build();
    ReadResult<Contribution> fromBytes = read(limits, json);
    assertThat(codes(fromBytes)).containsExactly("/colour UNKNOWN_MEMBER", "/title LIMIT_EXCEEDED");
    Violation v = fromBytes.getReport().getViolations().get(1);
    assertThat(v.getArguments()).containsEntry("limit", "documentBytes").containsEntry("max", "100");
    ReadResult<Contribution> fromStream = ContributionReader.builder().validator(Reading.VALIDATOR).limits(limits)
        .build()
        .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(fromStream).isEqualTo(fromBytes);
  }

  @Test
  void documentOfExactlyTheLimit_isRead() {
    byte[] json = Samples.contractExampleJson().getBytes(StandardCharsets.UTF_8);
    ContributionReader reader = ContributionReader.builder().validator(Reading.VALIDATOR)
        .limits(ReadLimits.builder().maxDocumentBytes(json.length).build()).build();
    assertThat(reader.read(json).getValue()).isPresent();
    assertThat(reader.read(new ByteArrayInputStream(json)).getValue()).isPresent();
  }

  @Test
  void builder_refusesLimitsBelowWhatTheContractNeeds() {
    assertThatThrownBy(() -> ReadLimits.builder().maxNestingDepth(2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReadLimits.builder().maxMemberCount(14)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReadLimits.builder().maxViolations(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReadLimits.builder().maxColumns(7)).isInstanceOf(IllegalArgumentException.class);
    assertThat(ReadLimits.builder().maxColumns(8).build()).isNotEqualTo(ReadLimits.defaults());
  }
}

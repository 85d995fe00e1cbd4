package io.github.wsis20.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wsis20.testing.JsonTestSuite;
import io.github.wsis20.testing.JsonTestSuite.Case;
import io.github.wsis20.testing.JsonTestSuite.Expectation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 318 parsing cases of JSONTestSuite through {@code wsis validate}, all in one run. */
class JsonTestSuiteCliTest {

  @TempDir
  Path dir;

  @Test
  void everyCase_isAnInvalidRecordWithoutAStackTrace() throws IOException {
    Map<String, Case> byFile = new HashMap<>();
    List<String> args = new ArrayList<>(List.of("validate", "--format", "json", "--output", "json"));
    for (Case c : JsonTestSuite.cases()) {
      Path file = Files.write(dir.resolve(c.name()), c.bytes());
      byFile.put(file.toString(), c);
      args.add(file.toString());
    }

    WsisTest.Run run = WsisTest.wsis(args.toArray(new String[0]));

    assertThat(run.code).isEqualTo(1);
    assertThat(run.err).doesNotContain("\tat ").doesNotContain("Exception");
    JsonNode report = new ObjectMapper().readTree(run.out);
    assertThat(report.get("valid").booleanValue()).isFalse();
    assertThat(report.get("files")).hasSize(318);
    for (JsonNode file : report.get("files")) {
      Case c = byFile.get(file.get("file").textValue());
      assertThat(c).as(file.get("file").textValue()).isNotNull();
      assertThat(file.get("valid").booleanValue()).as(c.name()).isFalse();
      assertThat(file.get("records")).as(c.name()).hasSize(1);
      List<String> codes = new ArrayList<>();
      file.get("records").get(0).get("violations").forEach(v -> codes.add(v.get("code").textValue()));
      assertThat(codes).as(c.name()).isNotEmpty();
      if (c.expectation() == Expectation.REFUSE) {
        assertThat(codes.get(codes.size() - 1)).as(c.name()).isIn("MALFORMED_JSON", "LIMIT_EXCEEDED");
      } else if (c.expectation() == Expectation.ACCEPT) {
        assertThat(codes).as(c.name()).doesNotContain("MALFORMED_JSON");
      }
    }
  }
}

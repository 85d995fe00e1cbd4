package io.github.wsis20.io;

import static io.github.wsis20.io.Reading.located;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wsis20.testing.Samples;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every violation of a document carries the line and column of its value. */
class ViolationPlacesTest {
  private static ReadResult<?> json(String text) {
    return Reading.READER.read(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void ruleViolations_inPrettyJson_areAtTheirValues() {
    String json = Samples.contractExampleJson().replace("\"KEN\"", "\"kenya\"").replace("policy@example.org", "policy")
        .replace("https://example.org/input.pdf", "http://example.org/input.pdf");
    assertThat(located(json(json))).containsExactlyInAnyOrder(
        "/contributor/country INVALID_COUNTRY 10:16",
        "/contributor/email INVALID_EMAIL 11:14",
        "/attachments/0/uri INVALID_URI 20:13");
  }

  @Test
  void missingMembers_areAtTheNameOfTheObjectThatLacksThem() {
    String json = Samples.contractExampleJson().replace("    \"name\": \"Example Community Networks Alliance\",\n", "")
        .replace("    \"country\": \"KEN\",\n", "").replace("CIVIL_SOCIETY", "GOVERNMENT")
        .replace("  \"summary\": \"Community-owned networks connect rural users where operators do not invest.\",\n",
            "");
    assertThat(located(json(json))).containsExactly(
        "/contributor/name REQUIRED 7:3",
        "/contributor/country COUNTRY_REQUIRED_FOR_GOVERNMENT 7:3",
        "/summary REQUIRED_UNLESS_DRAFT 1:1");
  }

  @Test
  void ndjsonRuleViolations_areAtTheirColumnInTheirLine() {
    String line = ContributionWriter.compact().writeString(Samples.contractExample()).replace("\"KEN\"", "\"kenya\"");
    List<String> found = NdjsonReader.of(Reading.READER)
        .records(new ByteArrayInputStream(("\n" + line + "\n").getBytes(StandardCharsets.UTF_8)))
        .flatMap(r -> located(r.getResult()).stream()).collect(Collectors.toList());
    assertThat(found).containsExactly("/contributor/country INVALID_COUNTRY 2:" + (line.indexOf("\"kenya\"") + 1));
  }

  @Test
  void strayCloseAfterTheDocument_isTrailingContentAtItsPlace() {
    String json = "{\"id\": \"a\"}\n  }";
    assertThat(json(json).getReport().getViolations()).filteredOn(v -> v.getCode().name().equals("MALFORMED_JSON"))
        .extracting(
            v -> v.getArguments().get("reason") + " " + v.getLine().getAsLong() + ":" + v.getColumn().getAsInt())
        .containsExactly("trailing-content 2:3");
    assertThat(json("{\"id\": \"a\"}]").getReport().getViolations())
        .filteredOn(v -> v.getCode().name().equals("MALFORMED_JSON")).singleElement()
        .satisfies(v -> assertThat(v.getArguments()).containsEntry("reason", "trailing-content"));
  }

  @Test
  void loneSurrogateInAName_isAnUnpairedSurrogateAtTheName() {
    assertThat(json("{\"schemaVersion\": \"1.0\", \"ti\\uD800tle\": \"a\"}").getReport().getViolations())
        .filteredOn(v -> v.getCode().name().startsWith("MALFORMED")).singleElement()
        .satisfies(v -> assertThat(v.getArguments()).containsEntry("reason", "unpaired-surrogate"));
  }

  @Test
  void nulAfterTheDocument_isTrailingContent() {
    assertThat(json("{\"id\": \"a\"}\u0000").getReport().getViolations())
        .filteredOn(v -> v.getCode().name().equals("MALFORMED_JSON")).singleElement()
        .satisfies(v -> assertThat(v.getArguments()).containsEntry("reason", "trailing-content"));
  }
}

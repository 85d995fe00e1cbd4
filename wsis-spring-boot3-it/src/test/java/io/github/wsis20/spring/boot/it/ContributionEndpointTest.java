package io.github.wsis20.spring.boot.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wsis20.io.ContributionWriter;
import io.github.wsis20.problem.Problem;
import io.github.wsis20.testing.InvalidPayloads;
import io.github.wsis20.testing.Samples;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application with the starter and a controller, on a real port, answered by a real HTTP
 * client: what a service's clients see.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContributionEndpointTest {
  @Value("${local.server.port}")
  int port;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  static Set<String> pointers(JsonNode problem) {
    Set<String> pointers = new TreeSet<>();
    problem.get("violations").forEach(v -> pointers.add(v.get("pointer").asText()));
    return pointers;
  }

  @Test
  void validContribution_isCreated() {
    HttpResponse<String> response = http.post("/contributions", "application/json", Samples.contractExampleJson(),
        null);

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.headers().firstValue("Location")).contains("/contributions/c-2024-0042");
  }

  @Test
  void everyInvalidCaseOfTheContract_is422WithEveryExpectedPointer() {
    List<InvalidPayloads.Case> cases = InvalidPayloads.contract();
    StringBuilder wrong = new StringBuilder();
    for (InvalidPayloads.Case c : cases) {
      HttpResponse<String> response = http.post("/contributions", "application/json", c.getJson(), null);
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (response.statusCode() != 422 || !type.startsWith(Problem.MEDIA_TYPE)) {
        wrong.append(c).append(": ").append(response.statusCode()).append(' ').append(type).append('\n');
        continue;
      }
      JsonNode problem = Http.json(response);
      if (!pointers(problem).equals(new TreeSet<>(c.getPointers()))
          || !problem.get("type").asText().equals(Problem.INVALID_CONTRIBUTION.toString())
          || problem.get("status").asInt() != 422) {
        wrong.append(c).append(": expected ").append(c.getPointers()).append(", got ").append(response.body())
            .append('\n');
      }
    }
    assertThat(cases).hasSizeGreaterThan(40);
    assertThat(wrong.toString()).isEmpty();
  }

  @Test
  void unknownMemberAndMissingName_areBothReported() {
    String payload = Samples.contractExampleJson().replace("\"name\":", "\"nme\":");

    HttpResponse<String> response = http.post("/contributions", "application/json", payload, null);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(pointers(Http.json(response))).containsExactly("/contributor/name", "/contributor/nme");
  }

  @Test
  void violation_carriesCodeMessageLineAndColumn() {
    String payload = Samples.contractExampleJson().replace("\"name\":", "\"nme\":");

    JsonNode violation = Http.json(http.post("/contributions", "application/json", payload, null)).get("violations")
        .get(0);

    assertThat(violation.get("pointer").asText()).isEqualTo("/contributor/nme");
    assertThat(violation.get("code").asText()).isEqualTo("UNKNOWN_MEMBER");
    assertThat(violation.get("severity").asText()).isEqualTo("ERROR");
    assertThat(violation.get("message").asText()).isNotBlank();
    assertThat(violation.get("line").asInt()).isEqualTo(8);
    assertThat(violation.get("column").asInt()).isEqualTo(5);
  }

  @Test
  void malformedBody_saysWhereAndWhy() {
    JsonNode problem = Http.json(http.post("/contributions", "application/json", "{\n  \"id\": ", null));

    assertThat(problem.get("detail").asText()).contains("line 2, column 9");
    JsonNode violation = problem.get("violations").get(0);
    assertThat(violation.get("code").asText()).isEqualTo("MALFORMED_JSON");
    assertThat(violation.get("arguments").get("reason").asText()).isEqualTo("end-of-input");
  }

  @Test
  void problem_followsAcceptLanguage() {
    String payload = Samples.contractExampleJson().replace("\"KEN\"", "\"XXX\"");

    HttpResponse<String> response = http.post("/contributions", "application/json", payload, "de, fr;q=0.8");

    JsonNode problem = Http.json(response);
    assertThat(problem.get("title").asText()).isEqualTo("Contribution non valide");
    assertThat(problem.get("violations").get(0).get("message").asText()).isNotEqualTo(
        Http.json(http.post("/contributions", "application/json", payload, null)).get("violations").get(0)
            .get("message").asText());
    assertThat(response.headers().firstValue("Content-Language")).contains("fr");
  }

  @Test
  void yamlBody_isReadWithYamlLines() {
    String yaml = ContributionWriter.yaml().writeString(Samples.contractExample());

    assertThat(http.post("/contributions", "application/yaml", yaml, null).statusCode()).isEqualTo(201);
    HttpResponse<String> refused = http.post("/contributions", "application/yaml", yaml.replace("country:", "cuntry:"),
        null);
    assertThat(refused.statusCode()).isEqualTo(422);
    JsonNode violation = Http.json(refused).get("violations").get(0);
    assertThat(violation.get("pointer").asText()).isEqualTo("/contributor/cuntry");
    assertThat(violation.get("line").asInt())
        .isEqualTo(yaml.substring(0, yaml.indexOf("country:")).split("\n", -1).length);
  }

  @Test
  void ndjsonList_isReadWhole() {
    String line = ContributionWriter.compact().writeString(Samples.contractExample());

    HttpResponse<String> response = http.post("/contributions/batch", "application/x-ndjson", line + "\n" + line + "\n",
        null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Http.json(response).get("count").asInt()).isEqualTo(2);
  }

  @Test
  void ndjsonListWithBadRecords_isRefusedWithEachPointerUnderItsRecord() {
    String line = ContributionWriter.compact().writeString(Samples.contractExample());
    String body = line + "\n" + line.replace("\"KEN\"", "\"XXX\"") + "\n\n" + "{\"id\":" + "\n";

    HttpResponse<String> response = http.post("/contributions/batch", "application/x-ndjson", body, null);

    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode violations = Http.json(response).get("violations");
    assertThat(violations.get(0).get("pointer").asText()).isEqualTo("/1/contributor/country");
    assertThat(violations.get(0).get("line").asInt()).isEqualTo(2);
    assertThat(violations.get(1).get("code").asText()).isEqualTo("MALFORMED_JSON");
    assertThat(violations.get(1).get("line").asInt()).isEqualTo(4);
  }

  @Test
  void ndjsonListPastMaxRecords_isRefusedAtTheFirstRecordPastIt() {
    String line = ContributionWriter.compact().writeString(Samples.contractExample());

    HttpResponse<String> response = http.post("/contributions/batch", "application/x-ndjson", (line + "\n").repeat(6),
        null);

    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode violation = Http.json(response).get("violations").get(0);
    assertThat(violation.get("pointer").asText()).isEqualTo("/5");
    assertThat(violation.get("code").asText()).isEqualTo("LIMIT_EXCEEDED");
    assertThat(violation.get("arguments").get("max").asText()).isEqualTo("5");
  }

  @Test
  void reviewProcessesProperty_setsTheProcessesAContributionMayName() {
    String payload = Samples.contractExampleJson().replace("\"wsis+20\"", "\"example-review\"");

    assertThat(http.post("/contributions", "application/json", payload, null).statusCode()).isEqualTo(201);
  }

  @Test
  void readLimitsProperty_setsTheDocumentLimit() {
    String payload = Samples.contractExampleJson().replace("{\n", "{" + " ".repeat(1_048_576) + "\n");

    HttpResponse<String> response = http.post("/contributions", "application/json", payload, null);

    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode violation = Http.json(response).get("violations").get(0);
    assertThat(violation.get("code").asText()).isEqualTo("LIMIT_EXCEEDED");
    assertThat(violation.get("arguments").get("max").asText()).isEqualTo("1048576");
  }

  @Test
  void contributionReturned_isWrittenInTheCanonicalForm() {
    HttpResponse<String> response = http.get("/contributions/example");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(ContributionWriter.compact().writeString(Samples.contractExample()));
  }
}

package io.github.wsis20.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wsis20.io.ReadLimits;
import io.github.wsis20.testing.Samples;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ContributionServiceTest {
  static ContributionService service;
  static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    service = ContributionService.start(0);
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  static HttpResponse<String> post(String type, String body, String language) throws Exception {
    return post("/contributions", type, body, language);
  }

  static HttpResponse<String> post(String path, String type, String body, String language) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
        .timeout(Duration.ofSeconds(10))
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (type != null) {
      request.header("Content-Type", type);
    }
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void validContribution_isCreated() throws Exception {
    HttpResponse<String> response = post("application/json", Samples.contractExampleJson(), null);
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.headers().firstValue("Location")).contains("/contributions/c-2024-0042");
  }

  @Test
  void invalidContribution_isAProblemListingItsViolations() throws Exception {
    String payload = Samples.contractExampleJson().replace("\"KEN\"", "\"XXX\"");
    HttpResponse<String> response = post("application/json; charset=utf-8", payload, "fr");
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
    assertThat(response.body()).contains("\"status\":422").contains("\"pointer\":\"/contributor/country\"")
        .contains("INVALID_COUNTRY");
  }

  @Test
  void oversizedBody_isRefusedWith413() throws Exception {
    String huge = "{\"title\":\"" + "x".repeat(ContributionService.MAX_BODY_BYTES) + "\"}";
    assertThat(post("application/json", huge, null).statusCode()).isEqualTo(413);
  }

  @Test
  void otherMediaType_isRefusedWith415() throws Exception {
    assertThat(post("text/plain", Samples.contractExampleJson(), null).statusCode()).isEqualTo(415);
    assertThat(post(null, Samples.contractExampleJson(), null).statusCode()).isEqualTo(415);
  }

  @Test
  void malformedJson_isA422WithItsPlace() throws Exception {
    HttpResponse<String> response = post("application/json", "{\"id\": ", null);
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("MALFORMED_JSON");
  }

  @Test
  void malformedJson_problemGivesLineColumnAndReason() throws Exception {
    JsonNode problem = JSON.readTree(post("application/json", "{\n  \"id\": \"a\",\n  \"title\" 1}", null).body());

    assertThat(problem.get("detail").asText()).as(problem.toString()).contains("line 3, column 12");
    JsonNode violation = problem.get("violations").get(0);
    assertThat(violation.get("line").asInt()).isEqualTo(3);
    assertThat(violation.get("column").asInt()).isEqualTo(12);
    assertThat(violation.get("arguments").get("reason").asText()).isEqualTo("syntax");
  }

  @Test
  void problem_titleAndDetailFollowAcceptLanguage() throws Exception {
    String payload = Samples.contractExampleJson().replace("\"KEN\"", "\"XXX\"");

    HttpResponse<String> response = post("application/json", payload, "ru, fr;q=0.5");

    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("title").asText()).isEqualTo("Материал не прошёл проверку");
    assertThat(problem.get("detail").asText()).startsWith("Материал нарушает");
    assertThat(response.headers().firstValue("Content-Language")).contains("ru");
  }

  @Test
  void refusal_titleAndDetailFollowAcceptLanguage() throws Exception {
    JsonNode problem = JSON.readTree(post("text/plain", "x", "es").body());

    assertThat(problem.get("title").asText()).isEqualTo("Tipo de medio no admitido");
    assertThat(problem.get("detail").asText()).isEqualTo("Envíe la contribución como application/json.");
  }

  @Test
  void pathIsMatchedExactly_anotherPathIs404() throws Exception {
    assertThat(post("/contributionsXYZ", "application/json", Samples.contractExampleJson(), null).statusCode())
        .isEqualTo(404);
    assertThat(post("/contributions/x", "application/json", Samples.contractExampleJson(), null).statusCode())
        .isEqualTo(404);
    assertThat(post("/contributions?dry-run", "application/json", Samples.contractExampleJson(), null).statusCode())
        .isEqualTo(201);
  }

  @Test
  void otherMethod_is405WithAllow() throws Exception {
    HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + service.port() + "/contributions")).GET().build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).contains("POST");
  }

  @Test
  void unprocessable_hasItsReasonPhrase() throws Exception {
    byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), service.port())) {
      socket.setSoTimeout(5_000);
      socket.getOutputStream().write(("POST /contributions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
          + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().write(body);
      String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
          .readLine();
      assertThat(statusLine).isEqualTo("HTTP/1.1 422 Unprocessable Content");
    }
  }

  @Test
  void bodyLimit_isTheReadersDocumentLimit() {
    assertThat(ContributionService.MAX_BODY_BYTES).isEqualTo(ReadLimits.defaults().getMaxDocumentBytes());
  }

  @Test
  void contractLongestBodyInCjk_isCreated() throws Exception {
    // 200,000 characters of CJK text, the most the contract allows: about 600 KB of UTF-8.
    String payload = Samples.contractExampleJson().replace("\"Longer text of the input ...\"",
        "\"" + "\u8bba".repeat(200_000) + "\"");

    assertThat(payload.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(600_000);
    assertThat(post("application/json", payload, null).statusCode()).isEqualTo(201);
  }
}

package io.github.wsis20.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wsis20.testing.Samples;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ContributionServiceTest {
  static ContributionService service;
  static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() throws Exception {
    service = ContributionService.start(0);
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  static HttpResponse<String> post(String type, String body, String language) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/contributions"))
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
}

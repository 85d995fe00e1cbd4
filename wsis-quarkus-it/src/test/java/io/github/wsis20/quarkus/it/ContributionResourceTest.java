package io.github.wsis20.quarkus.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wsis20.problem.Problem;
import io.github.wsis20.testing.BrokenContributions;
import io.github.wsis20.testing.InvalidPayloads;
import io.github.wsis20.testing.Samples;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The endpoint in a running Quarkus application, on a real port. */
@QuarkusTest
class ContributionResourceTest {
  static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final ObjectMapper JSON = new ObjectMapper();

  @TestHTTPResource("/contributions")
  URI contributions;

  @Inject
  Archive archive;

  HttpResponse<String> post(String body, String language) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(contributions).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void validContribution_isCreated() throws Exception {
    HttpResponse<String> response = post(Samples.contractExampleJson(), null);

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/contributions/c-2024-0042");
  }

  @Test
  void everyInvalidCaseOfTheContract_is422WithEveryExpectedPointer() throws Exception {
    StringBuilder wrong = new StringBuilder();
    for (InvalidPayloads.Case c : InvalidPayloads.contract()) {
      HttpResponse<String> response = post(c.getJson(), null);
      Set<String> pointers = new TreeSet<>();
      if (response.statusCode() == 422
          && response.headers().firstValue("Content-Type").orElse("").startsWith(Problem.MEDIA_TYPE)) {
        JSON.readTree(response.body()).get("violations").forEach(v -> pointers.add(v.get("pointer").asText()));
      }
      if (!pointers.equals(new TreeSet<>(c.getPointers()))) {
        wrong.append(c).append(": ").append(response.statusCode()).append(' ').append(response.body()).append('\n');
      }
    }
    assertThat(wrong.toString()).isEmpty();
  }

  @Test
  void problem_followsAcceptLanguage() throws Exception {
    String payload = Samples.contractExampleJson().replace("\"KEN\"", "\"XXX\"");

    JsonNode problem = JSON.readTree(post(payload, "zh-CN, en;q=0.1").body());

    assertThat(problem.get("title").asText()).isEqualTo("提交材料无效");
  }

  @Test
  void everyConstraint_isReportedThroughValidOnAQuarkusBean() {
    StringBuilder wrong = new StringBuilder();
    for (BrokenContributions.Case c : BrokenContributions.everyConstraint()) {
      try {
        archive.store(c.getContribution());
        wrong.append(c).append(": stored\n");
      } catch (ConstraintViolationException e) {
        if (e.getConstraintViolations().size() != 1 || !e.getConstraintViolations().iterator().next()
            .getConstraintDescriptor().getAnnotation().annotationType().getSimpleName().equals(c.getConstraint())) {
          wrong.append(c).append(": ").append(e.getConstraintViolations()).append('\n');
        }
      }
    }
    assertThat(wrong.toString()).isEmpty();
  }

  @Test
  void example_passesQuarkusValidation() {
    assertThat(archive.store(Samples.contractExample())).isEqualTo("c-2024-0042");
    assertThatThrownBy(() -> archive.store(BrokenContributions.everyConstraint().get(0).getContribution()))
        .isInstanceOf(ConstraintViolationException.class);
  }
}

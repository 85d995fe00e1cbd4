package io.github.wsis20.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wsis20.io.ContributionReader;
import io.github.wsis20.model.UnLanguage;
import io.github.wsis20.testing.Samples;
import io.github.wsis20.validation.Pointer;
import io.github.wsis20.validation.ValidationReport;
import io.github.wsis20.validation.ViolationCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProblemTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int[] STATUSES = {400, 404, 405, 408, 411, 413, 415, 500, 503};

  static ValidationReport report(String json, Locale locale) {
    return ContributionReader.standard().read(json.getBytes(StandardCharsets.UTF_8), locale).getReport();
  }

  static String unknownMemberAndMissingName() {
    return Samples.contractExampleJson().replace("\"name\":", "\"nme\":");
  }

  @Test
  void of_reportIsA422OfTheContributionTypeWithEveryViolation() throws IOException {
    Problem problem = Problem.of(report(unknownMemberAndMissingName(), Locale.ENGLISH));

    JsonNode json = MAPPER.readTree(problem.toJson());
    assertThat(json.get("type").asText()).isEqualTo(Problem.INVALID_CONTRIBUTION.toString());
    assertThat(json.get("title").asText()).isEqualTo("Invalid contribution");
    assertThat(json.get("status").asInt()).isEqualTo(422);
    assertThat(json.findValuesAsText("pointer")).containsExactlyInAnyOrder("/contributor/nme", "/contributor/name");
    assertThat(json.findValuesAsText("code")).containsExactlyInAnyOrder("UNKNOWN_MEMBER", "REQUIRED");
  }

  @Test
  void of_violationCarriesLineAndColumnOfItsValue() throws IOException {
    Problem problem = Problem.of(report(unknownMemberAndMissingName(), Locale.ENGLISH));

    JsonNode unknown = MAPPER.readTree(problem.toJson()).get("violations").get(0);
    assertThat(unknown.get("pointer").asText()).isEqualTo("/contributor/nme");
    assertThat(unknown.get("line").asInt()).isEqualTo(8);
    assertThat(unknown.get("column").isInt()).isTrue();
    assertThat(unknown.get("severity").asText()).isEqualTo("ERROR");
    assertThat(unknown.get("message").asText()).isNotBlank();
  }

  @Test
  void of_malformedBodySaysWhereReadingStoppedAndWhy() throws IOException {
    Problem problem = Problem.of(report("{\n  \"id\": ", Locale.ENGLISH));

    JsonNode json = MAPPER.readTree(problem.toJson());
    assertThat(json.get("detail").asText()).contains("line 2, column 9");
    JsonNode violation = json.get("violations").get(0);
    assertThat(violation.get("code").asText()).isEqualTo("MALFORMED_JSON");
    assertThat(violation.get("line").asInt()).isEqualTo(2);
    assertThat(violation.get("column").asInt()).isEqualTo(9);
    assertThat(violation.get("arguments").get("reason").asText()).isEqualTo("end-of-input");
  }

  @Test
  void of_lineOfARecordPastTwoToTheThirtyOne_isWrittenWhole() throws IOException {
    ValidationReport report = ValidationReport.builder(Locale.ENGLISH)
        .addAt(Pointer.root(), ViolationCode.MALFORMED_JSON, 3_000_000_000L, 7, "reason", "syntax").build();

    JsonNode json = MAPPER.readTree(Problem.of(report).toJson());
    assertThat(json.get("detail").asText()).contains("line 3000000000, column 7");
    assertThat(json.get("violations").get(0).get("line").asLong()).isEqualTo(3_000_000_000L);
  }

  @Test
  void of_titleAndDetailFollowTheLocaleAsked() {
    ValidationReport report = report(unknownMemberAndMissingName(), Locale.FRENCH);

    Problem problem = Problem.of(report, 422, Locale.FRENCH);

    assertThat(problem.getTitle()).isEqualTo("Contribution non valide");
    assertThat(problem.getDetail()).startsWith("La contribution enfreint");
    assertThat(problem.getViolations()).isEqualTo(report.getViolations());
  }

  @Test
  void of_refusesAStatusThatIsNotAClientError() {
    ValidationReport report = report("{}", Locale.ENGLISH);

    assertThatThrownBy(() -> Problem.of(report, 500, Locale.ENGLISH)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void forStatus_isAboutBlankWithTheDetailsArguments() throws IOException {
    Problem problem = Problem.forStatus(413, Locale.ENGLISH, "max", "2097152");

    JsonNode json = MAPPER.readTree(problem.toJson());
    assertThat(json.get("type").asText()).isEqualTo("about:blank");
    assertThat(json.get("title").asText()).isEqualTo("Content Too Large");
    assertThat(json.get("status").asInt()).isEqualTo(413);
    assertThat(json.get("detail").asText()).endsWith("the limit in bytes is 2097152.");
    assertThat(json.has("violations")).isFalse();
  }

  @Test
  void forStatus_refusesAStatusWithoutText() {
    assertThatThrownBy(() -> Problem.forStatus(418, Locale.ENGLISH)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void forStatus_everyStatusHasTitleAndDetailInEveryLanguage() {
    for (UnLanguage language : UnLanguage.values()) {
      for (int status : STATUSES) {
        Problem problem = Problem.forStatus(status, language.toLocale(), "allow", "POST", "max", "1", "supported", "x");
        assertThat(problem.getTitle()).as("%s %d", language, status).isNotBlank();
        assertThat(problem.getDetail()).as("%s %d", language, status).isNotBlank().doesNotContain("{");
      }
    }
  }

  @Test
  void texts_everyLanguageHasTheEnglishKeysAndPlaceholders() throws IOException {
    Properties english = load("en");
    for (UnLanguage language : UnLanguage.values()) {
      Properties texts = load(language.getTag());
      assertThat(texts.stringPropertyNames()).as(language.getTag()).isEqualTo(english.stringPropertyNames());
      for (String key : english.stringPropertyNames()) {
        assertThat(placeholders(texts.getProperty(key))).as("%s %s", language.getTag(), key)
            .isEqualTo(placeholders(english.getProperty(key)));
      }
    }
  }

  @Test
  void texts_translationsAreNotTheEnglish() throws IOException {
    Properties english = load("en");
    for (UnLanguage language : UnLanguage.values()) {
      if (language == UnLanguage.ENGLISH) {
        continue;
      }
      Properties texts = load(language.getTag());
      for (String key : english.stringPropertyNames()) {
        assertThat(texts.getProperty(key)).as("%s %s", language.getTag(), key).isNotEqualTo(english.getProperty(key));
      }
    }
  }

  @Test
  void writeTo_writesExactlyTheMembersOfToMap() throws IOException {
    Problem problem = Problem.of(report("{\"id\": 1, \"extra\": true}", Locale.forLanguageTag("ru")));

    Map<?, ?> written = MAPPER.readValue(problem.toJson(), Map.class);

    assertThat(written).isEqualTo(MAPPER.readValue(MAPPER.writeValueAsString(problem.toMap()), Map.class));
    assertThat(List.<Object>copyOf(written.keySet())).containsExactly("type", "title", "status", "detail",
        "violations");
  }

  @Test
  void negotiateLocale_takesTheFirstUnLanguageByWeight() {
    assertThat(Problem.negotiateLocale("de, fr;q=0.8, es;q=0.9")).isEqualTo(Locale.forLanguageTag("es"));
    assertThat(Problem.negotiateLocale("zh-Hant-TW")).isEqualTo(Locale.forLanguageTag("zh"));
    assertThat(Problem.negotiateLocale("ar-EG,en;q=0.5")).isEqualTo(Locale.forLanguageTag("ar"));
  }

  @Test
  void negotiateLocale_isEnglishForNoneOrNonsense() {
    assertThat(Problem.negotiateLocale(null)).isEqualTo(Locale.ENGLISH);
    assertThat(Problem.negotiateLocale("de")).isEqualTo(Locale.ENGLISH);
    assertThat(Problem.negotiateLocale(";;q=x,,")).isEqualTo(Locale.ENGLISH);
  }

  private static Properties load(String tag) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Problem.class.getResourceAsStream("problems_" + tag + ".properties")) {
      assertThat(in).as(tag).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static Set<String> placeholders(String text) {
    Matcher m = Pattern.compile("\\{[a-z]+}").matcher(text);
    Set<String> found = new TreeSet<>();
    while (m.find()) {
      found.add(m.group());
    }
    return found.stream().collect(Collectors.toCollection(TreeSet::new));
  }
}

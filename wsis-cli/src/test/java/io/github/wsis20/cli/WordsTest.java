package io.github.wsis20.cli;

import static io.github.wsis20.cli.WsisTest.wsis;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wsis20.model.UnLanguage;
import io.github.wsis20.testing.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The command's own words follow --locale, as the SDK's messages do. */
class WordsTest {
  @TempDir
  Path dir;

  Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  static Properties phrases(UnLanguage language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Phrasebook.class.getResourceAsStream("phrases_" + language.getTag() + ".properties")) {
      assertThat(in).as(language.toString()).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @ParameterizedTest
  @EnumSource(UnLanguage.class)
  void everyLanguage_hasEveryPhraseOfTheCommand(UnLanguage language) throws IOException {
    // The locale phrases are said in the language the messages fall back to: English, or Chinese.
    Set<String> english = phrases(UnLanguage.ENGLISH).stringPropertyNames().stream()
        .filter(k -> !k.startsWith("locale.")).collect(Collectors.toSet());
    assertThat(phrases(language).stringPropertyNames()).containsAll(english);
    if (language != UnLanguage.ENGLISH) {
      Properties own = phrases(language);
      for (String key : english) {
        if (!key.equals("severity.error")) {
          assertThat(own.getProperty(key)).as("%s in %s", key, language)
              .isNotEqualTo(phrases(UnLanguage.ENGLISH).getProperty(key));
        }
      }
    }
  }

  @Test
  void validate_inFrench_saysErrorAndTheSummaryInFrench() throws IOException {
    Path bad = file("bad.json", Samples.contractExampleJson().replace("\"KEN\"", "\"XXX\""));
    WsisTest.Run run = wsis("validate", "--locale", "fr", bad.toString());
    assertThat(run.out).contains(": erreur INVALID_COUNTRY en '/contributor/country' : Le pays")
        .contains("1 fichier(s), 1 enregistrement(s) : 0 valide(s), 1 non valide(s)");
  }

  @Test
  void validate_inChinese_saysAMissingFileInChinese() {
    WsisTest.Run run = wsis("validate", "--locale", "zh", dir.resolve("absent.json").toString());
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).contains("absent.json：文件不存在");
  }

  @Test
  void validate_inRussian_wordsTheCsvReasonInRussian() throws IOException {
    Path csv = file("bad.csv", "schemaVersion,id,notes\n1.0,a,b\n");
    WsisTest.Run run = wsis("validate", "--locale", "ru", csv.toString());
    assertThat(run.out).contains("ошибка MALFORMED_CSV в '/notes'").contains("заголовок называет столбец")
        .doesNotContain("unknown-column");
  }

  @Test
  void convert_inSpanish_refusesInvalidInputInSpanish() throws IOException {
    Path bad = file("bad.json", Samples.contractExampleJson().replace("\"KEN\"", "\"XXX\""));
    WsisTest.Run run = wsis("convert", "--to", "yaml", "--locale", "es", bad.toString());
    assertThat(run.err).contains("error INVALID_COUNTRY en '/contributor/country'")
        .contains("entrada no válida, no se ha convertido nada");
  }

  @Test
  void jsonReport_keepsTheTypesOfArguments() throws IOException {
    Path bad = file("bad.json", Samples.contractExampleJson().replace("\"wsis+20\"", "\"wsis+30\"")
        .replace("Community networks for last-mile connectivity", "t".repeat(301)));
    String out = wsis("validate", "--output", "json", bad.toString()).out;
    assertThat(out).contains("\"min\" : 1,").contains("\"max\" : 300")
        .contains("\"known\" : [ \"wsis+10\", \"wsis+20\", \"wsis+20-follow-up\" ]");
  }
}

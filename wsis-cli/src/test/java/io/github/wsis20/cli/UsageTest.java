package io.github.wsis20.cli;

import static io.github.wsis20.cli.WsisTest.wsis;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wsis20.testing.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a newcomer meets first: help, option values, and usage errors in plain words. */
class UsageTest {
  @TempDir
  Path dir;

  Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "convert", "schema", "timeline", "graph"})
  void everySubcommand_printsItsHelpForDashHAndDashDashHelp(String command) {
    for (String flag : new String[] {"-h", "--help"}) {
      WsisTest.Run run = wsis(command, flag);
      assertThat(run.code).as("%s %s: %s", command, flag, run.err).isZero();
      assertThat(run.out).contains("Usage: wsis " + command);
      assertThat(run.err).isEmpty();
    }
  }

  @Test
  void topLevelHelp_summarisesEachCommandInAWholeSentence() {
    List<String> summaries = new ArrayList<>();
    boolean inCommands = false;
    for (String line : wsis("--help").out.lines().toList()) {
      if (line.startsWith("Commands")) {
        inCommands = true;
      } else if (inCommands && line.isBlank()) {
        break;
      } else if (inCommands && line.startsWith("  ") && !line.startsWith("   ")) {
        summaries.add(line.strip().replaceFirst("^\\S+\\s+", ""));
      } else if (inCommands) {
        summaries.set(summaries.size() - 1, summaries.get(summaries.size() - 1) + " " + line.strip());
      }
    }
    assertThat(summaries).hasSize(6).allSatisfy(s -> assertThat(s).matches("[A-Z].*\\.$"));
  }

  @Test
  void optionValues_areCaseInsensitive() throws IOException {
    Path ok = file("ok.json", Samples.contractExampleJson());
    assertThat(wsis("validate", "--format", "JSON", "--output", "Json", ok.toString()).code).isZero();
    assertThat(wsis("convert", "--to", "YAML", ok.toString()).code).isZero();
    assertThat(wsis("graph", "--format", "DOT").out).startsWith("digraph");
    assertThat(wsis("schema", "Contribution").code).isZero();
  }

  @Test
  void locale_withoutMessages_saysSoOnStandardError() throws IOException {
    WsisTest.Run run = wsis("validate", "--locale", "de", file("ok.json", Samples.contractExampleJson()).toString());
    assertThat(run.code).isZero();
    assertThat(run.err).contains("no messages in 'de'").contains("English");
  }

  @Test
  void locale_inTraditionalChinese_saysTheMessagesAreInSimplifiedCharacters() throws IOException {
    WsisTest.Run run = wsis("validate", "--locale", "zh-TW", file("ok.json", Samples.contractExampleJson()).toString());
    assertThat(run.code).isZero();
    assertThat(run.err).contains("繁体中文").contains("zh-TW");
  }

  @Test
  void locale_ofOneOfTheSixLanguages_saysNothingOnStandardError() throws IOException {
    Path ok = file("ok.json", Samples.contractExampleJson());
    for (String tag : new String[] {"ar", "zh", "zh-Hans-CN", "en", "fr-CA", "ru", "es"}) {
      assertThat(wsis("validate", "--locale", tag, ok.toString()).err).as(tag).isEmpty();
    }
  }

  @Test
  void usageError_namesTheExpectedFormNotAJavaType() {
    WsisTest.Run run = wsis("timeline", "--as-of", "2025-13-01");
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).contains("'2025-13-01' is not a date of the form YYYY-MM-DD")
        .doesNotContain("java.").doesNotContain("Exception").doesNotContain("LocalDate");
  }

  @Test
  void validate_ofADirectory_saysItIsADirectoryAndExitsTwo() throws IOException {
    Path directory = Files.createDirectory(dir.resolve("payloads.json"));
    WsisTest.Run run = wsis("validate", directory.toString());
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).contains("payloads.json: is a directory").doesNotContain("Exception");
    assertThat(wsis("validate", "--output", "json", directory.toString()).out)
        .contains("\"error\" : \"is a directory\"");
  }

  @Test
  void convert_ofADirectory_saysItIsADirectoryAndExitsTwo() throws IOException {
    Path directory = Files.createDirectory(dir.resolve("in.json"));
    WsisTest.Run run = wsis("convert", "--to", "yaml", directory.toString());
    assertThat(run.code).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("in.json: is a directory").doesNotContain("Exception");
  }

  @Test
  void convert_ofAMissingFile_saysThereIsNoSuchFile() {
    WsisTest.Run run = wsis("convert", "--to", "yaml", dir.resolve("absent.json").toString());
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).contains("absent.json: no such file");
  }

  @Test
  void convert_reportsProblemsInTheFormOfValidate() throws IOException {
    Path bad = file("bad.json", Samples.contractExampleJson().replace("\"KEN\"", "\"XXX\""));
    String validated = wsis("validate", bad.toString()).out.lines().findFirst().orElseThrow();
    WsisTest.Run converted = wsis("convert", "--to", "yaml", bad.toString());
    assertThat(converted.code).isEqualTo(1);
    assertThat(validated).endsWith(": error INVALID_COUNTRY at '/contributor/country': "
        + "The country must be an assigned ISO 3166-1 alpha-3 code in capitals, such as \"KEN\".");
    assertThat(converted.err.lines().findFirst().orElseThrow()).isEqualTo(validated);
  }
}

package io.github.wsis20.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wsis20.testing.Samples;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** Each example runs as README describes it and prints what it promises. */
@Isolated
class ExamplesRunTest {

  @TempDir
  Path dir;

  /** A program's main method. */
  interface Main {
    void run() throws Exception;
  }

  static String output(Main main) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void quickStart_printsTheViolationsOfItsPayload() throws Exception {
    assertThat(output(() -> QuickStart.main(new String[0])))
        .contains("/sdgs/0 WRONG_TYPE").contains("/contributor/country COUNTRY_REQUIRED_FOR_GOVERNMENT");
  }

  @Test
  void quickStart_printsWhatTheReadmeSaysItPrints() throws Exception {
    assertThat(output(() -> QuickStart.main(new String[0])).lines())
        .containsExactlyElementsOf(
            ReadmeTest.readmeBlock("text").lines().collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void buildAndValidate_findsTheTwoBrokenRules() throws Exception {
    assertThat(output(() -> BuildAndValidate.main(new String[0])))
        .contains("As built: valid").contains("COUNTRY_REQUIRED_FOR_GOVERNMENT").contains("REQUIRED_UNLESS_DRAFT");
  }

  @Test
  void validateFileInFrench_wordsTheReportInFrench() throws Exception {
    assertThat(output(() -> ValidateFileInFrench.main(new String[0])))
        .contains("invalide").contains("UNKNOWN_ACTION_LINE").contains("pays");
  }

  @Test
  void walkTheMandateGraph_listsWhatItuOwesIn2026WithItsStatus() throws Exception {
    assertThat(output(() -> WalkTheMandateGraph.main(new String[0])))
        .contains("What ITU and its organs owe after 2025, as of 2026-12-02")
        .contains("NOT_RECORDED: Report on the outcomes");
  }

  @Test
  void walkTheMandateGraph_listsTheMandatesStillActive() throws Exception {
    String out = output(() -> WalkTheMandateGraph.main(new String[0]));
    String active = out.substring(out.indexOf("Mandates still active on 2026-12-02:"),
        out.indexOf("What superseded what:"));
    assertThat(active).contains("A/RES/80/173, to International Telecommunication Union")
        .doesNotContain("Resolution 1332,");
  }

  @Test
  void walkTheMandateGraph_saysWhatSupersededWhat() throws Exception {
    assertThat(output(() -> WalkTheMandateGraph.main(new String[0])))
        .contains("Resolution 1332 (itu-council-res-1332-2024) revises itu-council-res-1332, from 2024-06-14");
  }

  @Test
  void validateLargeNdjson_countsRecordsAndInvalidOnes() throws Exception {
    String good = Samples.contractExampleJson().replace("\n", "");
    Path file = Files.writeString(dir.resolve("three.ndjson"),
        good + "\n" + good.replace("\"C2\"", "\"C0\"") + "\n" + good + "\n");
    assertThat(output(() -> ValidateLargeNdjson.main(new String[] {file.toString()})))
        .contains("3 records, 1 invalid");
  }
}

package io.github.wsis20.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The results page is rewritten from JMH's JSON alone, between its markers and nowhere else. */
class ResultsPageTest {
  private static final String READ = ReadAndValidateBenchmark.class.getName();

  private static String result(String method, String payload, double score, double bytesPerOp) {
    return "{\"benchmark\": \"" + READ + "." + method + "\", \"params\": {\"payload\": \"" + payload + "\"},"
        + " \"primaryMetric\": {\"score\": " + score + ", \"scoreError\": 1.5},"
        + " \"secondaryMetrics\": {\"gc.alloc.rate.norm\": {\"score\": " + bytesPerOp + "}}}";
  }

  private static List<ResultsPage.Score> scores(double sdk, double baseline, double peer) throws IOException {
    StringBuilder json = new StringBuilder("[");
    for (Payload payload : Payload.values()) {
      json.append(result("jacksonReadTree", payload.name(), 100_000, 4_000)).append(',')
          .append(result("naiveDatabindAndValidate", payload.name(), baseline, 15_000)).append(',')
          .append(result("schemaPeer", payload.name(), peer, 20_000)).append(',')
          .append(result("sdkReadAndValidate", payload.name(), sdk, 23_000)).append(',')
          .append(result("sdkValidateOnly", payload.name(), 70_000, 11_000)).append(',');
    }
    json.setLength(json.length() - 1);
    return ResultsPage.scores(new ObjectMapper().readTree(json.append(']').toString()));
  }

  @Test
  void ratiosAreToTheFloorAndTheBaselineOfTheSamePayload() throws IOException {
    String page = ResultsPage.results(scores(55_000, 50_000, 30_000), List.of(), new Properties(), "chart.svg");

    assertThat(page).contains("| contract example (846 B) | SDK: `ContributionReader.read`, read and validate "
        + "| 55,000 | 2 | 0.55 | 1.10 | 23,000 |");
    assertThat(page).contains("| SDK ≥ 1.0 × the baseline's throughput | 1.10 | 1.10 | yes |");
    assertThat(page).contains("| SDK ≥ 0.25 × the floor's throughput, on the 5 KiB variant | 0.55 | 0.55 | yes |");
    assertThat(page).contains("| SDK ahead of the schema peer (ratio > 1) | 1.83 | 1.83 | yes |");
    assertThat(page).contains("![Throughput as a ratio to the floor](chart.svg)");
  }

  @Test
  void aMissedTargetSaysSo() throws IOException {
    String page = ResultsPage.results(scores(35_000, 50_000, 40_000), List.of(), new Properties(), "chart.svg");

    assertThat(page).contains("| SDK ≥ 1.0 × the baseline's throughput | 0.70 | 0.70 | **no** |");
    assertThat(page).contains("| SDK ahead of the schema peer (ratio > 1) | 0.88 | 0.88 | **no** |");
  }

  @Test
  void theFloorTargetIsJudgedOnTheFiveKibibyteVariantAlone() throws IOException {
    String variantBelow = ResultsPage.results(withFloor(Payload.CONTRACT_EXAMPLE, 100_000, 150_000), List.of(),
        new Properties(), "chart.svg");
    String contractBelow = ResultsPage.results(withFloor(Payload.VARIANT_5KB, 100_000, 150_000), List.of(),
        new Properties(), "chart.svg");

    assertThat(variantBelow)
        .contains("| SDK ≥ 0.25 × the floor's throughput, on the 5 KiB variant | 0.30 | 0.20 | **no** |");
    assertThat(contractBelow)
        .contains("| SDK ≥ 0.25 × the floor's throughput, on the 5 KiB variant | 0.20 | 0.30 | yes |");
  }

  /** Scores where the SDK reads 30,000 a second and the floor of one payload differs from the other's. */
  private static List<ResultsPage.Score> withFloor(Payload payload, double floor, double otherFloor)
      throws IOException {
    List<ResultsPage.Score> scores = new ArrayList<>(scores(30_000, 50_000, 20_000));
    scores.removeIf(s -> s.method.equals("jacksonReadTree"));
    for (Payload p : Payload.values()) {
      scores.addAll(ResultsPage.scores(new ObjectMapper().readTree(
          "[" + result("jacksonReadTree", p.name(), p == payload ? floor : otherFloor, 4_000) + "]")));
    }
    return scores;
  }

  @Test
  void theEarlierJarsScoresStandBesideThisOnesEachWithItsOwnBaseline() throws IOException {
    Properties run = new Properties();
    run.setProperty("before.commit", "9d0b514");

    String page = ResultsPage.results(scores(60_000, 50_000, 30_000), scores(30_000, 40_000, 30_000), run, "c.svg");

    assertThat(page).contains("### Before and after, in the same run")
        .contains("commit `9d0b514`")
        .contains("| contract example (846 B) | 30,000 | 0.75 | 60,000 | 1.20 | 2.00 |");
    assertThat(ResultsPage.results(scores(60_000, 50_000, 30_000), List.of(), run, "c.svg"))
        .doesNotContain("Before and after");
  }

  @Test
  void theBulkTargetIsAHundredMegabytesASecond() throws IOException {
    String bulk = "{\"benchmark\": \"" + NdjsonBenchmark.class.getName() + ".sdkReadAndValidate\","
        + " \"params\": {\"records\": \"1000\"}, \"primaryMetric\": {\"score\": 100.0, \"scoreError\": 1.0},"
        + " \"secondaryMetrics\": {\"gc.alloc.rate.norm\": {\"score\": 1000.0}, \"megabytes\": {\"score\": %s}}}";

    String fast = ResultsPage.results(ResultsPage.scores(new ObjectMapper().readTree(
        "[" + String.format(bulk, "104.5") + "]")), List.of(), new Properties(), "c.svg");
    String slow = ResultsPage.results(ResultsPage.scores(new ObjectMapper().readTree(
        "[" + String.format(bulk, "99.9") + "]")), List.of(), new Properties(), "c.svg");

    assertThat(fast).contains("at least 100 MB/s: met.");
    assertThat(slow).contains("at least 100 MB/s: **not met**.");
  }

  @Test
  void onlyThePartBetweenTheMarkersIsReplaced() {
    String page = "# Title\n\nprose\n\n" + ResultsPage.BEGIN + "\nold numbers\n" + ResultsPage.END + "\nafter\n";

    String rewritten = ResultsPage.replaceResults(page, "new numbers\n");

    assertThat(rewritten).isEqualTo("# Title\n\nprose\n\n" + ResultsPage.BEGIN + "\nnew numbers\n"
        + ResultsPage.END + "\nafter\n");
    assertThatThrownBy(() -> ResultsPage.replaceResults("# no markers\n", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theChartHasABarForEachContestantOfEachPayload() throws IOException {
    String svg = ResultsPage.chart(scores(45_000, 50_000, 30_000));

    assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>\n");
    assertThat(svg.split("<rect ", -1)).hasSize(1 + 1 + 5 * Payload.values().length);
    assertThat(svg).contains(">0.45</text>").contains(">1.00</text>");
  }
}

package io.github.wsis20.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
    String page = ResultsPage.results(scores(45_000, 50_000, 30_000), new Properties(), "chart.svg");

    assertThat(page).contains("| contract example (846 B) | SDK: `ContributionReader.read`, read and validate "
        + "| 45,000 | 2 | 0.45 | 0.90 | 23,000 |");
    assertThat(page).contains("| SDK ≥ 0.8 × the baseline's throughput | 0.90 | 0.90 | yes |");
    assertThat(page).contains("| SDK ahead of the schema peer (ratio > 1) | 1.50 | 1.50 | yes |");
    assertThat(page).contains("![Throughput as a ratio to the floor](chart.svg)");
  }

  @Test
  void aMissedTargetSaysSo() throws IOException {
    String page = ResultsPage.results(scores(35_000, 50_000, 40_000), new Properties(), "chart.svg");

    assertThat(page).contains("| SDK ≥ 0.8 × the baseline's throughput | 0.70 | 0.70 | **no** |");
    assertThat(page).contains("| SDK ahead of the schema peer (ratio > 1) | 0.88 | 0.88 | **no** |");
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

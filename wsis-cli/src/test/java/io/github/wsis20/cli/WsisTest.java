package io.github.wsis20.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wsis20.io.ContributionWriter;
import io.github.wsis20.io.CsvWriter;
import io.github.wsis20.io.JsonSchemas;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.testing.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WsisTest {

  @TempDir
  Path dir;

  /** What one run printed and returned. */
  static final class Run {
    final int code;
    final String out;
    final String err;

    Run(int code, String out, String err) {
      this.code = code;
      this.out = out;
      this.err = err;
    }
  }

  static Run wsis(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Wsis.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void validate_exitsZeroForAValidFile() throws IOException {
    Run run = wsis("validate", file("ok.json", Samples.contractExampleJson()).toString());
    assertThat(run.code).isZero();
    assertThat(run.out).contains("1 valid, 0 invalid");
  }

  @Test
  void validate_exitsOneAndLocatesTheProblem() throws IOException {
    String payload = Samples.contractExampleJson().replace("\"KEN\"", "\"XXX\"");
    Run run = wsis("validate", file("bad.json", payload).toString());
    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).contains("INVALID_COUNTRY at '/contributor/country'");
  }

  @Test
  void validate_exitsOneForMalformedJsonWithoutAStackTrace() throws IOException {
    Run run = wsis("validate", file("broken.json", "{\"id\": ").toString());
    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).contains("MALFORMED_JSON");
    assertThat(run.out + run.err).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void validate_exitsTwoForAMissingFile() {
    Run run = wsis("validate", dir.resolve("absent.json").toString());
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).contains("no such file");
  }

  @Test
  void validate_exitsTwoForAnUnknownOption() {
    assertThat(wsis("validate", "--frobnicate", "x.json").code).isEqualTo(2);
  }

  @Test
  void validate_reportsEachNdjsonLineOnItsOwn() throws IOException {
    String good = Samples.contractExampleJson().replace("\n", "");
    String bad = good.replace("\"C2\"", "\"C99\"");
    Path ndjson = file("batch.ndjson", good + "\n" + bad + "\n" + good + "\n");
    Run run = wsis("validate", "--output", "json", ndjson.toString());
    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).contains("\"record\" : 2").contains("\"line\" : 2").contains("UNKNOWN_ACTION_LINE")
        .contains("\"pointer\" : \"/actionLines/0\"");
  }

  @Test
  void validate_wordsMessagesInTheChosenLanguage() throws IOException {
    String payload = Samples.contractExampleJson().replace("\"KEN\"", "\"XXX\"");
    Run english = wsis("validate", file("a.json", payload).toString());
    Run french = wsis("validate", "--locale", "fr", file("b.json", payload).toString());
    assertThat(french.out).contains("INVALID_COUNTRY");
    String englishMessage = english.out.lines().filter(l -> l.contains("INVALID_COUNTRY")).findFirst().orElseThrow();
    String frenchMessage = french.out.lines().filter(l -> l.contains("INVALID_COUNTRY")).findFirst().orElseThrow();
    String pointer = "'/contributor/country'";
    assertThat(frenchMessage.substring(frenchMessage.indexOf(pointer) + pointer.length()))
        .isNotEqualTo(englishMessage.substring(englishMessage.indexOf(pointer) + pointer.length()));
  }

  @Test
  void timeline_showsTheCstdReportDeliveredAtItsSessionBeforeItsJune2025Due() {
    Run run = wsis("timeline", "--as-of", "2025-07-01", "--body", "cstd");
    assertThat(run.code).isZero();
    String item = item(run.out, "CSTD report on the 20-year review");
    assertThat(item).startsWith("DELIVERED").contains("due by the end of 2025-06").contains("under E/RES/2023/3")
        .contains("delivered 2025-04-11: Report on the progress made");
  }

  @Test
  void timeline_asOfDecember2026_showsTheFollowUpDueIn2027AsAheadUnderARes80173() {
    Run run = wsis("timeline", "--as-of", "2026-12-02");
    assertThat(item(run.out, "internal task force on financing mechanisms")).startsWith("AHEAD")
        .contains("Thirtieth session").contains("(2027").contains("under A/RES/80/173");
  }

  @Test
  void timeline_asOfDecember2026_saysWhatDeliveredTheWsis20Outcome() {
    Run run = wsis("timeline", "--as-of", "2026-12-02");
    assertThat(item(run.out, "Outcome document of the UNGA high-level meeting")).startsWith("DELIVERED")
        .contains("delivered 2025-12-17: A/RES/80/173");
  }

  @Test
  void timeline_asOfDecember2026_hasNoOpenItem() {
    Run run = wsis("timeline", "--as-of", "2026-12-02");
    assertThat(run.out.lines()).noneMatch(l -> l.startsWith("OPEN "));
    assertThat(run.out).doesNotContain("Without a date (");
  }

  @Test
  void timeline_saysNotRecordedRatherThanDeliveredWhenNoRecordIsKnown() {
    Run run = wsis("timeline", "--as-of", "2026-12-02");
    assertThat(item(run.out, "Final report on ITU's role")).startsWith("NOT_RECORDED").contains("delivery not recorded")
        .doesNotContain("delivered ");
  }

  @Test
  void timeline_listsCurrentItemsFirstThenAheadThenPastThenDelivered() {
    String out = wsis("timeline", "--as-of", "2026-12-02").out;
    int current = out.indexOf("Due now or overdue (");
    int ahead = out.indexOf("Ahead (");
    int past = out.indexOf("Past, delivery not recorded (");
    int delivered = out.indexOf("Delivered (");
    assertThat(current).isPositive();
    assertThat(current).isLessThan(ahead);
    assertThat(ahead).isLessThan(past);
    assertThat(past).isLessThan(delivered);
  }

  @Test
  void timeline_printsALegendOfStatusesAndRoutes() {
    String out = wsis("timeline", "--as-of", "2026-12-02").out;
    assertThat(out).contains("NOT_RECORDED  its due has passed and no delivery is on record")
        .contains("Route: A -> B => C: written by A, passed on through B, addressed to C.");
  }

  @Test
  void timeline_namesBodiesAndSessionsNotIds() {
    String out = wsis("timeline", "--as-of", "2026-12-02").out;
    assertThat(out).contains("ITU Secretary-General -> CWG-WSIS&SDG => ITU Council").contains("due at ITU Council 2026")
        .doesNotContain("itu-sg").doesNotContain("session:").doesNotContain("itu-council-2026");
  }

  @Test
  void timeline_acceptsABodyByAbbreviationInAnyCase() {
    Run byId = wsis("timeline", "--as-of", "2026-12-02", "--body", "itu-cwg-wsis-sdg");
    Run byAbbreviation = wsis("timeline", "--as-of", "2026-12-02", "--body", "cwg-wsis&sdg");
    assertThat(byAbbreviation.code).isZero();
    assertThat(byAbbreviation.out).isEqualTo(byId.out).contains("involving CWG-WSIS&SDG");
    assertThat(wsis("timeline", "--as-of", "2026-12-02", "--body", "ITU").out)
        .isEqualTo(wsis("timeline", "--as-of", "2026-12-02", "--body", "itu").out);
  }

  @Test
  void timeline_refusesAnUnknownBody() {
    Run run = wsis("timeline", "--body", "nobody");
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).contains("no body 'nobody'").contains("itu (ITU)");
  }

  @Test
  void timeline_choosesAReviewProcess() {
    Run run = wsis("timeline", "--as-of", "2026-12-02", "--process", "WSIS+20-FOLLOW-UP");
    assertThat(run.code).isZero();
    assertThat(run.out).contains("in the Follow-up to the WSIS+20 review (A/RES/80/173)")
        .contains("internal task force").doesNotContain("UNESCO");
    assertThat(wsis("timeline", "--process", "wsis+30").err).contains("no review process 'wsis+30'");
  }

  @Test
  void timelineJson_hasTheTextsItemsInTheSameOrderWithTheSameStatuses() throws IOException {
    String text = wsis("timeline", "--as-of", "2026-12-02").out;
    JsonNode json = new ObjectMapper().readTree(wsis("timeline", "--as-of", "2026-12-02", "--output", "json").out);
    List<String> textStatuses = text.lines().filter(l -> l.matches("[A-Z_]+ +\\S.*"))
        .map(l -> l.substring(0, l.indexOf(' '))).collect(Collectors.toList());
    List<String> jsonStatuses = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    json.get("deliverables").forEach(d -> {
      jsonStatuses.add(d.get("status").textValue());
      titles.add(d.get("title").textValue());
    });
    assertThat(jsonStatuses).isEqualTo(textStatuses);
    assertThat(json.get("count").intValue()).isEqualTo(titles.size());
    assertThat(titles).allSatisfy(t -> assertThat(text).contains(t));
    assertThat(json.at("/legend/status/NOT_RECORDED").textValue()).isNotBlank();
  }

  @Test
  void timelineJson_givesTheDeliveryDocumentAndTheMandatesSupersession() throws IOException {
    JsonNode json = new ObjectMapper().readTree(wsis("timeline", "--as-of", "2026-12-02", "--output", "json").out);
    JsonNode outcome = find(json, "unga-wsis20-outcome");
    assertThat(outcome.at("/delivery/symbol").textValue()).isEqualTo("A/RES/80/173");
    assertThat(outcome.at("/delivery/on").textValue()).isEqualTo("2025-12-17");
    assertThat(outcome.at("/delivery/meeting/id").textValue()).isEqualTo("unga-80-hlm-wsis20");
    JsonNode views = find(json, "itu-members-wsis20-views");
    assertThat(views.at("/mandate/status").textValue()).isEqualTo("SUPERSEDED");
    assertThat(views.at("/mandate/supersededBy/0/id").textValue()).isEqualTo("itu-council-res-1332-2024");
    assertThat(views.get("delivery").isNull()).isTrue();
  }

  static JsonNode find(JsonNode json, String id) {
    for (JsonNode d : json.get("deliverables")) {
      if (d.get("id").textValue().equals(id)) {
        return d;
      }
    }
    throw new AssertionError("no deliverable " + id);
  }

  /** The lines of the text timeline's item whose title contains a text, from its status to the blank line. */
  static String item(String out, String title) {
    List<String> lines = out.lines().collect(Collectors.toList());
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).matches("[A-Z_]+ +\\S.*") && lines.get(i).contains(title)) {
        StringBuilder item = new StringBuilder();
        for (int j = i; j < lines.size() && !lines.get(j).isEmpty(); j++) {
          item.append(lines.get(j).strip()).append('\n');
        }
        return item.toString();
      }
    }
    throw new AssertionError("no item '" + title + "' in:\n" + out);
  }

  @Test
  void graph_printsMermaidAndDot() {
    assertThat(wsis("graph").out).startsWith("flowchart LR").contains("-->|");
    assertThat(wsis("graph", "--format", "dot").out).startsWith("digraph wsis20 {").contains("->");
  }

  @Test
  void graph_labelsEdgesWithTitles() {
    assertThat(wsis("graph").out).contains("-->|\"Final report on ITU's role in implementation of the WSIS…\"|");
    assertThat(wsis("graph", "--format", "dot").out)
        .contains("[label=\"Final report on ITU's role in implementation of the WSIS…\"");
  }

  @Test
  void graph_drawsARouteThroughAnIntermediaryAsOnePathLabelledOnce() {
    String mermaid = wsis("graph").out;
    assertThat(mermaid.lines())
        .anyMatch(l -> l.matches(" *b\\d+ -->\\|\"CSTD report on the 20-year review[^\"]*\"\\| b\\d+ --> b\\d+"));
    String dot = wsis("graph", "--format", "dot").out;
    List<String> hops = dot.lines()
        .filter(l -> l.contains("\"cstd\" -> \"ecosoc\"") || l.contains("\"ecosoc\" -> \"unga\""))
        .collect(Collectors.toList());
    assertThat(hops.stream().filter(l -> l.contains("CSTD report on the 20-year review"))).hasSize(1);
    assertThat(hops.stream().filter(l -> l.contains("\"ecosoc\" -> \"unga\"")).noneMatch(l -> l.contains("label=")))
        .isTrue();
  }

  @Test
  void graph_clustersAnOrganisationsOrgans() {
    assertThat(wsis("graph").out).contains("subgraph g0[\"").contains("[\"International Telecommunication Union\"]");
    assertThat(wsis("graph", "--format", "dot").out).contains("subgraph cluster_")
        .contains("label=\"International Telecommunication Union\";");
  }

  @Test
  void graph_filtersByBodyAndByStatus() {
    String unesco = wsis("graph", "--body", "UNESCO").out;
    assertThat(unesco).contains("Director-General of UNESCO").doesNotContain("ITU Secretary-General");
    String delivered = wsis("graph", "--status", "delivered", "--as-of", "2026-12-02").out;
    assertThat(delivered).contains("Outcome document of the UNGA").doesNotContain("Final report on ITU");
    assertThat(wsis("graph", "--status", "due,ahead", "--as-of", "2026-12-02").out)
        .contains("Joint implementation road map")
        .contains("internal task force").doesNotContain("Outcome document");
  }

  @Test
  void graph_refusesAnUnknownStatus() {
    Run run = wsis("graph", "--status", "late");
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).contains("no status 'late'");
  }

  @Test
  void graphLabel_cutsALongTitleAtAWord() {
    assertThat(GraphCommand.label("short title")).isEqualTo("short title");
    String cut = GraphCommand.label("a ".repeat(40) + "end");
    assertThat(cut.codePointCount(0, cut.length())).isLessThanOrEqualTo(GraphCommand.LABEL_MAX);
    assertThat(cut).endsWith("a…");
  }

  @Test
  void version_namesTheSdkVersion() {
    Run run = wsis("--version");
    assertThat(run.code).isZero();
    assertThat(run.out).contains("wsis 0.1.0");
  }

  @Test
  void convert_writesNdjsonAsCanonicalJson() throws IOException {
    Path ndjson = file("one.ndjson", Samples.contractExampleJson().replace("\n", "") + "\n");
    Run run = wsis("convert", "--to", "json", ndjson.toString());
    assertThat(run.code).isZero();
    assertThat(run.out).startsWith("{").contains("\"schemaVersion\": \"1.0\"").contains("\"id\": \"c-2024-0042\"");
  }

  @Test
  void convert_refusesInvalidInputWithItsReport() throws IOException {
    Path bad = file("bad.json", Samples.contractExampleJson().replace("\"KEN\"", "\"XXX\""));
    Run run = wsis("convert", "--to", "ndjson", bad.toString());
    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("INVALID_COUNTRY");
  }

  @Test
  void schema_printsTheContributionSchema() {
    Run run = wsis("schema", "contribution");
    assertThat(run.code).isZero();
    assertThat(run.out).contains("\"$schema\"").contains("2020-12");
  }

  @Test
  void schema_printsTheDatasetSchema() {
    Run run = wsis("schema", "dataset");
    assertThat(run.code).isZero();
    assertThat(run.out).isEqualTo(JsonSchemas.dataset());
  }

  @Test
  void schema_refusesAnUnknownKind() {
    Run run = wsis("schema", "ndjson");
    assertThat(run.code).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("contribution").contains("dataset");
  }

  static String yamlExample() {
    return ContributionWriter.yaml().writeString(Samples.contractExample());
  }

  static String csvOf(Contribution... contributions) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvWriter.create().writeAll(List.of(contributions), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void validate_readsYamlByItsExtension() throws IOException {
    Run run = wsis("validate", file("ok.yaml", yamlExample()).toString(), file("ok.yml", yamlExample()).toString());
    assertThat(run.code).isZero();
    assertThat(run.out).contains("2 file(s), 2 record(s): 2 valid, 0 invalid");
  }

  @Test
  void validate_locatesYamlProblemsByLineAndColumn() throws IOException {
    Path bad = file("bad.yaml", yamlExample().replace("title: \"Community", "title: *alias\nx: \"Community"));
    Run run = wsis("validate", bad.toString());
    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).contains("bad.yaml:4:8: error MALFORMED_YAML at '/title'");
  }

  @Test
  void validate_formatOptionOverridesTheExtension() throws IOException {
    Path yaml = file("contribution.txt", yamlExample());
    assertThat(wsis("validate", yaml.toString()).out).contains("MALFORMED_JSON");
    assertThat(wsis("validate", "--format", "yaml", yaml.toString()).code).isZero();
  }

  @Test
  void validate_reportsEachCsvRowOnItsOwnLine() throws IOException {
    Contribution good = Samples.contractExample();
    Contribution bad = good.withContributor(good.getContributor().withCountry("XXX"));
    Path csv = file("batch.csv", csvOf(good, bad, good));
    Run run = wsis("validate", "--output", "json", csv.toString());
    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).contains("\"record\" : 2").contains("\"line\" : 3").contains("INVALID_COUNTRY")
        .contains("\"pointer\" : \"/contributor/country\"").contains("\"column\" : 8");
    assertThat(wsis("validate", csv.toString()).out).contains("batch.csv:3:8: error INVALID_COUNTRY")
        .contains("3 record(s): 2 valid, 1 invalid");
  }

  @Test
  void validate_refusesACsvHeaderWithAnUnknownColumn() throws IOException {
    Path csv = file("bad.csv", "schemaVersion,id,notes\n1.0,a,b\n");
    Run run = wsis("validate", csv.toString());
    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).contains("bad.csv:1:3: error MALFORMED_CSV at '/notes': ")
        .contains("the header names a column that the layout does not have");
    Run json = wsis("validate", "--output", "json", csv.toString());
    assertThat(json.out).contains("\"arguments\" : {").contains("\"reason\" : \"unknown-column\"");
  }

  @Test
  void convert_writesJsonAsYamlThatReadsBack() throws IOException {
    Run run = wsis("convert", "--to", "yaml", file("in.json", Samples.contractExampleJson()).toString());
    assertThat(run.code).isZero();
    assertThat(run.out).isEqualTo(yamlExample());
  }

  @Test
  void convert_goesFromYamlToCsvAndBackToJson() throws IOException {
    Run csv = wsis("convert", "--to", "csv", file("in.yaml", yamlExample()).toString());
    assertThat(csv.code).isZero();
    assertThat(csv.out).isEqualTo(csvOf(Samples.contractExample()));
    Run json = wsis("convert", "--to", "json", "--from", "csv", file("rows.txt", csv.out).toString());
    assertThat(json.code).isZero();
    assertThat(json.out).isEqualTo(ContributionWriter.pretty().writeString(Samples.contractExample()));
  }

  @Test
  void convert_refusesSeveralCsvRowsAsOneYamlDocument() throws IOException {
    Path csv = file("two.csv", csvOf(Samples.contractExample(), Samples.contractExample()));
    Run run = wsis("convert", "--to", "yaml", csv.toString());
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).contains("yaml holds one contribution");
    assertThat(wsis("convert", "--to", "ndjson", csv.toString()).out.lines()).hasSize(2);
  }

  @Test
  void convert_refusesInvalidCsvRowsWithTheirLines() throws IOException {
    Contribution bad = Samples.contractExample()
        .withContributor(Samples.contractExample().getContributor().withCountry("XXX"));
    Run run = wsis("convert", "--to", "json", file("bad.csv", csvOf(bad)).toString());
    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("bad.csv:2:8: error INVALID_COUNTRY at '/contributor/country': ");
  }

  @Test
  void convert_refusesWhatTheTargetCannotCarry() throws IOException {
    Contribution nul = Samples.contractExample().withBody("a\u0000b");
    Run run = wsis("convert", "--to", "csv", file("nul.json", ContributionWriter.pretty().writeString(nul)).toString());
    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("cannot be written as csv");
  }
}

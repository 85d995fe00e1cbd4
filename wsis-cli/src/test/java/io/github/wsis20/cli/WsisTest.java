package io.github.wsis20.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
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
  void timeline_listsTheCstdReportDueByJune2025AsPastAfterIt() {
    Run run = wsis("timeline", "--as-of", "2025-07-01", "--body", "cstd");
    assertThat(run.code).isZero();
    assertThat(run.out).contains("PAST   2025-06").contains("E/RES/2023/3");
  }

  @Test
  void timeline_refusesAnUnknownBody() {
    Run run = wsis("timeline", "--body", "nobody");
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).contains("no body 'nobody'");
  }

  @Test
  void graph_printsMermaidAndDot() {
    assertThat(wsis("graph").out).startsWith("flowchart LR").contains("-->|");
    assertThat(wsis("graph", "--format", "dot").out).startsWith("digraph wsis20 {").contains("->");
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
    Contribution bad = Samples.contractExample().withContributor(Samples.contractExample().getContributor().withCountry("XXX"));
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

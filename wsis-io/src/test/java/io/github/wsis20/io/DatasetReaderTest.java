package io.github.wsis20.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wsis20.model.Dataset;
import io.github.wsis20.validation.Violation;
import io.github.wsis20.validation.ViolationCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every reading problem of a dataset document is a located violation, never an exception. */
class DatasetReaderTest {
  private static final String VALID = String.join("\n",
      "schemaVersion: \"1.0\"",
      "bodies:",
      "  - id: cstd",
      "    name: Commission on Science and Technology for Development",
      "    kind: FUNCTIONAL_COMMISSION",
      "    sources:",
      "      - citation: E/RES/2006/46",
      "  - id: unga",
      "    name: United Nations General Assembly",
      "    kind: PRINCIPAL_ORGAN",
      "    sources:",
      "      - citation: Charter of the United Nations",
      "instruments:",
      "  - id: e-res-2023-3",
      "    kind: RESOLUTION",
      "    symbol: E/RES/2023/3",
      "    adoptedBy: unga",
      "    adoptedOn: \"2023-06-06\"",
      "    mandates:",
      "      - id: e-res-2023-3.report",
      "        verb: REQUESTS",
      "        addressee: cstd",
      "        action: report",
      "        deliverables:",
      "          - id: cstd-report",
      "            kind: REPORT",
      "            title: Report",
      "            route:",
      "              author: cstd",
      "              to: [unga]",
      "            due: \"2025-06\"",
      "            sources:",
      "              - citation: E/RES/2023/3",
      "        sources:",
      "          - citation: E/RES/2023/3",
      "    sources:",
      "      - citation: E/RES/2023/3",
      "");

  private static ReadResult<Dataset> yaml(String text) {
    return DatasetReader.yaml().read(text.getBytes(StandardCharsets.UTF_8));
  }

  /** "pointer CODE line:column" per violation. */
  private static List<String> located(ReadResult<?> result) {
    return result.getReport().getViolations().stream()
        .map(v -> v.getPointer() + " " + v.getCode() + " " + v.getLine().orElse(0) + ":" + v.getColumn().orElse(0))
        .collect(Collectors.toList());
  }

  private static Violation only(ReadResult<?> result) {
    assertThat(result.isValid()).isFalse();
    assertThat(result.getReport().getViolations()).hasSize(1);
    return result.getReport().getViolations().get(0);
  }

  /** The violation where reading stopped: after a WRONG_TYPE for the item, the limit in skipping it. */
  private static Violation last(ReadResult<?> result) {
    assertThat(result.isValid()).isFalse();
    List<Violation> all = result.getReport().getViolations();
    assertThat(all).extracting(Violation::getCode).containsExactly(ViolationCode.WRONG_TYPE,
        ViolationCode.LIMIT_EXCEEDED);
    return all.get(all.size() - 1);
  }

  @Test
  void validDocumentReads() {
    ReadResult<Dataset> result = yaml(VALID);
    // The adopting body has no symbol series here: the grammar rule is a warning, not an error.
    assertThat(result.isValid()).isTrue();
    assertThat(result.getReport().getViolations()).extracting(Violation::getCode)
        .containsOnly(ViolationCode.RULE_NOT_CHECKED);
    assertThat(result.getValue().orElseThrow().getInstruments().get(0).getMandates().get(0).getDeliverables())
        .hasSize(1);
  }

  @Test
  void streamReadsTheSame() {
    assertThat(DatasetReader.yaml().read(new ByteArrayInputStream(VALID.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(yaml(VALID));
  }

  @Test
  void unknownMember() {
    ReadResult<Dataset> result = yaml(VALID.replace("    adoptedBy: unga", "    adoptedBy: unga\n    adoptedAt: x"));
    assertThat(located(result)).containsExactly("/instruments/0/adoptedAt UNKNOWN_MEMBER 18:5");
  }

  @Test
  void duplicateMember() {
    ReadResult<Dataset> result = yaml(VALID.replace("    adoptedBy: unga", "    adoptedBy: unga\n    adoptedBy: cstd"));
    assertThat(located(result)).containsExactly("/instruments/0/adoptedBy DUPLICATE_MEMBER 18:5");
  }

  @Test
  void wrongType() {
    Violation v = only(yaml(VALID.replace("    adoptedOn: \"2023-06-06\"", "    adoptedOn: [2023]")));
    assertThat(v.getPointer()).hasToString("/instruments/0/adoptedOn");
    assertThat(v.getCode()).isEqualTo(ViolationCode.WRONG_TYPE);
    assertThat(v.getArguments()).containsEntry("expected", "string").containsEntry("actual", "array");
    assertThat(v.getLine()).hasValue(18);
  }

  @Test
  void anUnquotedYearIsAnIntegerNotAString() {
    Violation v = only(yaml(VALID.replace("due: \"2025-06\"", "due: 2025")));
    assertThat(v.getPointer()).hasToString("/instruments/0/mandates/0/deliverables/0/due");
    assertThat(v.getCode()).isEqualTo(ViolationCode.WRONG_TYPE);
  }

  @Test
  void missingRequiredMember() {
    ReadResult<Dataset> result = yaml(VALID.replace("            title: Report\n", ""));
    assertThat(located(result)).containsExactly("/instruments/0/mandates/0/deliverables/0/title REQUIRED 25:13");
  }

  @Test
  void badSymbolCarriesTheModelsMessage() {
    Violation v = only(yaml(VALID.replace("symbol: E/RES/2023/3", "symbol: E/RES/20x3/3")));
    assertThat(v.getPointer()).hasToString("/instruments/0/symbol");
    assertThat(v.getCode()).isEqualTo(ViolationCode.CONSTRAINT_VIOLATED);
    assertThat(v.getArguments().get("reason")).contains("E/RES/20x3/3");
    assertThat(v.getLine()).hasValue(16);
    assertThat(v.getColumn()).hasValue(13);
  }

  @Test
  void badDue() {
    Violation v = only(yaml(VALID.replace("due: \"2025-06\"", "due: \"2025-13\"")));
    assertThat(v.getPointer()).hasToString("/instruments/0/mandates/0/deliverables/0/due");
    assertThat(v.getCode()).isEqualTo(ViolationCode.CONSTRAINT_VIOLATED);
    assertThat(v.getArguments()).containsKey("reason");
    assertThat(v.getLine()).hasValue(31);
  }

  @Test
  void badDate() {
    Violation v = only(yaml(VALID.replace("\"2023-06-06\"", "\"6 June 2023\"")));
    assertThat(v.getPointer()).hasToString("/instruments/0/adoptedOn");
    assertThat(v.getArguments()).containsEntry("reason", "a date YYYY-MM-DD");
  }

  @Test
  void badEnumAndActionLine() {
    ReadResult<Dataset> result = yaml(VALID.replace("kind: REPORT", "kind: MEMO")
        + "facilitations:\n  - actionLine: C12\n    body: cstd\n    role: LEAD\n");
    assertThat(located(result)).containsExactly(
        "/instruments/0/mandates/0/deliverables/0/kind CONSTRAINT_VIOLATED 26:19",
        "/facilitations/0/actionLine UNKNOWN_ACTION_LINE 39:17");
  }

  @Test
  void ruleViolationsJoinTheReport() {
    ReadResult<Dataset> result = yaml(VALID.replace("to: [unga]", "to: [nobody]"));
    assertThat(result.isValid()).isFalse();
    assertThat(result.getReport().getViolations()).extracting(Violation::getCode)
        .contains(ViolationCode.UNRESOLVED_REFERENCE);
  }

  @Test
  void fulfilmentWithoutADocumentCarriesTheModelsReason() {
    ReadResult<Dataset> result = yaml(VALID.replace("            due: \"2025-06\"\n",
        "            due: \"2025-06\"\n            fulfilments:\n              - date: \"2025-04-11\"\n"));
    Violation v = only(result);
    assertThat(v.getCode()).isEqualTo(ViolationCode.CONSTRAINT_VIOLATED);
    assertThat(v.getPointer().toString()).isEqualTo("/instruments/0/mandates/0/deliverables/0/fulfilments/0");
    assertThat(v.getArguments().get("reason")).contains("symbol, a title");
  }

  @Test
  void fulfilmentWithARefusedSymbolIsReportedOnceAtTheSymbol() {
    ReadResult<Dataset> result = yaml(VALID.replace("            due: \"2025-06\"\n",
        "            due: \"2025-06\"\n            fulfilments:\n              - symbol: A/RES/70\n                date: \"2025-04-11\"\n"));
    assertThat(only(result).getPointer().toString())
        .isEqualTo("/instruments/0/mandates/0/deliverables/0/fulfilments/0/symbol");
  }

  @Test
  void instrumentWithoutASymbolReads() {
    ReadResult<Dataset> result = yaml(VALID.replace("    symbol: E/RES/2023/3\n", ""));
    assertThat(result.isValid()).isTrue();
    assertThat(result.getValue().orElseThrow().getInstruments().get(0).getSymbol()).isEmpty();
  }

  @Test
  void unsupportedVersion() {
    Violation v = only(yaml(VALID.replace("\"1.0\"", "\"2.0\"")));
    assertThat(v.getCode()).isEqualTo(ViolationCode.UNSUPPORTED_SCHEMA_VERSION);
  }

  @Test
  void anchorAndAliasAreRefused() {
    ReadResult<Dataset> result = yaml(
        VALID.replace("      - citation: E/RES/2006/46", "      - &a\n        citation: E/RES/2006/46")
            .replace("      - citation: Charter of the United Nations", "      - *a"));
    Violation v = only(result);
    assertThat(v.getCode()).isEqualTo(ViolationCode.MALFORMED_YAML);
    assertThat(v.getArguments()).containsEntry("reason", "anchor");
    assertThat(v.getPointer()).hasToString("/bodies/0/sources/0");
    assertThat(v.getLine()).hasValue(7);
  }

  @Test
  void aliasAloneIsRefused() {
    Violation v = only(yaml("schemaVersion: \"1.0\"\nbodies: *a\n"));
    assertThat(v.getCode()).isIn(ViolationCode.MALFORMED_YAML);
    assertThat(v.getLine()).hasValue(2);
  }

  @Test
  void billionLaughsIsRefusedAtTheFirstAnchor() {
    StringBuilder bomb = new StringBuilder(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'i'; c++) {
      char p = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [*").append(p);
      for (int i = 0; i < 8; i++) {
        bomb.append(",*").append(p);
      }
      bomb.append("]\n");
    }
    ReadResult<Dataset> result = yaml(bomb.toString());
    assertThat(result.isValid()).isFalse();
    assertThat(result.getReport().getViolations()).extracting(Violation::getCode)
        .contains(ViolationCode.MALFORMED_YAML);
    assertThat(result.getReport().getViolations()).allSatisfy(v -> assertThat(v.getLine()).isPresent());
  }

  @Test
  void tagIsRefused() {
    Violation v = only(yaml("schemaVersion: !!str 1.0\n"));
    assertThat(v.getCode()).isEqualTo(ViolationCode.MALFORMED_YAML);
    assertThat(v.getArguments()).containsEntry("reason", "tag");
    assertThat(v.getPointer()).hasToString("/schemaVersion");
    assertThat(v.getLine()).hasValue(1);
  }

  @Test
  void twoDocumentsAreRefused() {
    Violation v = only(yaml("schemaVersion: \"1.0\"\n---\nschemaVersion: \"1.0\"\n"));
    assertThat(v.getCode()).isEqualTo(ViolationCode.MALFORMED_YAML);
    assertThat(v.getArguments()).containsEntry("reason", "several-documents");
    assertThat(v.getLine()).hasValue(3);
  }

  @Test
  void deepNestingStopsAtTheLimit() {
    String deep = "schemaVersion: \"1.0\"\nbodies: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
    Violation v = last(yaml(deep));
    assertThat(v.getCode()).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
    assertThat(v.getArguments()).containsEntry("limit", "nestingDepth").containsEntry("max", "16");
    assertThat(v.getLine()).hasValue(2);
  }

  @Test
  void deepJsonNestingStopsAtTheLimit() {
    String deep = "{\"bodies\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
    Violation v = last(DatasetReader.json().read(deep.getBytes(StandardCharsets.UTF_8)));
    assertThat(v.getCode()).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
    assertThat(v.getArguments()).containsEntry("limit", "nestingDepth");
  }

  @Test
  void malformedYaml() {
    Violation v = only(yaml("schemaVersion: \"1.0\nbodies: [\n"));
    assertThat(v.getCode()).isEqualTo(ViolationCode.MALFORMED_YAML);
    assertThat(v.getLine()).isPresent();
  }

  @Test
  void documentLimit() {
    DatasetReader small = DatasetReader.builder(DatasetFormat.YAML)
        .limits(ReadLimits.forDatasets().toBuilder().maxDocumentBytes(64).build()).build();
    Violation v = only(small.read(VALID.getBytes(StandardCharsets.UTF_8)));
    assertThat(v.getCode()).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
    assertThat(v.getArguments()).containsEntry("limit", "documentBytes");
  }

  @Test
  void arrayLimit() {
    DatasetReader small = DatasetReader.builder(DatasetFormat.YAML)
        .limits(ReadLimits.forDatasets().toBuilder().maxArrayLength(1).build()).build();
    Violation v = only(small.read(VALID.getBytes(StandardCharsets.UTF_8)));
    assertThat(v.getCode()).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
    assertThat(v.getPointer()).hasToString("/bodies/1");
  }

  @Test
  void jsonErrorsAreLocatedToo() {
    String json = "{\"schemaVersion\": \"1.0\",\n \"principles\": [{\"id\": \"p\", \"name\": 3}]}";
    assertThat(located(DatasetReader.json().read(json.getBytes(StandardCharsets.UTF_8))))
        .containsExactly("/principles/0/name WRONG_TYPE 2:37");
  }

  @Test
  void datasetLimitsAreLargerThanContributionLimits() {
    assertThat(ReadLimits.forDatasets().getMaxDocumentBytes()).isEqualTo(8 * 1024 * 1024);
    assertThat(ReadLimits.forDatasets().getMaxNestingDepth()).isEqualTo(16);
    assertThat(ReadLimits.forDatasets().getMaxArrayLength()).isEqualTo(10_000);
    assertThat(ReadLimits.forDatasets().getMaxMemberCount()).isEqualTo(100);
    assertThat(DatasetReader.yaml().getLimits()).isEqualTo(ReadLimits.forDatasets());
  }

  @Test
  void garbageNeverThrows() {
    for (String text : List.of("", "-", "[]", "\"x\"", "{", "a: [", "? [a]\n: b", "%YAML 9.9\n---\na: 1",
        "\u0000", "a: b\n  c: d", "schemaVersion: \"1.0\"\nbodies: [null]")) {
      ReadResult<Dataset> result = yaml(text);
      assertThat(result.isValid()).as(text).isFalse();
      assertThat(result.getReport().getViolations()).as(text).isNotEmpty();
    }
  }
}

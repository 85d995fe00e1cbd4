package io.github.wsis20.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.testing.Samples;
import io.github.wsis20.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CsvTest {
  static final CsvReader CSV = CsvReader.of(Reading.READER);
  static final String HEADER = "schemaVersion,id,process,title,language,contributor.name,contributor.stakeholderGroup,"
      + "contributor.country,contributor.email,status,submittedAt,actionLines,sdgs,summary,body,"
      + "attachments.0.uri,attachments.0.mediaType,attachments.0.sha256,attachments.0.title,keywords.0,keywords.1";
  static final String EXAMPLE_ROW = "1.0,c-2024-0042,wsis+20,Community networks for last-mile connectivity,en,"
      + "Example Community Networks Alliance,CIVIL_SOCIETY,KEN,policy@example.org,SUBMITTED,2024-11-15T10:00:00Z,"
      + "C2;C7.e-agriculture,9;17,Community-owned networks connect rural users where operators do not invest.,"
      + "Longer text of the input ...,https://example.org/input.pdf,application/pdf,"
      + "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08,Full input,community networks,rural";

  static List<ContributionRecord> read(String csv) {
    return read(csv.getBytes(StandardCharsets.UTF_8));
  }

  static List<ContributionRecord> read(byte[] csv) {
    return CSV.records(new ByteArrayInputStream(csv)).collect(Collectors.toList());
  }

  /** "pointer CODE line:column reason" per violation of one record. */
  static List<String> located(ContributionRecord record) {
    return record.getResult().getReport().getViolations().stream()
        .map(v -> Reading.located(v) + reason(v))
        .collect(Collectors.toList());
  }

  static String reason(Violation v) {
    return v.getArguments().containsKey("reason") ? " " + v.getArguments().get("reason")
        : v.getArguments().containsKey("limit") ? " " + v.getArguments().get("limit") : "";
  }

  /** The example row with the cell of one column replaced. */
  static String exampleWith(String column, String cell) {
    List<String> names = List.of(HEADER.split(","));
    String[] cells = EXAMPLE_ROW.split(",", -1);
    cells[names.indexOf(column)] = cell;
    return String.join(",", cells);
  }

  @Test
  void contractExample_readsFromItsRow() {
    List<ContributionRecord> records = read(HEADER + "\r\n" + EXAMPLE_ROW + "\r\n");
    assertThat(records).hasSize(1);
    assertThat(records.get(0).getLineNumber()).isEqualTo(2);
    assertThat(records.get(0).getResult().getReport().getViolations()).isEmpty();
    assertThat(records.get(0).getResult().getValue()).contains(Samples.contractExample());
  }

  @Test
  void columns_mayComeInAnyOrder() {
    List<String> names = List.of(HEADER.split(","));
    List<String> cells = List.of(EXAMPLE_ROW.split(",", -1));
    StringBuilder header = new StringBuilder();
    StringBuilder row = new StringBuilder();
    for (int i = names.size() - 1; i >= 0; i--) {
      header.append(names.get(i)).append(i == 0 ? "\n" : ",");
      row.append(cells.get(i)).append(i == 0 ? "\n" : ",");
    }
    assertThat(read(header + row.toString()).get(0).getResult().getValue()).contains(Samples.contractExample());
  }

  @Test
  void writer_writesTheCanonicalHeaderAndReadsBackEqual() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(CsvWriter.create().writeAll(List.of(Samples.contractExample(), Samples.contractExample()), out))
        .isEqualTo(2);
    String csv = out.toString(StandardCharsets.UTF_8);
    String header = csv.substring(0, csv.indexOf("\r\n"));
    assertThat(header).startsWith("schemaVersion,id,process,title,language,contributor.name,")
        .contains(",attachments.19.title,keywords.0,").endsWith(",keywords.29");
    assertThat(header.split(",")).hasSize(125).containsExactlyElementsOf(CsvWriter.create().getColumns());
    assertThat(csv).contains("\r\n1.0,c-2024-0042,wsis+20,").contains(",C2;C7.e-agriculture,9;17,");
    List<ContributionRecord> records = read(out.toByteArray());
    assertThat(records).extracting(ContributionRecord::getLineNumber).containsExactly(2L, 3L);
    assertThat(records).allSatisfy(r -> assertThat(r.getResult().getValue()).contains(Samples.contractExample()));
  }

  @Test
  void writer_marksCellsASpreadsheetWouldRunAsFormulas_andTheReaderTakesTheMarkOff() {
    String[] texts = {"=HYPERLINK(\"http://x\")", "+1", "-1 idea", "@SUM(A1)", "\tx", "\rx", "'=x", "''@x", "'plain",
        "a=b"};
    for (String text : texts) {
      Contribution c = Samples.contractExample().withTitle(text);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      CsvWriter.create().writeAll(List.of(c), out);
      String row = out.toString(StandardCharsets.UTF_8).split("\r\n", 2)[1];
      String cell = row.split(",")[3].replace("\"", "");
      boolean formula = text.matches("'*[=+\\-@\t\r].*");
      assertThat(cell).as(text).startsWith(formula ? "'" + text.substring(0, 1) : text.substring(0, 1));
      ContributionRecord back = read(out.toByteArray()).get(0);
      if (back.getResult().isValid()) {
        assertThat(back.getResult().getValue().orElseThrow().getTitle()).as(text).isEqualTo(text);
      }
    }
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    CsvWriter.raw().writeAll(List.of(Samples.contractExample().withTitle("=1+1")), raw);
    assertThat(raw.toString(StandardCharsets.UTF_8)).contains(",=1+1,");
  }

  @Test
  void emptyUnquotedCell_isAbsent_andQuotedEmptyCell_isTheEmptyText() {
    String noBody = exampleWith("body", "");
    assertThat(read(HEADER + "\n" + noBody).get(0).getResult().getValue().orElseThrow().getBody()).isEmpty();
    String emptyBody = exampleWith("body", "\"\"");
    assertThat(read(HEADER + "\n" + emptyBody).get(0).getResult().getValue().orElseThrow().getBody()).contains("");
    assertThat(located(read(HEADER + "\n" + exampleWith("title", "")).get(0))).containsExactly("/title REQUIRED 2:4");
  }

  @Test
  void quotedFields_holdSeparatorsQuotesAndLineBreaks_andTheNextRowKeepsItsLine() {
    String summary = "\"Networks, \"\"community\"\" owned,\r\nand rural\"";
    List<ContributionRecord> records = read(
        HEADER + "\n" + exampleWith("summary", summary) + "\n" + EXAMPLE_ROW + "\n");
    assertThat(records.get(0).getResult().getValue().orElseThrow().getSummary())
        .contains("Networks, \"community\" owned,\r\nand rural");
    assertThat(records.get(1).getLineNumber()).isEqualTo(4);
    assertThat(records.get(1).getResult().isValid()).isTrue();
  }

  @Test
  void ruleViolations_carryTheRowsLineAndTheColumnsNumber() {
    List<ContributionRecord> records = read(
        HEADER + "\n" + EXAMPLE_ROW + "\n" + exampleWith("contributor.country", "XXX") + "\n");
    assertThat(located(records.get(1))).containsExactly("/contributor/country INVALID_COUNTRY 3:8");
  }

  @Test
  void codeLists_areSplitAtSemicolons_andEachItemIsLocatedInItsColumn() {
    ContributionRecord record = read(HEADER + "\n" + exampleWith("actionLines", "C2;C99;C2") + "\n").get(0);
    assertThat(located(record)).containsExactly("/actionLines/1 UNKNOWN_ACTION_LINE 2:12",
        "/actionLines/2 DUPLICATE_ITEM 2:12");
    ContributionRecord sdgs = read(HEADER + "\n" + exampleWith("sdgs", "9;18;x;09;") + "\n").get(0);
    assertThat(located(sdgs)).containsExactly("/sdgs/1 UNKNOWN_SDG 2:13", "/sdgs/2 WRONG_TYPE 2:13",
        "/sdgs/3 WRONG_TYPE 2:13", "/sdgs/4 WRONG_TYPE 2:13");
  }

  @Test
  void absentKeywordBeforeAPresentOne_isAnItemOfTheWrongType() {
    ContributionRecord record = read(HEADER + "\n" + exampleWith("keywords.0", "") + "\n").get(0);
    assertThat(located(record)).containsExactly("/keywords/0 WRONG_TYPE 2:20");
  }

  @Test
  void attachmentWithoutItsUri_isRequiredInItsColumn() {
    ContributionRecord record = read(HEADER + "\n" + exampleWith("attachments.0.uri", "") + "\n").get(0);
    assertThat(located(record)).containsExactly("/attachments/0/uri REQUIRED 2:16");
  }

  @Test
  void unsupportedSchemaVersion_isTheRowsOnlyViolation() {
    assertThat(located(read(HEADER + "\n" + exampleWith("schemaVersion", "2.0") + "\n").get(0)))
        .containsExactly("/schemaVersion UNSUPPORTED_SCHEMA_VERSION 2:1");
  }

  @Test
  void quotedHeaderNames_areNamesLikeAnyOther() {
    String quoted = "\"" + HEADER.replace(",", "\",\"") + "\"";
    assertThat(read(quoted + "\n" + EXAMPLE_ROW + "\n").get(0).getResult().getValue())
        .contains(Samples.contractExample());
  }

  @Test
  void header_isRequired() {
    assertThat(read("").stream().map(CsvTest::located).collect(Collectors.toList()))
        .containsExactly(List.of(" MALFORMED_CSV 1:0 no-header"));
    assertThat(read("").get(0).isHeader()).isTrue();
  }

  @Test
  void headerOnly_hasNoRecords() {
    assertThat(read(HEADER + "\r\n")).isEmpty();
  }

  @Test
  void header_withUnknownDuplicateAndMissingColumns_isTheOnlyRecord() {
    String header = "schemaVersion,id,id,title,language,contributor.nmae,contributor.stakeholderGroup,status,keywords.1,"
        + "attachments.1.title,notes";
    List<ContributionRecord> records = read(header + "\n" + EXAMPLE_ROW + "\n");
    assertThat(records).hasSize(1);
    assertThat(records.get(0).isHeader()).isTrue();
    assertThat(located(records.get(0))).containsExactly(
        "/id MALFORMED_CSV 1:3 duplicate-column",
        "/contributor/nmae MALFORMED_CSV 1:6 unknown-column",
        "/notes MALFORMED_CSV 1:11 unknown-column",
        "/process MALFORMED_CSV 1:0 missing-column",
        "/contributor/name MALFORMED_CSV 1:0 missing-column",
        "/attachments/0/uri MALFORMED_CSV 1:0 missing-column",
        "/attachments/0/mediaType MALFORMED_CSV 1:0 missing-column",
        "/attachments/1/uri MALFORMED_CSV 1:0 missing-column",
        "/attachments/1/mediaType MALFORMED_CSV 1:0 missing-column",
        "/keywords/0 MALFORMED_CSV 1:0 missing-column");
  }

  @Test
  void rowWithMoreOrFewerFieldsThanTheHeader_isMalformed() {
    List<ContributionRecord> records = read(HEADER + "\n" + EXAMPLE_ROW + ",extra\n" + "1.0,a\n" + EXAMPLE_ROW + "\n");
    assertThat(located(records.get(0))).containsExactly(" MALFORMED_CSV 2:22 field-count");
    assertThat(located(records.get(1))).containsExactly(" MALFORMED_CSV 3:2 field-count");
    assertThat(records.get(2).getResult().isValid()).isTrue();
  }

  @Test
  void quoteInsideAnUnquotedField_isSyntax() {
    assertThat(located(read(HEADER + "\n" + exampleWith("title", "a \"b\" c")).get(0)))
        .containsExactly("/title MALFORMED_CSV 2:4 syntax");
  }

  @Test
  void textAfterAClosingQuote_isSyntax() {
    assertThat(located(read(HEADER + "\n" + exampleWith("title", "\"a\"b")).get(0)))
        .containsExactly("/title MALFORMED_CSV 2:4 syntax");
  }

  @Test
  void bareCarriageReturn_isSyntax() {
    assertThat(located(read(HEADER + "\n" + exampleWith("title", "a\rb")).get(0)))
        .containsExactly("/title MALFORMED_CSV 2:4 syntax");
  }

  @Test
  void unclosedQuoteAtTheEnd_isLocatedAtItsRowAndColumn() {
    List<ContributionRecord> records = read(
        HEADER + "\n" + EXAMPLE_ROW + "\n" + exampleWith("summary", "\"never closed") + "\n"
            + EXAMPLE_ROW + "\n");
    assertThat(records).hasSize(2);
    assertThat(located(records.get(1))).containsExactly("/summary MALFORMED_CSV 3:14 unclosed-quote");
  }

  @Test
  void nul_isMalformed() {
    assertThat(located(read(HEADER + "\n" + exampleWith("body", "a\u0000b")).get(0)))
        .containsExactly("/body MALFORMED_CSV 2:15 nul");
  }

  @Test
  void invalidUtf8_isMalformedEncodingInItsColumn() {
    byte[] head = (HEADER + "\n" + exampleWith("title", "caf")).getBytes(StandardCharsets.UTF_8);
    String row = HEADER + "\n" + exampleWith("title", "caf\u00e9");
    byte[] bytes = row.getBytes(StandardCharsets.ISO_8859_1);
    assertThat(bytes.length).isEqualTo(head.length + 1);
    assertThat(located(read(bytes).get(0))).containsExactly("/title MALFORMED_CSV 2:4 encoding");
  }

  @Test
  void byteOrderMark_isDroppedAtTheStart() {
    byte[] csv = (HEADER + "\n" + EXAMPLE_ROW).getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[csv.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(csv, 0, withBom, 3, csv.length);
    assertThat(read(withBom).get(0).getResult().getValue()).contains(Samples.contractExample());
  }

  @Test
  void emptyLines_areSkippedButCounted() {
    List<ContributionRecord> records = read("\n" + HEADER + "\n\n\r\n" + EXAMPLE_ROW + "\n\n");
    assertThat(records).extracting(ContributionRecord::getLineNumber).containsExactly(5L);
  }

  @Test
  void limits_areLocatedInTheRowAndColumn() {
    ContributionReader small = ContributionReader.builder().validator(Reading.VALIDATOR)
        .limits(
            ReadLimits.builder().maxStringLength(80).maxNumberLength(3).maxDocumentBytes(1024).maxColumns(30).build())
        .build();
    CsvReader csv = CsvReader.of(small);
    String csvText = HEADER + "\n" + exampleWith("contributor.name", "n".repeat(81)) + "\n"
        + exampleWith("sdgs", "9;1234")
        + "\n" + exampleWith("body", "b".repeat(2000)) + "\n" + EXAMPLE_ROW + "\n";
    List<ContributionRecord> records = csv.records(new ByteArrayInputStream(csvText.getBytes(StandardCharsets.UTF_8)))
        .collect(Collectors.toList());
    assertThat(located(records.get(0))).containsExactly("/contributor/name LIMIT_EXCEEDED 2:6 stringLength");
    assertThat(located(records.get(1))).containsExactly("/sdgs LIMIT_EXCEEDED 3:13 numberLength");
    assertThat(located(records.get(2))).containsExactly(" LIMIT_EXCEEDED 4:0 documentBytes");
    assertThat(records.get(3).getResult().isValid()).isTrue();
    String wide = String.join(",", java.util.Collections.nCopies(31, "id")) + "\n";
    assertThat(csv.records(new ByteArrayInputStream(wide.getBytes(StandardCharsets.UTF_8))).map(CsvTest::located)
        .collect(Collectors.toList())).containsExactly(List.of(" LIMIT_EXCEEDED 1:31 columns"));
  }

  @Test
  void keywordIndexPastTheArrayLimit_isALimitOfTheHeader() {
    CsvReader csv = CsvReader.of(ContributionReader.builder().validator(Reading.VALIDATOR)
        .limits(ReadLimits.builder().maxArrayLength(5).build()).build());
    String header = HEADER + ",keywords.5\n";
    assertThat(csv.records(new ByteArrayInputStream(header.getBytes(StandardCharsets.UTF_8))).map(CsvTest::located)
        .collect(Collectors.toList())).containsExactly(List.of("/keywords/5 LIMIT_EXCEEDED 1:22 arrayLength"));
  }

  @Test
  void writer_refusesWhatTheLayoutCannotCarry() {
    Contribution nul = Samples.contractExample().withBody("a\u0000b");
    assertThatThrownBy(() -> CsvWriter.create().writeRecord(nul, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class);
    Contribution many = Samples.contractExample().withKeywords(java.util.stream.IntStream.range(0, 31)
        .mapToObj(i -> "k" + i).collect(Collectors.toList()));
    assertThatThrownBy(() -> CsvWriter.create().writeRecord(many, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("30 keywords");
  }

  @Test
  void standardReader_usesTheStandardContributionReader() {
    String csv = HEADER + "\n" + EXAMPLE_ROW + "\n";
    assertThat(CsvReader.standard().forEach(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
        r -> assertThat(r.getResult().isValid()).isTrue())).isEqualTo(1);
  }
}

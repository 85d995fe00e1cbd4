package io.github.wsis20.io;

import static io.github.wsis20.io.Reading.located;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.testing.Samples;
import io.github.wsis20.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlContributionTest {
  static final ContributionReader YAML = ContributionReader.builder().format(ContributionFormat.YAML)
      .validator(Reading.VALIDATOR).build();

  static ReadResult<Contribution> read(String yaml) {
    return YAML.read(yaml.getBytes(StandardCharsets.UTF_8));
  }

  static String golden() throws IOException {
    try (InputStream in = YamlContributionTest.class.getResourceAsStream("contract-example.canonical.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The only violation, as "pointer CODE line:column reason". */
  static String only(ReadResult<Contribution> result) {
    assertThat(result.getValue()).isEmpty();
    assertThat(result.getReport().getViolations()).hasSize(1);
    Violation v = result.getReport().getViolations().get(0);
    return located(v) + " " + v.getArguments().getOrDefault("reason", "");
  }

  @Test
  void contractExample_writesTheGoldenCanonicalYaml() throws IOException {
    assertThat(ContributionWriter.yaml().writeString(Samples.contractExample())).isEqualTo(golden());
    assertThat(ContributionWriter.yaml().getFormat()).isEqualTo(ContributionFormat.YAML);
  }

  @Test
  void goldenYaml_readsAsTheContractExample() throws IOException {
    ReadResult<Contribution> result = read(golden());
    assertThat(result.getReport().getViolations()).isEmpty();
    assertThat(result.getValue()).contains(Samples.contractExample());
    assertThat(YAML.read(new ByteArrayInputStream(golden().getBytes(StandardCharsets.UTF_8))).getValue())
        .contains(Samples.contractExample());
  }

  @Test
  void standardYamlReader_readsYamlWithTheStandardValidator() {
    assertThat(ContributionReader.yaml().getFormat()).isEqualTo(ContributionFormat.YAML);
    assertThat(ContributionReader.standard().getFormat()).isEqualTo(ContributionFormat.JSON);
    assertThat(ContributionReader.yaml().getLimits()).isEqualTo(ReadLimits.defaults());
  }

  @Test
  void jsonIsYaml_soTheYamlReaderReadsTheJsonExampleToo() {
    assertThat(read(Samples.contractExampleJson()).getValue()).contains(Samples.contractExample());
  }

  @Test
  void problems_haveTheJsonReadersCodesAndPointersWithYamlLinesAndColumns() throws IOException {
    String yaml = golden().replace("  country: \"KEN\"", "  country: \"XXX\"\n  nickname: \"n\"")
        .replace("  - 17", "  - \"17\"");
    assertThat(Reading.located(read(yaml))).containsExactly(
        "/contributor/nickname UNKNOWN_MEMBER 10:3",
        "/sdgs/1 WRONG_TYPE 19:5",
        "/contributor/country INVALID_COUNTRY 9:12");
  }

  @Test
  void plainScalars_keepTheirYamlTypes_andNothingIsConverted() throws IOException {
    String yaml = golden().replace("schemaVersion: \"1.0\"", "schemaVersion: 1.0").replace("language: \"en\"",
        "language: no");
    assertThat(Reading.codes(read(yaml))).containsExactly("/schemaVersion WRONG_TYPE", "/language WRONG_TYPE");
    assertThat(read(yaml).getReport().getViolations().get(1).getArguments()).containsEntry("actual", "boolean");
  }

  @Test
  void nullAndEmptyValues_areAbsent() throws IOException {
    String yaml = golden().replace("body: \"Longer text of the input ...\"", "body: ~")
        .replace("  email: \"policy@example.org\"", "  email:");
    assertThat(read(yaml).getReport().getViolations()).isEmpty();
    Contribution read = read(yaml).getValue().orElseThrow();
    assertThat(read.getBody()).isEmpty();
    assertThat(read.getContributor().getEmail()).isEmpty();
    assertThat(Reading.codes(read(golden().replace("body: \"Longer text of the input ...\"", "body: \"\"")
        .replace("summary: \"Community-owned networks connect rural users where operators do not invest.\"",
            "summary: \"\""))))
        .containsExactly("/summary BLANK");
  }

  @Test
  void unsupportedSchemaVersion_isTheOnlyViolation() throws IOException {
    assertThat(only(read(golden().replace("\"1.0\"", "\"2.0\""))))
        .isEqualTo("/schemaVersion UNSUPPORTED_SCHEMA_VERSION 1:16 ");
  }

  @Test
  void anchorOnAScalar_isRefusedAtIt() {
    assertThat(only(read("id: &x \"a\"\ntitle: *x\n"))).isEqualTo("/id MALFORMED_YAML 1:5 anchor");
  }

  @Test
  void anchorOnAMapping_isRefusedAtIt() {
    assertThat(only(read("contributor: &c {name: \"a\"}\n"))).isEqualTo("/contributor MALFORMED_YAML 1:14 anchor");
  }

  @Test
  void alias_isRefusedAtIt() {
    List<String> located = Reading.located(read("id: \"a\"\ntitle: *x\n"));
    assertThat(located).containsExactly("/title MALFORMED_YAML 2:8");
    assertThat(read("id: \"a\"\ntitle: *x\n").getReport().getViolations().get(0).getArguments())
        .containsEntry("reason", "alias");
  }

  @Test
  void tag_isRefusedAtIt() {
    assertThat(only(read("id: !!str 1\n"))).isEqualTo("/id MALFORMED_YAML 1:5 tag");
    assertThat(only(read("id: !custom \"a\"\n"))).isEqualTo("/id MALFORMED_YAML 1:5 tag");
  }

  @Test
  void secondDocument_isRefusedWhereItStarts() throws IOException {
    List<Violation> all = read(golden() + "---\n" + golden()).getReport().getViolations();
    assertThat(all).hasSize(1);
    assertThat(located(all.get(0)) + " " + all.get(0).getArguments().get("reason"))
        .isEqualTo(" MALFORMED_YAML 30:1 several-documents");
  }

  @Test
  void brokenSyntax_isMalformedWhereItBreaks() {
    assertThat(only(read("title: 'unclosed\n"))).startsWith("/title MALFORMED_YAML 1:").endsWith(" end-of-input");
    assertThat(only(read("id: \"a\"\ntitle: \"b\" c\n"))).startsWith(" MALFORMED_YAML 2:").endsWith(" syntax");
    assertThat(read("id: \"a\"\n  - x\n").getReport().getViolations())
        .extracting(v -> v.getCode().name()).containsExactly("MALFORMED_YAML");
  }

  @Test
  void emptyDocument_endsBeforeItsObject() {
    assertThat(only(read(""))).isEqualTo(" MALFORMED_YAML 1:1 end-of-input");
    assertThat(only(read("# only a comment\n"))).endsWith("end-of-input");
  }

  @Test
  void rootThatIsNotAMapping_isWrongType() {
    assertThat(Reading.codes(read("- \"a\"\n"))).containsExactly(" WRONG_TYPE");
  }

  @Test
  void bytesThatAreNotUtf8_areMalformedEncoding() {
    byte[] bytes = "title: \"caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1);
    ReadResult<Contribution> result = YAML.read(bytes);
    assertThat(result.getReport().getViolations()).extracting(v -> v.getArguments().get("reason")).contains("encoding");
    assertThat(result.getValue()).isEmpty();
  }

  @Test
  void byteOrderMark_isIgnored() throws IOException {
    byte[] yaml = golden().getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[yaml.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(yaml, 0, withBom, 3, yaml.length);
    assertThat(YAML.read(withBom).getValue()).contains(Samples.contractExample());
  }

  @Test
  void yaml11Integers_areOfTheWrongType_yaml12DecimalsAreRead() throws IOException {
    for (String form : new String[] {"0x11", "0b1001", "1_7", "0o21"}) {
      assertThat(Reading.located(read(golden().replace("  - 17", "  - " + form))))
          .as(form).containsExactly("/sdgs/1 WRONG_TYPE 18:5");
    }
    assertThat(read(golden().replace("  - 17", "  - 017")).getValue().orElseThrow().getSdgs())
        .extracting(g -> g.getNumber()).containsExactly(9, 17);
    assertThat(read(golden().replace("  - 17", "  - +17")).getValue()).isPresent();
  }

  @Test
  void escapedLoneSurrogate_isMalformedYaml() throws IOException {
    String yaml = golden().replace("\"Full input\"", "\"half \\uD800 one\"");
    assertThat(read(yaml).getReport().getViolations()).extracting(v -> v.getCode() + " " + v.getArguments())
        .containsExactly("MALFORMED_YAML {reason=unpaired-surrogate}");
  }

  @Test
  void rawCharactersYamlRefuses_areMalformedWhereTheyAre() {
    for (char c : new char[] {'\u0000', '\u007F', '\uFFFE'}) {
      String yaml = "schemaVersion: \"1.0\"\nid: \"a" + c + "b\"\n";
      assertThat(Reading.located(read(yaml))).as("U+%04X", (int) c).hasSize(1)
          .allSatisfy(v -> assertThat(v).startsWith(" MALFORMED_YAML 2:").doesNotEndWith(" 1:1"));
    }
  }

  @Test
  void limits_holdAsForJson() {
    ContributionReader small = ContributionReader.builder().format(ContributionFormat.YAML).validator(Reading.VALIDATOR)
        .limits(ReadLimits.builder().maxStringLength(20).maxNestingDepth(4).maxArrayLength(3).maxDocumentBytes(4096)
            .build())
        .build();
    assertThat(limitOf(small.read(bytes("title: \"" + "a".repeat(21) + "\"\n")))).isEqualTo("stringLength");
    assertThat(limitOf(small.read(bytes("x: " + "[".repeat(10) + "]".repeat(10) + "\n")))).isEqualTo("nestingDepth");
    assertThat(limitOf(small.read(bytes("keywords: [\"a\", \"b\", \"c\", \"d\"]\n")))).isEqualTo("arrayLength");
    assertThat(limitOf(small.read(bytes("body: \"" + "a".repeat(5000) + "\"\n")))).isEqualTo("documentBytes");
    ContributionReader wide = ContributionReader.builder().format(ContributionFormat.YAML).validator(Reading.VALIDATOR)
        .limits(ReadLimits.builder().maxStringLength(70_000).build()).build();
    // A string a little past the limit is refused at its value, as in JSON; a run without white
    // space past twice the limit (the most UTF-16 characters the limit's code points can take) is
    // refused before SnakeYAML holds it.
    ReadResult<Contribution> value = wide.read(bytes("id: \"a\"\nbody: \"" + "a".repeat(70_001) + "\"\n"));
    assertThat(Reading.located(value)).containsExactly("/body LIMIT_EXCEEDED 2:7");
    ReadResult<Contribution> run = wide.read(bytes("id: \"a\"\nbody: \"" + "a".repeat(140_001) + "\"\n"));
    assertThat(Reading.located(run)).containsExactly(" LIMIT_EXCEEDED 2:140007");
  }

  @Test
  void writer_refusesWhatYamlInUtf8CannotCarry() {
    Contribution broken = Samples.contractExample().withTitle("half \uD800 a character");
    assertThatThrownBy(() -> ContributionWriter.yaml().writeBytes(broken)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void textsThatLookLikeOtherTypes_areQuotedAndReadBackAsText() {
    Contribution tricky = Samples.contractExample().withTitle("yes")
        .withKeywords(List.of("9", "null", "~", "2024-01-01",
            "- item", "# not a comment", "key: value", " lead", "trail "))
        // Keywords refuse control characters and need a visible one: the line breaks go in texts that allow them.
        .withSummary("line\nbreak tab\there \u2028 \u0085 end")
        .withBody("\u0000\u0007 control \uD83C\uDF10\u2028");
    ReadResult<Contribution> back = YAML.read(ContributionWriter.yaml().writeBytes(tricky));
    assertThat(back.getReport().getViolations()).isEmpty();
    assertThat(back.getValue()).contains(tricky);
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String limitOf(ReadResult<Contribution> result) {
    return HostileInputTest.limitOf(result);
  }
}

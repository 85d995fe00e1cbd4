package io.github.wsis20.io;

import static io.github.wsis20.io.Reading.codes;
import static io.github.wsis20.io.Reading.example;
import static io.github.wsis20.io.Reading.located;
import static io.github.wsis20.io.Reading.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.testing.Samples;
import io.github.wsis20.validation.Violation;
import io.github.wsis20.validation.ViolationCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContributionReaderTest {

  @Test
  void contractExample_readsValid() {
    ReadResult<Contribution> result = read(Samples.contractExampleJson());
    assertThat(result.getReport().getViolations()).isEmpty();
    assertThat(result.getValue()).contains(Samples.contractExample());
  }

  @Test
  void contractExample_readsValidFromAStream() {
    ReadResult<Contribution> result = Reading.READER.read(
        new ByteArrayInputStream(Samples.contractExampleJson().getBytes(StandardCharsets.UTF_8)));
    assertThat(result.getValue()).contains(Samples.contractExample());
  }

  @Test
  void standardReader_knowsTheContractsReviewProcesses() {
    ReadResult<Contribution> result = ContributionReader.standard()
        .read(Samples.contractExampleJson().getBytes(StandardCharsets.UTF_8));
    assertThat(codes(result)).isEmpty();
    assertThat(
        codes(ContributionReader.standard().read(example("wsis+20", "wsis+99").getBytes(StandardCharsets.UTF_8))))
        .containsExactly("/process UNKNOWN_PROCESS");
  }

  @Test
  void unknownMember_isReportedAtItsPointer() {
    assertThat(located(read(example("\"id\":", "\"colour\":{\"a\":[1,2]},\"id\":"))))
        .containsExactly("/colour UNKNOWN_MEMBER 1:24");
  }

  @Test
  void misspeltMember_isUnknownAndTheRealOneRequired() {
    assertThat(codes(read(example("\"title\":", "\"titel\":"))))
        .containsExactly("/titel UNKNOWN_MEMBER", "/title REQUIRED");
  }

  @Test
  void unknownMemberInNestedObjects_isReportedThere() {
    String json = example("\"country\":", "\"phone\":\"1\",\"country\":")
        .replace("\"title\":\"Full input\"", "\"title\":\"Full input\",\"size\":3");
    assertThat(codes(read(json))).containsExactly("/contributor/phone UNKNOWN_MEMBER",
        "/attachments/0/size UNKNOWN_MEMBER");
  }

  @Test
  void duplicateMember_isReportedAndTheFirstCounts() {
    ReadResult<Contribution> result = read(example("\"language\":\"en\"", "\"language\":\"en\",\"language\":\"fr\""));
    assertThat(codes(result)).containsExactly("/language DUPLICATE_MEMBER");
  }

  @Test
  void everyDuplicate_isReported() {
    String json = example("\"language\":\"en\"", "\"language\":\"en\",\"language\":\"fr\",\"language\":\"ar\"")
        .replace("\"name\":", "\"email\":null,\"name\":");
    assertThat(codes(read(json)))
        .containsExactly("/language DUPLICATE_MEMBER", "/language DUPLICATE_MEMBER",
            "/contributor/email DUPLICATE_MEMBER");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"id\":\"c-2024-0042\"                      | \"id\":42                        | /id WRONG_TYPE",
      "\"title\":\"Community networks for last-mile connectivity\" | \"title\":true  | /title WRONG_TYPE",
      "\"language\":\"en\"                         | \"language\":[\"en\"]            | /language WRONG_TYPE",
      "\"status\":\"SUBMITTED\"                    | \"status\":1                     | /status WRONG_TYPE",
      "\"submittedAt\":\"2024-11-15T10:00:00Z\"    | \"submittedAt\":1731664800       | /submittedAt WRONG_TYPE",
      "\"sdgs\":[9,17]                             | \"sdgs\":[\"9\",17]              | /sdgs/0 WRONG_TYPE",
      "\"sdgs\":[9,17]                             | \"sdgs\":[9.5,17]                | /sdgs/0 WRONG_TYPE",
      "\"sdgs\":[9,17]                             | \"sdgs\":[9.0,17]                | /sdgs/0 WRONG_TYPE",
      "\"sdgs\":[9,17]                             | \"sdgs\":[9e0,17]                | /sdgs/0 WRONG_TYPE",
      "\"sdgs\":[9,17]                             | \"sdgs\":9                       | /sdgs WRONG_TYPE",
      "\"sdgs\":[9,17]                             | \"sdgs\":[9,null]                | /sdgs/1 WRONG_TYPE",
      "\"keywords\":[\"community networks\",\"rural\"] | \"keywords\":[\"a\",42]       | /keywords/1 WRONG_TYPE",
      "\"keywords\":[\"community networks\",\"rural\"] | \"keywords\":{\"a\":1}        | /keywords WRONG_TYPE",
      "\"country\":\"KEN\"                         | \"country\":false                | /contributor/country WRONG_TYPE",
      "\"sha256\":                                 | \"sha256\":1,\"x\":              | /attachments/0/sha256 WRONG_TYPE",
  })
  void wrongType_isReportedAtTheValueAndNothingIsConverted(String from, String to, String expected) {
    ReadResult<Contribution> result = read(example(from.strip(), to.strip()));
    assertThat(codes(result)).contains(expected.strip());
    assertThat(result.getValue()).isEmpty();
  }

  @Test
  void wrongType_namesTheExpectedAndActualTypes() {
    Violation v = read(example("\"id\":\"c-2024-0042\"", "\"id\":\"x\"").replace("\"id\":\"x\"", "\"id\":true"))
        .getReport().getViolations().get(0);
    assertThat(v.getArguments()).containsEntry("expected", "string").containsEntry("actual", "boolean");
  }

  @Test
  void wrongTypeOfARequiredMember_isNotAlsoRequired() {
    assertThat(codes(read(example("\"status\":\"SUBMITTED\"", "\"status\":{}")))).containsExactly("/status WRONG_TYPE");
  }

  @Test
  void contributorOfTheWrongType_standsInAndItsRulesAreDropped() {
    String json = example("\"contributor\":{", "\"contributor\":7,\"x\":{");
    assertThat(codes(read(json))).containsExactly("/contributor WRONG_TYPE", "/x UNKNOWN_MEMBER");
  }

  @Test
  void rootThatIsNotAnObject_isOneWrongType() {
    assertThat(located(read("[1, 2]"))).containsExactly(" WRONG_TYPE 1:1");
    assertThat(codes(read("\"text\""))).containsExactly(" WRONG_TYPE");
  }

  @Test
  void nullIsAbsent() {
    String json = example("\"body\":\"Longer text of the input ...\"", "\"body\":null")
        .replace("\"sdgs\":[9,17]", "\"sdgs\":null")
        .replace("\"email\":\"policy@example.org\"", "\"email\":null");
    ReadResult<Contribution> result = read(json);
    assertThat(codes(result)).isEmpty();
    Contribution c = result.getValue().orElseThrow();
    assertThat(c.getBody()).isEmpty();
    assertThat(c.getSdgs()).isEmpty();
    assertThat(c.getContributor().getEmail()).isEmpty();
  }

  @Test
  void nullRequiredMember_isRequired() {
    assertThat(codes(read(example("\"title\":\"Community networks for last-mile connectivity\"", "\"title\":null"))))
        .containsExactly("/title REQUIRED");
  }

  @Test
  void missingMembers_areRequiredWhereTheyBelong() {
    assertThat(codes(read("{\"contributor\":{},\"attachments\":[{}],\"summary\":\"s\"}"))).containsExactly(
        "/contributor/name REQUIRED", "/contributor/stakeholderGroup REQUIRED",
        "/attachments/0/uri REQUIRED", "/attachments/0/mediaType REQUIRED",
        "/schemaVersion REQUIRED", "/id REQUIRED", "/process REQUIRED", "/title REQUIRED", "/language REQUIRED",
        "/status REQUIRED");
  }

  @Test
  void emptyObject_reportsEveryRequiredMemberAndNoStandInsRules() {
    // A summary, because the validator reports an absent summary as BLANK (its quirk, not the reader's).
    assertThat(codes(read("{\"summary\":\"s\"}"))).containsExactly("/schemaVersion REQUIRED", "/id REQUIRED",
        "/process REQUIRED",
        "/title REQUIRED", "/language REQUIRED", "/contributor REQUIRED", "/status REQUIRED");
  }

  @Test
  void crossFieldRules_runOnWhatIsThere() {
    String json = example("\"stakeholderGroup\":\"CIVIL_SOCIETY\",\"country\":\"KEN\",",
        "\"stakeholderGroup\":\"GOVERNMENT\",")
        .replace("\"id\":\"c-2024-0042\"", "\"id\":17");
    assertThat(codes(read(json))).containsExactly("/id WRONG_TYPE",
        "/contributor/country COUNTRY_REQUIRED_FOR_GOVERNMENT");
  }

  @Test
  void unknownStatus_standsInAsDraftSoThatNothingIsRequiredOfIt() {
    String json = example("\"status\":\"SUBMITTED\"", "\"status\":\"submitted\"").replace("\"submittedAt\":", "\"x\":");
    assertThat(codes(read(json))).containsExactly("/status UNKNOWN_STATUS", "/x UNKNOWN_MEMBER");
  }

  @Test
  void unknownCodes_haveTheirOwnViolationCodes() {
    String json = example("\"actionLines\":[\"C2\",\"C7.e-agriculture\"]",
        "\"actionLines\":[\"C2\",\"C7.e-agriculture\",\"C12\",\"c3\"]")
        .replace("\"sdgs\":[9,17]", "\"sdgs\":[9,0,18,99999999999999999999]")
        .replace("\"CIVIL_SOCIETY\"", "\"NGO\"");
    assertThat(located(read(json))).extracting(s -> s.substring(0, s.lastIndexOf(' '))).containsExactly(
        "/contributor/stakeholderGroup UNKNOWN_STAKEHOLDER_GROUP",
        "/actionLines/2 UNKNOWN_ACTION_LINE", "/actionLines/3 UNKNOWN_ACTION_LINE",
        "/sdgs/1 UNKNOWN_SDG", "/sdgs/2 UNKNOWN_SDG", "/sdgs/3 UNKNOWN_SDG");
  }

  @Test
  void misspeltMember_suggestsTheNearestKnownName() {
    ReadResult<Contribution> result = read(example("\"title\":", "\"titel\":"));
    assertThat(result.getReport().getViolations()).filteredOn(v -> v.getCode() == ViolationCode.UNKNOWN_MEMBER)
        .singleElement().satisfies(v -> {
          assertThat(v.getArguments()).containsEntry("suggestion", "title");
          assertThat(v.getMessage()).contains("\"title\"");
        });
    assertThat(read(example("\"title\":", "\"colour\":")).getReport().getViolations())
        .filteredOn(v -> v.getCode() == ViolationCode.UNKNOWN_MEMBER).singleElement()
        .satisfies(v -> assertThat(v.getArguments()).doesNotContainKey("suggestion"));
  }

  @Test
  void unknownCodes_listTheKnownOnes() {
    ReadResult<Contribution> result = read(
        example("\"CIVIL_SOCIETY\"", "\"NGO\"").replace("\"SUBMITTED\"", "\"SENT\""));
    assertThat(result.getReport().getViolations()).extracting(v -> v.getCode() + " " + v.getArguments().get("known"))
        .contains("UNKNOWN_STAKEHOLDER_GROUP GOVERNMENT, PRIVATE_SECTOR, CIVIL_SOCIETY, INTERNATIONAL_ORGANIZATION,"
            + " TECHNICAL_COMMUNITY, ACADEMIA, OTHER", "UNKNOWN_STATUS DRAFT, SUBMITTED, PUBLISHED, WITHDRAWN");
  }

  @Test
  void actionLinesWhoseEveryItemIsUnknown_areThatAlone_notAlsoMissing() {
    String json = example("\"actionLines\":[\"C2\",\"C7.e-agriculture\"]", "\"actionLines\":[\"C12\"]");
    assertThat(codes(read(json))).containsExactly("/actionLines/0 UNKNOWN_ACTION_LINE");
  }

  @Test
  void duplicateItems_keepTheirPointersWhenOtherItemsAreRejected() {
    String json = example("\"actionLines\":[\"C2\",\"C7.e-agriculture\"]", "\"actionLines\":[\"C99\",\"C2\",42,\"C2\"]")
        .replace("\"sdgs\":[9,17]", "\"sdgs\":[\"x\",9,9]");
    assertThat(codes(read(json))).containsExactly("/actionLines/0 UNKNOWN_ACTION_LINE", "/actionLines/2 WRONG_TYPE",
        "/sdgs/0 WRONG_TYPE", "/actionLines/3 DUPLICATE_ITEM", "/sdgs/2 DUPLICATE_ITEM");
  }

  @ParameterizedTest
  @CsvSource({
      "2024-11-15 10:00:00Z", "2024-11-15T10:00Z", "2024-11-15T10:00:00", "2024-02-30T10:00:00Z",
      "2024-11-15T24:00:00Z", "2024-11-15T10:00:60Z", "2024-11-15T10:00:00+19:00", "2024-11-15T10:00:00.Z",
      "2024-11-15T10:00:00.1234567891Z", "2024-11-15T10:00:00+0200", "24-11-15T10:00:00Z", "2024-11-15",
  })
  void submittedAtOutsideRfc3339_isInvalidDateTime(String text) {
    assertThat(codes(read(example("2024-11-15T10:00:00Z", text)))).containsExactly("/submittedAt INVALID_DATE_TIME");
  }

  @ParameterizedTest
  @CsvSource({"2024-11-15t10:00:00z", "2024-11-15T12:00:00+02:00", "2024-11-15T10:00:00.123456789Z",
      "2024-11-15T05:00:00-05:00", "2024-11-15T10:00:00-00:00"})
  void submittedAtInRfc3339_isRead(String text) {
    ReadResult<Contribution> result = read(example("2024-11-15T10:00:00Z", text));
    assertThat(codes(result)).isEmpty();
    assertThat(result.getValue().orElseThrow().getSubmittedAt().orElseThrow().toInstant())
        .isBetween(java.time.Instant.parse("2024-11-15T10:00:00Z"), java.time.Instant.parse("2024-11-15T10:00:01Z"));
  }

  @Test
  void truncatedInput_reportsWhatWasWrongBeforeTheBreakAndWhereItBroke() {
    String json = "{\n  \"schemaVersion\": \"1.0\",\n  \"id\": 5,\n  \"colour\": \"red\",\n  \"title\": \"Community";
    assertThat(located(read(json))).containsExactly(
        "/id WRONG_TYPE 3:9", "/colour UNKNOWN_MEMBER 4:3", "/title MALFORMED_JSON 5:22");
  }

  @Test
  void truncatedInput_keepsTheRulesOfValuesReadToTheirEnd() {
    String json = example("\"status\":\"SUBMITTED\"", "\"status\":\"SUBMITTED\"");
    json = json.replace("\"country\":\"KEN\",", "").replace("CIVIL_SOCIETY", "GOVERNMENT");
    json = json.substring(0, json.indexOf("\"summary\"") + 12);
    assertThat(codes(read(json))).containsExactly("/summary MALFORMED_JSON",
        "/contributor/country COUNTRY_REQUIRED_FOR_GOVERNMENT");
  }

  @Test
  void truncatedInsideAnObject_keepsTheRulesOfItsMembersReadBeforeTheBreak() {
    String json = "{\"schemaVersion\": \"1.0\", \"contributor\": {\"name\": \"n\", \"stakeholderGroup\": \"GOVERNMENT\","
        + " \"country\": \"kenya\", \"email\": \"not-an-address\", \"name2";
    assertThat(codes(read(json))).containsExactly("/contributor MALFORMED_JSON",
        "/contributor/country INVALID_COUNTRY", "/contributor/email INVALID_EMAIL");
  }

  @Test
  void truncatedInsideAnAttachment_keepsTheRulesOfItsMembersReadBeforeTheBreak() {
    String json = example("\"title\":\"Full input\"}", "\"title\":\"Full input\",\"x");
    json = json.substring(0, json.indexOf("\"x") + 2);
    assertThat(codes(read(json.replace("9f86d0", "XYZ")))).contains("/attachments/0/sha256 INVALID_SHA256");
  }

  @Test
  void stringLimit_countsCharactersNotUtf16Units() {
    ReadLimits limits = ReadLimits.builder().maxStringLength(100).build();
    ContributionReader reader = ContributionReader.builder().validator(Reading.VALIDATOR).limits(limits).build();
    String astral = "\uD83C\uDF10".repeat(100);
    assertThat(codes(reader.read(example("\"Full input\"", "\"" + astral + "\"").getBytes(StandardCharsets.UTF_8))))
        .doesNotContain("/attachments/0/title LIMIT_EXCEEDED");
    assertThat(codes(reader.read(example("\"Full input\"", "\"" + astral + "x\"").getBytes(StandardCharsets.UTF_8))))
        .contains("/attachments/0/title LIMIT_EXCEEDED");
  }

  @Test
  void syntaxError_hasLineColumnAndReason() {
    ReadResult<Contribution> result = read("{\"id\": \"a\" \"title\": \"b\"}");
    assertThat(located(result)).containsExactly(" MALFORMED_JSON 1:13");
    assertThat(result.getReport().getViolations().get(0).getArguments()).containsEntry("reason", "syntax");
  }

  @Test
  void emptyInput_isMalformed() {
    ReadResult<Contribution> result = read("");
    assertThat(codes(result)).containsExactly(" MALFORMED_JSON");
    assertThat(result.getReport().getViolations().get(0).getArguments()).containsEntry("reason", "end-of-input");
    assertThat(codes(read("   \n "))).containsExactly(" MALFORMED_JSON");
  }

  @Test
  void trailingContent_isMalformed() {
    ReadResult<Contribution> result = read(Samples.contractExampleJson() + "{}");
    assertThat(located(result)).containsExactly(" MALFORMED_JSON 25:1");
    assertThat(result.getReport().getViolations().get(0).getArguments()).containsEntry("reason", "trailing-content");
  }

  @Test
  void lenientJson_isMalformed() {
    assertThat(codes(read("{'id': 'a'}"))).containsExactly(" MALFORMED_JSON");
    assertThat(codes(read("{\"id\": \"a\", /* c */ \"x\": 1}"))).containsExactly(" MALFORMED_JSON");
    assertThat(codes(read("{\"sdgs\": [NaN]}"))).containsExactly("/sdgs/0 MALFORMED_JSON");
    assertThat(codes(read("{\"sdgs\": [09]}"))).containsExactly("/sdgs/0 MALFORMED_JSON");
    assertThat(codes(read("{\"sdgs\": [1,]}"))).containsExactly("/sdgs/1 MALFORMED_JSON");
  }

  @Test
  void invalidUtf8_reportsEarlierProblemsThenTheByte() {
    byte[] head = "{\"colour\": 1, \"title\": \"ab".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + 3);
    bytes[head.length] = (byte) 0xC0; // overlong
    bytes[head.length + 1] = (byte) 0xAF;
    bytes[head.length + 2] = '"';
    ReadResult<Contribution> result = Reading.READER.read(bytes);
    assertThat(located(result)).containsExactly("/colour UNKNOWN_MEMBER 1:2", "/title MALFORMED_JSON 1:27");
    assertThat(result.getReport().getViolations().get(1).getArguments()).containsEntry("reason", "encoding");
  }

  @Test
  void replacementCharacterInTheText_isReadAsItself() {
    // U+FFFD is also what a lenient decoder puts for a malformed byte: the text that has one is
    // decoded strictly, and read the same.
    Contribution read = Reading.READER
        .read(example("\"rural\"", "\"r\uFFFDsum\u00E9\"").getBytes(StandardCharsets.UTF_8))
        .getValue().orElseThrow();
    assertThat(read.getKeywords()).contains("r\uFFFDsum\u00E9");
    ReadResult<Contribution> escaped = read(example("\"rural\"", "\"\uFFFD \\ud800\""));
    assertThat(codes(escaped)).containsExactly("/keywords/1 MALFORMED_JSON");
    assertThat(escaped.getReport().getViolations().get(0).getArguments()).containsEntry("reason", "unpaired-surrogate");
  }

  @Test
  void encodedSurrogateAndRawNul_areMalformed() {
    byte[] bytes = "{\"title\": \"a\u0000\"}".getBytes(StandardCharsets.UTF_8);
    byte[] surrogate = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};
    assertThat(codes(Reading.READER.read(surrogate))).containsExactly("/id MALFORMED_JSON");
    assertThat(codes(Reading.READER.read(bytes))).containsExactly("/title MALFORMED_JSON");
  }

  @Test
  void escapedUnpairedSurrogate_isMalformedAndReadingGoesOn() {
    ReadResult<Contribution> result = read(example("\"rural\"", "\"\\ud800x\",\"\\udc00\""));
    assertThat(codes(result)).containsExactly("/keywords/1 MALFORMED_JSON", "/keywords/2 MALFORMED_JSON");
    assertThat(result.getReport().getViolations().get(0).getArguments()).containsEntry("reason", "unpaired-surrogate");
  }

  @Test
  void byteOrderMark_isIgnored() {
    byte[] json = Samples.contractExampleJson().getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[json.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(json, 0, bytes, 3, json.length);
    assertThat(Reading.READER.read(bytes).getValue()).contains(Samples.contractExample());
  }

  @Test
  void utf16_isNotRead() {
    byte[] bytes = Samples.contractExampleJson().getBytes(StandardCharsets.UTF_16);
    assertThat(Reading.READER.read(bytes).getValue()).isEmpty();
  }

  @Test
  void unknownSchemaVersion_isOneViolationAndNothingElse() {
    String json = "{\"id\": 5, \"x\": 1, \"schemaVersion\": \"2.0\", \"title\": [";
    ReadResult<Contribution> result = read(json);
    assertThat(located(result)).containsExactly("/schemaVersion UNSUPPORTED_SCHEMA_VERSION 1:36");
    assertThat(result.getReport().getViolations().get(0).getArguments()).containsEntry("supported", "1.0");
  }

  @Test
  void schemaVersionOfTheWrongType_isReadAsTheCurrentVersion() {
    assertThat(codes(read(example("\"schemaVersion\":\"1.0\"", "\"schemaVersion\":1.0"))))
        .containsExactly("/schemaVersion WRONG_TYPE");
  }

  @Test
  void rulesOfTheValidator_mergeWithReadingProblems() {
    String json = example("\"title\":\"Community networks for last-mile connectivity\"", "\"title\":\"   \"")
        .replace("\"colour\"", "").replace("\"id\":\"c-2024-0042\"", "\"id\":\"c-2024-0042\",\"colour\":1");
    assertThat(codes(read(json))).containsExactly("/colour UNKNOWN_MEMBER", "/title BLANK");
  }

  @Test
  void reportIsInTheCallersLanguage() {
    ReadResult<Contribution> result = Reading.READER.read("{}".getBytes(StandardCharsets.UTF_8), Locale.FRENCH);
    assertThat(result.getReport().getLocale()).isEqualTo(Locale.FRENCH);
  }

  @Test
  void reportIsCappedAndReadingStops() {
    ContributionReader reader = ContributionReader.builder().validator(Reading.VALIDATOR)
        .limits(ReadLimits.builder().maxViolations(3).build()).build();
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < 50; i++) {
      json.append("\"m").append(i).append("\":1,");
    }
    json.append("\"end\":1}");
    ReadResult<Contribution> result = reader.read(json.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(codes(result)).containsExactly("/m0 UNKNOWN_MEMBER", "/m1 UNKNOWN_MEMBER", "/m2 UNKNOWN_MEMBER",
        " TOO_MANY_VIOLATIONS");
  }

  @Test
  void valueIsPresentExactlyWhenTheReportIsValid() {
    ContributionReader withoutProcesses = ContributionReader.builder()
        .validator(io.github.wsis20.validation.ContributionValidator.builder().build()).build();
    ReadResult<Contribution> result = withoutProcesses
        .read(Samples.contractExampleJson().getBytes(StandardCharsets.UTF_8));
    assertThat(codes(result)).containsExactly("/process RULE_NOT_CHECKED");
    assertThat(result.getValue()).isPresent();
    assertThat(result.isValid()).isTrue();
  }

  @Test
  void readingIsDeterministic() {
    String json = example("\"rural\"", "\"rural\",null,\"rural\"").replace("\"C2\"", "\"C2\",\"x\"");
    assertThat(read(json)).isEqualTo(read(json));
  }

  @Test
  void violationCodesOfTheReadingLayer_areTheCatalogues() {
    assertThat(ViolationCode.fromCode("LIMIT_EXCEEDED")).isPresent();
  }
}

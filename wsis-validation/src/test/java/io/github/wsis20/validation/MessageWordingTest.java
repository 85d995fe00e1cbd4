package io.github.wsis20.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wsis20.model.UnLanguage;
import io.github.wsis20.validation.internal.MessageCatalog;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** How messages word the facts of their violations, in each of the six languages. */
class MessageWordingTest {

  static Violation one(Locale locale, ViolationCode code, String... arguments) {
    return ValidationReport.builder(locale).add(Pointer.root(), code, arguments).build().getViolations().get(0);
  }

  static Violation one(UnLanguage language, ViolationCode code, String... arguments) {
    return one(language.toLocale(), code, arguments);
  }

  @Test
  void limitExceeded_namesTheLimitAndItsValueInWords() {
    assertThat(one(Locale.ENGLISH, ViolationCode.LIMIT_EXCEEDED, "limit", "stringLength", "max", "262144").getMessage())
        .isEqualTo("The input exceeds a limit of the reader: a string of at most 262,144 characters.");
  }

  @ParameterizedTest
  @EnumSource(UnLanguage.class)
  void limitExceeded_wordsEveryLimitInEachLanguage(UnLanguage language) {
    String generic = MessageCatalog.of(language).genericTemplate(ViolationCode.LIMIT_EXCEEDED);
    for (String limit : new String[] {"documentBytes", "nestingDepth", "stringLength", "numberLength", "arrayLength",
        "memberCount", "columns"}) {
      String message = one(language, ViolationCode.LIMIT_EXCEEDED, "limit", limit, "max", "2097152").getMessage();
      assertThat(message).as("%s in %s", limit, language).isNotEqualTo(generic).doesNotContain(limit)
          .containsPattern("2\\D097\\D152");
    }
  }

  @Test
  void integers_takeTheDigitGroupingOfTheLanguage() {
    assertThat(one(UnLanguage.FRENCH, ViolationCode.TOO_LONG, "min", "0", "max", "200000").getMessage())
        .contains("200\u202f000");
    assertThat(one(UnLanguage.RUSSIAN, ViolationCode.TOO_LONG, "min", "0", "max", "200000").getMessage())
        .contains("200\u00a0000");
    assertThat(one(UnLanguage.SPANISH, ViolationCode.TOO_LONG, "min", "0", "max", "200000").getMessage())
        .contains("200.000");
    assertThat(one(UnLanguage.ARABIC, ViolationCode.TOO_LONG, "min", "0", "max", "200000").getMessage())
        .contains("200,000");
    assertThat(one(UnLanguage.ENGLISH, ViolationCode.TOO_LONG, "min", "0", "max", "300").getMessage())
        .contains(" 300 ");
  }

  @ParameterizedTest
  @EnumSource(UnLanguage.class)
  void tooShort_readsRightForAMinimumOfOne(UnLanguage language) {
    assertThat(one(language, ViolationCode.TOO_SHORT, "min", "1", "max", "100").getMessage())
        .doesNotContainPattern("\\b1 (characters|caractères|caracteres|символов)");
  }

  @ParameterizedTest
  @EnumSource(UnLanguage.class)
  void digitGrouping_isTheLanguagesAsTheJdkKnowsIt(UnLanguage language) {
    char grouping = java.text.DecimalFormatSymbols.getInstance(Locale.forLanguageTag(language.getTag() + "-u-nu-latn"))
        .getGroupingSeparator();
    assertThat(one(language, ViolationCode.TOO_LONG, "min", "0", "max", "1000").getMessage())
        .contains("1" + grouping + "000");
  }

  @Test
  void years_keepTheirDigitsTogether() {
    assertThat(one(Locale.ENGLISH, ViolationCode.SESSION_DATES_OUTSIDE_YEAR, "year", "2025").getMessage())
        .contains("2025").doesNotContain("2,025");
  }

  @Test
  void wrongType_saysWhatItFoundAndWhatBelongs() {
    assertThat(one(Locale.ENGLISH, ViolationCode.WRONG_TYPE, "expected", "object", "actual", "array").getMessage())
        .isEqualTo("The value is an array where an object belongs.");
  }

  @Test
  void wrongType_hintsAtQuotesWhereAStringBelongs() {
    assertThat(one(Locale.ENGLISH, ViolationCode.WRONG_TYPE, "expected", "string", "actual", "number").getMessage())
        .isEqualTo("The value is a number with a fraction or an exponent where a string, written in quotes, belongs.");
    assertThat(one(UnLanguage.FRENCH, ViolationCode.WRONG_TYPE, "expected", "string", "actual", "number").getMessage())
        .contains("entre guillemets");
  }

  @ParameterizedTest
  @EnumSource(UnLanguage.class)
  void wrongType_wordsBothTypesInEachLanguage(UnLanguage language) {
    String generic = MessageCatalog.of(language).genericTemplate(ViolationCode.WRONG_TYPE);
    for (String actual : new String[] {"string", "integer", "number", "boolean", "null", "array", "object"}) {
      for (String expected : new String[] {"string", "integer", "boolean", "array", "object", "non-null"}) {
        String message = one(language, ViolationCode.WRONG_TYPE, "expected", expected, "actual", actual).getMessage();
        assertThat(message).as("%s for %s in %s", actual, expected, language).isNotEqualTo(generic);
        if (language != UnLanguage.ENGLISH) {
          assertThat(message).doesNotContain("array").doesNotContain("object").doesNotContain("string");
        }
      }
    }
  }

  @Test
  void wrongType_withoutItsTypes_isTheGenericMessage() {
    assertThat(one(Locale.ENGLISH, ViolationCode.WRONG_TYPE).getMessage())
        .isEqualTo(MessageCatalog.of(UnLanguage.ENGLISH).genericTemplate(ViolationCode.WRONG_TYPE));
  }

  @Test
  void unknownMember_suggestsTheNearestKnownName() {
    assertThat(one(Locale.ENGLISH, ViolationCode.UNKNOWN_MEMBER, "suggestion", "title").getMessage())
        .isEqualTo("The object has a member that the contract does not name; did you mean \"title\"?");
    assertThat(one(UnLanguage.FRENCH, ViolationCode.UNKNOWN_MEMBER, "suggestion", "title").getMessage())
        .contains("« title »");
  }

  @Test
  void unknownMember_withoutASuggestion_saysItMayBeMisspelt() {
    assertThat(one(Locale.ENGLISH, ViolationCode.UNKNOWN_MEMBER).getMessage())
        .isEqualTo("The object has a member that the contract does not name, often a misspelt one.");
  }

  @Test
  void unknownStakeholderGroup_listsTheCodelist() {
    Violation v = one(Locale.ENGLISH, ViolationCode.UNKNOWN_STAKEHOLDER_GROUP);
    assertThat(v.getArguments()).containsEntry("known",
        "GOVERNMENT, PRIVATE_SECTOR, CIVIL_SOCIETY, INTERNATIONAL_ORGANIZATION, TECHNICAL_COMMUNITY, ACADEMIA, OTHER");
    assertThat(v.getMessage()).endsWith(": GOVERNMENT, PRIVATE_SECTOR, CIVIL_SOCIETY, INTERNATIONAL_ORGANIZATION, "
        + "TECHNICAL_COMMUNITY, ACADEMIA, OTHER.");
  }

  @Test
  void unknownStatus_namesTheCodelistInItsArguments() {
    assertThat(one(Locale.ENGLISH, ViolationCode.UNKNOWN_STATUS).getArguments())
        .containsEntry("known", "DRAFT, SUBMITTED, PUBLISHED, WITHDRAWN");
  }

  @Test
  void lists_takeTheSeparatorOfTheLanguage() {
    assertThat(one(UnLanguage.CHINESE, ViolationCode.UNKNOWN_PROCESS, "known", "wsis+10, wsis+20").getMessage())
        .contains("wsis+10、wsis+20");
    assertThat(one(UnLanguage.ARABIC, ViolationCode.UNKNOWN_PROCESS, "known", "wsis+10, wsis+20").getMessage())
        .contains("wsis+10، wsis+20");
    assertThat(one(UnLanguage.FRENCH, ViolationCode.UNKNOWN_PROCESS, "known", "wsis+10, wsis+20").getMessage())
        .contains("wsis+10, wsis+20");
  }

  @Test
  void malformedInput_wordsItsReason() {
    assertThat(one(Locale.ENGLISH, ViolationCode.MALFORMED_CSV, "reason", "unknown-column").getMessage())
        .isEqualTo("The input is not CSV that the SDK reads: the header names a column that the layout does not have.");
    assertThat(one(Locale.ENGLISH, ViolationCode.MALFORMED_JSON, "reason", "trailing-content").getMessage())
        .isEqualTo("The input is not well-formed JSON: something other than white space follows the JSON value.");
  }

  @ParameterizedTest
  @EnumSource(UnLanguage.class)
  void malformedInput_wordsEveryDocumentedReasonInEachLanguage(UnLanguage language) {
    String[][] reasons = {
        {"MALFORMED_JSON", "syntax", "end-of-input", "trailing-content", "encoding", "unpaired-surrogate"},
        {"MALFORMED_YAML", "syntax", "end-of-input", "encoding", "unpaired-surrogate", "anchor", "alias", "tag",
            "several-documents"},
        {"MALFORMED_CSV", "no-header", "unknown-column", "duplicate-column", "missing-column", "syntax",
            "unclosed-quote", "nul", "encoding", "field-count"}};
    for (String[] row : reasons) {
      ViolationCode code = ViolationCode.valueOf(row[0]);
      for (int i = 1; i < row.length; i++) {
        assertThat(MessageCatalog.of(language).words(code, "reason", row[i])).as("%s %s in %s", code, row[i], language)
            .isNotBlank();
        assertThat(one(language, code, "reason", row[i]).getMessage())
            .isNotEqualTo(one(language, code, "reason", "unworded").getMessage().replace("unworded", row[i]));
      }
    }
  }

  @Test
  void malformedInput_withAnUnknownReason_namesTheReasonAsItIs() {
    assertThat(one(Locale.ENGLISH, ViolationCode.MALFORMED_JSON, "reason", "new-reason").getMessage())
        .isEqualTo("The input is not well-formed JSON: new-reason.");
  }

  @Test
  void translations_avoidWordsThatMeanSomethingElse() {
    // 合同 and العقد are legal contracts, "contribuyente" a taxpayer, "член" a member of a body, not of a JSON object.
    for (ViolationCode code : ViolationCode.values()) {
      assertThat(texts(UnLanguage.CHINESE, code)).doesNotContain("合同");
      assertThat(texts(UnLanguage.ARABIC, code)).doesNotContain("العقد");
      assertThat(texts(UnLanguage.SPANISH, code)).doesNotContain("contribuyente");
      assertThat(texts(UnLanguage.RUSSIAN, code).toLowerCase(Locale.ROOT)).doesNotContain("член");
    }
  }

  private static String texts(UnLanguage language, ViolationCode code) {
    MessageCatalog catalog = MessageCatalog.of(language);
    return catalog.template(code) + "\n" + catalog.genericTemplate(code);
  }

  @Test
  void inTheFuture_saysLaterThanNow() {
    assertThat(one(Locale.ENGLISH, ViolationCode.IN_THE_FUTURE).getMessage())
        .isEqualTo("The time is later than now, by the clock the validator runs on.");
  }

  @Test
  void traditionalChinese_getsTheChineseCatalog() {
    assertThat(one(Locale.forLanguageTag("zh-Hant-TW"), ViolationCode.BLANK).getMessage())
        .isEqualTo(one(UnLanguage.CHINESE, ViolationCode.BLANK).getMessage());
  }
}

package io.github.wsis20.model.internal.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wsis20.model.constraints.CodePointLength;
import io.github.wsis20.model.internal.constraints.LanguageTagValidator.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The format rules behind the model's constraints, checked directly, without a provider. */
class FormatRulesTest {

  @ParameterizedTest
  @CsvSource({
      "en, VALID", "fr, VALID", "zh-Hans, VALID", "ar, VALID", "ru, VALID", "es, VALID", "EN-gb, VALID",
      "zh-yue-HK, VALID", "sgn-BE-FR, VALID", "en-GB-oed, VALID", "de-CH-1901, VALID", "en-a-bbb-ccc-x-d, VALID",
      "fre, VALID", "ger, VALID", "gsw, VALID", "tlh, VALID",
      "qqq, UNKNOWN_LANGUAGE", "zz, UNKNOWN_LANGUAGE", "x-whatever, UNKNOWN_LANGUAGE", "i-klingon, UNKNOWN_LANGUAGE",
      "abcd, UNKNOWN_LANGUAGE", "abcdefgh, UNKNOWN_LANGUAGE",
      "e, MALFORMED", "en_US, MALFORMED", "-en, MALFORMED", "en-, MALFORMED", "en--gb, MALFORMED", "en-a, MALFORMED",
      "x, MALFORMED", "1en, MALFORMED", "en-GB-a-x, MALFORMED", "abcdefghi, MALFORMED", "en-é, MALFORMED",
      "en us, MALFORMED",
      // Each bound of the grammar, at and past it (killed mutants of PIT).
      "sgn-ase, VALID", "zh-aaa-bbb-ccc, VALID", "zh-aaa-bbb-ccc-ddd, MALFORMED", "es-419, VALID", "en-4a9, MALFORMED",
      "sl-rozaj, VALID", "de-1996, VALID", "en-a-bb, VALID", "en-GB-x, MALFORMED", "en-GB-US, MALFORMED",
      "en-ééééé, MALFORMED", "EN-Latn-GB, VALID", "x-a, UNKNOWN_LANGUAGE"})
  void languageTag_isJudgedByRfc5646AndIso639(String tag, Verdict verdict) {
    assertThat(LanguageTagValidator.judge(tag)).isEqualTo(verdict);
  }

  @Test
  void overlongLanguageTag_isMalformedWithoutParsing() {
    assertThat(LanguageTagValidator.judge("en" + "-abcdefgh".repeat(40))).isEqualTo(Verdict.MALFORMED);
  }

  @Test
  void languageTagOf255Characters_isTheLongestWellFormed() {
    String tag = "en-x" + "-abcdefgh".repeat(27) + "-abcdefg";
    assertThat(tag).hasSize(255);
    assertThat(LanguageTagValidator.judge(tag)).isEqualTo(Verdict.VALID);
    assertThat(LanguageTagValidator.judge(tag + "h")).isEqualTo(Verdict.MALFORMED);
  }

  @CodePointLength(min = 1, max = 3)
  private static final String THREE = "";

  @CodePointLength(min = 2, max = 2)
  private static final String EXACTLY_TWO = "";

  @Test
  void lengthOfMinEqualToMax_isThatLengthExactly() throws NoSuchFieldException {
    CodePointLengthValidator validator = new CodePointLengthValidator();
    validator.initialize(FormatRulesTest.class.getDeclaredField("EXACTLY_TWO").getAnnotation(CodePointLength.class));
    assertThat(validator.isValid("ab", null)).isTrue();
    assertThat(validator.isValid("a", null)).isFalse();
    assertThat(validator.isValid("abc", null)).isFalse();
  }

  @Test
  void absentValue_isValidToEveryFormatRule() {
    assertThat(new ContributionIdValidator().isValid(null, null)).isTrue();
    assertThat(new HttpsUriValidator().isValid(null, null)).isTrue();
    assertThat(new LanguageTagValidator().isValid(null, null)).isTrue();
    assertThat(new MediaTypeValidator().isValid(null, null)).isTrue();
    assertThat(new EmailAddressValidator().isValid(null, null)).isTrue();
    assertThat(new Sha256DigestValidator().isValid(null, null)).isTrue();
    assertThat(new CountryCodeValidator().isValid(null, null)).isTrue();
    assertThat(new NoControlCharactersValidator().isValid(null, null)).isTrue();
  }

  @Test
  void emailAndMediaType_atTheirBounds() {
    EmailAddressValidator email = new EmailAddressValidator();
    String label63 = "d".repeat(63);
    String address254 = "l".repeat(60) + "@" + String.join(".", label63, label63, label63, "e".repeat(1));
    assertThat(address254).hasSize(60 + 1 + 63 * 3 + 3 + 1);
    String longest = "l".repeat(64) + "@" + String.join(".", label63, label63, "e".repeat(61));
    assertThat(longest).hasSize(254);
    assertThat(email.isValid(longest, null)).isTrue();
    assertThat(email.isValid(longest + "e", null)).isFalse();
    assertThat(email.isValid("a@" + label63 + ".org", null)).isTrue();
    assertThat(email.isValid("a@" + label63 + "d.org", null)).isFalse();
    MediaTypeValidator mediaType = new MediaTypeValidator();
    assertThat(mediaType.isValid("a".repeat(127) + "/b", null)).isTrue();
    assertThat(mediaType.isValid("a".repeat(128) + "/b", null)).isFalse();
    assertThat(mediaType.isValid("a!/b!", null)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"a, true", "abc, true", "abcd, false", "'', false", "\uD83C\uDF10\uD83C\uDF10\uD83C\uDF10, true",
      "\uD83C\uDF10\uD83C\uDF10\uD83C\uDF10\uD83C\uDF10, false", "é́e, true"})
  void length_isCountedInCodePoints(String text, boolean valid) throws NoSuchFieldException {
    CodePointLengthValidator validator = new CodePointLengthValidator();
    validator.initialize(FormatRulesTest.class.getDeclaredField("THREE").getAnnotation(CodePointLength.class));
    assertThat(validator.isValid(unescape(text), null)).isEqualTo(valid);
    assertThat(validator.isValid(null, null)).isTrue();
  }

  private static String unescape(String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\\\u([0-9A-F]{4})").matcher(text);
    return m.replaceAll(r -> String.valueOf((char) Integer.parseInt(r.group(1), 16)));
  }

  @Test
  void controlCharacters_areExactlyCategoryCc() {
    NoControlCharactersValidator validator = new NoControlCharactersValidator();
    for (int c = 0; c <= 0xFFFF; c++) {
      boolean cc = c <= 0x1F || (c >= 0x7F && c <= 0x9F);
      assertThat(validator.isValid(String.valueOf((char) c), null)).as("U+%04X", c).isEqualTo(!cc);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "\t\n", "\u00A0", "\u3000", "\u2003 "})
  void whiteSpaceOnly_isBlank(String text) {
    assertThat(new NotBlankTextValidator().isValid(text, null)).isFalse();
  }

  @Test
  void blankText_isWhiteSpaceOrSpaceAtEveryCodePoint() {
    NotBlankTextValidator validator = new NotBlankTextValidator();
    List<String> wrong = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      boolean blank = Character.isWhitespace(c) || Character.isSpaceChar(c);
      if (validator.isValid(" " + Character.toString(c) + "\t", null) == blank) {
        wrong.add(String.format("U+%04X", c));
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void contributionId_continuesWithAsciiLettersDigitsAndFourMarksOnly() {
    ContributionIdValidator validator = new ContributionIdValidator();
    List<String> wrong = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      boolean allowed = Ascii.isLetterOrDigit(c) || c == '.' || c == '_' || c == ':' || c == '-';
      if (validator.isValid("a" + Character.toString(c) + "9", null) != allowed) {
        wrong.add(String.format("U+%04X", c));
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(validator.isValid("-a", null)).isFalse();
    assertThat(validator.isValid("a".repeat(128), null)).isTrue();
    assertThat(validator.isValid("a".repeat(129), null)).isFalse();
  }

  @Test
  void absentText_isNotBlank() {
    assertThat(new NotBlankTextValidator().isValid(null, null)).isTrue();
    assertThat(new NotBlankTextValidator().isValid(" x ", null)).isTrue();
  }

  @Test
  void countryList_holdsTheAssignedCodesOnly() {
    assertThat(CodeList.COUNTRIES).hasSize(249).contains("KEN", "CHE", "PSE", "SSD", "CUW").doesNotContain("XKX", "ANT",
        "ken", "UK");
  }

  @Test
  void languageList_holdsIso639Part1Part2AndPart3() {
    assertThat(CodeList.LANGUAGES)
        .contains("en", "zh", "ar", "fr", "ru", "es", "eng", "fra", "fre", "zho", "chi", "yue", "gsw")
        .doesNotContain("qaa", "EN", "zz");
    // The 2-letter codes of ISO 639-2 and of ISO 639-3 together: each keeps one the other dropped.
    assertThat(CodeList.LANGUAGES.stream().filter(c -> c.length() == 2)).hasSize(185).contains("bh", "sh");
  }

  @ParameterizedTest
  @ValueSource(strings = {"iso3166-1-alpha3.txt", "iso639-languages.txt"})
  void codeList_saysWhereItComesFromAndAsOfWhen(String name) throws IOException {
    try (InputStream in = CodeList.class.getResourceAsStream(name)) {
      assertThat(in).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
      assertThat(text).startsWith("# ISO ").contains("iso-codes").contains("4.15.0").contains("2023-04-27");
    }
  }
}

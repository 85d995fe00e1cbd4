package io.github.wsis20.model.internal.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wsis20.model.internal.constraints.LanguageTagValidator.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules about what Unicode folds or hides: ASCII case folding in ASCII grammars, texts that
 * show nothing, bidirectional formatting and tag characters, canonically equivalent keywords, and
 * URIs that hide where they go.
 */
class UnicodeRulesTest {
  /** U+1F3F4, the tags g b e n g, U+E007F. */
  static final String ENGLAND_FLAG = "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F";

  // ---- ASCII case folding ----

  @ParameterizedTest
  @ValueSource(strings = {"\u212Am", "\u212A\u212A", "i-\u212Alingon", "en-GB-oed\u212A", "\u017Fv", "\u0130d",
      "en-\u212AE"})
  void languageTag_withALetterThatUnicodeFoldsIntoAscii_isMalformed(String tag) {
    // U+212A KELVIN SIGN lower-cases to k, U+0130 to i and a combining dot: km and id are languages.
    assertThat(LanguageTagValidator.judge(tag)).isEqualTo(Verdict.MALFORMED);
  }

  @Test
  void languageTag_inAnyAsciiCase_isStillValid() {
    assertThat(LanguageTagValidator.judge("KM")).isEqualTo(Verdict.VALID);
    assertThat(LanguageTagValidator.judge("I-KLINGON")).isEqualTo(Verdict.UNKNOWN_LANGUAGE);
  }

  @Test
  void asciiFolding_leavesEveryOtherCharacterAsItIs() {
    assertThat(Ascii.toLowerCase("AZaz\u212A\u0130\u00C9")).isEqualTo("azaz\u212A\u0130\u00C9");
    assertThat(Ascii.toUpperCase("azAZ\u017F\u0131\u00E9")).isEqualTo("AZAZ\u017F\u0131\u00E9");
    assertThat(Ascii.equalsIgnoreCase("https", "HTTPS")).isTrue();
    assertThat(Ascii.equalsIgnoreCase("https", "http\u017F")).isFalse();
    assertThat(Ascii.equalsIgnoreCase("k", "\u212A")).isFalse();
  }

  // ---- visible text ----

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\u200B", "\u200B\u200C\u200D", "\uFEFF", "\u3164", "\u115F\u1160", "\uFFA0",
      "\u2800",
      "\u0301", "\u0301\u0302\u0303", "\u20DD", "\u093E", "\u00AD", "\u034F", "\u061C", "\u200E\u200F", "\u2060\u2063",
      "\u180E", "\uFE0F", "\u202E", "\u2066\u2069", "\uDB40\uDC41\uDB40\uDC42", "\uDB40\uDD00", "\uDB40\uDC00",
      "\uD834\uDD73", "\u2028\u3000\u00A0", "\u0009\u000B\u001F", "\u200B \u3164 \u2800 \u0301"})
  void textOfInvisibleCharactersOnly_isBlank(String text) {
    assertThat(new VisibleTextValidator().isValid(text, null)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "\u00E9", "e\u0301", "\u0301e", "\uD83C\uDF10", "\u0627\u0644", "\u4E2D",
      "\u200Ba\u200B", "1",
      "\uE000", "\u0378", "\uFFFD", "\u2801", "\u3164\u3131", ENGLAND_FLAG})
  void textWithOneVisibleCharacter_isNotBlank(String text) {
    assertThat(new VisibleTextValidator().isValid(text, null)).isTrue();
  }

  @Test
  void absentText_isVisibleEnough() {
    assertThat(new VisibleTextValidator().isValid(null, null)).isTrue();
  }

  @Test
  void invisibleTable_knowsItsKinds() {
    assertThat(InvisibleCharacters.kindOf(0x200B)).isEqualTo(InvisibleCharacters.Kind.HIDDEN);
    assertThat(InvisibleCharacters.kindOf(0x3000)).isEqualTo(InvisibleCharacters.Kind.SPACE);
    assertThat(InvisibleCharacters.kindOf(0x0301)).isEqualTo(InvisibleCharacters.Kind.MARK);
    assertThat(InvisibleCharacters.kindOf(0x2800)).isEqualTo(InvisibleCharacters.Kind.BLANK);
    assertThat(InvisibleCharacters.kindOf('a')).isNull();
    assertThat(InvisibleCharacters.kindOf(0x10FFFF)).isNull();
    // The first and the last range of the table, at their edges.
    assertThat(InvisibleCharacters.kindOf(0x0000)).isEqualTo(InvisibleCharacters.Kind.HIDDEN);
    assertThat(InvisibleCharacters.kindOf(0xE0FFF)).isEqualTo(InvisibleCharacters.Kind.HIDDEN);
    assertThat(InvisibleCharacters.kindOf(0xE1000)).isNull();
    assertThat(InvisibleCharacters.isHidden(0x0301)).isFalse();
    assertThat(InvisibleCharacters.isHidden(0x202E)).isTrue();
  }

  // ---- bidirectional formatting and tag characters ----

  @ParameterizedTest
  @ValueSource(strings = {"a\u202Ab", "a\u202Bb", "a\u202Cb", "a\u202Db", "evil\u202Etxt.exe", "a\u2066b", "a\u2067b",
      "a\u2068b", "a\u2069b", "\uDB40\uDC41", "hidden\uDB40\uDC69\uDB40\uDC67", "\uDB40\uDC01en", "\uDB40\uDC7F",
      "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62", "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC7F",
      "\uD83C\uDFF4\uDB40\uDC47\uDB40\uDC42\uDB40\uDC45\uDB40\uDC4E\uDB40\uDC47\uDB40\uDC7F",
      "\uD83C\uDFF4\uDB40\uDC61\uDB40\uDC62\uDB40\uDC63\uDB40\uDC64\uDB40\uDC65\uDB40\uDC66\uDB40\uDC67\uDB40\uDC68\uDB40\uDC7F",
      "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F\uDB40\uDC7F",
      "\uD83C\uDF10\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F",
      "\uD83C\uDFF4\uDB40\uDC20\uDB40\uDC67\uDB40\uDC62\uDB40\uDC7F",
      // The edges of the tag block and of a flag's tags: U+E0000, three tags at the end without a cancel tag, and
      // tag '/', ':', '`', '{' beside the digits and small letters.
      "a\uDB40\uDC00", "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65",
      "\uD83C\uDFF4\uDB40\uDC2F\uDB40\uDC67\uDB40\uDC62\uDB40\uDC7F",
      "\uD83C\uDFF4\uDB40\uDC3A\uDB40\uDC67\uDB40\uDC62\uDB40\uDC7F",
      "\uD83C\uDFF4\uDB40\uDC60\uDB40\uDC67\uDB40\uDC62\uDB40\uDC7F",
      "\uD83C\uDFF4\uDB40\uDC7B\uDB40\uDC67\uDB40\uDC62\uDB40\uDC7F"})
  void textWithBidiFormattingOrStrayTags_isRefused(String text) {
    assertThat(new NoFormattingCharactersValidator().isValid(text, null)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"plain", "\u0627\u0644\u200F 2025", "a\u200Eb", "\u061C\u0661", "\u200D\u200C",
      "\uD83C\uDFF4",
      "\uD83C\uDFF4 flag",
      "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F Scotland",
      "\uD83C\uDFF4\uDB40\uDC75\uDB40\uDC73\uDB40\uDC74\uDB40\uDC78\uDB40\uDC7F",
      "\uD83C\uDFF4\uDB40\uDC61\uDB40\uDC62\uDB40\uDC63\uDB40\uDC64\uDB40\uDC65\uDB40\uDC66\uDB40\uDC67\uDB40\uDC7F",
      "\uD83C\uDFF4\uDB40\uDC61\uDB40\uDC30\uDB40\uDC39\uDB40\uDC7A\uDB40\uDC7F",
      "\uD83C\uDFF4\uDB40\uDC66\uDB40\uDC72\uDB40\uDC37\uDB40\uDC7F",
      "\u202F\u2065\u206A\uDB40\uDC80"})
  void textWithMarksOrASubdivisionFlag_isAccepted(String text) {
    assertThat(new NoFormattingCharactersValidator().isValid(text, null)).isTrue();
    assertThat(new NoFormattingCharactersValidator().isValid(ENGLAND_FLAG + text + ENGLAND_FLAG, null)).isTrue();
  }

  @Test
  void absentText_hasNoFormattingCharacters() {
    assertThat(new NoFormattingCharactersValidator().isValid(null, null)).isTrue();
  }

  // ---- unique items in Normalization Form C ----

  @Test
  void canonicallyEquivalentTexts_areTheSameItem() {
    UniqueItemsValidator validator = new UniqueItemsValidator();
    assertThat(validator.isValid(List.of("r\u00E9seau", "re\u0301seau"), null)).isFalse();
    assertThat(validator.isValid(List.of("\u212B", "\u00C5"), null)).isFalse();
    assertThat(validator.isValid(List.of("r\u00E9seau", "reseau", "R\u00E9seau"), null)).isTrue();
    // Compatibility forms are other texts: NFKC would make these one.
    assertThat(validator.isValid(List.of("\uFB01", "fi"), null)).isTrue();
    assertThat(validator.isValid(List.of(1, 2, 1), null)).isFalse();
    assertThat(validator.isValid(null, null)).isTrue();
  }

  @Test
  void identity_isTheNfcFormOfATextAndTheItemOtherwise() {
    assertThat(UniqueItemsValidator.identity("re\u0301seau")).isEqualTo("r\u00E9seau");
    assertThat(UniqueItemsValidator.identity(42)).isEqualTo(42);
    assertThat(UniqueItemsValidator.identity(new StringBuilder("e\u0301"))).isEqualTo("\u00E9");
  }

  // ---- URIs ----

  @ParameterizedTest
  @ValueSource(strings = {"https://user:pw@example.org/", "https://user@example.org/", "https://@example.org/",
      "https://example.org@evil.example/", "https://example.org:0/", "https://example.org:65536/",
      "https://example.org:99999/",
      "https://example.org:2147483648/", "https://[2001:db8::1]:65536/", "https://example.org/\u202Efdp.exe",
      "https://example.org/a\u200Bb", "https://example.org/\uFEFF", "https://example.org/a\u00ADb",
      "https://exa\u2066mple.org/",
      "https://example.org/?q=\u2069", "https://example.org/#\u061C", "https://example.org/\uDB40\uDC41",
      "https://example.org/\u3164",
      "http\u017F://example.org/", "HTTP\u017F://example.org/"})
  void uriThatHidesOrMisleads_isRefused(String uri) {
    assertThat(new HttpsUriValidator().isValid(uri, null)).isFalse();
  }

  @Test
  void uriHost_isAtMost253CharactersInLabelsOfAtMost63() {
    HttpsUriValidator validator = new HttpsUriValidator();
    String label63 = "a".repeat(63);
    String host253 = String.join(".", label63, label63, label63, "b".repeat(61));
    assertThat(host253).hasSize(253);
    assertThat(validator.isValid("https://" + host253 + "/", null)).isTrue();
    assertThat(validator.isValid("https://" + host253 + "./", null)).isTrue();
    assertThat(validator.isValid("https://" + host253 + "c/", null)).isFalse();
    assertThat(validator.isValid("https://" + "a".repeat(64) + ".org/", null)).isFalse();
    assertThat(validator.isValid("https://" + label63 + ".org/", null)).isTrue();
    assertThat(validator.isValid("https://" + "a.".repeat(5000) + "org/", null)).isFalse();
    assertThat(validator.isValid("https://" + "a".repeat(10_000) + "/", null)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.org:1/", "https://example.org:65535/", "https://example.org:/",
      "https://example.org:0443/",
      "https://[2001:db8::1]:8443/", "HTTPS://EXAMPLE.ORG/", "https://example.org/r\u00E9seau",
      "https://example.org/a@b",
      "https://example.org/?q=a@b", "https://example.org/\u0627\u0644\u0645\u0644\u0641"})
  void uriWithPortInRangeAndVisibleCharacters_isAccepted(String uri) {
    assertThat(new HttpsUriValidator().isValid(uri, null)).isTrue();
  }
}

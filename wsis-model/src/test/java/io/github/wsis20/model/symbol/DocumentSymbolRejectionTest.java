package io.github.wsis20.model.symbol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@link DocumentSymbol#parse(String)} refuses, and how its message says why. */
class DocumentSymbolRejectionTest {

  private static String messageFor(String text) {
    return catchThrowableOfType(InvalidSymbolException.class, () -> DocumentSymbol.parse(text))
        .getMessage();
  }

  @Test
  void parse_namesTheMissingPartAndTheExpectedForm() {
    assertThat(messageFor("A/RES/70"))
        .isEqualTo(
            "'A/RES/70' looks like a General Assembly resolution but lacks the resolution number:"
                + " expected A/RES/<session>/<number>");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "A/RES/7/125                       | has '7' where the session (two or three digits)",
      "A/RES/1000/125                    | has '1000' where the session (two or three digits)",
      "A/RES/70/125/Rev.1                | has unexpected text '/Rev.1' after the resolution number",
      "A/RES/70/                         | lacks the resolution number",
      "A/80/41                           | has '41' where the draft number (L.<number>)",
      "A/80/L.41/Rev.                    | has a malformed revision (/Rev.<number>) at '/Rev.'",
      "A/80/L.41/Add.1                   | has a malformed revision (/Rev.<number>) at '/Add.1'",
      "E/RES/23/3                        | has '23' where the year (four digits)",
      "ECOSOC resolution 70/125          | has '70' where the year (four digits)",
      "E/CN.16/2024                      | lacks the document number",
      "E/CN.16/2024/NGO/1                | has 'NGO' where the document number",
      "E/CN.16/2024/3/Corr.1/Rev.1       | has unexpected text '/Rev.1' after the suffix",
      "E/CN.16/2024/3/Rev.1/Rev.2        | has unexpected text '/Rev.2' after the suffix",
      "E/CN.16/2024/3/Rev                | has a malformed suffix",
      "WSIS-03/TUNIS/DOC/4-E             | has 'TUNIS' where the city (GENEVA for WSIS-03, TUNIS for WSIS-05)",
      "WSIS-05/GENEVA/DOC/4-E            | has 'GENEVA' where the city (GENEVA for WSIS-03, TUNIS for WSIS-05)",
      "WSIS-04/GENEVA/DOC/4-E            | has '04' where the summit (-03 or -05)",
      "WSIS-3/GENEVA/DOC/4-E             | has '3' where the summit (-03 or -05)",
      "WSIS-05/TUNIS/DOC/6(Rev.1)        | lacks the language letter",
      "WSIS-05/TUNIS/DOC/6-X             | has 'X' where the language letter",
      "WSIS-05/TUNIS/DOC/6(Rev)-E        | has a malformed revision ((Rev.<number>))",
      "42 C/Res 40                       | has 'Res' where the 'Res.' or 'Resolution' should be",
      "142 C/Res. 40                     | has '142' where the session (1 to 99)",
      "42 C/5                            | has '5' where the 'Res.' or 'Resolution' should be",
      "Resolution 140 (Rev Bucharest, 2022) | has 'Rev' where the place",
      "Resolution 140 (Rev. Bucharest 2022) | has '2022' where the year (a comma, then four digits)",
      "Resolution 140 (Rev. Bucharest, 2022 | lacks the closing parenthesis",
      "Resolution 140 (Rev. Bucharest, 22)  | has '22' where the year",
      "Resolution 140 (Rev. Buch4rest, 2022) | has '4rest' where the year",
      "Resolution 1332 (Mod 2019)        | has a malformed modification ((Modified <year>) or (Mod. <year>))",
      "Resolution 1332 (Modified)        | has a malformed modification",
      "Resolution 12 (Modified, 2019)    | has a malformed modification",
      "Resolution 12 (Rev. Mod, 2019)    | has 'Mod' where the place",
      "Resolution                        | lacks the resolution number",
      "C2023/58                          | has '2023' where the session year (two digits after C)",
      "C23/INF/3                         | has 'INF' where the document number",
      "C23                               | lacks the document number"
  })
  void parse_saysWhichPartIsWrong(String text, String reason) {
    assertThat(messageFor(text)).contains(reason);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "A/RES/70/125x                     | a General Assembly resolution",
      "A/C.2/80/L.5                      | a General Assembly draft",
      "E/RES/2023                        | an ECOSOC resolution",
      "E/CN.16/24/3                      | a CSTD document",
      "WSIS+20                           | a WSIS document",
      "42 C/Res.                         | a UNESCO General Conference resolution",
      "General Assembly resolution 2006/46 | a General Assembly resolution in running text",
      "resolution 2006/                  | an ECOSOC resolution in running text",
      "Resolution 140 (Bucharest)        | an ITU Plenipotentiary Conference resolution",
      "Resolution 1332 (Modified 19)     | an ITU Council resolution",
      "C23/DT                            | an ITU Council document"
  })
  void parse_saysWhichSeriesTheTextLookedLike(String text, String series) {
    assertThat(messageFor(text)).contains("looks like " + series + " but ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"A/RES/070/125", "A/RES/70/0125", "E/RES/2023/03", "C23/058"})
  void parse_explainsThatNumbersHaveNoLeadingZeros(String text) {
    assertThat(messageFor(text)).contains("(numbers have no leading zeros)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"resolution 70/125", "Resolution 125/3"})
  void parse_refusesBareRunningTextWithASessionAsAmbiguous(String text) {
    assertThat(messageFor(text)).contains("is ambiguous").contains("General Assembly resolution");
  }

  @ParameterizedTest
  @ValueSource(strings = {"S/RES/2222", "E/2023/3", "ITU-T Y.3172", "hello"})
  void parse_refusesUnknownSeriesWithExamples(String text) {
    assertThat(messageFor(text))
        .isEqualTo(
            "'"
                + text
                + "' is not a document symbol of a supported series, such as A/RES/70/125,"
                + " A/80/L.41, E/RES/2023/3, E/CN.16/2024/3, WSIS-05/TUNIS/DOC/6(Rev.1)-E,"
                + " 42 C/Res. 40, Resolution 140 (Rev. Bucharest, 2022), Resolution 1332 or C23/58");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\r\n", "\u00A0"})
  void parse_refusesBlankText(String text) {
    assertThat(messageFor(text)).isEqualTo("a document symbol cannot be blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {"A/RES/70/\u0007125", "A/RES/70/125\u0000", "A/RES/70/125\u009B"})
  void parse_refusesControlCharactersWithoutQuotingThem(String text) {
    assertThat(messageFor(text))
        .startsWith("a document symbol cannot contain the control character U+")
        .doesNotContain("A/RES");
  }

  @Test
  void parse_refusesInvisibleFormattingCharacters() {
    assertThat(messageFor("A/RES/70/\u200B125"))
        .isEqualTo(
            "a document symbol cannot contain the invisible formatting character U+200B (at index"
                + " 9)");
  }

  @Test
  void parse_acceptsTextOfTheMaximumLength() {
    String text = " ".repeat(DocumentSymbol.MAX_LENGTH - "C23/58".length()) + "C23/58";
    assertThat(DocumentSymbol.parse(text).toString()).isEqualTo("C23/58");
  }

  @Test
  void parse_refusesTextLongerThanTheMaximumAndSaysSo() {
    String text = " ".repeat(DocumentSymbol.MAX_LENGTH + 1 - "C23/58".length()) + "C23/58";
    assertThat(messageFor(text))
        .isEqualTo("a document symbol has at most 200 characters, but the text has 201");
  }

  @Test
  void parse_quotesOnlyABoundedPrefixOfLongText() {
    String text = "A/RES/70/125" + "9".repeat(150);
    assertThat(messageFor(text))
        .contains("'A/RES/70/125" + "9".repeat(28) + "...'")
        .doesNotContain("9".repeat(41))
        .hasSizeLessThan(300);
  }

  @ParameterizedTest
  @ValueSource(strings = {"A/RES/70/125", "bogus", ""})
  void tryParse_agreesWithParse(String text) {
    assertThat(DocumentSymbol.tryParse(text).isPresent())
        .isEqualTo(catchThrowableOfType(IllegalArgumentException.class, () -> DocumentSymbol.parse(text)) == null);
  }

  @Test
  void tryParse_returnsEmptyForInvalidText() {
    assertThat(DocumentSymbol.tryParse("A/RES/70")).isEmpty();
  }

  @Test
  void parse_refusesNull() {
    assertThatNullPointerException().isThrownBy(() -> DocumentSymbol.parse(null));
  }

  @Test
  void tryParse_refusesNull() {
    assertThatNullPointerException().isThrownBy(() -> DocumentSymbol.tryParse(null));
  }
}

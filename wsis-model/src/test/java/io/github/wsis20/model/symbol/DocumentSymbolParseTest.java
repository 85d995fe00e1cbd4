package io.github.wsis20.model.symbol;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wsis20.model.UnLanguage;
import io.github.wsis20.model.symbol.DocumentSymbol.Kind;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@link DocumentSymbol#parse(String)} accepts, and what it makes of it. */
class DocumentSymbolParseTest {

  static Stream<Arguments> canonicalSymbols() {
    return Stream.of(
        Arguments.of("A/RES/70/125", Issuer.GENERAL_ASSEMBLY, Kind.RESOLUTION),
        Arguments.of("A/80/L.41", Issuer.GENERAL_ASSEMBLY, Kind.DRAFT),
        Arguments.of("A/80/L.41/Rev.1", Issuer.GENERAL_ASSEMBLY, Kind.DRAFT),
        Arguments.of("E/RES/2023/3", Issuer.ECOSOC, Kind.RESOLUTION),
        Arguments.of("E/CN.16/2024/3", Issuer.CSTD, Kind.DOCUMENT),
        Arguments.of("E/CN.16/2024/CRP.1", Issuer.CSTD, Kind.DOCUMENT),
        Arguments.of("E/CN.16/2024/L.2", Issuer.CSTD, Kind.DRAFT),
        Arguments.of("E/CN.16/2024/L.2/Rev.1", Issuer.CSTD, Kind.DRAFT),
        Arguments.of("E/CN.16/2024/3/Add.1", Issuer.CSTD, Kind.DOCUMENT),
        Arguments.of("E/CN.16/2024/3/Corr.1", Issuer.CSTD, Kind.DOCUMENT),
        Arguments.of("E/CN.16/2024/3/Add.1/Rev.1", Issuer.CSTD, Kind.DOCUMENT),
        Arguments.of("E/CN.16/2024/3/Rev.1/Add.2", Issuer.CSTD, Kind.DOCUMENT),
        Arguments.of("E/CN.16/2024/3/Rev.1/Add.2/Corr.1", Issuer.CSTD, Kind.DOCUMENT),
        Arguments.of("WSIS-03/GENEVA/DOC/4-E", Issuer.WSIS, Kind.DOCUMENT),
        Arguments.of("WSIS-05/TUNIS/DOC/6(Rev.1)-E", Issuer.WSIS, Kind.DOCUMENT),
        Arguments.of("42 C/Res. 40", Issuer.UNESCO_GENERAL_CONFERENCE, Kind.RESOLUTION),
        Arguments.of(
            "Resolution 140 (Rev. Bucharest, 2022)", Issuer.ITU_PLENIPOTENTIARY, Kind.RESOLUTION),
        Arguments.of("Resolution 140 (Bucharest, 2022)", Issuer.ITU_PLENIPOTENTIARY, Kind.RESOLUTION),
        Arguments.of("Resolution 1332", Issuer.ITU_COUNCIL, Kind.RESOLUTION),
        Arguments.of("Resolution 1332 (Modified 2019)", Issuer.ITU_COUNCIL, Kind.RESOLUTION),
        Arguments.of("C23/58", Issuer.ITU_COUNCIL, Kind.DOCUMENT),
        Arguments.of("C23/ADM/5", Issuer.ITU_COUNCIL, Kind.DOCUMENT),
        Arguments.of("C23/DT/3", Issuer.ITU_COUNCIL, Kind.DOCUMENT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("canonicalSymbols")
  void parse_printsACanonicalSymbolUnchanged(String text, Issuer issuer, Kind kind) {
    assertThat(DocumentSymbol.parse(text).toString()).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("canonicalSymbols")
  void parse_knowsTheIssuerOfEachGrammar(String text, Issuer issuer, Kind kind) {
    assertThat(DocumentSymbol.parse(text).getIssuer()).isEqualTo(issuer);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("canonicalSymbols")
  void parse_knowsTheKindOfEachGrammar(String text, Issuer issuer, Kind kind) {
    assertThat(DocumentSymbol.parse(text).getKind()).isEqualTo(kind);
  }

  @ParameterizedTest
  @ValueSource(strings = {"General Assembly resolution 70/125", "general assembly RESOLUTION 70 / 125"})
  void parse_readsGeneralAssemblyRunningTextAsResolutionSymbol(String text) {
    assertThat(DocumentSymbol.parse(text).toString()).isEqualTo("A/RES/70/125");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "resolution 2006/46",
      "Resolution 2006/46",
      "ECOSOC resolution 2006/46",
      "Economic and Social Council resolution 2006/46"
  })
  void parse_readsEcosocRunningTextAsResolutionSymbol(String text) {
    assertThat(DocumentSymbol.parse(text).toString()).isEqualTo("E/RES/2006/46");
  }

  @Test
  void parse_acceptsUnescoResolutionSpelledOut() {
    assertThat(DocumentSymbol.parse("42 C/Resolution 40").toString()).isEqualTo("42 C/Res. 40");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "RESOLUTION 140 (REV. BUCHAREST, 2022) | Resolution 140 (Rev. Bucharest, 2022)",
      "RESOLUTION 140 (BUCHAREST, 2022)      | Resolution 140 (Bucharest, 2022)",
      "resolution 71 (rev. dubai, 2018)      | Resolution 71 (Rev. Dubai, 2018)"
  })
  void parse_normalisesPlenipotentiaryResolutionInCapitals(String text, String canonical) {
    assertThat(DocumentSymbol.parse(text).toString()).isEqualTo(canonical);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Resolution 1 (SHARM EL-SHEIKH, 2030)     | Resolution 1 (Sharm El-Sheikh, 2030)",
      "Resolution 2 (Rev. buenos aires, 1952)   | Resolution 2 (Rev. Buenos Aires, 1952)",
      "Resolution 3 (MALAGA-TORREMOLINOS, 1973) | Resolution 3 (Malaga-Torremolinos, 1973)"
  })
  void parse_capitalisesEachWordOfAPlaceAfterSpacesAndHyphens(String text, String canonical) {
    assertThat(DocumentSymbol.parse(text).toString()).isEqualTo(canonical);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Resolution 140 (Rev. Bucharest, 2022)",
      "Resolution 71 (Rev. Dubai, 2018)",
      "Resolution 101 (Rev. Busan, 2014)",
      "Resolution 130 (Rev. Guadalajara, 2010)",
      "Resolution 102 (Rev. Antalya, 2006)",
      "Resolution 133 (Marrakesh, 2002)",
      "Resolution 101 (Minneapolis, 1998)",
      "Resolution 70 (Kyoto, 1994)",
      "Resolution 200 (Doha, 2026)",
      "Resolution 1 (Nice, 1989)"
  })
  void parse_roundTripsPlenipotentiaryPlaces(String text) {
    assertThat(DocumentSymbol.parse(text).toString()).isEqualTo(text);
  }

  @Test
  void parse_keepsAnOriginalPlenipotentiaryResolutionApartFromItsRevision() {
    assertThat(DocumentSymbol.parse("Resolution 140 (Bucharest, 2022)"))
        .isNotEqualTo(DocumentSymbol.parse("Resolution 140 (Rev. Bucharest, 2022)"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Resolution 1332 (Mod. 2019)", "RESOLUTION 1332 (MODIFIED 2019)"})
  void parse_spellsCouncilModificationOut(String text) {
    assertThat(DocumentSymbol.parse(text).toString()).isEqualTo("Resolution 1332 (Modified 2019)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"E/CN.16/2024/3/Add.1/Rev.1", "E/CN.16/2024/3/Rev.1/Add.1"})
  void parse_keepsTheOrderOfCstdSuffixes(String text) {
    assertThat(DocumentSymbol.parse(text).toString()).isEqualTo(text);
  }

  @Test
  void getNumber_isTheSerialNumberWithoutRevisionsOrAddenda() {
    assertThat(DocumentSymbol.parse("E/CN.16/2024/CRP.2/Add.1/Rev.3").getNumber()).isEqualTo(2);
  }

  @ParameterizedTest
  @CsvSource({
      "E/RES/2023/3, 2023",
      "E/CN.16/2024/3, 2024",
      "WSIS-03/GENEVA/DOC/4-E, 2003",
      "WSIS-05/TUNIS/DOC/6(Rev.1)-E, 2005",
      "'Resolution 140 (Rev. Bucharest, 2022)', 2022",
      "Resolution 1332 (Modified 2019), 2019",
      "C23/58, 2023",
      "C99/12, 1999"
  })
  void getYear_isTheYearTheSymbolStates(String text, int year) {
    assertThat(DocumentSymbol.parse(text).getYear()).hasValue(year);
  }

  @ParameterizedTest
  @ValueSource(strings = {"A/RES/70/125", "A/80/L.41", "42 C/Res. 40", "Resolution 1332"})
  void getYear_isEmptyWhenTheSymbolStatesASessionOrNoYear(String text) {
    assertThat(DocumentSymbol.parse(text).getYear()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "WSIS-03/GENEVA/DOC/4-E, ENGLISH",
      "WSIS-03/GENEVA/DOC/4-F, FRENCH",
      "WSIS-03/GENEVA/DOC/4-S, SPANISH",
      "WSIS-03/GENEVA/DOC/4-R, RUSSIAN",
      "WSIS-03/GENEVA/DOC/4-A, ARABIC",
      "WSIS-03/GENEVA/DOC/4-C, CHINESE"
  })
  void getLanguage_isTheLanguageOfTheWsisLetter(String text, UnLanguage language) {
    assertThat(DocumentSymbol.parse(text).getLanguage()).contains(language);
  }

  @Test
  void getLanguage_isEmptyForSymbolsThatNameNoLanguage() {
    assertThat(DocumentSymbol.parse("A/RES/70/125").getLanguage()).isEmpty();
  }

  @Test
  void equals_holdsForDifferentSpellingsOfOneSymbol() {
    DocumentSymbol a = DocumentSymbol.parse("42 C/Resolution 40");
    DocumentSymbol b = DocumentSymbol.parse(" 42 c/res.40 ");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }

  @Test
  void equals_failsForDifferentSymbols() {
    assertThat(DocumentSymbol.parse("A/RES/70/125")).isNotEqualTo(DocumentSymbol.parse("A/RES/70/126"));
  }

  @Test
  void equals_failsForTheCanonicalString() {
    assertThat(DocumentSymbol.parse("A/RES/70/125")).isNotEqualTo((Object) "A/RES/70/125");
  }

  @Test
  void tryParse_returnsTheSymbolForValidText() {
    assertThat(DocumentSymbol.tryParse("C23/58")).contains(DocumentSymbol.parse("C23/58"));
  }
}

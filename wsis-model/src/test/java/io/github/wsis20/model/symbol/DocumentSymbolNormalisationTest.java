package io.github.wsis20.model.symbol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The spellings that {@link DocumentSymbol#parse(String)} folds into one canonical form. */
class DocumentSymbolNormalisationTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "a/res/70/125                  | A/RES/70/125",
      "A/Res/70/125                  | A/RES/70/125",
      "a/80/l.41/rev.1               | A/80/L.41/Rev.1",
      "A/80/L.41/REV.1               | A/80/L.41/Rev.1",
      "e/res/2023/3                  | E/RES/2023/3",
      "e/cn.16/2024/crp.1/add.2/corr.1 | E/CN.16/2024/CRP.1/Add.2/Corr.1",
      "E/CN.16/2024/l.2/REV.1        | E/CN.16/2024/L.2/Rev.1",
      "wsis-05/tunis/doc/6(rev.1)-e  | WSIS-05/TUNIS/DOC/6(Rev.1)-E",
      "42 c/RES. 40                  | 42 C/Res. 40",
      "42 C/RESOLUTION 40            | 42 C/Res. 40",
      "resolution 1332 (mod. 2019)   | Resolution 1332 (Modified 2019)",
      "c23/adm/5                     | C23/ADM/5",
      "c23/dt/3                      | C23/DT/3"
  })
  void parse_ignoresTheCaseOfKeywordsAndLetters(String text, String canonical) {
    assertThat(DocumentSymbol.parse(text).toString()).isEqualTo(canonical);
  }

  static Stream<Arguments> whitespaceVariants() {
    return Stream.of(
        Arguments.of("  A/RES/70/125  ", "A/RES/70/125"),
        Arguments.of("\tA/RES/70/125\r\n", "A/RES/70/125"),
        Arguments.of("42   C/Res.   40", "42 C/Res. 40"),
        Arguments.of("42\u00A0C/Res.\u202F40", "42 C/Res. 40"),
        Arguments.of(
            "Resolution  140\t(Rev.\nBucharest,  2022)", "Resolution 140 (Rev. Bucharest, 2022)"),
        Arguments.of(
            "Resolution 1 (Sharm \t el-Sheikh, 2030)", "Resolution 1 (Sharm El-Sheikh, 2030)"));
  }

  @ParameterizedTest
  @MethodSource("whitespaceVariants")
  void parse_collapsesRunsOfWhitespace(String text, String canonical) {
    assertThat(DocumentSymbol.parse(text).toString()).isEqualTo(canonical);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "A / RES / 70 / 125                  | A/RES/70/125",
      "A/80/L. 41 / Rev. 1                 | A/80/L.41/Rev.1",
      "E/CN. 16/2024/CRP. 1                | E/CN.16/2024/CRP.1",
      "WSIS - 05 / TUNIS / DOC / 6 (Rev. 1) - E | WSIS-05/TUNIS/DOC/6(Rev.1)-E",
      "42C/Res.40                          | 42 C/Res. 40",
      "Resolution 140 ( Rev.Bucharest ,2022 ) | Resolution 140 (Rev. Bucharest, 2022)",
      "Resolution 1332 ( Mod.2019 )        | Resolution 1332 (Modified 2019)",
      "C23 / DT / 3                        | C23/DT/3"
  })
  void parse_allowsOneSpaceAroundSeparatorsOrNone(String text, String canonical) {
    assertThat(DocumentSymbol.parse(text).toString()).isEqualTo(canonical);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "WSIS\u201005/TUNIS/DOC/6\u2011E           | WSIS-05/TUNIS/DOC/6-E",
      "Resolution 3 (Malaga\u2013Torremolinos, 1973) | Resolution 3 (Malaga-Torremolinos, 1973)"
  })
  void parse_readsTypographicDashesAsHyphens(String text, String canonical) {
    assertThat(DocumentSymbol.parse(text).toString()).isEqualTo(canonical);
  }
}

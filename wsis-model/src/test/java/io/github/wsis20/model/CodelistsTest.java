package io.github.wsis20.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CodelistsTest {

  @Test
  void actionLines_areElevenLinesAndEightSubLines() {
    assertThat(Arrays.stream(ActionLine.values()).filter(l -> !l.isSubLine())).hasSize(11);
    assertThat(ActionLine.C7.getSubLines()).hasSize(8).allMatch(l -> l.getParent().orElseThrow() == ActionLine.C7);
  }

  @Test
  void actionLine_fromCode_readsWireCodesExactly() {
    assertThat(ActionLine.fromCode("C7.e-agriculture")).contains(ActionLine.C7_E_AGRICULTURE);
    assertThat(ActionLine.fromCode("c2")).isEmpty();
    assertThat(ActionLine.fromCode("C12")).isEmpty();
    assertThat(ActionLine.fromCode(null)).isEmpty();
  }

  @Test
  void actionLine_codesRoundTrip() {
    for (ActionLine line : ActionLine.values()) {
      assertThat(ActionLine.fromCode(line.getCode())).contains(line);
    }
  }

  @Test
  void sdg_fromNumber_coversOneToSeventeenOnly() {
    assertThat(Sdg.fromNumber(9)).contains(Sdg.INDUSTRY_INNOVATION_AND_INFRASTRUCTURE);
    assertThat(Sdg.fromNumber(17)).contains(Sdg.PARTNERSHIPS_FOR_THE_GOALS);
    assertThat(Sdg.fromNumber(0)).isEmpty();
    assertThat(Sdg.fromNumber(18)).isEmpty();
  }

  @Test
  void unLanguage_fromLocale_matchesThePrimaryLanguage() {
    assertThat(UnLanguage.fromLocale(Locale.forLanguageTag("zh-Hans-CN"))).contains(UnLanguage.CHINESE);
    assertThat(UnLanguage.fromLocale(Locale.GERMAN)).isEmpty();
  }

  @Test
  void unLanguage_symbolLettersAreTheWsisOnes() {
    assertThat(UnLanguage.fromSymbolLetter('S')).contains(UnLanguage.SPANISH);
    assertThat(UnLanguage.fromSymbolLetter('X')).isEmpty();
  }
}

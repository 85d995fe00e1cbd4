package io.github.wsis20.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

class DueTest {

  @Test
  void monthDue_isMetOnItsLastDay() {
    assertThat(Due.month(YearMonth.of(2025, 6)).isMetOn(LocalDate.of(2025, 6, 30))).isTrue();
  }

  @Test
  void monthDue_isMissedOnTheDayAfterItsLastDay() {
    assertThat(Due.month(YearMonth.of(2025, 6)).isMetOn(LocalDate.of(2025, 7, 1))).isFalse();
  }

  @Test
  void monthDue_endsOnTheLastDayOfAShortMonth() {
    assertThat(Due.month(YearMonth.of(2024, 2)).getLastDay()).contains(LocalDate.of(2024, 2, 29));
  }

  @Test
  void yearDue_isMetOnNewYearsEveAndMissedOnNewYearsDay() {
    Due in2026 = Due.year(Year.of(2026));
    assertThat(in2026.isMetOn(LocalDate.of(2026, 12, 31))).isTrue();
    assertThat(in2026.isMetOn(LocalDate.of(2027, 1, 1))).isFalse();
  }

  @Test
  void dayDue_isMetOnTheDayAndMissedTheNext() {
    Due due = Due.day(LocalDate.of(2025, 12, 17));
    assertThat(due.isMetOn(LocalDate.of(2025, 12, 17))).isTrue();
    assertThat(due.isMetOn(LocalDate.of(2025, 12, 18))).isFalse();
  }

  @Test
  void standing_isAheadBeforeDueInsideAndPastAfterThePeriod() {
    Due june = Due.month(YearMonth.of(2025, 6));
    assertThat(june.standingOn(LocalDate.of(2025, 5, 31))).isEqualTo(Due.Standing.AHEAD);
    assertThat(june.standingOn(LocalDate.of(2025, 6, 1))).isEqualTo(Due.Standing.DUE);
    assertThat(june.standingOn(LocalDate.of(2025, 6, 30))).isEqualTo(Due.Standing.DUE);
    assertThat(june.standingOn(LocalDate.of(2025, 7, 1))).isEqualTo(Due.Standing.PAST);
  }

  @Test
  void sessionDue_refusesToAnswerWithoutADataset() {
    Due due = Due.session("cstd-28");
    assertThatThrownBy(() -> due.isMetOn(LocalDate.of(2025, 4, 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Dataset.periodOf");
  }

  @Test
  void order_putsADayBeforeTheMonthItEnds() {
    Due lastOfJune = Due.day(LocalDate.of(2025, 6, 30));
    Due june = Due.month(YearMonth.of(2025, 6));
    assertThat(lastOfJune).isLessThan(june);
  }

  @Test
  void order_sortsByLastDayThenPutsSessionsLast() {
    List<Due> dues = new ArrayList<>(List.of(
        Due.session("cstd-28"), Due.year(Year.of(2025)), Due.month(YearMonth.of(2025, 6)),
        Due.day(LocalDate.of(2024, 4, 15))));
    Collections.sort(dues);
    assertThat(dues).extracting(Due::toString).containsExactly("2024-04-15", "2025-06", "2025", "session:cstd-28");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-06-31", "2025-13", "2025-00-10", "25", "June 2025", "session:", "session:-x", "",
      "2025-6"})
  void parse_refusesTextThatIsNoDue(String text) {
    assertThatThrownBy(() -> Due.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parse_readsEachPrecision() {
    assertThat(Due.parse("2025-12-17").getPrecision()).isEqualTo(Due.Precision.DAY);
    assertThat(Due.parse("2025-06").getPrecision()).isEqualTo(Due.Precision.MONTH);
    assertThat(Due.parse("2026").getPrecision()).isEqualTo(Due.Precision.YEAR);
    assertThat(Due.parse("session:unesco-gc-43").getSessionId()).contains("unesco-gc-43");
  }

  @Test
  void print_writesEarlyYearsWithFourDigits() {
    assertThat(Due.year(Year.of(5))).hasToString("0005");
    assertThat(Due.parse("0005")).isEqualTo(Due.year(Year.of(5)));
  }

  @Test
  void roundTrip_parseOfPrintIsTheSameDue() {
    qt().forAll(dues()).checkAssert(due -> assertThat(Due.parse(due.toString())).isEqualTo(due));
  }

  @Test
  void anyString_isReadOrRefusedWithIllegalArgument() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 20)).checkAssert(text -> {
      try {
        Due due = Due.parse(text);
        assertThat(due.toString()).isEqualTo(text);
      } catch (IllegalArgumentException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    });
  }

  static Gen<Due> dues() {
    Gen<LocalDate> days = integers().between(1, 9999).zip(integers().between(1, 365),
        (year, day) -> Year.of(year).atDay(Math.min(day, Year.of(year).length())));
    Gen<Due> dayDues = days.map(Due::day);
    Gen<Due> monthDues = days.map(d -> Due.month(YearMonth.from(d)));
    Gen<Due> yearDues = days.map(d -> Due.year(Year.from(d)));
    Gen<Due> sessionDues = strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 20)
        .zip(integers().between(1, 99), (name, n) -> Due.session(name + "-" + n));
    return dayDues.mix(monthDues, 50).mix(yearDues, 33).mix(sessionDues, 25);
  }
}

package io.github.wsis20.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wsis20.model.contribution.Stakeholder;
import io.github.wsis20.model.contribution.StakeholderGroup;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

  @Test
  void with_returnsAChangedCopyAndLeavesTheOriginal() {
    Source original = Source.of("A/RES/80/173");
    Source copy = original.withNote("adopted by consensus");
    assertThat(original.getNote()).isEmpty();
    assertThat(copy.getNote()).contains("adopted by consensus");
    assertThat(copy.getCitation()).isEqualTo("A/RES/80/173");
  }

  @Test
  void equality_isByValue() {
    assertThat(Route.direct("cstd", "unga")).isEqualTo(Route.builder().author("cstd").addTo("unga").build());
  }

  @Test
  void collections_areCopiedOnBuildAndCannotBeChanged() {
    List<String> recipients = new ArrayList<>(List.of("unga"));
    Route route = Route.builder().author("cstd").to(recipients).build();
    recipients.add("ecosoc");
    assertThat(route.getTo()).containsExactly("unga");
    assertThatThrownBy(() -> route.getTo().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void builder_refusesNullElements() {
    assertThatThrownBy(() -> Route.builder().author("cstd").addTo((String) null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void builder_refusesToBuildWithoutARequiredValue() {
    assertThatThrownBy(() -> Body.builder().id("x").kind(BodyKind.OTHER).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("name");
  }

  @Test
  void toString_neverShowsAnEmailAddress() {
    Stakeholder stakeholder = Stakeholder.builder().name("Alliance").stakeholderGroup(StakeholderGroup.CIVIL_SOCIETY)
        .email("policy@example.org").build();
    assertThat(stakeholder.toString()).doesNotContain("policy@example.org").contains("Alliance");
  }

  @Test
  void route_listsEveryBodyFromAuthorToRecipients() {
    Route route = Route.builder().author("itu-sg").addThrough("itu-cwg-wsis-sdg").addTo("itu-council", "itu-pp")
        .build();
    assertThat(route.bodies()).containsExactly("itu-sg", "itu-cwg-wsis-sdg", "itu-council", "itu-pp");
  }

  @Test
  void sessionCalendar_givesTheCstdItsYearPerOrdinal() {
    SessionCalendar cstd = SessionCalendar.numbered(27, 2024, 1);
    assertThat(cstd.yearOf(28)).hasValue(2025);
    assertThat(cstd.yearOf(1)).hasValue(1998);
  }

  @Test
  void sessionCalendar_givesUnescosGeneralConferenceEveryOtherYear() {
    SessionCalendar unesco = SessionCalendar.numbered(42, 2023, 2).withValidFromOrdinal(30);
    assertThat(unesco.yearOf(43)).hasValue(2025);
    assertThat(unesco.yearOf(29)).isEmpty();
  }

  @Test
  void sessionCalendar_knowsTheYearsAQuadrennialConferenceMeets() {
    SessionCalendar plenipotentiary = SessionCalendar.periodic(2022, 4);
    assertThat(plenipotentiary.meetsIn(2026)).isTrue();
    assertThat(plenipotentiary.meetsIn(2025)).isFalse();
    assertThat(plenipotentiary.yearOf(22)).isEmpty();
  }

  @Test
  void dateRange_refusesToEndBeforeItStarts() {
    assertThatThrownBy(() -> DateRange.of(java.time.LocalDate.of(2025, 11, 13), java.time.LocalDate.of(2025, 10, 30)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package io.github.wsis20.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wsis20.model.symbol.DocumentSymbol;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fulfilment, deliverable status, mandate status and supersession, as of a date. */
class LifecycleTest {

  static LocalDate day(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  static Deliverable deliverable(String id, Due due, Fulfilment... fulfilments) {
    return Deliverable.builder().id(id).kind(DeliverableKind.REPORT).title(id)
        .route(Route.builder().author("cstd").addThrough("ecosoc").addTo("unga").build())
        .due(due).addFulfilments(fulfilments).build();
  }

  static Fulfilment on(LocalDate date) {
    return Fulfilment.builder().title("a report").date(date).build();
  }

  static Mandate mandate(String id, Deliverable... deliverables) {
    return Mandate.builder().id(id).verb(MandateVerb.REQUESTS).addressee("cstd").action("report")
        .addDeliverables(deliverables).build();
  }

  static Instrument instrument(String id, String symbol, LocalDate adopted, Mandate... mandates) {
    return Instrument.builder().id(id).kind(InstrumentKind.RESOLUTION).symbol(DocumentSymbol.parse(symbol))
        .adoptedBy("ecosoc").adoptedOn(adopted).addMandates(mandates).build();
  }

  /**
   * E/RES/2023/3 (7 June 2023): "late" due June 2025 delivered 29 July 2025; "early" due 2026
   * delivered 1 March 2025; "never" due June 2025 with no fulfilment; "at-session" due at cstd-28,
   * delivered at it. The standing mandate has no deliverable; "bounded" runs until 2025.
   */
  static final Dataset GRAPH = Dataset.builder()
      .addSession(Session.builder().id("cstd-28").body("cstd").ordinal(28).year(2025)
          .start(day(2025, 4, 7)).end(day(2025, 4, 11)).build())
      .addSession(Session.builder().id("council-2024").body("itu-council").year(2024)
          .start(day(2024, 6, 4)).end(day(2024, 6, 14)).build())
      .addInstrument(instrument("e-res-2023-3", "E/RES/2023/3", day(2023, 6, 7),
          mandate("m-late", deliverable("late", Due.month(YearMonth.of(2025, 6)), on(day(2025, 7, 29)))),
          mandate("m-early", deliverable("early", Due.year(Year.of(2026)), on(day(2025, 3, 1)))),
          mandate("m-never", deliverable("never", Due.month(YearMonth.of(2025, 6)))),
          mandate("m-at-session", deliverable("at-session", Due.session("cstd-28"),
              Fulfilment.builder().title("report of the session").meeting("cstd-28").build())),
          mandate("m-standing"),
          mandate("m-bounded").withUntil(Due.year(Year.of(2025)))))
      .addInstrument(Instrument.builder().id("res-1332").kind(InstrumentKind.RESOLUTION)
          .symbol(DocumentSymbol.parse("Resolution 1332")).adoptedBy("itu-council").adoptedOn(day(2023, 7, 20))
          .addMandate(Mandate.builder().id("res-1332.views").verb(MandateVerb.INVITES).addressee("itu-members")
              .action("contribute views").build())
          .build())
      .addInstrument(Instrument.builder().id("res-1332-2024").kind(InstrumentKind.RESOLUTION)
          .symbol(DocumentSymbol.parse("Resolution 1332")).adoptedBy("itu-council").meeting("council-2024")
          .revises("res-1332").build())
      .build();

  static Obligation obligation(String id) {
    return GRAPH.obligationOf(id).orElseThrow();
  }

  @Test
  void statusOn_isDeliveredFromTheDayOfItsFulfilment() {
    assertThat(obligation("late").statusOn(day(2025, 7, 29))).isEqualTo(DeliverableStatus.DELIVERED);
    assertThat(obligation("late").getDeliveredOn()).contains(day(2025, 7, 29));
  }

  @Test
  void statusOn_isOverdueBetweenTheDueAndALateFulfilment() {
    assertThat(obligation("late").statusOn(day(2025, 7, 1))).isEqualTo(DeliverableStatus.OVERDUE);
  }

  @Test
  void statusOn_isDueInsideThePeriodBeforeDelivery() {
    assertThat(obligation("late").statusOn(day(2025, 6, 30))).isEqualTo(DeliverableStatus.DUE);
  }

  @Test
  void statusOn_isAheadBeforeThePeriod() {
    assertThat(obligation("late").statusOn(day(2025, 5, 31))).isEqualTo(DeliverableStatus.AHEAD);
  }

  @Test
  void statusOn_isDeliveredBeforeThePeriodWhenDeliveredEarly() {
    assertThat(obligation("early").statusOn(day(2025, 12, 31))).isEqualTo(DeliverableStatus.DELIVERED);
  }

  @Test
  void statusOn_isNotRecordedPastTheDueWithoutAFulfilment() {
    assertThat(obligation("never").statusOn(day(2026, 12, 2))).isEqualTo(DeliverableStatus.NOT_RECORDED);
  }

  @Test
  void statusOn_isOpenWithoutADue() {
    Dataset dataset = GRAPH.withInstruments(instrument("i", "E/RES/2023/3", day(2023, 6, 7),
        mandate("m",
            Deliverable.builder().from(deliverable("undated", Due.year(Year.of(2025)))).due(java.util.Optional.empty())
                .build())));
    assertThat(dataset.obligationOf("undated").orElseThrow().statusOn(day(2030, 1, 1)))
        .isEqualTo(DeliverableStatus.OPEN);
  }

  @Test
  void deliveryDay_ofAFulfilmentWithoutADateIsItsMeetingsLastDay() {
    assertThat(obligation("at-session").getDeliveredOn()).contains(day(2025, 4, 11));
    assertThat(obligation("at-session").statusOn(day(2025, 4, 10))).isEqualTo(DeliverableStatus.DUE);
  }

  @Test
  void deliveredOn_isTheEarliestOfSeveralFulfilments() {
    Dataset dataset = GRAPH.withInstruments(instrument("i", "E/RES/2023/3", day(2023, 6, 7),
        mandate("m", deliverable("twice", Due.year(Year.of(2025)), on(day(2025, 9, 1)), on(day(2025, 4, 2))))));
    Obligation twice = dataset.obligationOf("twice").orElseThrow();
    assertThat(twice.getDeliveredOn()).contains(day(2025, 4, 2));
    assertThat(twice.getFulfilment()).map(Fulfilment::getDate).contains(java.util.Optional.of(day(2025, 4, 2)));
  }

  @Test
  void timeline_listsCurrentItemsFirstThenAheadThenDelivered() {
    assertThat(GRAPH.timeline(day(2025, 4, 8))).extracting(o -> o.getDeliverable().getId())
        .containsExactly("at-session", "late", "never", "early");
  }

  @Test
  void timeline_listsWhatIsNotRecordedAfterWhatIsCurrentAndBeforeWhatWasDelivered() {
    assertThat(GRAPH.timeline(day(2025, 7, 2))).extracting(o -> o.getDeliverable().getId())
        .containsExactly("late", "never", "at-session", "early");
    assertThat(GRAPH.timeline(day(2025, 7, 2))).extracting(o -> o.statusOn(day(2025, 7, 2))).containsExactly(
        DeliverableStatus.OVERDUE, DeliverableStatus.NOT_RECORDED, DeliverableStatus.DELIVERED,
        DeliverableStatus.DELIVERED);
  }

  @Test
  void timeline_keepsDueAndOverdueTogetherInDueOrder() {
    Dataset dataset = GRAPH.withInstruments(instrument("i", "E/RES/2023/3", day(2023, 6, 7),
        mandate("m1", deliverable("overdue", Due.month(YearMonth.of(2025, 3)), on(day(2025, 9, 1)))),
        mandate("m2", deliverable("due", Due.year(Year.of(2025))))));
    assertThat(dataset.timeline(day(2025, 6, 1))).extracting(o -> o.statusOn(day(2025, 6, 1)))
        .containsExactly(DeliverableStatus.OVERDUE, DeliverableStatus.DUE);
  }

  @Test
  void mandateStatus_isFulfilledOnceEveryDeliverableIsDelivered() {
    assertThat(GRAPH.mandateStatusOn("m-late", day(2025, 7, 29))).contains(MandateStatus.FULFILLED);
  }

  @Test
  void mandateStatus_isActiveWhileItsDeliverableIsStillDue() {
    assertThat(GRAPH.mandateStatusOn("m-late", day(2025, 6, 30))).contains(MandateStatus.ACTIVE);
  }

  @Test
  void mandateStatus_hasLapsedOnceItsLatestDueHasPassedWithoutDelivery() {
    assertThat(GRAPH.mandateStatusOn("m-never", day(2025, 7, 1))).contains(MandateStatus.LAPSED);
  }

  @Test
  void mandateStatus_lapsesAfterItsUntil() {
    assertThat(GRAPH.mandateStatusOn("m-bounded", day(2025, 12, 31))).contains(MandateStatus.ACTIVE);
    assertThat(GRAPH.mandateStatusOn("m-bounded", day(2026, 1, 1))).contains(MandateStatus.LAPSED);
  }

  @Test
  void mandateStatus_ofAStandingMandateStaysActive() {
    assertThat(GRAPH.mandateStatusOn("m-standing", day(2099, 1, 1))).contains(MandateStatus.ACTIVE);
  }

  @Test
  void mandateStatus_isSupersededFromTheRevisionsAdoptionDay() {
    assertThat(GRAPH.mandateStatusOn("res-1332.views", day(2024, 6, 13))).contains(MandateStatus.ACTIVE);
    assertThat(GRAPH.mandateStatusOn("res-1332.views", day(2024, 6, 14))).contains(MandateStatus.SUPERSEDED);
  }

  @Test
  void mandateStatus_isEmptyBeforeItsInstrumentWasAdopted() {
    assertThat(GRAPH.mandateStatusOn("m-standing", day(2023, 6, 6))).isEmpty();
    assertThat(GRAPH.mandateStatusOn("no-such-mandate", day(2023, 6, 6))).isEmpty();
  }

  @Test
  void mandateStatus_preferFulfilledToSuperseded() {
    Dataset dataset = GRAPH.withInstruments(List.of(
        instrument("old", "E/RES/2023/3", day(2023, 6, 7), mandate("m", deliverable("d", Due.year(Year.of(2024)),
            on(day(2024, 3, 1))))),
        instrument("new", "E/RES/2024/1", day(2024, 7, 1)).withSupersedes("old")));
    assertThat(dataset.mandateStatusOn("m", day(2025, 1, 1))).contains(MandateStatus.FULFILLED);
  }

  @Test
  void mandatesActiveOn_leavesOutWhatLapsedWasSupersededOrIsNotYetInForce() {
    assertThat(GRAPH.mandatesActiveOn(day(2026, 12, 2))).extracting(Mandate::getId).containsExactly("m-standing");
    assertThat(GRAPH.mandatesActiveOn(day(2023, 7, 1))).extracting(Mandate::getId)
        .containsExactly("m-late", "m-early", "m-never", "m-at-session", "m-standing", "m-bounded");
  }

  @Test
  void supersessions_sayWhatRevisedWhatAndFromWhen() {
    assertThat(GRAPH.supersessions()).singleElement().satisfies(s -> {
      assertThat(s.getEarlier().getId()).isEqualTo("res-1332");
      assertThat(s.getLater().getId()).isEqualTo("res-1332-2024");
      assertThat(s.getKind()).isEqualTo(Supersession.Kind.REVISION);
      assertThat(s.getEffective()).contains(day(2024, 6, 14));
    });
    assertThat(GRAPH.supersessionsOf("res-1332-2024")).isEmpty();
  }

  @Test
  void supersessions_listReplacementsToo() {
    Dataset dataset = GRAPH.withInstruments(List.of(instrument("old", "E/RES/2023/3", day(2023, 6, 7)),
        instrument("new", "E/RES/2024/1", day(2024, 7, 1)).withSupersedes("old", "nowhere")));
    assertThat(dataset.supersessionsOf("old")).extracting(Supersession::getKind)
        .containsExactly(Supersession.Kind.REPLACEMENT);
  }

  @Test
  void supersession_withoutAKnownDayIsInEffectOnEveryDate() {
    Dataset dataset = GRAPH.withInstruments(List.of(instrument("old", "E/RES/2023/3", day(2023, 6, 7),
        mandate("m")),
        instrument("new", "E/RES/2024/1", day(2024, 7, 1)).withAdoptedOn(java.util.Optional.empty())
            .withRevises("old")));
    assertThat(dataset.supersessionsOf("old").get(0).getEffective()).isEmpty();
    assertThat(dataset.mandateStatusOn("m", day(2023, 6, 8))).contains(MandateStatus.SUPERSEDED);
  }

  @Test
  void adoptionDay_isTheDateElseTheMeetingsLastDay() {
    assertThat(GRAPH.adoptionDayOf(GRAPH.find("res-1332-2024", Instrument.class).orElseThrow()))
        .contains(day(2024, 6, 14));
    assertThat(GRAPH.adoptionDayOf(GRAPH.find("e-res-2023-3", Instrument.class).orElseThrow()))
        .contains(day(2023, 6, 7));
  }

  @Test
  void fulfilment_needsADocumentAndAPlaceInTime() {
    assertThatThrownBy(() -> Fulfilment.builder().date(day(2025, 1, 1)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("symbol, a title");
    assertThatThrownBy(() -> Fulfilment.builder().title("report").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("date, a meeting");
  }

  @Test
  void fulfilment_namesItsDocumentBySymbolBeforeTitle() {
    Fulfilment both = Fulfilment.builder().symbol(DocumentSymbol.parse("A/RES/80/173")).title("Outcome document")
        .date(day(2025, 12, 17)).build();
    assertThat(both.document()).isEqualTo("A/RES/80/173");
    assertThat(on(day(2025, 1, 1)).document()).isEqualTo("a report");
  }

  @Test
  void source_isVerifiedUnlessSaidOtherwise() {
    assertThat(Source.of("A/RES/80/173").isVerified()).isTrue();
    assertThat(Source.builder().citation("x").verified(false).build().isVerified()).isFalse();
  }

  @Test
  void involving_joinsWhatABodyOwesReceivesAndPassesOn() {
    assertThat(GRAPH.involving("ecosoc")).hasSize(GRAPH.obligations().size());
    assertThat(GRAPH.involving("unesco")).isEmpty();
  }
}

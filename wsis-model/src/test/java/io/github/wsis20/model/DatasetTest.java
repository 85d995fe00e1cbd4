package io.github.wsis20.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wsis20.model.symbol.DocumentSymbol;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class DatasetTest {

  static final Dataset GRAPH = Dataset.builder()
      .addBody(body("unga", BodyKind.PRINCIPAL_ORGAN, null))
      .addBody(body("ecosoc", BodyKind.PRINCIPAL_ORGAN, null).withReportsTo("unga"))
      .addBody(body("cstd", BodyKind.FUNCTIONAL_COMMISSION, "ecosoc").withReportsTo("ecosoc"))
      .addBody(body("itu", BodyKind.SPECIALIZED_AGENCY, null))
      .addBody(body("itu-council", BodyKind.COUNCIL, "itu"))
      .addBody(body("itu-sg", BodyKind.OFFICE_HOLDER, "itu"))
      .addBody(body("itu-cwg-wsis-sdg", BodyKind.WORKING_GROUP, "itu-council"))
      .addSession(Session.builder().id("cstd-28").body("cstd").ordinal(28).year(2025)
          .start(LocalDate.of(2025, 4, 7)).end(LocalDate.of(2025, 4, 11)).build())
      .addSession(Session.builder().id("itu-council-2026").body("itu-council").year(2026).build())
      .addInstrument(Instrument.builder()
          .id("e-res-2023-3").kind(InstrumentKind.RESOLUTION).symbol(DocumentSymbol.parse("E/RES/2023/3"))
          .adoptedBy("ecosoc").adoptedOn(LocalDate.of(2023, 6, 7))
          .addMandate(Mandate.builder().id("e-res-2023-3.report").verb(MandateVerb.REQUESTS).addressee("cstd")
              .action("submit its report on the 20-year review to the General Assembly")
              .addDeliverable(Deliverable.builder().id("cstd-report").kind(DeliverableKind.REPORT)
                  .title("report on the 20-year review")
                  .route(Route.builder().author("cstd").addThrough("ecosoc").addTo("unga").build())
                  .due(Due.month(YearMonth.of(2025, 6)))
                  .build())
              .build())
          .build())
      .addInstrument(Instrument.builder()
          .id("itu-council-res-1334").kind(InstrumentKind.RESOLUTION).symbol(DocumentSymbol.parse("Resolution 1334"))
          .adoptedBy("itu-council")
          .addMandate(Mandate.builder().id("itu-council-res-1334.outcomes").verb(MandateVerb.INSTRUCTS)
              .addressee("itu-sg").action("prepare a report on the outcomes of the high-level meeting")
              .addDeliverable(Deliverable.builder().id("itu-outcomes-report").kind(DeliverableKind.REPORT)
                  .title("report on the outcomes of the 2025 high-level meeting")
                  .route(Route.builder().author("itu-sg").addThrough("itu-cwg-wsis-sdg").addTo("itu-council").build())
                  .due(Due.session("itu-council-2026"))
                  .build())
              .addDeliverable(Deliverable.builder().id("itu-cstd-report").kind(DeliverableKind.REPORT)
                  .title("WSIS+20 report on ITU's contribution")
                  .route(Route.direct("itu-sg", "cstd", "unga"))
                  .due(Due.session("cstd-28"))
                  .build())
              .build())
          .build())
      .build();

  static Body body(String id, BodyKind kind, String parent) {
    Body.Builder builder = Body.builder().id(id).name(id.toUpperCase()).kind(kind);
    if (parent != null) {
      builder.parent(parent);
    }
    return builder.build();
  }

  @Test
  void find_returnsAnEntityOfAnyKindById() {
    assertThat(GRAPH.find("cstd-report")).get().isInstanceOf(Deliverable.class);
    assertThat(GRAPH.find("e-res-2023-3.report")).get().isInstanceOf(Mandate.class);
    assertThat(GRAPH.find("cstd-28")).get().isInstanceOf(Session.class);
  }

  @Test
  void find_withAKind_isEmptyWhenTheIdIsOfAnotherKind() {
    assertThat(GRAPH.find("cstd", Session.class)).isEmpty();
    assertThat(GRAPH.find("cstd", Body.class)).isPresent();
  }

  @Test
  void owedBy_includesWhatTheBodysOrgansOwe() {
    assertThat(GRAPH.owedBy("itu")).extracting(o -> o.getDeliverable().getId())
        .containsExactly("itu-cstd-report", "itu-outcomes-report");
  }

  @Test
  void owedTo_findsEveryDeliverableAddressedToTheBody() {
    assertThat(GRAPH.owedTo("unga")).extracting(o -> o.getDeliverable().getId())
        .containsExactly("itu-cstd-report", "cstd-report");
  }

  @Test
  void passingThrough_findsWhatTravelsThroughAnIntermediary() {
    assertThat(GRAPH.passingThrough("ecosoc")).extracting(o -> o.getDeliverable().getId())
        .containsExactly("cstd-report");
  }

  @Test
  void obligations_areInDueOrderWithSessionDuesResolvedBySessionDates() {
    assertThat(GRAPH.obligations()).extracting(o -> o.getDeliverable().getId())
        .containsExactly("itu-cstd-report", "cstd-report", "itu-outcomes-report");
  }

  @Test
  void periodOf_aSessionWithoutDatesIsItsYear() {
    assertThat(GRAPH.periodOf(Due.session("itu-council-2026")))
        .contains(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
  }

  @Test
  void periodOf_anUnknownSessionIsEmpty() {
    assertThat(GRAPH.periodOf(Due.session("nowhere-1"))).isEmpty();
  }

  @Test
  void obligationOf_knowsTheInstrumentAndMandateOfADeliverable() {
    Obligation obligation = GRAPH.obligationOf("itu-outcomes-report").orElseThrow();
    assertThat(obligation.getInstrument().getId()).isEqualTo("itu-council-res-1334");
    assertThat(obligation.getMandate().getAddressee()).isEqualTo("itu-sg");
  }

  @Test
  void instrumentOf_findsTheInstrumentOfAMandateOrDeliverable() {
    assertThat(GRAPH.instrumentOf("cstd-report")).map(Instrument::getId).contains("e-res-2023-3");
    assertThat(GRAPH.instrumentOf("e-res-2023-3.report")).map(Instrument::getId).contains("e-res-2023-3");
  }

  @Test
  void reverseLookups_followParentsReportingAndAdoption() {
    assertThat(GRAPH.organsOf("itu")).extracting(Body::getId).containsExactly("itu-council", "itu-sg");
    assertThat(GRAPH.reportingTo("ecosoc")).extracting(Body::getId).containsExactly("cstd");
    assertThat(GRAPH.adoptedBy("itu-council")).extracting(Instrument::getId).containsExactly("itu-council-res-1334");
    assertThat(GRAPH.mandatesAddressedTo("cstd")).extracting(Mandate::getId).containsExactly("e-res-2023-3.report");
    assertThat(GRAPH.sessionsOf("cstd")).extracting(Session::getId).containsExactly("cstd-28");
  }

  @Test
  void owedBy_terminatesOnAParentLoop() {
    Dataset looped = GRAPH.withBodies(body("a", BodyKind.OTHER, "b"), body("b", BodyKind.OTHER, "a"));
    assertThat(looped.owedBy("a")).isEmpty();
  }

  @Test
  void find_answersFromTheFirstOfTwoEntitiesWithOneId() {
    Dataset duplicated = GRAPH.withBodies(body("x", BodyKind.OTHER, null), body("x", BodyKind.COUNCIL, null));
    assertThat(duplicated.find("x", Body.class)).map(Body::getKind).contains(BodyKind.OTHER);
  }

  @Test
  void equality_ignoresTheLookupIndexes() {
    Dataset copy = Dataset.builder().from(GRAPH).build();
    GRAPH.find("cstd");
    assertThat(copy).isEqualTo(GRAPH).hasSameHashCodeAs(GRAPH);
  }
}

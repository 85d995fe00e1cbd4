package io.github.wsis20.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wsis20.model.ActionLine;
import io.github.wsis20.model.Body;
import io.github.wsis20.model.BodyKind;
import io.github.wsis20.model.Dataset;
import io.github.wsis20.model.Deliverable;
import io.github.wsis20.model.DeliverableKind;
import io.github.wsis20.model.Due;
import io.github.wsis20.model.Event;
import io.github.wsis20.model.Facilitation;
import io.github.wsis20.model.Fulfilment;
import io.github.wsis20.model.Instrument;
import io.github.wsis20.model.InstrumentKind;
import io.github.wsis20.model.Mandate;
import io.github.wsis20.model.MandateVerb;
import io.github.wsis20.model.Principle;
import io.github.wsis20.model.ReviewProcess;
import io.github.wsis20.model.Route;
import io.github.wsis20.model.Session;
import io.github.wsis20.model.SessionCalendar;
import io.github.wsis20.model.symbol.DocumentSymbol;
import io.github.wsis20.model.symbol.Issuer;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each domain invariant (the dataset rules of docs/violation-codes.md), broken alone on a small graph that keeps every other one. */
class DatasetRulesTest {
  static final DatasetValidator VALIDATOR = DatasetValidator.builder().build();

  static Body body(String id, BodyKind kind) {
    return Body.builder().id(id).name(id.toUpperCase(Locale.ROOT)).kind(kind).build();
  }

  static LocalDate day(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  /**
   * bodies: 0 unga, 1 ecosoc, 2 cstd, 3 unctad, 4 itu, 5 itu-pp; sessions: 0 cstd-28, 1 unga-80,
   * 2 unga-80-hlm, 3 pp-26; instruments: 0 E/RES/2023/3 (deliverables: 0 due at cstd-28, 1 due
   * June 2025), 1 A/RES/80/173, 2 A/RES/80/200 revising it (a mandate until 2026 whose deliverable,
   * due June 2026, was delivered on 1 March 2026 at unga-80).
   */
  static Dataset graph() {
    return Dataset.builder()
        .addBody(body("unga", BodyKind.PRINCIPAL_ORGAN).withSymbolIssuer(Issuer.GENERAL_ASSEMBLY)
            .withCalendar(SessionCalendar.numbered(80, 2025, 1).withRunsIntoNextYear(true)))
        .addBody(body("ecosoc", BodyKind.PRINCIPAL_ORGAN).withReportsTo("unga").withSymbolIssuer(Issuer.ECOSOC)
            .withCalendar(SessionCalendar.periodic(2023, 1)))
        .addBody(body("cstd", BodyKind.FUNCTIONAL_COMMISSION).withParent("ecosoc").withReportsTo("ecosoc")
            .withServicedBy("unctad").withSymbolIssuer(Issuer.CSTD).withCalendar(SessionCalendar.numbered(27, 2024, 1)))
        .addBody(body("unctad", BodyKind.SUBSIDIARY_ORGAN).withParent("unga"))
        .addBody(body("itu", BodyKind.SPECIALIZED_AGENCY))
        .addBody(body("itu-pp", BodyKind.CONFERENCE).withParent("itu").withSymbolIssuer(Issuer.ITU_PLENIPOTENTIARY)
            .withCalendar(SessionCalendar.periodic(2022, 4)))
        .addSession(Session.builder().id("cstd-28").body("cstd").ordinal(28).year(2025)
            .start(day(2025, 4, 7)).end(day(2025, 4, 11)).place("Geneva").build())
        .addSession(Session.builder().id("unga-80").body("unga").ordinal(80).year(2025)
            .start(day(2025, 9, 9)).end(day(2026, 9, 8)).build())
        .addSession(Session.builder().id("unga-80-hlm").body("unga").year(2025).within("unga-80")
            .name("High-level meeting on WSIS+20").start(day(2025, 12, 16)).end(day(2025, 12, 17)).build())
        .addSession(Session.builder().id("pp-26").body("itu-pp").year(2026).name("PP-26")
            .start(day(2026, 11, 9)).end(day(2026, 11, 27)).build())
        .addEvent(Event.builder().id("wsis-20-forum").name("WSIS+20 Forum High-Level Event")
            .start(day(2024, 5, 27)).end(day(2024, 5, 31)).addOrganizer("itu").build())
        .addPrinciple(Principle.builder().id("multistakeholderism").name("Multistakeholderism").build())
        .addInstrument(Instrument.builder().id("e-res-2023-3").kind(InstrumentKind.RESOLUTION)
            .symbol(DocumentSymbol.parse("E/RES/2023/3")).adoptedBy("ecosoc").adoptedOn(day(2023, 6, 7))
            .addMandate(Mandate.builder().id("e-res-2023-3.m1").verb(MandateVerb.REQUESTS).addressee("cstd")
                .action("report on the 20-year review").addPrinciple("multistakeholderism")
                .addDeliverable(Deliverable.builder().id("cstd-report").kind(DeliverableKind.REPORT).title("report")
                    .route(Route.builder().author("cstd").addThrough("ecosoc").addTo("unga").build())
                    .due(Due.session("cstd-28")).build())
                .addDeliverable(Deliverable.builder().id("cstd-summary").kind(DeliverableKind.REPORT).title("summary")
                    .route(Route.builder().author("cstd").addThrough("ecosoc").addTo("unga").build())
                    .due(Due.month(YearMonth.of(2025, 6))).build())
                .build())
            .build())
        .addInstrument(Instrument.builder().id("a-res-80-173").kind(InstrumentKind.RESOLUTION)
            .symbol(DocumentSymbol.parse("A/RES/80/173")).adoptedBy("unga").adoptedOn(day(2025, 12, 17))
            .meeting("unga-80-hlm").build())
        .addInstrument(Instrument.builder().id("a-res-80-200").kind(InstrumentKind.RESOLUTION)
            .symbol(DocumentSymbol.parse("A/RES/80/200")).adoptedBy("unga").adoptedOn(day(2026, 1, 15))
            .revises("a-res-80-173")
            .addMandate(Mandate.builder().id("a-res-80-200.m1").verb(MandateVerb.REQUESTS).addressee("cstd")
                .action("report on the follow-up").until(Due.year(Year.of(2026)))
                .addDeliverable(Deliverable.builder().id("cstd-follow-up-2026").kind(DeliverableKind.REPORT)
                    .title("follow-up")
                    .route(Route.builder().author("cstd").addThrough("ecosoc").addTo("unga").build())
                    .due(Due.month(YearMonth.of(2026, 6)))
                    .addFulfilment(
                        Fulfilment.builder().title("follow-up report").date(day(2026, 3, 1)).meeting("unga-80").build())
                    .build())
                .build())
            .build())
        .addReviewProcesses(
            ReviewProcess.builder().id("wsis+20").name("WSIS+20 review").periodStart(2005).periodEnd(2025)
                .addInstruments("e-res-2023-3", "a-res-80-173").addMilestones("cstd-28", "wsis-20-forum")
                .addDeliverable("cstd-report").build())
        .addFacilitation(
            Facilitation.builder().actionLine(ActionLine.C2).body("itu").role(Facilitation.Role.LEAD).build())
        .build();
  }

  static <T> List<T> replace(List<T> list, int index, UnaryOperator<T> change) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, change.apply(copy.get(index)));
    return copy;
  }

  static <T> List<T> append(List<T> list, T item) {
    List<T> copy = new ArrayList<>(list);
    copy.add(item);
    return copy;
  }

  static Dataset body(int i, UnaryOperator<Body> change) {
    return graph().withBodies(replace(graph().getBodies(), i, change));
  }

  static Dataset session(int i, UnaryOperator<Session> change) {
    return graph().withSessions(replace(graph().getSessions(), i, change));
  }

  static Dataset instrument(int i, UnaryOperator<Instrument> change) {
    return graph().withInstruments(replace(graph().getInstruments(), i, change));
  }

  static Dataset deliverable(int d, UnaryOperator<Deliverable> change) {
    return instrument(0, in -> in.withMandates(replace(in.getMandates(), 0,
        m -> m.withDeliverables(replace(m.getDeliverables(), d, change)))));
  }

  static Dataset route(int d, UnaryOperator<Route> change) {
    return deliverable(d, del -> del.withRoute(change.apply(del.getRoute())));
  }

  static Dataset mandate(UnaryOperator<Mandate> change) {
    return instrument(0, in -> in.withMandates(replace(in.getMandates(), 0, change)));
  }

  static Dataset followUp(UnaryOperator<Mandate> change) {
    return instrument(2, in -> in.withMandates(replace(in.getMandates(), 0, change)));
  }

  static Dataset fulfilment(UnaryOperator<Fulfilment> change) {
    return followUp(m -> m.withDeliverables(replace(m.getDeliverables(), 0,
        d -> d.withFulfilments(replace(d.getFulfilments(), 0, change)))));
  }

  static Dataset process(UnaryOperator<ReviewProcess> change) {
    return graph().withReviewProcesses(replace(graph().getReviewProcesses(), 0, change));
  }

  static Arguments rule(String name, Dataset broken, String pointer, ViolationCode code) {
    return Arguments.of(name, broken, pointer + " " + code);
  }

  static final String D0 = "/instruments/0/mandates/0/deliverables/0";
  static final String D1 = "/instruments/0/mandates/0/deliverables/1";
  static final String F0 = "/instruments/2/mandates/0/deliverables/0/fulfilments/0";

  static Stream<Arguments> brokenRules() {
    return Stream.of(
        rule("principle sharing a body's id", graph().withPrinciples(append(graph().getPrinciples(),
            Principle.builder().id("cstd").name("CSTD").build())), "/principles/1/id", ViolationCode.DUPLICATE_ID),
        rule("session sharing a body's id", graph().withSessions(append(graph().getSessions(),
            graph().getSessions().get(2).withId("itu"))), "/sessions/4/id", ViolationCode.DUPLICATE_ID),
        rule("event sharing a session's id", graph().withEvents(append(graph().getEvents(),
            graph().getEvents().get(0).withId("cstd-28"))), "/events/1/id", ViolationCode.DUPLICATE_ID),
        rule("review process sharing an instrument's id",
            graph().withReviewProcesses(append(graph().getReviewProcesses(),
                graph().getReviewProcesses().get(0).withId("e-res-2023-3"))),
            "/reviewProcesses/1/id", ViolationCode.DUPLICATE_ID),
        rule("deliverable sharing a mandate's id", deliverable(1, d -> d.withId("e-res-2023-3.m1")),
            D1 + "/id", ViolationCode.DUPLICATE_ID),
        rule("two deliverables of one id", deliverable(1, d -> d.withId("cstd-report")), D1 + "/id",
            ViolationCode.DUPLICATE_ID),
        rule("parent that does not exist", body(3, b -> b.withParent("nowhere")), "/bodies/3/parent",
            ViolationCode.UNRESOLVED_REFERENCE),
        rule("reportsTo naming a session", body(1, b -> b.withReportsTo("cstd-28")), "/bodies/1/reportsTo",
            ViolationCode.UNRESOLVED_REFERENCE),
        rule("servicedBy that does not exist", body(2, b -> b.withServicedBy("nowhere")), "/bodies/2/servicedBy",
            ViolationCode.UNRESOLVED_REFERENCE),
        rule("session of no body", session(3, s -> s.withBody("nowhere")), "/sessions/3/body",
            ViolationCode.UNRESOLVED_REFERENCE),
        rule("session within an event", session(2, s -> s.withWithin("wsis-20-forum")), "/sessions/2/within",
            ViolationCode.UNRESOLVED_REFERENCE),
        rule("instrument adopted by no body", instrument(1, i -> i.withAdoptedBy("nowhere")),
            "/instruments/1/adoptedBy", ViolationCode.UNRESOLVED_REFERENCE),
        rule("meeting naming a body", instrument(1, i -> i.withMeeting("unga")), "/instruments/1/meeting",
            ViolationCode.UNRESOLVED_REFERENCE),
        rule("revising no instrument", instrument(1, i -> i.withRevises("cstd")), "/instruments/1/revises",
            ViolationCode.UNRESOLVED_REFERENCE),
        rule("mandate to no body", mandate(m -> m.withAddressee("nowhere")), "/instruments/0/mandates/0/addressee",
            ViolationCode.UNRESOLVED_REFERENCE),
        rule("mandate following no principle", mandate(m -> m.withPrinciples("inclusiveness")),
            "/instruments/0/mandates/0/principles/0", ViolationCode.UNRESOLVED_REFERENCE),
        rule("route from no body", route(1, r -> r.withAuthor("nowhere")), D1 + "/route/author",
            ViolationCode.UNRESOLVED_REFERENCE),
        rule("route through no body", route(1, r -> r.withThrough("nowhere")), D1 + "/route/through/0",
            ViolationCode.UNRESOLVED_REFERENCE),
        rule("route to no body", route(1, r -> r.withTo("unga", "nowhere")), D1 + "/route/to/1",
            ViolationCode.UNRESOLVED_REFERENCE),
        rule("due at no session", deliverable(0, d -> d.withDue(Due.session("cstd-99"))), D0 + "/due",
            ViolationCode.UNRESOLVED_REFERENCE),
        rule("event organised by no body", graph().withEvents(graph().getEvents().get(0).withOrganizers("nowhere")),
            "/events/0/organizers/0", ViolationCode.UNRESOLVED_REFERENCE),
        rule("process naming no instrument", process(p -> p.withInstruments("e-res-2023-3", "nowhere")),
            "/reviewProcesses/0/instruments/1", ViolationCode.UNRESOLVED_REFERENCE),
        rule("milestone naming a body", process(p -> p.withMilestones("cstd")), "/reviewProcesses/0/milestones/0",
            ViolationCode.UNRESOLVED_REFERENCE),
        rule("process expecting a mandate as deliverable", process(p -> p.withDeliverables("e-res-2023-3.m1")),
            "/reviewProcesses/0/deliverables/0", ViolationCode.UNRESOLVED_REFERENCE),
        rule("facilitated by no body", graph().withFacilitations(graph().getFacilitations().get(0).withBody("nowhere")),
            "/facilitations/0/body", ViolationCode.UNRESOLVED_REFERENCE),
        rule("parents in a loop of two", body(1, b -> b.withParent("cstd")), "/bodies/1/parent",
            ViolationCode.PARENT_LOOP),
        rule("body its own parent", body(4, b -> b.withParent("itu")), "/bodies/4/parent", ViolationCode.PARENT_LOOP),
        rule("reporting lines in a loop of three", body(0, b -> b.withReportsTo("cstd")), "/bodies/0/reportsTo",
            ViolationCode.REPORTING_LOOP),
        rule("month due before adoption", deliverable(1, d -> d.withDue(Due.month(YearMonth.of(2023, 5)))), D1 + "/due",
            ViolationCode.DUE_BEFORE_ADOPTION),
        rule("due before the event that adopted it",
            instrument(1, i -> i.withAdoptedOn(Optional.empty()).withMeeting("wsis-20-forum")
                .withMandates(dueMandate(Due.month(YearMonth.of(2024, 4))))),
            "/instruments/1/mandates/0/deliverables/0/due", ViolationCode.DUE_BEFORE_ADOPTION),
        rule("session due before adoption", instrument(0, i -> i.withAdoptedOn(day(2025, 5, 1))), D0 + "/due",
            ViolationCode.DUE_BEFORE_ADOPTION),
        rule("due before the meeting that adopted it", instrument(1, i -> i.withAdoptedOn(Optional.empty())
            .withMandates(dueMandate(Due.month(YearMonth.of(2025, 11))))),
            "/instruments/1/mandates/0/deliverables/0/due", ViolationCode.DUE_BEFORE_ADOPTION),
        rule("due at a session off the route", deliverable(0, d -> d.withDue(Due.session("pp-26"))), D0 + "/due",
            ViolationCode.DUE_SESSION_OFF_ROUTE),
        rule("two 28th sessions of the CSTD", graph().withSessions(append(graph().getSessions(),
            graph().getSessions().get(0).withId("cstd-28-bis"))), "/sessions/4/ordinal",
            ViolationCode.DUPLICATE_SESSION_ORDINAL),
        rule("numbered session in the wrong year", session(0, s -> s.withOrdinal(29)), "/sessions/0/year",
            ViolationCode.SESSION_OFF_CALENDAR),
        rule("quadrennial conference off its years",
            session(3, s -> s.withYear(2027).withStart(day(2027, 11, 9)).withEnd(day(2027, 11, 27))),
            "/sessions/3/year", ViolationCode.SESSION_OFF_CALENDAR),
        rule("session ending before it starts", session(0, s -> s.withEnd(day(2025, 4, 1))), "/sessions/0/end",
            ViolationCode.SESSION_DATES_REVERSED),
        rule("session starting the year before", session(0, s -> s.withStart(day(2024, 12, 30))), "/sessions/0/start",
            ViolationCode.SESSION_DATES_OUTSIDE_YEAR),
        rule("session ending the year after", session(0, s -> s.withEnd(day(2026, 1, 2))), "/sessions/0/end",
            ViolationCode.SESSION_DATES_OUTSIDE_YEAR),
        rule("General Assembly session ending two years on", session(1, s -> s.withEnd(day(2027, 9, 8))),
            "/sessions/1/end",
            ViolationCode.SESSION_DATES_OUTSIDE_YEAR),
        rule("ECOSOC resolution with a General Assembly symbol",
            instrument(0, i -> i.withSymbol(DocumentSymbol.parse("A/RES/78/1"))),
            "/instruments/0/symbol", ViolationCode.SYMBOL_GRAMMAR_MISMATCH),
        rule("adopted after its meeting", instrument(1, i -> i.withAdoptedOn(day(2025, 12, 18))),
            "/instruments/1/adoptedOn",
            ViolationCode.ADOPTED_OUTSIDE_MEETING),
        rule("adopted before its one-day event",
            instrument(1, i -> i.withMeeting("wsis-20-forum").withAdoptedOn(day(2024, 5, 26))),
            "/instruments/1/adoptedOn", ViolationCode.ADOPTED_OUTSIDE_MEETING),
        rule("event ending before it starts", graph().withEvents(graph().getEvents().get(0).withEnd(day(2024, 5, 1))),
            "/events/0/end", ViolationCode.DATES_REVERSED),
        rule("review period ending before it starts", process(p -> p.withPeriodEnd(2004)),
            "/reviewProcesses/0/periodEnd", ViolationCode.DATES_REVERSED),
        rule("entity id in capitals", process(p -> p.withId("WSIS+20")), "/reviewProcesses/0/id",
            ViolationCode.INVALID_ENTITY_ID),
        rule("blank body name", body(0, b -> b.withName(" ")), "/bodies/0/name", ViolationCode.BLANK),
        rule("body name of 301 characters", body(0, b -> b.withName("n".repeat(301))), "/bodies/0/name",
            ViolationCode.TOO_LONG),
        rule("review period from year 0", process(p -> p.withPeriodStart(0)), "/reviewProcesses/0/periodStart",
            ViolationCode.BELOW_MINIMUM),
        rule("calendar of no interval", body(5, b -> b.withCalendar(SessionCalendar.periodic(2022, 0))),
            "/bodies/5/calendar/intervalYears", ViolationCode.BELOW_MINIMUM),
        rule("route to nobody", route(1, r -> r.withTo(List.of())), D1 + "/route/to", ViolationCode.TOO_FEW_ITEMS),
        rule("revising a later instrument", instrument(2, i -> i.withAdoptedOn(day(2025, 12, 1))),
            "/instruments/2/revises",
            ViolationCode.SUPERSESSION_NOT_EARLIER),
        rule("revising itself", instrument(2, i -> i.withRevises("a-res-80-200")), "/instruments/2/revises",
            ViolationCode.SUPERSESSION_NOT_EARLIER),
        rule("superseding a later instrument",
            instrument(2, i -> i.withRevises(Optional.empty()).withSupersedes("a-res-80-173")
                .withAdoptedOn(day(2025, 12, 1))),
            "/instruments/2/supersedes/0", ViolationCode.SUPERSESSION_NOT_EARLIER),
        rule("revising another body's instrument", instrument(2, i -> i.withRevises("e-res-2023-3")),
            "/instruments/2/revises",
            ViolationCode.SUPERSESSION_ACROSS_BODIES),
        rule("superseding no instrument", instrument(2, i -> i.withSupersedes("cstd")), "/instruments/2/supersedes/0",
            ViolationCode.UNRESOLVED_REFERENCE),
        rule("mandate ending before its adoption", followUp(m -> m.withUntil(Due.year(Year.of(2025)))),
            "/instruments/2/mandates/0/until", ViolationCode.UNTIL_BEFORE_ADOPTION),
        rule("mandate ending at a session before its adoption", followUp(m -> m.withUntil(Due.session("cstd-28"))),
            "/instruments/2/mandates/0/until", ViolationCode.UNTIL_BEFORE_ADOPTION),
        rule("mandate until no session", followUp(m -> m.withUntil(Due.session("cstd-99"))),
            "/instruments/2/mandates/0/until", ViolationCode.UNRESOLVED_REFERENCE),
        rule("fulfilment at no meeting", fulfilment(f -> f.withMeeting("nowhere")), F0 + "/meeting",
            ViolationCode.UNRESOLVED_REFERENCE),
        rule("fulfilment at a session off the route",
            fulfilment(f -> f.withMeeting("pp-26").withDate(day(2026, 11, 10))),
            F0 + "/meeting", ViolationCode.FULFILMENT_MEETING_OFF_ROUTE),
        rule("fulfilment dated after its meeting", fulfilment(f -> f.withDate(day(2026, 9, 9))), F0 + "/date",
            ViolationCode.FULFILMENT_OUTSIDE_MEETING),
        rule("fulfilment dated before adoption", fulfilment(f -> f.withDate(day(2026, 1, 14))), F0 + "/date",
            ViolationCode.FULFILMENT_BEFORE_ADOPTION),
        rule("fulfilment at a meeting before adoption",
            fulfilment(f -> f.withDate(Optional.empty()).withMeeting("unga-80-hlm")),
            F0 + "/meeting", ViolationCode.FULFILMENT_BEFORE_ADOPTION));
  }

  static List<Mandate> dueMandate(Due due) {
    return List.of(Mandate.builder().id("a-res-80-173.m1").verb(MandateVerb.REQUESTS).addressee("cstd").action("report")
        .addDeliverable(Deliverable.builder().id("cstd-follow-up").kind(DeliverableKind.REPORT).title("follow-up")
            .route(Route.direct("cstd", "unga")).due(due).build())
        .build());
  }

  @Test
  void graph_keepsEveryRule() {
    assertThat(Reports.located(VALIDATOR.validate(graph(), Locale.ENGLISH))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRules")
  void brokenInvariant_isReportedOnceAtItsPointer(String name, Dataset broken, String expected) {
    ValidationReport report = VALIDATOR.validate(broken, Locale.ENGLISH);
    assertThat(Reports.located(report)).containsExactly(expected);
    assertThat(report.isValid()).isFalse();
  }

  static Stream<Arguments> uncheckedRules() {
    return Stream.of(
        rule("body with sessions but no calendar", body(5, b -> b.withCalendar(Optional.empty())), "/bodies/5/calendar",
            ViolationCode.RULE_NOT_CHECKED),
        rule("instrument with dues but neither adoption date nor meeting",
            instrument(0, i -> i.withAdoptedOn(Optional.empty())),
            "/instruments/0/adoptedOn", ViolationCode.RULE_NOT_CHECKED),
        rule("adopting body without a symbol series", body(1, b -> b.withSymbolIssuer(Optional.empty())),
            "/instruments/0/symbol",
            ViolationCode.RULE_NOT_CHECKED),
        rule("meeting without dates", session(2, s -> s.withStart(Optional.empty()).withEnd(Optional.empty())),
            "/instruments/1/adoptedOn", ViolationCode.RULE_NOT_CHECKED),
        rule("revising an instrument of unknown adoption", instrument(1, i -> i.withAdoptedOn(Optional.empty())
            .withMeeting(Optional.empty())), "/instruments/2/revises", ViolationCode.RULE_NOT_CHECKED),
        rule("fulfilment at a session without dates",
            session(1, s -> s.withStart(Optional.empty()).withEnd(Optional.empty())),
            F0 + "/date", ViolationCode.RULE_NOT_CHECKED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("uncheckedRules")
  void ruleWithoutItsData_saysSoInAWarning(String name, Dataset dataset, String expected) {
    ValidationReport report = VALIDATOR.validate(dataset, Locale.ENGLISH);
    assertThat(Reports.located(report)).containsExactly(expected);
    assertThat(report.isValid()).isTrue();
    assertThat(report.getViolations().get(0).getSeverity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void undatedInstrument_warnsOnceForEachRuleThatNeedsItsAdoption() {
    ValidationReport report = VALIDATOR.validate(instrument(2, i -> i.withAdoptedOn(Optional.empty())), Locale.ENGLISH);
    assertThat(report.isValid()).isTrue();
    assertThat(report.getViolations()).extracting(v -> v.getPointer() + " " + v.getArguments().get("rule"))
        .containsExactlyInAnyOrder("/instruments/2/revises SUPERSESSION_NOT_EARLIER",
            "/instruments/2/adoptedOn UNTIL_BEFORE_ADOPTION", "/instruments/2/adoptedOn FULFILMENT_BEFORE_ADOPTION",
            "/instruments/2/adoptedOn DUE_BEFORE_ADOPTION");
  }

  @Test
  void supersessionAcrossBodies_pointsAtTheOtherInstrumentsBody() {
    Violation v = VALIDATOR.validate(instrument(2, i -> i.withRevises("e-res-2023-3")), Locale.FRENCH).getViolations()
        .get(0);
    assertThat(v.getArguments()).containsEntry("adoptedBy", "/instruments/0/adoptedBy");
    assertThat(v.getMessage()).contains("/instruments/0/adoptedBy").contains("organe");
  }

  @Test
  void supersessionNotEarlier_givesBothAdoptionDays() {
    Violation v = VALIDATOR.validate(instrument(2, i -> i.withAdoptedOn(day(2025, 12, 1))), Locale.ENGLISH)
        .getViolations().get(0);
    assertThat(v.getArguments()).containsEntry("named", "2025-12-17").containsEntry("adopted", "2025-12-01");
  }

  @Test
  void generalAssemblySession_mayEndInTheYearAfterItOpens() {
    assertThat(graph().getSessions().get(1).getEnd()).contains(day(2026, 9, 8));
    assertThat(Reports.located(VALIDATOR.validate(session(1, s -> s.withEnd(Optional.empty())), Locale.ENGLISH)))
        .isEmpty();
    Dataset strict = body(0, b -> b.withCalendar(SessionCalendar.numbered(80, 2025, 1)));
    assertThat(Reports.located(VALIDATOR.validate(strict, Locale.ENGLISH)))
        .containsExactly("/sessions/1/end SESSION_DATES_OUTSIDE_YEAR");
  }

  @Test
  void dueInTheMonthOfAdoption_isNotBeforeIt() {
    Dataset dataset = instrument(1,
        i -> i.withAdoptedOn(Optional.empty()).withMandates(dueMandate(Due.month(YearMonth.of(2025, 12)))));
    assertThat(Reports.located(VALIDATOR.validate(dataset, Locale.ENGLISH))).isEmpty();
  }

  @Test
  void sessionBeforeItsCalendarHolds_isNotCompared() {
    Dataset dataset = body(2, b -> b.withCalendar(SessionCalendar.numbered(27, 2024, 1).withValidFromOrdinal(29)));
    assertThat(Reports.located(VALIDATOR.validate(dataset.withSessions(replace(dataset.getSessions(), 0,
        s -> s.withOrdinal(5))), Locale.ENGLISH))).isEmpty();
  }

  @Test
  void loopingChains_doNotStopTheOtherRules() {
    Dataset dataset = body(1, b -> b.withParent("cstd").withReportsTo("cstd")).withEvents(
        graph().getEvents().get(0).withEnd(day(2024, 5, 1)));
    assertThat(Reports.located(VALIDATOR.validate(dataset, Locale.ENGLISH))).containsExactly(
        "/bodies/1/parent PARENT_LOOP", "/bodies/1/reportsTo REPORTING_LOOP", "/events/0/end DATES_REVERSED");
  }

  @Test
  void loop_isReportedWithItsLength() {
    Violation v = VALIDATOR.validate(body(0, b -> b.withReportsTo("cstd")), Locale.ENGLISH).getViolations().get(0);
    assertThat(v.getArguments()).containsEntry("length", "3");
    assertThat(v.getMessage()).contains("3");
  }

  @Test
  void duplicateId_namesTheFirstHolder() {
    Dataset dataset = graph()
        .withPrinciples(append(graph().getPrinciples(), Principle.builder().id("cstd").name("x").build()));
    Violation v = VALIDATOR.validate(dataset, Locale.forLanguageTag("ru")).getViolations().get(0);
    assertThat(v.getArguments()).containsEntry("first", "/bodies/2/id");
    assertThat(v.getMessage()).contains("/bodies/2/id").contains("идентификатор");
  }

  @Test
  void adoptionOutsideItsMeeting_namesTheMeetingsFirstAndLastDay() {
    Violation v = VALIDATOR.validate(instrument(1, i -> i.withAdoptedOn(day(2025, 12, 18))), Locale.ENGLISH)
        .getViolations().get(0);
    assertThat(v.getArguments()).containsEntry("first", "2025-12-16").containsEntry("last", "2025-12-17");
  }

  @Test
  void reviewPeriodOfOneYear_isNotReversed() {
    assertThat(
        Reports.located(VALIDATOR.validate(process(p -> p.withPeriodStart(2025).withPeriodEnd(2025)), Locale.ENGLISH)))
        .isEmpty();
  }
}

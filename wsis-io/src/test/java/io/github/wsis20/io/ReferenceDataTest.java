package io.github.wsis20.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wsis20.model.Body;
import io.github.wsis20.model.Dataset;
import io.github.wsis20.model.DateRange;
import io.github.wsis20.model.Deliverable;
import io.github.wsis20.model.DeliverableStatus;
import io.github.wsis20.model.Due;
import io.github.wsis20.model.Event;
import io.github.wsis20.model.Fulfilment;
import io.github.wsis20.model.Instrument;
import io.github.wsis20.model.Mandate;
import io.github.wsis20.model.MandateStatus;
import io.github.wsis20.model.Obligation;
import io.github.wsis20.model.Session;
import io.github.wsis20.model.SessionCalendar;
import io.github.wsis20.model.Source;
import io.github.wsis20.model.Supersession;
import io.github.wsis20.validation.DatasetValidator;
import io.github.wsis20.validation.Severity;
import io.github.wsis20.validation.ValidationReport;
import io.github.wsis20.validation.Violation;
import io.github.wsis20.validation.ViolationCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled dataset: valid, complete against docs/dataset-coverage.md, and its key facts. */
class ReferenceDataTest {
  private static final Dataset WSIS20 = ReferenceData.wsis20();

  /**
   * Warnings the bundled data is known to raise, both because neither the day nor the session of
   * Council Resolution 1332's earlier text is recorded (dataset README): DUE_BEFORE_ADOPTION cannot
   * be checked for its deliverables, nor SUPERSESSION_NOT_EARLIER for its 2024 revision. The other
   * instruments without a day have a meeting that bounds it.
   */
  private static final Set<String> EXPECTED_WARNINGS = Set.of(
      "itu-council-res-1332 adoptedOn DUE_BEFORE_ADOPTION",
      "itu-council-res-1332-2024 revises SUPERSESSION_NOT_EARLIER");

  private static final LocalDate DECEMBER_2026 = LocalDate.of(2026, 12, 2);

  @Test
  void loadsOnce() {
    assertThat(ReferenceData.wsis20()).isSameAs(WSIS20);
  }

  @Test
  void passesEveryRule() {
    ValidationReport report = DatasetValidator.builder().build().validate(WSIS20, Locale.ENGLISH);
    List<Violation> warnings = report.getViolations(Severity.WARNING);
    warnings.forEach(w -> System.out.println("bundled dataset warning: " + w));
    assertThat(report.getViolations(Severity.ERROR)).isEmpty();
    assertThat(warnings).allSatisfy(w -> assertThat(w.getCode()).isEqualTo(ViolationCode.RULE_NOT_CHECKED));
    assertThat(warnings.stream().map(w -> {
      String[] parts = w.getPointer().toString().split("/");
      return WSIS20.getInstruments().get(Integer.parseInt(parts[2])).getId() + " " + parts[3] + " "
          + w.getArguments().get("rule");
    }).collect(Collectors.toSet())).isEqualTo(EXPECTED_WARNINGS);
  }

  @Test
  void readsWithoutAnyViolation() throws IOException {
    byte[] bytes;
    try (var in = ReferenceData.class.getResourceAsStream("dataset/wsis20.yaml")) {
      bytes = in.readAllBytes();
    }
    ReadResult<Dataset> result = DatasetReader.yaml().read(bytes);
    assertThat(result.getReport().getViolations(Severity.ERROR)).isEmpty();
    assertThat(result.getValue()).contains(WSIS20);
  }

  @Test
  void reviewProcessIdsComeFromTheDataset() {
    assertThat(ReferenceData.reviewProcessIds()).containsExactly("wsis+20", "wsis+10", "wsis+20-follow-up");
  }

  @Test
  void contributionSchema_knowsTheSameReviewProcesses() throws IOException {
    JsonNode process = new ObjectMapper().readTree(JsonSchemas.contribution()).at("/properties/process/enum");
    List<String> known = new ArrayList<>();
    process.forEach(n -> known.add(n.textValue()));
    assertThat(known).containsExactlyElementsOf(ReferenceData.reviewProcessIds());
  }

  @Test
  void everyDeliverable_hasADueTheDatasetCanDate() {
    assertThat(WSIS20.obligations()).allSatisfy(o -> {
      assertThat(o.getDeliverable().getDue()).as(o.getDeliverable().getId()).isPresent();
      assertThat(o.getPeriod()).as(o.getDeliverable().getId()).isPresent();
    });
  }

  @Test
  void nothing_isOpenOnAnyDate() {
    for (LocalDate date : List.of(LocalDate.of(2003, 1, 1), LocalDate.of(2025, 7, 1), DECEMBER_2026,
        LocalDate.of(2040, 1, 1))) {
      assertThat(WSIS20.timeline(date)).as("as of %s", date).noneMatch(o -> o.statusOn(date) == DeliverableStatus.OPEN);
    }
  }

  @Test
  void everyEntityFacilitationAndFulfilment_citesASource() {
    assertThat(WSIS20.entities()).allSatisfy(e -> assertThat(e.getSources()).as(e.getId()).isNotEmpty());
    assertThat(WSIS20.getFacilitations()).allSatisfy(f -> assertThat(f.getSources()).as(f.toString()).isNotEmpty());
    assertThat(WSIS20.obligations()).flatExtracting(o -> o.getDeliverable().getFulfilments())
        .allSatisfy(f -> assertThat(f.getSources()).as(f.document()).isNotEmpty());
  }

  @Test
  void everyUnverifiedSource_saysWhatIsNotConfirmed() {
    assertThat(allSources()).filteredOn(s -> !s.isVerified())
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.getNote()).as(s.getCitation())
            .hasValueSatisfying(n -> assertThat(n).contains("confirm")));
  }

  @Test
  void citations_arePublicTitlesNotPlaceholdersOrAddresses() {
    assertThat(allSources()).extracting(Source::getCitation).allSatisfy(c -> assertThat(c)
        .doesNotContainIgnoringCase("as listed for the SDK").doesNotContainIgnoringCase("public record")
        .doesNotEndWith(" record").doesNotContain("://").doesNotContain("www."));
  }

  private static List<Source> allSources() {
    List<Source> sources = new ArrayList<>();
    WSIS20.entities().forEach(e -> sources.addAll(e.getSources()));
    WSIS20.getFacilitations().forEach(f -> sources.addAll(f.getSources()));
    WSIS20.obligations().forEach(o -> o.getDeliverable().getFulfilments().forEach(f -> sources.addAll(f.getSources())));
    return sources;
  }

  @Test
  void asOfDecember2026_theFollowUpDueIn2027IsAhead() {
    Obligation taskForce = WSIS20.obligationOf("ungis-financing-task-force-report").orElseThrow();
    assertThat(taskForce.getPeriod().map(DateRange::getFirst)).contains(LocalDate.of(2027, 1, 1));
    assertThat(taskForce.statusOn(DECEMBER_2026)).isEqualTo(DeliverableStatus.AHEAD);
    assertThat(taskForce.getInstrument().getSymbol()).map(Object::toString).contains("A/RES/80/173");
  }

  @Test
  void theWsis20Outcome_isDeliveredByARes80173() {
    Obligation outcome = WSIS20.obligationOf("unga-wsis20-outcome").orElseThrow();
    assertThat(outcome.statusOn(DECEMBER_2026)).isEqualTo(DeliverableStatus.DELIVERED);
    assertThat(outcome.getFulfilment()).map(Fulfilment::document).contains("A/RES/80/173");
    assertThat(outcome.getDeliveredOn()).contains(LocalDate.of(2025, 12, 17));
    assertThat(outcome.statusOn(LocalDate.of(2025, 12, 16))).isEqualTo(DeliverableStatus.DUE);
  }

  @Test
  void councilResolution1332_isRevisedFromTheCouncils2024Session() {
    assertThat(WSIS20.supersessionsOf("itu-council-res-1332")).singleElement().satisfies(s -> {
      assertThat(s.getLater().getId()).isEqualTo("itu-council-res-1332-2024");
      assertThat(s.getKind()).isEqualTo(Supersession.Kind.REVISION);
      assertThat(s.getEffective()).contains(LocalDate.of(2024, 6, 14));
    });
    assertThat(WSIS20.mandateStatusOn("itu-council-res-1332.invite-views", DECEMBER_2026))
        .contains(MandateStatus.SUPERSEDED);
  }

  @Test
  void theEcosocResolutionOf2025_hasNoGuessedSymbol() {
    Instrument ecosoc2025 = WSIS20.find("ecosoc-res-2025-wsis", Instrument.class).orElseThrow();
    assertThat(ecosoc2025.getSymbol()).isEmpty();
    assertThat(ecosoc2025.getSources()).anyMatch(s -> !s.isVerified());
  }

  @Test
  void cstdCalendar_holdsFromItsSixthSession() {
    SessionCalendar calendar = WSIS20.find("cstd", Body.class).orElseThrow().getCalendar().orElseThrow();
    assertThat(calendar.yearOf(6)).hasValue(2003);
    assertThat(calendar.yearOf(30)).hasValue(2027);
    assertThat(calendar.yearOf(5)).isEmpty();
  }

  @Test
  void wsisHighLevelEvents_areCoOrganizedByFourAgencies() {
    for (String id : List.of("wsis10-hle-2014", "wsis20-forum-hle-2024", "wsis20-hle-2025")) {
      assertThat(WSIS20.find(id, Event.class).orElseThrow().getOrganizers()).as(id)
          .containsExactlyInAnyOrder("itu", "unesco", "undp", "unctad");
    }
  }

  @Test
  void cstdReportIsDueInJune2025ThroughEcosocToTheGeneralAssembly() {
    Deliverable report = WSIS20.find("cstd-report", Deliverable.class).orElseThrow();
    assertThat(report.getDue()).contains(Due.parse("2025-06"));
    assertThat(report.getRoute().getAuthor()).isEqualTo("cstd");
    assertThat(report.getRoute().getThrough()).containsExactly("ecosoc");
    assertThat(report.getRoute().getTo()).containsExactly("unga");
  }

  @Test
  void unescoGeneralConference43EndsOn13NovemberWithTheSourceTextsDateSuperseded() {
    Session gc43 = WSIS20.find("unesco-gc-43", Session.class).orElseThrow();
    assertThat(gc43.getEnd()).contains(LocalDate.of(2025, 11, 13));
    List<Source> superseded = gc43.getSources().stream().filter(Source::isSuperseded).collect(Collectors.toList());
    assertThat(superseded).hasSize(1);
    Source old = superseded.get(0);
    assertThat(old.getQuote().orElse("") + " " + old.getNote().orElse("")).contains("15 November");
  }

  @Test
  void ituOwesItemsToItsCouncilAndPlenipotentiaryIn2026() {
    DateRange year2026 = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    List<Obligation> owed = WSIS20.owedBy("itu").stream()
        .filter(o -> o.getPeriod().map(p -> year2026.contains(p.getFirst()) && year2026.contains(p.getLast()))
            .orElse(false))
        .collect(Collectors.toList());
    assertThat(owed).anyMatch(o -> o.getDeliverable().getRoute().getTo().contains("itu-council"));
    assertThat(owed).anyMatch(o -> o.getDeliverable().getRoute().getTo().contains("itu-pp"));
  }

  /** Every id docs/dataset-coverage.md names exists, with the kind of its column. */
  @Test
  void everyIdOfTheCoverageDocumentIsInTheDataset() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("..", "docs", "dataset-coverage.md"));
    int rows = 0;
    List<String> missing = new ArrayList<>();
    for (String line : lines) {
      if (!line.startsWith("| paragraph")) {
        continue;
      }
      rows++;
      String[] cells = line.split("\\|");
      // cells: "", locator, text, instrument, mandates, deliverables, other ids
      Set<String> instruments = ids(cells[3]);
      Set<String> mandates = ids(cells[4]);
      Set<String> deliverables = ids(cells[5]);
      Set<String> others = ids(cells[6]);
      for (String id : instruments) {
        if (WSIS20.find(id, Instrument.class).isEmpty()) {
          missing.add("instrument " + id);
        }
      }
      for (String id : mandates) {
        if (WSIS20.find(id, Mandate.class).isEmpty()) {
          missing.add("mandate " + id);
        } else if (instruments.stream().noneMatch(i -> WSIS20.instrumentOf(id).map(Instrument::getId)
            .filter(i::equals).isPresent())) {
          missing.add("mandate " + id + " under " + instruments);
        }
      }
      for (String id : deliverables) {
        if (WSIS20.find(id, Deliverable.class).isEmpty()) {
          missing.add("deliverable " + id);
        } else if (mandates.stream().map(m -> WSIS20.find(m, Mandate.class)).flatMap(java.util.Optional::stream)
            .noneMatch(m -> m.getDeliverables().stream().anyMatch(d -> d.getId().equals(id)))) {
          missing.add("deliverable " + id + " under " + mandates);
        }
      }
      for (String id : others) {
        if (WSIS20.find(id).isEmpty()) {
          missing.add("entity " + id);
        }
      }
    }
    assertThat(rows).isEqualTo(18);
    assertThat(missing).isEmpty();
  }

  @Test
  void everyIdBeyondTheSourceTextIsInTheDataset() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "dataset-coverage.md"));
    String beyond = doc.substring(doc.indexOf("## Beyond the source text"));
    Set<String> ids = ids(beyond);
    assertThat(ids).hasSizeGreaterThan(15);
    assertThat(ids.stream().filter(id -> WSIS20.find(id).isEmpty())).isEmpty();
  }

  private static Set<String> ids(String cell) {
    Set<String> ids = new LinkedHashSet<>();
    Matcher m = Pattern.compile("`([a-z0-9][a-z0-9._:+-]*)`").matcher(cell);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }
}

package io.github.wsis20.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wsis20.model.Dataset;
import io.github.wsis20.model.DateRange;
import io.github.wsis20.model.Deliverable;
import io.github.wsis20.model.Due;
import io.github.wsis20.model.Instrument;
import io.github.wsis20.model.Mandate;
import io.github.wsis20.model.Obligation;
import io.github.wsis20.model.Session;
import io.github.wsis20.model.Source;
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
   * Warnings the bundled data is known to raise: one RULE_NOT_CHECKED, at Council Resolution
   * 1332's adoptedOn: neither its day nor its session is recorded (dataset README), so
   * DUE_BEFORE_ADOPTION cannot be checked for its deliverables. The other instruments without a
   * day have a meeting that bounds it.
   */
  private static final Set<ViolationCode> EXPECTED_WARNINGS = Set.of(ViolationCode.RULE_NOT_CHECKED);

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
    assertThat(warnings.stream().map(Violation::getCode).collect(Collectors.toSet())).isEqualTo(EXPECTED_WARNINGS);
    assertThat(warnings).allSatisfy(w -> assertThat(WSIS20.getInstruments()
        .get(Integer.parseInt(w.getPointer().toString().split("/")[2])).getId()).isEqualTo("itu-council-res-1332"));
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
    assertThat(ReferenceData.reviewProcessIds()).containsExactly("wsis+20", "wsis+10");
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

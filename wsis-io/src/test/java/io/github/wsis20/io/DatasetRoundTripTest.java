package io.github.wsis20.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wsis20.model.Dataset;
import io.github.wsis20.model.Deliverable;
import io.github.wsis20.model.DeliverableKind;
import io.github.wsis20.model.Due;
import io.github.wsis20.model.Fulfilment;
import io.github.wsis20.model.Instrument;
import io.github.wsis20.model.InstrumentKind;
import io.github.wsis20.model.Mandate;
import io.github.wsis20.model.MandateVerb;
import io.github.wsis20.model.Route;
import io.github.wsis20.model.Source;
import io.github.wsis20.model.symbol.DocumentSymbol;
import io.github.wsis20.validation.Severity;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The bundled dataset written and read back, in both formats, is equal to itself. */
class DatasetRoundTripTest {
  private static final Dataset WSIS20 = ReferenceData.wsis20();

  @Test
  void yamlRoundTrip() {
    byte[] yaml = DatasetWriter.yaml().writeBytes(WSIS20);
    ReadResult<Dataset> back = DatasetReader.yaml().read(yaml);
    assertThat(back.getReport().getViolations(Severity.ERROR)).isEmpty();
    assertThat(back.getValue()).contains(WSIS20);
    // Written again, the same bytes: the writer's output is stable.
    assertThat(DatasetWriter.yaml().writeBytes(back.getValue().orElseThrow())).isEqualTo(yaml);
  }

  @Test
  void jsonRoundTrip() {
    byte[] json = DatasetWriter.json().writeBytes(WSIS20);
    ReadResult<Dataset> back = DatasetReader.json().read(json);
    assertThat(back.getReport().getViolations(Severity.ERROR)).isEmpty();
    assertThat(back.getValue()).contains(WSIS20);
    assertThat(new String(json, StandardCharsets.UTF_8)).startsWith("{\n  \"schemaVersion\" : \"1.0\",\n  \"bodies\"");
  }

  @Test
  void emptyDatasetWritesOnlyTheVersion() {
    Dataset empty = Dataset.builder().build();
    assertThat(new String(DatasetWriter.yaml().writeBytes(empty), StandardCharsets.UTF_8))
        .isEqualTo("schemaVersion: \"1.0\"\n");
    assertThat(DatasetReader.yaml().read(DatasetWriter.yaml().writeBytes(empty)).getValue()).contains(empty);
  }

  /** The lifecycle members, present or absent, in both formats. */
  static final Dataset LIFECYCLE = Dataset.builder()
      .addInstrument(Instrument.builder().id("earlier").kind(InstrumentKind.RESOLUTION).adoptedBy("ecosoc")
          .adoptedOn(LocalDate.of(2025, 7, 29))
          .addSource(Source.builder().citation("a mailing-list post").verified(false).note("Secondary source.").build())
          .addMandate(Mandate.builder().id("earlier.road-map").verb(MandateVerb.RECOMMENDS).addressee("ungis")
              .action("develop a joint implementation road map").until(Due.session("cstd-29"))
              .addDeliverable(Deliverable.builder().id("road-map").kind(DeliverableKind.REPORT).title("road map")
                  .route(Route.direct("ungis", "cstd")).due(Due.session("cstd-29"))
                  .addFulfilment(Fulfilment.builder().symbol(DocumentSymbol.parse("E/CN.16/2026/3")).title("Road map")
                      .date(LocalDate.of(2026, 4, 20)).meeting("cstd-29").addSource(Source.of("E/CN.16/2026/3"))
                      .build())
                  .addFulfilment(Fulfilment.builder().title("Road map, second presentation").meeting("cstd-30").build())
                  .build())
              .build())
          .build())
      .addInstrument(Instrument.builder().id("later").kind(InstrumentKind.RESOLUTION).adoptedBy("ecosoc")
          .symbol(DocumentSymbol.parse("E/RES/2026/1")).revises("earlier").addSupersedes("earlier").build())
      .build();

  @Test
  void lifecycleMembers_roundTripInYamlAndJson() {
    ReadResult<Dataset> yaml = DatasetReader.withoutRules(DatasetFormat.YAML)
        .read(DatasetWriter.yaml().writeBytes(LIFECYCLE));
    ReadResult<Dataset> json = DatasetReader.withoutRules(DatasetFormat.JSON)
        .read(DatasetWriter.json().writeBytes(LIFECYCLE));
    assertThat(yaml.getValue()).contains(LIFECYCLE);
    assertThat(json.getValue()).contains(LIFECYCLE);
  }

  @Test
  void lifecycleMembers_areWrittenInTheirTextForms() {
    String yaml = new String(DatasetWriter.yaml().writeBytes(LIFECYCLE), StandardCharsets.UTF_8);
    assertThat(yaml).contains("until: \"session:cstd-29\"").contains("fulfilments:")
        .contains("symbol: \"E/CN.16/2026/3\"")
        .contains("date: \"2026-04-20\"").contains("meeting: \"cstd-30\"").contains("supersedes:")
        .contains("verified: false").contains("verb: \"RECOMMENDS\"");
    // The first instrument has no symbol, and none is written.
    assertThat(yaml.substring(0, yaml.indexOf("mandates:"))).doesNotContain("symbol:");
  }

  @Test
  void defaultsAndAbsentOptionalsAreLeftOut() {
    String yaml = new String(DatasetWriter.yaml().writeBytes(WSIS20), StandardCharsets.UTF_8);
    assertThat(yaml).doesNotContain("superseded: false").doesNotContain("verified: true")
        .contains("superseded: true").contains("verified: false").doesNotContain("null");
  }
}

package io.github.wsis20.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.wsis20.model.ActionLine;
import io.github.wsis20.model.Sdg;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.model.contribution.Stakeholder;
import io.github.wsis20.testing.Samples;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WsisModuleTest {
  static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new WsisModule());

  @Test
  void contribution_writesCanonicallyAndReadsBack() throws Exception {
    String json = MAPPER.writeValueAsString(Samples.contractExample());
    assertThat(json).isEqualTo(ContributionWriter.compact().writeString(Samples.contractExample()));
    assertThat(MAPPER.readValue(json, Contribution.class)).isEqualTo(Samples.contractExample());
  }

  @Test
  void module_isFoundThroughServiceLoader() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThat(mapper.getRegisteredModuleIds()).contains("io.github.wsis20.io.WsisModule");
    assertThat(mapper.readValue(Samples.contractExampleJson(), Contribution.class))
        .isEqualTo(Samples.contractExample());
  }

  @Test
  void codes_areTheirWireCodes() throws Exception {
    assertThat(MAPPER.writeValueAsString(List.of(ActionLine.C7_E_HEALTH, Sdg.CLIMATE_ACTION)))
        .isEqualTo("[\"C7.e-health\",13]");
    assertThat(MAPPER.readValue("{\"a\":\"C7.e-health\"}", new TypeReference<Map<String, ActionLine>>() {}))
        .containsEntry("a", ActionLine.C7_E_HEALTH);
    assertThat(MAPPER.readValue("[13]", new TypeReference<List<Sdg>>() {})).containsExactly(Sdg.CLIMATE_ACTION);
  }

  @Test
  void deserializer_isStrict() {
    String unknown = Samples.contractExampleJson().replace("\"id\":", "\"colour\": 1, \"id\":");
    assertThatThrownBy(() -> MAPPER.readValue(unknown, Contribution.class))
        .isInstanceOf(MismatchedInputException.class).hasMessageContaining("UNKNOWN_MEMBER at '/colour'");
    assertThatThrownBy(() -> MAPPER.readValue("{\"name\": \"n\", \"stakeholderGroup\": \"NGO\"}", Stakeholder.class))
        .isInstanceOf(MismatchedInputException.class).hasMessageContaining("UNKNOWN_STAKEHOLDER_GROUP");
    assertThatThrownBy(() -> MAPPER.readValue("[\"9\"]", new TypeReference<List<Sdg>>() {}))
        .isInstanceOf(MismatchedInputException.class).hasMessageContaining("WRONG_TYPE");
    assertThatThrownBy(() -> MAPPER.readValue("\"x\"", Contribution.class))
        .isInstanceOf(MismatchedInputException.class);
  }

  @Test
  void deserializer_throwsOneExceptionWithEveryReadingProblem() {
    String json = Samples.contractExampleJson().replace("\"name\":", "\"nme\":").replace("\"SUBMITTED\"", "\"SENT\"");
    assertThatThrownBy(() -> MAPPER.readValue(json, Contribution.class))
        .isInstanceOfSatisfying(InvalidPayloadException.class, e -> {
          assertThat(e.getReport().getViolations()).extracting(v -> v.getPointer() + " " + v.getCode())
              .containsExactly("/contributor/nme UNKNOWN_MEMBER", "/contributor/name REQUIRED",
                  "/status UNKNOWN_STATUS");
          assertThat(e.getFirstViolation().getPointer()).hasToString("/contributor/nme");
          assertThat(e).hasMessageContaining("REQUIRED at '/contributor/name'");
        });
  }

  @Test
  void reports_speakTheModulesLanguage() {
    ObjectMapper french = new ObjectMapper().registerModule(new WsisModule(java.util.Locale.FRENCH));
    assertThatThrownBy(() -> french.readValue("{\"name\": \"n\"}", Stakeholder.class))
        .isInstanceOfSatisfying(InvalidPayloadException.class,
            e -> assertThat(e.getReport().getLocale()).isEqualTo(java.util.Locale.FRENCH));
  }

  @Test
  void module_reportsTheSdksVersion() {
    com.fasterxml.jackson.core.Version version = new WsisModule().version();
    assertThat(version.isUnknownVersion()).isFalse();
    assertThat(version.getGroupId()).isEqualTo("io.github.wsis20");
    assertThat(version.getArtifactId()).isEqualTo("wsis-io");
  }

  @Test
  void nestedInTheApplicationsOwnTypes_itBindsToo() throws Exception {
    Map<String, Stakeholder> read = MAPPER.readValue(
        "{\"who\": {\"name\": \"n\", \"stakeholderGroup\": \"ACADEMIA\"}}",
        new TypeReference<Map<String, Stakeholder>>() {});
    assertThat(read.get("who").getName()).isEqualTo("n");
  }
}

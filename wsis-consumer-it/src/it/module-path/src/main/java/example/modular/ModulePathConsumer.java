package example.modular;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wsis20.io.ContributionReader;
import io.github.wsis20.io.ContributionWriter;
import io.github.wsis20.io.ReadResult;
import io.github.wsis20.model.contribution.Contribution;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a contribution on the module path, then round-trips it through an application's own
 * {@code ObjectMapper} that found the SDK's Jackson module by itself. Exits with status 1, which
 * fails the build, as soon as a step does not hold.
 */
public final class ModulePathConsumer {
  private static final String PAYLOAD = "{\"schemaVersion\":\"1.0\",\"id\":\"c-2024-0042\",\"process\":\"wsis+20\","
      + "\"title\":\"Community networks for last-mile connectivity\",\"language\":\"en\","
      + "\"contributor\":{\"name\":\"Example Community Networks Alliance\",\"stakeholderGroup\":\"CIVIL_SOCIETY\","
      + "\"country\":\"KEN\",\"email\":\"policy@example.org\"},"
      + "\"status\":\"SUBMITTED\",\"submittedAt\":\"2024-11-15T10:00:00Z\","
      + "\"actionLines\":[\"C2\",\"C7.e-agriculture\"],\"sdgs\":[9,17],"
      + "\"summary\":\"Community-owned networks connect rural users where operators do not invest.\","
      + "\"body\":\"Longer text of the input ...\","
      + "\"attachments\":[{\"uri\":\"https://example.org/input.pdf\",\"mediaType\":\"application/pdf\","
      + "\"sha256\":\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\",\"title\":\"Full input\"}],"
      + "\"keywords\":[\"community networks\",\"rural\"]}";

  private ModulePathConsumer() {}

  public static void main(String[] args) throws Exception {
    // Run from a class path, everything below would pass without the SDK's module descriptors.
    check(ModulePathConsumer.class.getModule().isNamed(), "expected the consumer to run as a named module");
    check("io.github.wsis20.io".equals(ContributionReader.class.getModule().getName()),
        "expected wsis-io to be the module io.github.wsis20.io, not " + ContributionReader.class.getModule());

    ReadResult<Contribution> result =
        ContributionReader.standard().read(PAYLOAD.getBytes(StandardCharsets.UTF_8), Locale.ENGLISH);
    check(result.isValid(), "expected the contribution to be valid, but the reader reported " + result.getReport());
    Contribution contribution = result.getValue().orElseThrow();

    // On the module path, ServiceLoader sees wsis-io's "provides", never its META-INF/services.
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    check(mapper.getRegisteredModuleIds().contains("io.github.wsis20.io.WsisModule"),
        "expected findAndRegisterModules() to find WsisModule through wsis-io's provides, but it registered "
            + mapper.getRegisteredModuleIds());
    String json = mapper.writeValueAsString(contribution);
    check(json.equals(ContributionWriter.compact().writeString(contribution)),
        "expected the module to write the canonical form, but it wrote " + json);
    Contribution back = mapper.readValue(json, Contribution.class);
    check(back.equals(contribution), "expected to read back the contribution written, but read " + back);

    System.out.println("module path: read " + contribution.getId() + " and round-tripped it through "
        + mapper.getRegisteredModuleIds());
  }

  private static void check(boolean holds, String what) {
    if (!holds) {
      System.out.println("module path: FAILED: " + what);
      System.exit(1);
    }
  }
}

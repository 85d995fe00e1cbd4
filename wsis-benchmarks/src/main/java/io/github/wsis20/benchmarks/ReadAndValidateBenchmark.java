package io.github.wsis20.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.wsis20.io.ContributionReader;
import io.github.wsis20.io.JsonSchemas;
import io.github.wsis20.io.ReadResult;
import io.github.wsis20.io.ReferenceData;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.validation.ContributionValidator;
import io.github.wsis20.validation.ValidationReport;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One payload, in memory, read and checked five ways: the SDK's one call, the floor that only
 * parses, the baseline a user would write, the JSON Schema peer, and the SDK's validation of a
 * contribution already built. Every way shares its parser, validator or schema across calls, as a
 * service would; nothing is built per call but what the call itself builds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 4, time = 2)
public class ReadAndValidateBenchmark {
  private static final ContributionReader SDK = ContributionReader.standard();
  // The validator of ContributionReader.standard(), built the same way.
  private static final ContributionValidator SDK_VALIDATOR = ContributionValidator.builder()
      .reviewProcesses(ReferenceData.reviewProcessIds())
      .build();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Validator NAIVE_VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
  // Format assertions off, as the schema's own differential test runs it: the schema says with
  // patterns what it asserts.
  private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(JsonSchemas.contribution(), SchemaValidatorsConfig.builder().formatAssertionsEnabled(false).build());

  /** Which payload. */
  @Param
  public Payload payload;

  // Package-private: the smoke test feeds the baseline a broken payload through it.
  byte[] bytes;
  private Contribution contribution;

  /** Takes the payload's bytes, and the contribution they hold for the validation-only case. */
  @Setup
  public void setUp() {
    bytes = payload.bytes();
    contribution = SDK.read(bytes).getValue().orElseThrow(
        () -> new IllegalStateException("the payload " + payload + " is not valid to the SDK"));
  }

  /**
   * The SDK: strict reading and every rule, in one call.
   *
   * @return the value or the report
   */
  @Benchmark
  public ReadResult<Contribution> sdkReadAndValidate() {
    return SDK.read(bytes);
  }

  /**
   * The floor: Jackson parses the bytes into a tree, and checks nothing.
   *
   * @return the tree
   * @throws IOException never for these payloads
   */
  @Benchmark
  public JsonNode jacksonReadTree() throws IOException {
    return MAPPER.readTree(bytes);
  }

  /**
   * The baseline: databind into a plain mutable class, then a default Hibernate Validator.
   *
   * @return the constraint violations
   * @throws IOException never for these payloads
   */
  @Benchmark
  public Set<ConstraintViolation<NaiveContribution>> naiveDatabindAndValidate() throws IOException {
    return NAIVE_VALIDATOR.validate(MAPPER.readValue(bytes, NaiveContribution.class));
  }

  /**
   * The peer: networknt's json-schema-validator checks the tree of the bytes against the SDK's
   * JSON Schema.
   *
   * @return the schema's messages
   * @throws IOException never for these payloads
   */
  @Benchmark
  public Set<ValidationMessage> schemaPeer() throws IOException {
    return SCHEMA.validate(MAPPER.readTree(bytes));
  }

  /**
   * The SDK's validation alone, of a contribution already built: what a service pays per call
   * when it builds values itself. Its allocation per call shows that no validator metadata is.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport sdkValidateOnly() {
    return SDK_VALIDATOR.validate(contribution, Locale.ENGLISH);
  }
}

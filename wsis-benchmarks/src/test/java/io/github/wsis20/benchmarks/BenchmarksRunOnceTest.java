package io.github.wsis20.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import io.github.wsis20.io.ContributionReader;
import io.github.wsis20.io.ReadResult;
import io.github.wsis20.io.ReferenceData;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.testing.Samples;
import io.github.wsis20.validation.ContributionValidator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Each benchmark method runs once and gives a sane answer: not a timing test, but the proof that a
 * benchmark run measures what it says (valid payloads found valid by every contestant, the whole
 * NDJSON file read) and that JMH can run every method.
 */
class BenchmarksRunOnceTest {
  private static final int RECORDS = 300;

  @Test
  void everyContestantFindsEachPayloadValid() throws IOException {
    for (Payload payload : Payload.values()) {
      ReadAndValidateBenchmark benchmark = new ReadAndValidateBenchmark();
      benchmark.payload = payload;
      benchmark.setUp();

      assertThat(benchmark.sdkReadAndValidate().isValid()).as("SDK, %s", payload).isTrue();
      assertThat(benchmark.jacksonReadTree().get("id").asText()).as("floor, %s", payload).isEqualTo("c-2024-0042");
      assertThat(benchmark.naiveDatabindAndValidate()).as("baseline, %s", payload).isEmpty();
      assertThat(benchmark.schemaPeer()).as("schema peer, %s", payload).isEmpty();
      assertThat(benchmark.sdkValidateOnly().isValid()).as("validation alone, %s", payload).isTrue();
    }
  }

  @Test
  void theVariantIsFiveKibibytesAndTheSameEveryTime() {
    assertThat(Payload.VARIANT_5KB.bytes()).hasSize(5 * 1024).isEqualTo(Payload.VARIANT_5KB.bytes());
    ReadResult<Contribution> read = ContributionReader.standard().read(Payload.VARIANT_5KB.bytes());
    assertThat(read.getValue()).hasValueSatisfying(c -> {
      assertThat(c.getAttachments()).hasSize(6);
      assertThat(c.getKeywords()).hasSize(14);
    });
  }

  @Test
  void theBaselineRejectsWhatTheContractRejects() throws IOException {
    ReadAndValidateBenchmark benchmark = new ReadAndValidateBenchmark();
    benchmark.payload = Payload.CONTRACT_EXAMPLE;
    benchmark.setUp();
    String example = new String(Payload.CONTRACT_EXAMPLE.bytes(), StandardCharsets.UTF_8);
    String broken = example.replace("\"SUBMITTED\"", "\"SENT\"").replace("\"KEN\"", "\"ke\"")
        .replace("\"C2\"", "\"C99\"").replace("\"sdgs\": [9, 17]", "\"sdgs\": [9, 18]");
    benchmark.bytes = broken.getBytes(StandardCharsets.UTF_8);

    Set<String> paths = benchmark.naiveDatabindAndValidate().stream()
        .map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());

    assertThat(paths).containsExactlyInAnyOrder("status", "contributor.country", "actionLines[0].<list element>",
        "sdgs[1].<list element>");
  }

  @Test
  void validatingAgainAllocatesNoValidatorMetadata() {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    Contribution example = Samples.contractExample();
    long start = threads.getCurrentThreadAllocatedBytes();
    ContributionValidator validator = ContributionValidator.builder()
        .reviewProcesses(ReferenceData.reviewProcessIds()).build();
    // The first call builds the metadata of every type it meets; later calls only use it.
    assertThat(validator.validate(example, Locale.ENGLISH).isValid()).isTrue();
    long firstCall = threads.getCurrentThreadAllocatedBytes() - start;

    int calls = 2_000;
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < calls; i++) {
      validator.validate(example, Locale.ENGLISH);
    }
    long perCall = (threads.getCurrentThreadAllocatedBytes() - before) / calls;

    assertThat(perCall).as("bytes a call, against %,d for building and the first call", firstCall)
        .isLessThan(firstCall / 50);
  }

  @Test
  void theNdjsonBenchmarksReadEveryRecordAndTheSdkFindsTheInvalidOnes() throws IOException {
    NdjsonBenchmark benchmark = new NdjsonBenchmark();
    benchmark.records = RECORDS;
    benchmark.setUp();
    NdjsonBenchmark.Volume volume = new NdjsonBenchmark.Volume();
    volume.reset();

    long valid = benchmark.sdkReadAndValidate(volume);
    long trees = benchmark.jacksonReadTree(volume);

    assertThat(valid).isEqualTo(RECORDS - RECORDS / NdjsonCorpus.INVALID_EVERY);
    assertThat(trees).isEqualTo(RECORDS);
    assertThat(volume.lines).isEqualTo(2L * RECORDS);
    assertThat(volume.megabytes).isEqualTo(2 * NdjsonCorpus.of(RECORDS).length / 1e6);
  }

  @Test
  void jmhRunsEveryBenchmarkMethodOnce() throws RunnerException {
    Options options = new OptionsBuilder()
        .include(ReadAndValidateBenchmark.class.getName() + "\\.")
        .include(NdjsonBenchmark.class.getName() + "\\.")
        .param("records", Integer.toString(RECORDS))
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementBatchSize(1)
        .mode(Mode.SingleShotTime)
        .shouldFailOnError(true)
        .verbosity(VerboseMode.SILENT)
        .build();

    Collection<RunResult> results = new Runner(options).run();

    Set<String> ran = results.stream()
        .map(r -> r.getParams().getBenchmark() + paramsOf(r))
        .collect(Collectors.toSet());
    Set<String> expected = new HashSet<>();
    for (String method : benchmarkMethods(ReadAndValidateBenchmark.class)) {
      for (Payload payload : EnumSet.allOf(Payload.class)) {
        expected.add(ReadAndValidateBenchmark.class.getName() + "." + method + " payload=" + payload);
      }
    }
    for (String method : benchmarkMethods(NdjsonBenchmark.class)) {
      expected.add(NdjsonBenchmark.class.getName() + "." + method + " records=" + RECORDS);
    }
    assertThat(ran).isEqualTo(expected);
    assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive().isFinite());
  }

  private static String paramsOf(RunResult result) {
    return result.getParams().getParamsKeys().stream()
        .map(k -> " " + k + "=" + result.getParams().getParam(k))
        .collect(Collectors.joining());
  }

  private static Set<String> benchmarkMethods(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .filter(m -> m.isAnnotationPresent(Benchmark.class))
        .map(Method::getName)
        .collect(Collectors.toSet());
  }
}

package io.github.wsis20.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.wsis20.io.NdjsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bulk: a generated NDJSON file of {@link #records} records, in memory, read and validated
 * whole by the SDK, against the floor of Jackson parsing each line into a tree. Each operation is
 * the whole file; the {@link Volume} counters turn that into megabytes and records per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class NdjsonBenchmark {
  private static final NdjsonReader SDK = NdjsonReader.standard();
  private static final ObjectReader TREES = new ObjectMapper().readerFor(JsonNode.class);

  /** How many records the file has. */
  @Param("100000")
  public int records;

  private byte[] file;

  /** What an operation read, as rates: JMH divides these by the time. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Volume {
    /** Megabytes (10^6 bytes) read. */
    public double megabytes;
    /** Records read. */
    public long lines;

    /** Counts from zero in each iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      megabytes = 0;
      lines = 0;
    }
  }

  /** Generates the file. */
  @Setup
  public void setUp() {
    file = NdjsonCorpus.of(records);
  }

  /**
   * The SDK reads and validates every record.
   *
   * @param volume the counters
   * @return how many records were valid
   */
  @Benchmark
  public long sdkReadAndValidate(Volume volume) {
    long[] valid = new long[1];
    long read = SDK.forEach(new ByteArrayInputStream(file), record -> {
      if (record.getResult().isValid()) {
        valid[0]++;
      }
    });
    volume.megabytes += file.length / 1e6;
    volume.lines += read;
    return valid[0];
  }

  /**
   * The floor: Jackson parses every line into a tree and checks nothing.
   *
   * @param volume the counters
   * @return how many trees were read
   * @throws IOException never for this file
   */
  @Benchmark
  public long jacksonReadTree(Volume volume) throws IOException {
    long read = 0;
    try (MappingIterator<JsonNode> trees = TREES.readValues(file)) {
      while (trees.hasNext()) {
        trees.next();
        read++;
      }
    }
    volume.megabytes += file.length / 1e6;
    volume.lines += read;
    return read;
  }
}

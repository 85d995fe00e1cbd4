package io.github.wsis20.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The HTTP example under load from a second process on loopback: every request, valid, invalid,
 * malformed, oversized or wrongly typed, gets its right answer, and the service's heap after the
 * run is what it was after a warm-up.
 *
 * <p>The sizes are set by system properties so that a longer campaign is one command away
 * (docs/robustness.md): {@code wsis.load.requests} (default 10,000) and {@code wsis.load.concurrency}
 * (default 32).
 */
class ContributionServiceLoadTest {
  static final int REQUESTS = Integer.getInteger("wsis.load.requests", 10_000);
  static final int CONCURRENCY = Integer.getInteger("wsis.load.concurrency", 32);
  // Retained heap may differ between two quiet moments by what caches and pools happen to hold;
  // a leak of even a hundred bytes per request would exceed this over the default run.
  static final long FLAT = 4 * 1024 * 1024;

  @Test
  void concurrentMixedRequestsFromAnotherProcess_areAllAnsweredRightlyInFlatMemory() throws Exception {
    try (ContributionService service = ContributionService.start(0)) {
      String warmUp = load(service.port(), 2_000);
      assertThat(warmUp).startsWith("requests=2000 right=2000 wrong=0");
      long before = retainedHeap();

      String run = load(service.port(), REQUESTS);
      long after = retainedHeap();

      System.out.printf("load: %s; retained heap after warm-up %d KiB, after the run %d KiB%n",
          run.strip(), before / 1024, after / 1024);
      assertThat(run).startsWith("requests=" + REQUESTS + " right=" + REQUESTS + " wrong=0");
      assertThat(after - before).isLessThan(FLAT);
    }
  }

  /** Runs {@link LoadClient} in its own JVM and returns what it printed; fails unless it exits 0. */
  static String load(int port, int requests) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process client = new ProcessBuilder(List.of(java.toString(), "-Xmx256m",
        "-cp", System.getProperty("java.class.path"), LoadClient.class.getName(),
        Integer.toString(port), Integer.toString(requests), Integer.toString(CONCURRENCY)))
        .redirectErrorStream(true).start();
    client.getOutputStream().close();
    byte[] printed = client.getInputStream().readAllBytes();
    assertThat(client.waitFor(10, TimeUnit.MINUTES)).isTrue();
    String output = new String(printed, StandardCharsets.UTF_8);
    assertThat(client.exitValue()).as(output).isZero();
    return output;
  }

  /** The heap in use after full collections, once it stops shrinking. */
  static long retainedHeap() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long least = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
      least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
    }
    return least;
  }
}

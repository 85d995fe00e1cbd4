package io.github.wsis20.examples;

import io.github.wsis20.io.ReadLimits;
import io.github.wsis20.testing.Samples;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A load generator for {@link ContributionService}, run as its own process so that the service's
 * heap holds only the service. It sends a fixed number of requests, a mix of valid, invalid,
 * oversized and wrongly typed ones, from a number of concurrent senders, checks every answer and
 * prints one summary line; it exits 0 only if every answer was the right one.
 *
 * <p>Arguments: port, requests, concurrency.
 */
public final class LoadClient {
  private LoadClient() {}

  /** What request {@code i} is, and the status it must get. */
  enum Kind {
    VALID(201), INVALID(422), MALFORMED(422), OVERSIZED(413), WRONG_TYPE(415);

    final int status;

    Kind(int status) {
      this.status = status;
    }

    static Kind of(int i) {
      // Mostly valid and invalid payloads, as a service sees them; the refusals often enough to matter.
      int slot = i % 20;
      return slot < 10 ? VALID : slot < 15 ? INVALID : slot < 17 ? MALFORMED : slot < 19 ? OVERSIZED : WRONG_TYPE;
    }
  }

  /**
   * Runs the load.
   *
   * @param args port, requests, concurrency
   * @throws Exception if the client itself fails
   */
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    int requests = Integer.parseInt(args[1]);
    int concurrency = Integer.parseInt(args[2]);
    URI uri = URI.create("http://127.0.0.1:" + port + "/contributions");
    String example = Samples.contractExampleJson();
    String oversized = "{\"title\":\"" + "x".repeat(ReadLimits.defaults().getMaxDocumentBytes()) + "\"}";

    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    ExecutorService senders = Executors.newFixedThreadPool(concurrency);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger right = new AtomicInteger();
    Map<String, Integer> wrong = new ConcurrentHashMap<>();
    AtomicLongArray micros = new AtomicLongArray(requests);
    CountDownLatch done = new CountDownLatch(concurrency);
    long start = System.nanoTime();
    for (int s = 0; s < concurrency; s++) {
      senders.execute(() -> {
        try {
          for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
            Kind kind = Kind.of(i);
            String id = "load-" + i;
            String body;
            switch (kind) {
              case VALID :
              case WRONG_TYPE :
                body = example.replace("c-2024-0042", id);
                break;
              case INVALID :
                body = example.replace("c-2024-0042", id).replace("\"KEN\"", "\"XXX\"");
                break;
              case MALFORMED :
                body = example.substring(0, i % example.lastIndexOf('}'));
                break;
              default :
                body = oversized;
            }
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", kind == Kind.WRONG_TYPE ? "text/plain" : "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long sent = System.nanoTime();
            String problem;
            try {
              HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
              problem = check(kind, id, response);
            } catch (java.io.IOException e) {
              problem = kind + " " + e.getClass().getSimpleName();
            }
            micros.set(i, (System.nanoTime() - sent) / 1000);
            if (problem == null) {
              right.incrementAndGet();
            } else {
              wrong.merge(problem, 1, Integer::sum);
            }
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          done.countDown();
        }
      });
    }
    done.await();
    senders.shutdown();
    long millis = (System.nanoTime() - start) / 1_000_000;
    long[] sorted = new long[requests];
    for (int i = 0; i < requests; i++) {
      sorted[i] = micros.get(i);
    }
    Arrays.sort(sorted);
    System.out.printf("requests=%d right=%d wrong=%d seconds=%.1f perSecond=%d p50ms=%.1f p99ms=%.1f maxms=%.1f%n",
        requests, right.get(), requests - right.get(), millis / 1000.0, requests * 1000L / Math.max(1, millis),
        sorted[requests / 2] / 1000.0, sorted[requests * 99 / 100] / 1000.0, sorted[requests - 1] / 1000.0);
    wrong.forEach((problem, count) -> System.out.println("wrong " + count + "x: " + problem));
    System.exit(right.get() == requests ? 0 : 1);
  }

  /** Null when the response is the one the kind of request must get, else what was wrong. */
  static String check(Kind kind, String id, HttpResponse<String> response) {
    if (response.statusCode() != kind.status) {
      return kind + " answered " + response.statusCode();
    }
    String type = response.headers().firstValue("Content-Type").orElse("");
    String body = response.body();
    switch (kind) {
      case VALID :
        return type.startsWith("application/json") && body.equals("{\"id\":\"" + id + "\"}")
            && response.headers().firstValue("Location").orElse("").equals("/contributions/" + id)
                ? null : kind + " wrong body";
      case INVALID :
        return type.startsWith("application/problem+json") && body.contains("\"status\":422")
            && body.contains("\"pointer\":\"/contributor/country\"") && body.contains("INVALID_COUNTRY")
                ? null : kind + " wrong problem";
      case MALFORMED :
        return type.startsWith("application/problem+json") && body.contains("\"status\":422")
            && body.contains("MALFORMED_JSON")
                ? null : kind + " wrong problem";
      default :
        return type.startsWith("application/problem+json") && body.contains("\"status\":" + kind.status)
            ? null : kind + " wrong problem";
    }
  }
}

package io.github.wsis20.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wsis20.testing.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Clients that send their headers and then stall, or trickle a byte at a time, hold no worker:
 * while more of them are open than the service has workers, other clients are answered at once,
 * and the slow ones are cut off at the request timeout with 408. Loopback only; every loop is
 * bounded in count and time.
 */
class ContributionServiceSlowClientTest {
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);
  static final Duration IDLE_TIMEOUT = Duration.ofSeconds(1);
  static final int WORKERS = 2;
  static final int SLOW = 8;

  static Socket stalled(int port, String bodyStart) throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setSoTimeout((int) REQUEST_TIMEOUT.multipliedBy(3).toMillis());
    socket.getOutputStream().write(("POST /contributions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n" + bodyStart)
        .getBytes(StandardCharsets.US_ASCII));
    return socket;
  }

  /** What the server sent before it closed, as text. */
  static String answer(Socket socket) throws IOException {
    InputStream in = socket.getInputStream();
    return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
  }

  @Test
  void stalledAndTricklingClients_doNotKeepOthersWaiting() throws Exception {
    BoundedHttpServer.Settings settings = BoundedHttpServer.Settings.defaults(ContributionService.MAX_BODY_BYTES)
        .withTimeouts(REQUEST_TIMEOUT, IDLE_TIMEOUT).withPool(WORKERS, 16, 64);
    ExecutorService tricklers = Executors.newFixedThreadPool(SLOW);
    try (ContributionService service = ContributionService.start(0, settings)) {
      List<Socket> slow = new ArrayList<>();
      for (int i = 0; i < SLOW; i++) {
        Socket socket = stalled(service.port(), "{");
        slow.add(socket);
        if (i % 2 == 1) {
          // A trickle: one byte every 300 ms, under the idle timeout, until the server closes.
          tricklers.execute(() -> {
            try {
              OutputStream out = socket.getOutputStream();
              for (int b = 0; b < 100; b++) {
                Thread.sleep(300);
                out.write(' ');
                out.flush();
              }
            } catch (IOException | InterruptedException e) {
              // The server closed the connection, as it should.
            }
          });
        }
      }

      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      long start = System.nanoTime();
      for (int i = 0; i < 20; i++) {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + service.port() + "/contributions")).timeout(Duration.ofSeconds(2))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(Samples.contractExampleJson())).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
      }
      Duration answered = Duration.ofNanos(System.nanoTime() - start);
      assertThat(answered).isLessThan(REQUEST_TIMEOUT);

      for (Socket socket : slow) {
        try (socket) {
          assertThat(answer(socket)).startsWith("HTTP/1.1 408 Request Timeout");
        }
      }
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(REQUEST_TIMEOUT.multipliedBy(3));
    } finally {
      tricklers.shutdownNow();
      assertThat(tricklers.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void clientThatSendsNothing_isClosedAfterTheIdleTimeout() throws Exception {
    BoundedHttpServer.Settings settings = BoundedHttpServer.Settings.defaults(ContributionService.MAX_BODY_BYTES)
        .withTimeouts(REQUEST_TIMEOUT, IDLE_TIMEOUT);
    try (ContributionService service = ContributionService.start(0, settings);
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), service.port())) {
      socket.setSoTimeout((int) REQUEST_TIMEOUT.toMillis());
      long start = System.nanoTime();

      assertThat(answer(socket)).startsWith("HTTP/1.1 408 Request Timeout");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(REQUEST_TIMEOUT);
    }
  }
}

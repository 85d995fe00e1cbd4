package io.github.wsis20.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The server's own bounds, with a handler that holds its worker until told. */
class BoundedHttpServerTest {
  final CountDownLatch release = new CountDownLatch(1);
  final CountDownLatch entered = new CountDownLatch(1);

  final BoundedHttpServer.Handler holding = new BoundedHttpServer.Handler() {
    @Override
    public BoundedHttpServer.Response handle(BoundedHttpServer.Request request) {
      entered.countDown();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new BoundedHttpServer.Response(200, Map.of(), "done".getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public BoundedHttpServer.Response refuse(int status, Map<String, String> headers) {
      return new BoundedHttpServer.Response(status, Map.of(), new byte[0]);
    }
  };

  BoundedHttpServer start(BoundedHttpServer.Settings settings) throws IOException {
    return new BoundedHttpServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), settings, holding);
  }

  static Socket send(int port, String request) throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setSoTimeout(10_000);
    socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
    return socket;
  }

  static String statusLine(Socket socket) throws IOException {
    InputStream in = socket.getInputStream();
    StringBuilder line = new StringBuilder();
    for (int b = in.read(); b >= 0 && b != '\r'; b = in.read()) {
      line.append((char) b);
    }
    return line.toString();
  }

  static final String GET = "GET / HTTP/1.1\r\nHost: x\r\n\r\n";

  @Test
  void fullQueue_isAnswered503AtOnce() throws Exception {
    BoundedHttpServer.Settings settings = BoundedHttpServer.Settings.defaults(1024).withPool(1, 1, 16);
    List<Socket> sockets = new ArrayList<>();
    try (BoundedHttpServer server = start(settings)) {
      sockets.add(send(server.port(), GET));
      assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
      sockets.add(send(server.port(), GET));
      Thread.sleep(200);
      try (Socket third = send(server.port(), GET)) {
        assertThat(statusLine(third)).isEqualTo("HTTP/1.1 503 Service Unavailable");
      }
      release.countDown();
      assertThat(statusLine(sockets.get(0))).isEqualTo("HTTP/1.1 200 OK");
      assertThat(statusLine(sockets.get(1))).isEqualTo("HTTP/1.1 200 OK");
    } finally {
      release.countDown();
      for (Socket s : sockets) {
        s.close();
      }
    }
  }

  @Test
  void connectionsPastTheLimit_areAnswered503AtOnce() throws Exception {
    BoundedHttpServer.Settings settings = BoundedHttpServer.Settings.defaults(1024).withPool(1, 1, 2);
    List<Socket> idle = new ArrayList<>();
    try (BoundedHttpServer server = start(settings)) {
      idle.add(send(server.port(), ""));
      idle.add(send(server.port(), ""));
      try (Socket third = send(server.port(), "")) {
        assertThat(statusLine(third)).isEqualTo("HTTP/1.1 503 Service Unavailable");
      }
    } finally {
      for (Socket s : idle) {
        s.close();
      }
    }
  }

  @Test
  void bodyOverTheLimit_is413BeforeItIsRead() throws Exception {
    BoundedHttpServer.Settings settings = BoundedHttpServer.Settings.defaults(1024);
    try (BoundedHttpServer server = start(settings);
        Socket socket = send(server.port(), "POST / HTTP/1.1\r\nContent-Length: 1025\r\n\r\n")) {
      assertThat(statusLine(socket)).isEqualTo("HTTP/1.1 413 Content Too Large");
    }
  }

  @Test
  void chunkedBody_is411() throws Exception {
    try (BoundedHttpServer server = start(BoundedHttpServer.Settings.defaults(1024));
        Socket socket = send(server.port(), "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")) {
      assertThat(statusLine(socket)).isEqualTo("HTTP/1.1 411 Length Required");
    }
  }

  @Test
  void headersPastTheLimit_are400() throws Exception {
    try (BoundedHttpServer server = start(BoundedHttpServer.Settings.defaults(1024));
        Socket socket = send(server.port(), "GET / HTTP/1.1\r\nX: " + "x".repeat(20_000) + "\r\n\r\n")) {
      assertThat(statusLine(socket)).isEqualTo("HTTP/1.1 400 Bad Request");
    }
  }

  @Test
  void twoDifferentLengths_are400() throws Exception {
    try (BoundedHttpServer server = start(BoundedHttpServer.Settings.defaults(1024));
        Socket socket = send(server.port(), "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")) {
      assertThat(statusLine(socket)).isEqualTo("HTTP/1.1 400 Bad Request");
    }
  }

  @Test
  void notHttp_is400() throws Exception {
    try (BoundedHttpServer server = start(BoundedHttpServer.Settings.defaults(1024));
        Socket socket = send(server.port(), "HELLO\r\n\r\n")) {
      assertThat(statusLine(socket)).isEqualTo("HTTP/1.1 400 Bad Request");
    }
  }

  @Test
  void requestTimeout_isKeptForATrickle() throws Exception {
    Duration timeout = Duration.ofMillis(800);
    BoundedHttpServer.Settings settings = BoundedHttpServer.Settings.defaults(1024).withTimeouts(timeout, timeout);
    try (BoundedHttpServer server = start(settings); Socket socket = send(server.port(), "GET / HTTP/1.1\r\n")) {
      long start = System.nanoTime();
      for (int i = 0; i < 5; i++) {
        Thread.sleep(300);
        try {
          socket.getOutputStream().write('X');
        } catch (IOException e) {
          break;
        }
      }
      assertThat(statusLine(socket)).isEqualTo("HTTP/1.1 408 Request Timeout");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(timeout.multipliedBy(3));
    }
  }
}

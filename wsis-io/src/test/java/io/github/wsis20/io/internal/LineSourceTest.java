package io.github.wsis20.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Lines are found at every byte offset, within a word of eight bytes and across chunks. */
class LineSourceTest {
  /** Bytes a word test could take for a line break: near it in value, or with its bits elsewhere. */
  private static final List<Byte> BYTES = List.of((byte) 'a', (byte) '\r', (byte) 0x0B, (byte) 0x09, (byte) 0x8A,
      (byte) 0x2A, (byte) 0x00, (byte) 0xFF, (byte) 0x1A, (byte) 0x0E);

  private static final Gen<byte[]> LINE = lists().of(arbitrary().pick(BYTES)).ofSizeBetween(0, 40)
      .zip(integers().between(0, 9000), (bytes, pad) -> {
        byte[] line = new byte[bytes.size() + (pad > 8900 ? pad : 0)];
        Arrays.fill(line, (byte) 'x');
        for (int i = 0; i < bytes.size(); i++) {
          line[i] = bytes.get(i);
        }
        return line;
      });

  @Test
  void everyLineIsFoundWhereverItsBreakFalls() {
    qt().withExamples(3_000).forAll(lists().of(LINE).ofSizeBetween(1, 30)).check(lines -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (byte[] line : lines) {
        out.writeBytes(line);
        out.write('\n');
      }
      return read(out.toByteArray()).equals(expected(lines));
    });
  }

  @Test
  void aBreakInTheLastBytesOfAChunkOrAWord() {
    // Short lines put the break at every place of a word; lines near the chunk's 8,192 bytes put
    // it at the chunk's end, and after it.
    java.util.stream.IntStream lengths = java.util.stream.IntStream.concat(java.util.stream.IntStream.range(0, 40),
        java.util.stream.IntStream.range(8_170, 8_200));
    for (int length : lengths.toArray()) {
      byte[] line = new byte[length];
      Arrays.fill(line, (byte) 'y');
      byte[] text = new byte[2 * length + 2];
      System.arraycopy(line, 0, text, 0, length);
      text[length] = '\n';
      System.arraycopy(line, 0, text, length + 1, length);
      text[2 * length + 1] = '\n';
      assertThat(read(text)).as("lines of %d bytes", length).containsExactly(Arrays.toString(line),
          Arrays.toString(line));
    }
  }

  private static List<String> expected(List<byte[]> lines) {
    List<String> expected = new ArrayList<>();
    for (byte[] line : lines) {
      int n = line.length > 0 && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
      expected.add(Arrays.toString(Arrays.copyOf(line, n)));
    }
    return expected;
  }

  private static List<String> read(byte[] text) {
    LineSource lines = new LineSource(new ByteArrayInputStream(text), 1 << 20);
    List<String> read = new ArrayList<>();
    try {
      while (lines.next()) {
        read.add(Arrays.toString(Arrays.copyOf(lines.bytes(), lines.length())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read;
  }
}

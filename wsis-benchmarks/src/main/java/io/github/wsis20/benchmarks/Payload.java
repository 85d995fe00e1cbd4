package io.github.wsis20.benchmarks;

import io.github.wsis20.io.ContributionWriter;
import io.github.wsis20.model.contribution.Attachment;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.testing.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The payloads every benchmark reads, as the same bytes for the SDK and its baselines: the
 * contract's example, and a deterministic variant of it of exactly {@value #VARIANT_BYTES} bytes
 * whose longer texts and lists make the per-member costs show.
 */
public enum Payload {
  /** The example of the contribution contract, exactly as the contract page prints it. */
  CONTRACT_EXAMPLE(Samples.contractExampleJson().getBytes(StandardCharsets.UTF_8)),
  /** The contract's example with more keywords, attachments and text: compact JSON of 5 KiB. */
  VARIANT_5KB(variant());

  /** The size of {@link #VARIANT_5KB}. */
  public static final int VARIANT_BYTES = 5 * 1024;

  private final byte[] bytes;

  Payload(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * The payload's bytes: UTF-8 JSON of a valid contribution. Each call returns a copy, so that no
   * benchmark can change what another reads.
   *
   * @return the bytes
   */
  public byte[] bytes() {
    return bytes.clone();
  }

  /**
   * Writes a payload to a file, for the script that times {@code wsis validate} on it:
   * {@code java -cp benchmarks.jar io.github.wsis20.benchmarks.Payload CONTRACT_EXAMPLE FILE}.
   *
   * @param args the payload's name and the file
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: Payload CONTRACT_EXAMPLE|VARIANT_5KB FILE");
      System.exit(2);
    }
    Files.write(Path.of(args[1]), valueOf(args[0]).bytes());
  }

  private static byte[] variant() {
    Contribution example = Samples.contractExample();
    Contribution.Builder builder = Contribution.builder().from(example)
        .summary("Community-owned networks connect rural users where operators do not invest; "
            + "this input describes twelve of them, what they cost and how regulators can help.");
    for (int i = 1; i <= 12; i++) {
      builder.addKeywords("keyword " + i);
    }
    for (int i = 1; i <= 5; i++) {
      builder.addAttachment(Attachment.builder()
          .uri("https://example.org/annex-" + i + ".pdf")
          .mediaType("application/pdf")
          .sha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f0a0" + (10 + i))
          .title("Annex " + i)
          .build());
    }
    Contribution shape = builder.body("").build();
    // The body takes up what the rest leaves of 5 KiB; its text is ASCII, one byte a character.
    int room = VARIANT_BYTES - ContributionWriter.compact().writeBytes(shape).length;
    String sentence = "Networks owned by their users reach villages that no operator serves. ";
    StringBuilder body = new StringBuilder(room);
    while (body.length() < room) {
      body.append(sentence, 0, Math.min(sentence.length(), room - body.length()));
    }
    byte[] bytes = ContributionWriter.compact().writeBytes(shape.withBody(body.toString()));
    if (bytes.length != VARIANT_BYTES) {
      throw new IllegalStateException("the 5 KiB variant came out at " + bytes.length + " bytes");
    }
    return bytes;
  }
}

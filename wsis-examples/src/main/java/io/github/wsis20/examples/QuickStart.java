package io.github.wsis20.examples;

import io.github.wsis20.io.ContributionReader;
import io.github.wsis20.io.ReadResult;
import io.github.wsis20.model.contribution.Contribution;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The README's Java quick start, compiled and run by the build so that it cannot rot. */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the quick start.
   *
   * @param args none
   */
  public static void main(String[] args) {
    // quick-start:begin
    // The bytes of a payload, as a service receives them from anyone: here a draft with two mistakes.
    byte[] payload = ("{\"schemaVersion\":\"1.0\",\"id\":\"c-1\",\"process\":\"wsis+20\",\"title\":\"Hello\","
        + "\"language\":\"en\",\"contributor\":{\"name\":\"Me\",\"stakeholderGroup\":\"GOVERNMENT\"},"
        + "\"status\":\"DRAFT\",\"sdgs\":[\"9\"]}").getBytes(StandardCharsets.UTF_8);
    ContributionReader reader = ContributionReader.standard(); // build once, share everywhere
    ReadResult<Contribution> result = reader.read(payload, Locale.ENGLISH);
    if (result.isValid()) {
      Contribution contribution = result.getValue().orElseThrow();
      System.out.println("valid: " + contribution.getId());
    } else {
      result.getReport().getViolations()
          .forEach(v -> System.out.println(v.getPointer() + " " + v.getCode() + ": " + v.getMessage()));
    }
    // quick-start:end
  }
}

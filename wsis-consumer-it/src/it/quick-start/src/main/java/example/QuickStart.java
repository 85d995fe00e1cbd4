package example;

import io.github.wsis20.io.ContributionReader;
import io.github.wsis20.io.ReadResult;
import io.github.wsis20.model.contribution.Contribution;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** README's Java quick start, compiled against the SDK as a user gets it. */
public final class QuickStart {
  public static void main(String[] args) {
    byte[] payload = ("{\"schemaVersion\":\"1.0\",\"id\":\"c-1\",\"process\":\"wsis+20\",\"title\":\"Hello\","
        + "\"language\":\"en\",\"contributor\":{\"name\":\"Me\",\"stakeholderGroup\":\"GOVERNMENT\"},"
        + "\"status\":\"DRAFT\",\"sdgs\":[\"9\"]}").getBytes(StandardCharsets.UTF_8);
    ContributionReader reader = ContributionReader.standard();   // build once, share everywhere
    ReadResult<Contribution> result = reader.read(payload, Locale.ENGLISH);
    if (result.isValid()) {
      Contribution contribution = result.getValue().orElseThrow();
      System.out.println("valid: " + contribution.getId());
    } else {
      result.getReport().getViolations().forEach(v ->
          System.out.println(v.getPointer() + " " + v.getCode() + ": " + v.getMessage()));
    }
  }
}

package io.github.wsis20.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wsis20.testing.InvalidPayloads;
import io.github.wsis20.validation.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shared list of the contract's invalid payloads says what the SDK's reader reports. */
class InvalidPayloadsTest {

  @Test
  void everyCase_reportsExactlyItsPointers() {
    List<InvalidPayloads.Case> cases = InvalidPayloads.contract();
    StringBuilder wrong = new StringBuilder();
    for (InvalidPayloads.Case c : cases) {
      ValidationReport report = ContributionReader.standard().read(c.getJson().getBytes(StandardCharsets.UTF_8))
          .getReport();
      Set<String> pointers = report.getViolations().stream().map(v -> v.getPointer().toString())
          .collect(Collectors.toCollection(TreeSet::new));
      if (report.isValid() || !pointers.equals(new TreeSet<>(c.getPointers()))) {
        wrong.append(c).append(": expected ").append(c.getPointers()).append(", got ").append(report).append('\n');
      }
    }
    assertThat(wrong.toString()).isEmpty();
  }

  @Test
  void cases_haveDistinctNamesAndPayloads() {
    List<InvalidPayloads.Case> cases = InvalidPayloads.contract();
    assertThat(cases.stream().map(InvalidPayloads.Case::getName)).doesNotHaveDuplicates();
    assertThat(cases.stream().map(InvalidPayloads.Case::getJson)).doesNotHaveDuplicates();
  }
}

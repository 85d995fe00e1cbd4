package io.github.wsis20.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wsis20.model.UnLanguage;
import io.github.wsis20.validation.internal.MessageCatalog;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Assertions on reports that every rule test shares. */
final class Reports {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

  private Reports() {}

  /** The report's violations as {@code "pointer CODE"} lines, after checking their arguments. */
  static List<String> located(ValidationReport report) {
    report.getViolations().forEach(Reports::assertArgumentsFitTheCatalogue);
    return report.getViolations().stream().map(v -> v.getPointer() + " " + v.getCode()).collect(Collectors.toList());
  }

  /** The pointers of a report's violations, in order, without repeats. */
  static Set<String> pointers(ValidationReport report) {
    report.getViolations().forEach(Reports::assertArgumentsFitTheCatalogue);
    return report.getViolations().stream().map(v -> v.getPointer().toString())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * A violation supplies only arguments its code declares, and every placeholder of its code's
   * template in each of the six languages is one it supplies.
   */
  static void assertArgumentsFitTheCatalogue(Violation violation) {
    assertThat(violation.getCode().getArguments()).as("declared arguments of %s", violation.getCode())
        .containsAll(violation.getArguments().keySet());
    for (UnLanguage language : UnLanguage.values()) {
      // The full template when the violation has what it names, the generic one otherwise.
      MessageCatalog catalog = MessageCatalog.of(language);
      String template = catalog.template(violation.getCode());
      if (!violation.getArguments().keySet().containsAll(placeholders(template))
          && catalog.genericTemplate(violation.getCode()) != null) {
        template = catalog.genericTemplate(violation.getCode());
      }
      assertThat(placeholders(template)).as("placeholders of %s in %s", violation.getCode(), language)
          .isSubsetOf(violation.getArguments().keySet());
    }
    assertThat(violation.getMessage()).doesNotContain("{").doesNotContain("}");
  }

  static Set<String> placeholders(String template) {
    Set<String> names = new LinkedHashSet<>();
    Matcher matcher = PLACEHOLDER.matcher(template);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}

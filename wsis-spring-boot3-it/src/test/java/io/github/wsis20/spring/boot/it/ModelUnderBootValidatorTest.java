package io.github.wsis20.spring.boot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wsis20.model.contribution.Attachment;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.model.contribution.Stakeholder;
import io.github.wsis20.testing.BrokenContributions;
import io.github.wsis20.testing.Samples;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.metadata.BeanDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The model's constraints under the Jakarta Validation provider and API that Spring Boot manages,
 * with its default bootstrap: through a plain {@link Validator} (Boot's) and through {@code @Valid}
 * on a Spring bean's method. The versions are those the build says this module runs on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ModelUnderBootValidatorTest {
  @Autowired
  Validator validator;

  @Autowired
  ReviewApplication.Archive archive;

  /** A property path as a JSON Pointer: property names and item indexes, whatever the provider prints. */
  static String pointer(Path path) {
    StringBuilder pointer = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable() && node.getIndex() != null) {
        pointer.append('/').append(node.getIndex());
      }
      if (node.getKind() == ElementKind.PROPERTY) {
        pointer.append('/').append(node.getName());
      }
    }
    return pointer.toString();
  }

  static String described(ConstraintViolation<?> v) {
    return pointer(v.getPropertyPath()) + " "
        + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
  }

  static String version(String group, String artifact) throws IOException {
    Properties pom = new Properties();
    try (InputStream in = Validator.class.getClassLoader()
        .getResourceAsStream("META-INF/maven/" + group + "/" + artifact + "/pom.properties")) {
      assertThat(in).as(artifact).isNotNull();
      pom.load(in);
    }
    return pom.getProperty("version");
  }

  @Test
  void provider_isTheOneSpringBootManages() throws IOException {
    assertThat(version("org.hibernate.validator", "hibernate-validator"))
        .startsWith(System.getProperty("expected.hibernate-validator"));
    assertThat(version("jakarta.validation", "jakarta.validation-api"))
        .startsWith(System.getProperty("expected.jakarta-validation"));
  }

  @Test
  void example_isValid() {
    assertThat(validator.validate(Samples.contractExample())).isEmpty();
    assertThat(archive.store(Samples.contractExample())).isEqualTo("c-2024-0042");
  }

  @Test
  void everyConstraint_isReportedAtItsPropertyByBootsValidator() {
    StringBuilder wrong = new StringBuilder();
    for (BrokenContributions.Case c : BrokenContributions.everyConstraint()) {
      List<String> found = validator.validate(c.getContribution()).stream().map(ModelUnderBootValidatorTest::described)
          .collect(Collectors.toList());
      if (!found.equals(List.of(c.toString()))) {
        wrong.append(c).append(": ").append(found).append('\n');
      }
    }
    assertThat(wrong.toString()).isEmpty();
  }

  @Test
  void everyConstraint_isReportedThroughValidOnASpringBean() {
    StringBuilder wrong = new StringBuilder();
    for (BrokenContributions.Case c : BrokenContributions.everyConstraint()) {
      try {
        archive.store(c.getContribution());
        wrong.append(c).append(": stored\n");
      } catch (ConstraintViolationException e) {
        List<String> found = e.getConstraintViolations().stream().map(ModelUnderBootValidatorTest::described)
            .collect(Collectors.toList());
        if (!found.equals(List.of(c.toString()))) {
          wrong.append(c).append(": ").append(found).append('\n');
        }
      }
    }
    assertThat(wrong.toString()).isEmpty();
  }

  @Test
  void violationMessages_areInterpolatedFromTheModelsBundle() {
    Contribution broken = BrokenContributions.everyConstraint().get(0).getContribution();

    assertThatThrownBy(() -> archive.store(broken)).isInstanceOfSatisfying(ConstraintViolationException.class,
        e -> assertThat(e.getConstraintViolations().iterator().next().getMessage()).doesNotStartWith("{").isNotBlank());
  }

  @Test
  void cases_coverEveryConstrainedPropertyOfTheModel() {
    Set<String> covered = BrokenContributions.everyConstraint().stream()
        .map(c -> c.getPointer().replaceAll("/\\d+", "").replaceAll(".*/", ""))
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> constrained = new TreeSet<>();
    for (Class<?> type : List.of(Contribution.class, Stakeholder.class, Attachment.class)) {
      BeanDescriptor bean = validator.getConstraintsForClass(type);
      bean.getConstrainedProperties().stream()
          // Required members are NotNull, which the builders already enforce: no instance breaks it.
          .filter(p -> p.getConstraintDescriptors().stream()
              .anyMatch(d -> d.getAnnotation().annotationType() != NotNull.class)
              || !p.getConstrainedContainerElementTypes().isEmpty())
          .forEach(p -> constrained.add(p.getPropertyName()));
    }
    assertThat(covered).containsAll(constrained);
  }
}

package io.github.wsis20.validation.internal;

import io.github.wsis20.model.constraints.EntityId;
import io.github.wsis20.validation.Pointer;
import io.github.wsis20.validation.ValidationReport;
import io.github.wsis20.validation.ViolationCode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Turns Jakarta Validation violations into the SDK's: a JSON Pointer in wire names, a code from
 * the catalogue, and the constraint's bounds as message arguments. Internal: not API.
 */
public final class BeanViolations {
  // One factory per clock: a factory is expensive to build and safe to share.
  private static final Map<Clock, ValidatorFactory> FACTORIES = new ConcurrentHashMap<>();

  private BeanViolations() {}

  /**
   * The validator of Hibernate Validator for a clock, built once per clock. Messages are
   * interpolated without Expression Language; the SDK words its own messages anyway.
   *
   * @param clock the clock for {@code @PastOrPresent}
   * @return the validator
   */
  public static Validator validator(Clock clock) {
    return FACTORIES.computeIfAbsent(clock, c -> Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .clockProvider(() -> c)
        .buildValidatorFactory()).getValidator();
  }

  /**
   * Adds violations to a report, in a stable order (by pointer, then code).
   *
   * @param violations what the validator found
   * @param report the report
   * @param <T> the validated type
   */
  public static <T> void addAll(Set<ConstraintViolation<T>> violations, ValidationReport.Builder report) {
    List<Mapped> mapped = violations.stream().map(BeanViolations::map)
        .sorted(Comparator.comparing((Mapped m) -> m.pointer.toString()).thenComparing(m -> m.code))
        .collect(Collectors.toList());
    for (Mapped m : mapped) {
      report.add(m.pointer, m.code, m.arguments);
    }
  }

  /**
   * The JSON Pointer of a violation's property path, in wire names.
   *
   * @param path the path
   * @return the pointer
   */
  public static Pointer pointer(Path path) {
    Pointer pointer = Pointer.root();
    for (Path.Node node : path) {
      Integer index = node.getIndex();
      if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
        if (index != null) {
          pointer = pointer.index(index);
        }
        continue;
      }
      if (node.getKind() != ElementKind.PROPERTY) {
        continue;
      }
      if (index != null) {
        pointer = pointer.index(index);
      }
      pointer = pointer.member(node.getName());
    }
    return pointer;
  }

  private static Mapped map(ConstraintViolation<?> violation) {
    Pointer pointer = pointer(violation.getPropertyPath());
    Annotation annotation = violation.getConstraintDescriptor().getAnnotation();
    Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
    Class<? extends Annotation> type = annotation.annotationType();
    Object value = violation.getInvalidValue();
    if (type == Size.class) {
      int min = (Integer) attributes.get("min");
      int max = (Integer) attributes.get("max");
      int size = value instanceof CharSequence ? ((CharSequence) value).length()
          : value instanceof Collection ? ((Collection<?>) value).size() : 0;
      ViolationCode code = value instanceof Collection ? ViolationCode.TOO_MANY_ITEMS
          : size < min ? ViolationCode.TOO_SHORT : ViolationCode.TOO_LONG;
      return new Mapped(pointer, code, "min", Integer.toString(min), "max", Integer.toString(max));
    }
    return new Mapped(pointer, codeOf(type, pointer));
  }

  private static ViolationCode codeOf(Class<? extends Annotation> type, Pointer pointer) {
    if (type == NotNull.class || type == NotEmpty.class) {
      return ViolationCode.REQUIRED;
    }
    if (type == NotBlank.class) {
      return ViolationCode.BLANK;
    }
    if (type == Email.class) {
      return ViolationCode.INVALID_EMAIL;
    }
    if (type == PastOrPresent.class) {
      return ViolationCode.IN_THE_FUTURE;
    }
    if (type == EntityId.class) {
      return ViolationCode.INVALID_ID;
    }
    if (type == Pattern.class) {
      String last = pointer.toString().substring(pointer.toString().lastIndexOf('/') + 1);
      if (last.equals("sha256")) {
        return ViolationCode.INVALID_SHA256;
      }
      if (last.equals("id")) {
        return ViolationCode.INVALID_ID;
      }
    }
    return ViolationCode.CONSTRAINT_VIOLATED;
  }

  private static final class Mapped {
    final Pointer pointer;
    final ViolationCode code;
    final String[] arguments;

    Mapped(Pointer pointer, ViolationCode code, String... arguments) {
      this.pointer = pointer;
      this.code = code;
      this.arguments = arguments;
    }
  }
}

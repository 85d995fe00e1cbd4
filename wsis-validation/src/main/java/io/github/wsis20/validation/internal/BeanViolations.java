package io.github.wsis20.validation.internal;

import io.github.wsis20.model.constraints.CodePointLength;
import io.github.wsis20.model.constraints.CompleteUnlessDraft;
import io.github.wsis20.model.constraints.ContributionId;
import io.github.wsis20.model.constraints.CountryCode;
import io.github.wsis20.model.constraints.EmailAddress;
import io.github.wsis20.model.constraints.EntityId;
import io.github.wsis20.model.constraints.GovernmentHasCountry;
import io.github.wsis20.model.constraints.HttpsUri;
import io.github.wsis20.model.constraints.LanguageTag;
import io.github.wsis20.model.constraints.MediaType;
import io.github.wsis20.model.constraints.NoControlCharacters;
import io.github.wsis20.model.constraints.NoFormattingCharacters;
import io.github.wsis20.model.constraints.NotAfterNow;
import io.github.wsis20.model.constraints.NotBlankText;
import io.github.wsis20.model.constraints.Sha256Digest;
import io.github.wsis20.model.constraints.UniqueItems;
import io.github.wsis20.model.constraints.VisibleText;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.validation.Pointer;
import io.github.wsis20.validation.ValidationReport;
import io.github.wsis20.validation.ViolationCode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs the model's Jakarta constraints and turns their violations into the SDK's: a JSON Pointer
 * in wire names, a code from the catalogue, and the constraint's bounds as message arguments.
 * This is the one place where a property path becomes a pointer. Internal: not API.
 *
 * <p>Each instance builds one Hibernate Validator factory, so a validator that owns one pays the
 * bootstrap once and the number of factories is the number of validators, not of clocks. Messages
 * are interpolated without Expression Language and then ignored: the SDK words its own.
 */
public final class BeanViolations {
  // Built once: a valid payload, the common case, has nothing to sort.
  private static final Comparator<Mapped> ORDER = Comparator.comparing((Mapped m) -> m.pointer.toString())
      .thenComparing(m -> m.code);

  // Hibernate Validator announces its version at INFO on first use; through java.util.logging's
  // default console handler that line reaches the standard error of every program that uses the
  // SDK. It is quieted unless the application chose a level for that logger. java.util.logging
  // holds loggers weakly: the field keeps the level from being forgotten.
  private static final Logger VERSION_LOG = Logger.getLogger("org.hibernate.validator.internal.util.Version");

  static {
    if (VERSION_LOG.getLevel() == null) {
      VERSION_LOG.setLevel(Level.WARNING);
    }
  }

  private static final String UNKNOWN_LANGUAGE_TEMPLATE = "{io.github.wsis20.model.constraints.LanguageTag.unknownLanguage.message}";

  private final Validator validator;
  private final jakarta.validation.ClockProvider clock;
  private final Map<String, Boolean> notBlank = new java.util.concurrent.ConcurrentHashMap<>();
  // The compiled plans of the types checked so far; an empty one where the provider must run.
  private final java.util.concurrent.ConcurrentHashMap<Class<?>, Optional<ConstraintPlan>> plans = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Builds the Jakarta Validation machinery.
   *
   * @param clock the clock of {@code @PastOrPresent}
   */
  public BeanViolations(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    // The factory is not closed: it lives as long as its owner, and holds only metadata caches.
    this.clock = () -> clock;
    this.validator = Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .clockProvider(this.clock)
        .buildValidatorFactory()
        .getValidator();
  }

  /**
   * Compiles the plan of a type now rather than on its first check, so that no call pays for it.
   *
   * @param type the type
   * @return whether the plan runs the type's constraints without the provider
   */
  public boolean prepare(Class<?> type) {
    return plan(type).isPresent();
  }

  private Optional<ConstraintPlan> plan(Class<?> type) {
    return plans.computeIfAbsent(type, t -> ConstraintPlan.of(validator, t));
  }

  /**
   * Checks a bean's constraints and adds what breaks to a report, in a stable order (by pointer,
   * then code).
   *
   * @param bean the bean
   * @param report the report
   */
  public void check(Object bean, ValidationReport.Builder report) {
    check(bean, report, true);
  }

  /**
   * Checks a bean as {@link #check(Object, ValidationReport.Builder)} does, through the compiled
   * plan or through the provider: the two give the same violations, which a test proves.
   *
   * @param bean the bean
   * @param report the report
   * @param planned whether the compiled plan may run, where there is one
   */
  public void check(Object bean, ValidationReport.Builder report, boolean planned) {
    List<ConstraintPlan.Found> found = new ArrayList<>();
    Optional<ConstraintPlan> plan = planned ? plan(planned(bean.getClass())) : Optional.empty();
    if (plan.isPresent()) {
      plan.get().check(bean, clock, found);
    } else {
      for (ConstraintViolation<Object> v : validator.validate(bean)) {
        found.add(
            new ConstraintPlan.Found(pointer(v.getPropertyPath()), v.getConstraintDescriptor(), v.getInvalidValue(),
                v.getMessageTemplate(), v.getLeafBean()));
      }
    }
    List<Mapped> mapped = new ArrayList<>();
    for (ConstraintPlan.Found f : found) {
      map(f, mapped);
    }
    if (mapped.size() > 1) {
      mapped.sort(ORDER);
    }
    for (Mapped m : mapped) {
      report.add(m.pointer, m.code, m.arguments);
    }
  }

  /**
   * The JSON Pointer of a violation's property path, in wire names: a property is a member, an
   * index of a list is an array index.
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
      // The index of a property node is that of the list holding the bean the property belongs to.
      if (index != null) {
        pointer = pointer.index(index);
      }
      pointer = pointer.member(node.getName());
    }
    return pointer;
  }

  /** The model's public type of a value: the abstract type an Immutables implementation extends. */
  private static Class<?> planned(Class<?> type) {
    return type.getSuperclass() != null && type.getSuperclass() != Object.class
        && !java.lang.reflect.Modifier.isPublic(type.getModifiers()) ? type.getSuperclass() : type;
  }

  /**
   * Whether the property a violation is about also must not be blank, on itself or on its
   * container's element ({@code Optional<@VisibleText String>}): its length then starts at 1.
   * Asked only of length violations, and answered once per bean class and property.
   */
  private boolean notBlank(ConstraintPlan.Found violation) {
    String property = null;
    for (String token : violation.pointer.tokens()) {
      if (!token.chars().allMatch(Character::isDigit)) {
        property = token;
      }
    }
    Object bean = violation.bean;
    if (bean == null || property == null) {
      return false;
    }
    String name = property;
    return notBlank.computeIfAbsent(bean.getClass().getName() + "#" + name, k -> {
      PropertyDescriptor descriptor = validator.getConstraintsForClass(bean.getClass()).getConstraintsForProperty(name);
      if (descriptor == null) {
        return false;
      }
      List<ConstraintDescriptor<?>> constraints = new ArrayList<>(descriptor.getConstraintDescriptors());
      for (ContainerElementTypeDescriptor element : descriptor.getConstrainedContainerElementTypes()) {
        constraints.addAll(element.getConstraintDescriptors());
      }
      return constraints.stream().map(c -> c.getAnnotation().annotationType()).anyMatch(t -> t == NotBlankText.class
          || t == VisibleText.class || t == NotBlank.class || t == NotEmpty.class);
    });
  }

  private void map(ConstraintPlan.Found violation, List<Mapped> out) {
    Pointer pointer = violation.pointer;
    Class<? extends Annotation> type = violation.descriptor.getAnnotation().annotationType();
    Map<String, Object> attributes = violation.descriptor.getAttributes();
    Object value = violation.value;
    if (type == UniqueItems.class && value instanceof Collection) {
      duplicates(pointer, (Collection<?>) value, out);
    } else if (type == CodePointLength.class || (type == Size.class && value instanceof CharSequence)) {
      // A text that may not be blank has at least one character, whatever the length constraint says.
      int min = Math.max((Integer) attributes.get("min"), notBlank(violation) ? 1 : 0);
      int max = (Integer) attributes.get("max");
      long length = value instanceof CharSequence ? ((CharSequence) value).codePoints().count() : 0;
      out.add(new Mapped(pointer, length < min ? ViolationCode.TOO_SHORT : ViolationCode.TOO_LONG,
          "min", Integer.toString(min), "max", Integer.toString(max)));
    } else if (type == Size.class) {
      int max = (Integer) attributes.get("max");
      int size = value instanceof Collection ? ((Collection<?>) value).size() : 0;
      out.add(size > max ? new Mapped(pointer, ViolationCode.TOO_MANY_ITEMS, "max", Integer.toString(max))
          : new Mapped(pointer, ViolationCode.TOO_FEW_ITEMS, "min", attributes.get("min").toString()));
    } else if (type == NotEmpty.class) {
      out.add(value instanceof Collection ? new Mapped(pointer, ViolationCode.TOO_FEW_ITEMS, "min", "1")
          : new Mapped(pointer, value == null ? ViolationCode.REQUIRED : ViolationCode.BLANK));
    } else if (type == Min.class) {
      out.add(new Mapped(pointer, ViolationCode.BELOW_MINIMUM, "min", attributes.get("value").toString()));
    } else if (type == Max.class) {
      out.add(new Mapped(pointer, ViolationCode.ABOVE_MAXIMUM, "max", attributes.get("value").toString()));
    } else if (type == CompleteUnlessDraft.class) {
      Object bean = violation.bean;
      String status = bean instanceof Contribution ? ((Contribution) bean).getStatus().name() : "";
      out.add(new Mapped(pointer, ViolationCode.REQUIRED_UNLESS_DRAFT, "status", status));
    } else if (type == LanguageTag.class) {
      out.add(new Mapped(pointer, UNKNOWN_LANGUAGE_TEMPLATE.equals(violation.template)
          ? ViolationCode.UNKNOWN_LANGUAGE : ViolationCode.INVALID_LANGUAGE_TAG));
    } else {
      out.add(new Mapped(pointer, codeOf(type)));
    }
  }

  private static final Map<Class<? extends Annotation>, ViolationCode> CODES = Map.ofEntries(
      Map.entry(NotNull.class, ViolationCode.REQUIRED),
      Map.entry(NotBlank.class, ViolationCode.BLANK),
      Map.entry(NotBlankText.class, ViolationCode.BLANK),
      Map.entry(VisibleText.class, ViolationCode.BLANK),
      Map.entry(PastOrPresent.class, ViolationCode.IN_THE_FUTURE),
      Map.entry(NotAfterNow.class, ViolationCode.IN_THE_FUTURE),
      Map.entry(NoControlCharacters.class, ViolationCode.CONTROL_CHARACTER),
      Map.entry(NoFormattingCharacters.class, ViolationCode.FORMATTING_CHARACTER),
      Map.entry(ContributionId.class, ViolationCode.INVALID_ID),
      Map.entry(EntityId.class, ViolationCode.INVALID_ENTITY_ID),
      Map.entry(CountryCode.class, ViolationCode.INVALID_COUNTRY),
      Map.entry(EmailAddress.class, ViolationCode.INVALID_EMAIL),
      Map.entry(HttpsUri.class, ViolationCode.INVALID_URI),
      Map.entry(MediaType.class, ViolationCode.INVALID_MEDIA_TYPE),
      Map.entry(Sha256Digest.class, ViolationCode.INVALID_SHA256),
      Map.entry(GovernmentHasCountry.class, ViolationCode.COUNTRY_REQUIRED_FOR_GOVERNMENT));

  private static ViolationCode codeOf(Class<? extends Annotation> type) {
    return CODES.getOrDefault(type, ViolationCode.CONSTRAINT_VIOLATED);
  }

  /**
   * One violation per repetition, at the repeated item, naming the first occurrence. Items are
   * compared as {@link UniqueItems} compares them: texts in Normalization Form C.
   */
  private static void duplicates(Pointer list, Collection<?> items, List<Mapped> out) {
    Map<Object, Integer> first = new HashMap<>();
    int index = 0;
    for (Object item : items) {
      Integer earlier = first.putIfAbsent(identity(item), index);
      if (earlier != null) {
        out.add(new Mapped(list.index(index), ViolationCode.DUPLICATE_ITEM, "first", list.index(earlier).toString()));
      }
      index++;
    }
  }

  private static Object identity(Object item) {
    if (item instanceof CharSequence) {
      String text = item.toString();
      return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
          : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
    return item;
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

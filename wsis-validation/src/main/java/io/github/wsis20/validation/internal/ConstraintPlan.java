package io.github.wsis20.validation.internal;

import io.github.wsis20.validation.Pointer;
import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The model's constraints on a type, compiled once from the provider's metadata into a plan that a
 * call runs without the provider: each constrained getter and its constraints, the validators of
 * those constraints (the model's own classes, initialized once), and the beans it cascades to.
 * Internal: not API.
 *
 * <p>It is the same rules, not a copy of them: the plan reads which constraints there are from the
 * provider's descriptors and runs the validators their annotations name. It compiles only what it
 * can run exactly as the provider would (constraints with one validator, {@code @NotNull} and
 * {@code @Size}, optional and list elements, {@code @Valid} beans, in the default group); for a type
 * with anything else, {@link #of} gives none and the provider runs. A differential test holds the
 * two to the same violations.
 */
final class ConstraintPlan {
  /** A broken constraint, as a provider's violation carries it. */
  static final class Found {
    final Pointer pointer;
    final ConstraintDescriptor<?> descriptor;
    final Object value;
    final String template;
    final Object bean;

    Found(Pointer pointer, ConstraintDescriptor<?> descriptor, Object value, String template, Object bean) {
      this.pointer = pointer;
      this.descriptor = descriptor;
      this.value = value;
      this.template = template;
      this.bean = bean;
    }
  }

  /** One constraint, ready to run: the model's validator, or the bounds of a built-in one. */
  private static final class Check {
    final ConstraintDescriptor<?> descriptor;
    final ConstraintValidator<Annotation, Object> validator;
    final String template;
    // Read once: the provider's annotations are proxies, slow to ask for every value.
    final boolean notNull;
    final int min;
    final int max;

    Check(ConstraintDescriptor<?> descriptor, ConstraintValidator<Annotation, Object> validator) {
      this.descriptor = descriptor;
      this.validator = validator;
      this.template = descriptor.getMessageTemplate();
      Annotation a = descriptor.getAnnotation();
      this.notNull = a instanceof NotNull;
      this.min = a instanceof Size ? ((Size) a).min() : 0;
      this.max = a instanceof Size ? ((Size) a).max() : Integer.MAX_VALUE;
    }
  }

  /** A getter, the checks of its value and of its elements, and the plan of the beans it holds. */
  private static final class Property {
    final String name;
    final Function<Object, Object> getter;
    final List<Check> checks = new ArrayList<>();
    final List<Check> elementChecks = new ArrayList<>();
    ConstraintPlan elements;
    boolean list;

    Property(String name, Function<Object, Object> getter) {
      this.name = name;
      this.getter = getter;
    }
  }

  private final List<Check> beanChecks = new ArrayList<>();
  private final List<Property> properties = new ArrayList<>();

  private ConstraintPlan() {}

  /**
   * Compiles the plan of a type, and of the beans it cascades to.
   *
   * @param provider the provider whose metadata says which constraints there are
   * @param type the type
   * @return the plan, or empty when a constraint of the type is one the plan cannot run
   */
  static Optional<ConstraintPlan> of(Validator provider, Class<?> type) {
    try {
      return Optional.of(compile(provider, type, new HashMap<>()));
    } catch (Unsupported | ReflectiveOperationException | ClassCastException e) {
      return Optional.empty();
    }
  }

  private static ConstraintPlan compile(Validator provider, Class<?> type, Map<Class<?>, ConstraintPlan> done)
      throws ReflectiveOperationException {
    ConstraintPlan known = done.get(type);
    if (known != null) {
      return known;
    }
    ConstraintPlan plan = new ConstraintPlan();
    done.put(type, plan);
    BeanDescriptor bean = provider.getConstraintsForClass(type);
    for (ConstraintDescriptor<?> d : bean.getConstraintDescriptors()) {
      plan.beanChecks.add(check(d));
    }
    for (PropertyDescriptor pd : bean.getConstrainedProperties()) {
      Method getter = getter(type, pd.getPropertyName());
      Property p = new Property(pd.getPropertyName(), accessor(getter));
      for (ConstraintDescriptor<?> d : pd.getConstraintDescriptors()) {
        p.checks.add(check(d));
      }
      if (pd.isCascaded()) {
        Class<?> held = getter.getReturnType();
        if (Collection.class.isAssignableFrom(held) || Map.class.isAssignableFrom(held) || held == Optional.class) {
          throw new Unsupported();
        }
        p.elements = compile(provider, held, done);
      }
      for (ContainerElementTypeDescriptor element : pd.getConstrainedContainerElementTypes()) {
        if (element.getTypeArgumentIndex() == null || element.getTypeArgumentIndex() != 0
            || !(element.getContainerClass() == List.class || element.getContainerClass() == Optional.class)
            || !element.getConstrainedContainerElementTypes().isEmpty()) {
          throw new Unsupported();
        }
        p.list = element.getContainerClass() == List.class;
        for (ConstraintDescriptor<?> d : element.getConstraintDescriptors()) {
          p.elementChecks.add(check(d));
        }
        if (element.isCascaded()) {
          p.elements = compile(provider, elementType(getter), done);
        }
      }
      plan.properties.add(p);
    }
    return plan;
  }

  private static Method getter(Class<?> type, String property) throws NoSuchMethodException {
    String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
    try {
      return type.getMethod("get" + suffix);
    } catch (NoSuchMethodException e) {
      return type.getMethod("is" + suffix);
    }
  }

  // A method handle in a field is not a constant to the JIT: invokeExact on it costs a generic
  // dispatch per call. A generated Function is an ordinary, inlinable call. Where one cannot be
  // generated (a getter the plan's module cannot see), the handle is called as before.
  @SuppressWarnings("unchecked")
  private static Function<Object, Object> accessor(Method getter) throws ReflectiveOperationException {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    MethodHandle target = lookup.unreflect(getter);
    try {
      return (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply",
          MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class), target,
          target.type().wrap()).getTarget().invokeExact();
    } catch (Throwable e) {
      MethodHandle generic = target.asType(MethodType.methodType(Object.class, Object.class));
      return bean -> {
        try {
          return (Object) generic.invokeExact(bean);
        } catch (Throwable t) {
          throw new IllegalStateException(t);
        }
      };
    }
  }

  private static Class<?> elementType(Method getter) {
    Type t = getter.getGenericReturnType();
    if (t instanceof ParameterizedType && ((ParameterizedType) t).getActualTypeArguments()[0] instanceof Class) {
      return (Class<?>) ((ParameterizedType) t).getActualTypeArguments()[0];
    }
    throw new Unsupported();
  }

  @SuppressWarnings("unchecked")
  private static Check check(ConstraintDescriptor<?> d) throws ReflectiveOperationException {
    Class<? extends Annotation> type = d.getAnnotation().annotationType();
    if (!d.getComposingConstraints().isEmpty() || d.getGroups().size() != 1
        || d.getGroups().iterator().next() != jakarta.validation.groups.Default.class) {
      throw new Unsupported();
    }
    if (type == NotNull.class || type == Size.class) {
      return new Check(d, null);
    }
    List<? extends Class<? extends ConstraintValidator<? extends Annotation, ?>>> validators = d
        .getConstraintValidatorClasses();
    if (validators.size() != 1) {
      throw new Unsupported();
    }
    ConstraintValidator<Annotation, Object> validator = (ConstraintValidator<Annotation, Object>) validators.get(0)
        .getDeclaredConstructor().newInstance();
    validator.initialize(d.getAnnotation());
    return new Check(d, validator);
  }

  /**
   * Runs the plan on a bean.
   *
   * @param bean the bean, not null
   * @param clock the clock of time constraints
   * @param found where broken constraints go
   */
  void check(Object bean, ClockProvider clock, List<Found> found) {
    run(bean, new Context(clock, found));
  }

  // The path is kept as tokens, and a pointer is built only for a broken constraint. The loops
  // count rather than iterate: the plan runs recursively, too deep for the compiler to remove every
  // iterator, and each would be allocated per bean.
  private void run(Object bean, Context context) {
    for (int i = 0; i < beanChecks.size(); i++) {
      context.run(beanChecks.get(i), bean, bean);
    }
    for (int k = 0; k < properties.size(); k++) {
      Property p = properties.get(k);
      Object value;
      try {
        value = p.getter.apply(bean);
      } catch (RuntimeException e) {
        throw new IllegalStateException("the getter of " + p.name + " failed", e);
      }
      context.path.add(p.name);
      for (int i = 0; i < p.checks.size(); i++) {
        context.run(p.checks.get(i), value, bean);
      }
      if (p.list && value instanceof List) {
        List<?> items = (List<?>) value;
        for (int i = 0; i < items.size(); i++) {
          context.path.add(i);
          element(p, items.get(i), bean, context);
          context.path.remove(context.path.size() - 1);
        }
      } else if (value instanceof Optional) {
        Optional<?> element = (Optional<?>) value;
        if (element.isPresent()) {
          element(p, element.get(), bean, context);
        }
      } else if (value != null && p.elements != null) {
        p.elements.run(value, context);
      }
      context.path.remove(context.path.size() - 1);
    }
  }

  private static void element(Property p, Object element, Object bean, Context context) {
    for (int i = 0; i < p.elementChecks.size(); i++) {
      context.run(p.elementChecks.get(i), element, bean);
    }
    if (element != null && p.elements != null) {
      p.elements.run(element, context);
    }
  }

  /**
   * The context the model's validators see: the clock, and the violations they build, with a
   * property node at most; the builder's other nodes are not used by the model's constraints.
   */
  private static final class Context implements ConstraintValidatorContext {
    final ClockProvider clock;
    final List<Found> found;
    final List<Object> path = new ArrayList<>(8);
    Check current;
    Object bean;
    boolean defaultDisabled;
    String template;
    Pointer node;

    Context(ClockProvider clock, List<Found> found) {
      this.clock = clock;
      this.found = found;
    }

    void run(Check c, Object value, Object bean) {
      boolean valid;
      if (c.validator == null) {
        valid = builtIn(c, value);
      } else {
        this.current = c;
        this.bean = bean;
        this.defaultDisabled = false;
        // The run is the validators' context: no object per call, and none per run.
        valid = c.validator.isValid(value, this);
      }
      if (!valid && !defaultDisabled) {
        found.add(new Found(pointer(), c.descriptor, value, c.template, bean));
      }
      defaultDisabled = false;
    }

    Pointer pointer() {
      Pointer p = Pointer.root();
      for (Object token : path) {
        p = token instanceof Integer ? p.index((Integer) token) : p.member((String) token);
      }
      return p;
    }

    private static boolean builtIn(Check c, Object value) {
      if (c.notNull) {
        return value != null;
      }
      int n = value instanceof Collection ? ((Collection<?>) value).size()
          : value instanceof CharSequence ? ((CharSequence) value).length() : -1;
      return n < 0 || n >= c.min && n <= c.max;
    }

    @Override
    public void disableDefaultConstraintViolation() {
      defaultDisabled = true;
    }

    @Override
    public String getDefaultConstraintMessageTemplate() {
      return current.template;
    }

    @Override
    public ClockProvider getClockProvider() {
      return clock;
    }

    @Override
    public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String messageTemplate) {
      template = messageTemplate;
      node = pointer();
      return (ConstraintViolationBuilder) builder(ConstraintViolationBuilder.class);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      throw new jakarta.validation.ValidationException("the SDK's constraint context unwraps to nothing");
    }

    /** A builder of one violation: a property node, then the violation. */
    private Object builder(Class<?> type) {
      return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
        switch (method.getName()) {
          case "addPropertyNode" :
          case "addNode" :
            node = node.member((String) args[0]);
            return builder(method.getReturnType());
          case "addConstraintViolation" :
            found.add(new Found(node, current.descriptor, bean, template, bean));
            return this;
          default :
            if (method.getDeclaringClass() == Object.class) {
              return method.invoke(this, args);
            }
            throw new UnsupportedOperationException("the SDK's constraint context builds property nodes only, not "
                + method.getName());
        }
      });
    }
  }

  /** A constraint the plan does not run the way a provider would. */
  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }
}

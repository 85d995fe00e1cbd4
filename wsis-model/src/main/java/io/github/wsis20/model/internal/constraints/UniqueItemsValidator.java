package io.github.wsis20.model.internal.constraints;

import io.github.wsis20.model.constraints.UniqueItems;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Checks {@link UniqueItems}. Internal: not API. */
public final class UniqueItemsValidator implements ConstraintValidator<UniqueItems, Collection<?>> {

  /** Creates the validator. */
  public UniqueItemsValidator() {}

  @Override
  public boolean isValid(Collection<?> value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Set<Object> seen = new HashSet<>();
    for (Object item : value) {
      if (!seen.add(identity(item))) {
        return false;
      }
    }
    return true;
  }

  /**
   * What an item is compared by: a text by its NFC form, so that canonically equivalent texts
   * (an {@code é} as one character or as {@code e} and a combining accent) are the same item, as
   * Unicode's conformance clause C6 says they are; anything else by itself.
   *
   * @param item an item, possibly null
   * @return what it is compared by
   */
  public static Object identity(Object item) {
    if (item instanceof CharSequence) {
      String text = item.toString();
      return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
    return item;
  }
}

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
    // The lists of the contract hold at most 30 items: comparing each pair costs less than hashing
    // them into a set, which every list of every payload would allocate.
    if (value.size() > 16) {
      Set<Object> seen = new HashSet<>();
      for (Object item : value) {
        if (!seen.add(identity(item))) {
          return false;
        }
      }
      return true;
    }
    Object[] items = value.toArray();
    for (int i = 0; i < items.length; i++) {
      items[i] = identity(items[i]);
      for (int j = 0; j < i; j++) {
        if (java.util.Objects.equals(items[i], items[j])) {
          return false;
        }
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
      // Below U+0300 (where the combining marks begin) every text is in NFC already.
      boolean plain = true;
      for (int i = 0; i < text.length() && plain; i++) {
        plain = text.charAt(i) < 0x300;
      }
      return plain || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
          : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
    return item;
  }
}

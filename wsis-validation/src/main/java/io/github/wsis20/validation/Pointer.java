package io.github.wsis20.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON Pointer (RFC 6901) to a value in a payload or dataset, in wire names:
 * {@code /contributor/country}, {@code /attachments/0/uri}. The empty pointer {@code ""} is the
 * whole document.
 */
public final class Pointer {
  private static final Pointer ROOT = new Pointer("");

  private final String text;

  private Pointer(String text) {
    this.text = text;
  }

  /**
   * The pointer to the whole document.
   *
   * @return the empty pointer
   */
  public static Pointer root() {
    return ROOT;
  }

  /**
   * Reads a pointer's text form.
   *
   * @param text {@code ""} or a sequence of {@code /}-prefixed, escaped tokens
   * @return the pointer
   * @throws IllegalArgumentException if the text is not empty and does not start with {@code /},
   *     or has a {@code ~} not followed by {@code 0} or {@code 1}
   */
  public static Pointer parse(String text) {
    Objects.requireNonNull(text, "text");
    if (!text.isEmpty() && text.charAt(0) != '/') {
      throw new IllegalArgumentException("a JSON Pointer is empty or starts with '/'");
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '~'
          && (i + 1 == text.length() || (text.charAt(i + 1) != '0' && text.charAt(i + 1) != '1'))) {
        throw new IllegalArgumentException("in a JSON Pointer '~' is followed by '0' or '1'");
      }
    }
    return text.isEmpty() ? ROOT : new Pointer(text);
  }

  /**
   * The pointer to a member of the object this pointer points to.
   *
   * @param name the member's name, unescaped
   * @return the child pointer
   */
  public Pointer member(String name) {
    return new Pointer(text + "/" + name.replace("~", "~0").replace("/", "~1"));
  }

  /**
   * The pointer to an item of the array this pointer points to.
   *
   * @param index the item's index, from 0
   * @return the child pointer
   */
  public Pointer index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("an array index is not negative");
    }
    return new Pointer(text + "/" + index);
  }

  /**
   * The pointer to the value that holds this one.
   *
   * @return the parent, or empty for the root
   */
  public Optional<Pointer> parent() {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    int slash = text.lastIndexOf('/');
    return Optional.of(slash == 0 ? ROOT : new Pointer(text.substring(0, slash)));
  }

  /**
   * Whether this pointer is a prefix's value or lies under it, token by token: {@code /a/b}
   * starts with {@code /a} and with itself, not with {@code /a/bc}; every pointer starts with the
   * root.
   *
   * @param prefix the pointer that may hold this one
   * @return true at or under {@code prefix}
   */
  public boolean startsWith(Pointer prefix) {
    return text.startsWith(prefix.text)
        && (text.length() == prefix.text.length() || text.charAt(prefix.text.length()) == '/');
  }

  /**
   * The reference tokens, unescaped: {@code ["attachments", "0", "uri"]}.
   *
   * @return the tokens, none for the root; unmodifiable
   */
  public List<String> tokens() {
    if (text.isEmpty()) {
      return List.of();
    }
    List<String> tokens = new ArrayList<>();
    int from = 1;
    for (int i = 1; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '/') {
        tokens.add(text.substring(from, i).replace("~1", "/").replace("~0", "~"));
        from = i + 1;
      }
    }
    return Collections.unmodifiableList(tokens);
  }

  /**
   * Whether this is the pointer to the whole document.
   *
   * @return true for {@code ""}
   */
  public boolean isRoot() {
    return text.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Pointer && ((Pointer) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * The RFC 6901 text form.
   *
   * @return the pointer, such as {@code /attachments/0/uri}
   */
  @Override
  public String toString() {
    return text;
  }
}

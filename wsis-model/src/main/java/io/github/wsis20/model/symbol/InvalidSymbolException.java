package io.github.wsis20.model.symbol;

/**
 * Thrown by {@link DocumentSymbol#parse(String)} when a text is not a document symbol of any
 * supported series. The message says which series the text looked like and which part is wrong,
 * and quotes at most a short prefix of the text.
 */
public final class InvalidSymbolException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  InvalidSymbolException(String message) {
    super(message);
  }
}

package io.github.wsis20.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The parsing cases of JSONTestSuite (https://github.com/nst/JSONTestSuite, MIT licence), bundled
 * as resources next to this class with their licence.
 */
public final class JsonTestSuite {
  private static final String FOLDER = "jsontestsuite/";

  /** What the suite expects of a parser for a case, from the file name's prefix. */
  public enum Expectation {
    /** {@code y_}: valid JSON, every parser accepts it. */
    ACCEPT,
    /** {@code n_}: not JSON, every parser refuses it. */
    REFUSE,
    /** {@code i_}: the RFC leaves it to the parser. */
    EITHER
  }

  /** One case: its file name, its bytes and what the suite expects. */
  public static final class Case {
    private final String name;
    private final byte[] bytes;

    Case(String name, byte[] bytes) {
      this.name = name;
      this.bytes = bytes;
    }

    /**
     * The file name.
     *
     * @return the name, such as {@code n_array_comma_and_number.json}
     */
    public String name() {
      return name;
    }

    /**
     * The file's bytes.
     *
     * @return a fresh copy
     */
    public byte[] bytes() {
      return bytes.clone();
    }

    /**
     * What the suite expects of a parser.
     *
     * @return the expectation the name's prefix gives
     */
    public Expectation expectation() {
      switch (name.charAt(0)) {
        case 'y' :
          return Expectation.ACCEPT;
        case 'n' :
          return Expectation.REFUSE;
        default :
          return Expectation.EITHER;
      }
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Case> CASES = load();

  private JsonTestSuite() {}

  /**
   * Every case.
   *
   * @return the cases, in file-name order
   */
  public static List<Case> cases() {
    return CASES;
  }

  private static List<Case> load() {
    List<Case> cases = new ArrayList<>();
    for (String name : new String(resource("index.txt"), StandardCharsets.UTF_8).split("\n")) {
      if (!name.isBlank()) {
        cases.add(new Case(name.strip(), resource(name.strip())));
      }
    }
    return Collections.unmodifiableList(cases);
  }

  private static byte[] resource(String name) {
    try (InputStream in = JsonTestSuite.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + FOLDER + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

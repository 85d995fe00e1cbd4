package io.github.wsis20.model.internal.constraints;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * An ISO code list bundled as a resource beside this class. Internal: not API.
 *
 * <p>Bundled rather than read from {@link java.util.Locale}: the JDK's lists change between
 * releases, and a payload's validity must not depend on the JDK that checks it. Each file's header
 * says where its codes come from and as of when.
 */
public final class CodeList {
  /** The officially assigned ISO 3166-1 alpha-3 codes, in capitals. */
  public static final Set<String> COUNTRIES = load("iso3166-1-alpha3.txt");

  /** The ISO 639-1, 639-2 and 639-3 language codes, in lower case. */
  public static final Set<String> LANGUAGES = load("iso639-languages.txt");

  private CodeList() {}

  private static Set<String> load(String name) {
    Set<String> codes = new HashSet<>();
    try (InputStream in = CodeList.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the model's code list " + name + " is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        for (String code : line.trim().split("\\s+")) {
          codes.add(code);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the model's code list " + name, e);
    }
    return Set.copyOf(codes);
  }
}

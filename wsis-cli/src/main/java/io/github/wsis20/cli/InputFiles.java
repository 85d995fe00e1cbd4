package io.github.wsis20.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens the files that {@code validate} and {@code convert} are given, and says why one cannot be. */
final class InputFiles {
  /** The phrase of a file that is not there. */
  static final String MISSING = "file.missing";
  /** The phrase of a directory given as a file. */
  static final String DIRECTORY = "file.directory";
  /** The phrase of a file that cannot be read. */
  static final String UNREADABLE = "file.unreadable";

  private InputFiles() {}

  /** Why a file cannot be opened: the key of its phrase, and the words of the JSON report. */
  static final class Unopenable extends IOException {
    private static final long serialVersionUID = 1L;
    final String problem;

    Unopenable(String problem) {
      super(problem);
      this.problem = problem;
    }
  }

  /**
   * The words {@code --output json} writes as a file's {@code error}: stable, in English.
   *
   * @param problem the key of the problem's phrase
   * @return the words
   */
  static String words(String problem) {
    switch (problem) {
      case MISSING :
        return "no such file";
      case DIRECTORY :
        return "is a directory";
      default :
        return "cannot be read";
    }
  }

  /**
   * Opens a file, or standard input for {@code -}.
   *
   * @param file the name as given
   * @return its bytes
   * @throws Unopenable when it is not there, is a directory or may not be read
   */
  static InputStream open(String file) throws Unopenable {
    if ("-".equals(file)) {
      return System.in;
    }
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw new Unopenable(MISSING);
    }
    if (Files.isDirectory(path)) {
      throw new Unopenable(DIRECTORY);
    }
    try {
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw new Unopenable(MISSING);
    } catch (IOException e) {
      throw new Unopenable(UNREADABLE);
    }
  }
}

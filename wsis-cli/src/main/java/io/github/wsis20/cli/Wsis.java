package io.github.wsis20.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code wsis} command: validate and convert contributions, print the JSON Schemas, and show
 * the bundled WSIS+20 timeline and reporting graph.
 *
 * <p>Exit codes: 0 when everything asked for is valid or done; 1 when at least one record is
 * invalid or unreadable as a contribution; 2 for wrong usage or a file that cannot be opened. No
 * command prints a stack trace.
 */
@Command(name = "wsis", mixinStandardHelpOptions = true, versionProvider = Wsis.Version.class, description = "Validates and converts WSIS+20 contributions, and shows the WSIS+20 review's timeline and routes.", commandListHeading = "%nCommands (each takes -h for its help):%n", exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
    "0:every record valid, or the command done", "1:at least one invalid or unreadable record",
    "2:wrong usage, or a file that cannot be opened"})
public final class Wsis {
  /** Exit code: done, everything valid. */
  static final int OK = 0;
  /** Exit code: at least one record invalid. */
  static final int INVALID = 1;
  /** Exit code: wrong usage or an unreadable file. */
  static final int USAGE = 2;

  // Hibernate Validator announces its version on java.util.logging; a command line keeps stderr for
  // problems. java.util.logging holds loggers weakly: without this field, a collection before
  // the validator starts would forget the level.
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  private Wsis() {}

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command line without exiting, for tests and embedding.
   *
   * @param args the arguments
   * @param out where results go
   * @param err where diagnostics go
   * @return the exit code
   */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    VALIDATOR_LOG.setLevel(Level.WARNING);
    // First of all, so that the validator gets ready while picocli reads the command line.
    if (args.length > 0 && (args[0].equals("validate") || args[0].equals("convert"))) {
      Preparation.start();
    }
    CommandLine cli = new CommandLine(new Wsis());
    // Picocli reads the annotations of every command it is given, which costs start-up time: a
    // run of one command is given that command alone, any other run (help, a mistake) all of them.
    Object named = args.length > 0 ? command(args[0]) : null;
    if (named != null) {
      cli.addSubcommand(args[0], named);
    } else {
      for (String name : COMMANDS) {
        cli.addSubcommand(name, command(name));
      }
      cli.addSubcommand("help", new CommandLine.HelpCommand());
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> USAGE);
    // FORMAT, json, JSON and Json are the same option value.
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // A usage error names what was expected, not the Java type that would have held it.
    cli.registerConverter(LocalDate.class, Wsis::date);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("wsis: " + (e.getMessage() != null ? TextReport.escaped(e.getMessage())
          : "the command stopped on a problem it does not know how to describe"));
      return USAGE;
    });
    return cli.execute(args);
  }

  /** The commands, in the order the help lists them. */
  private static final String[] COMMANDS = {"validate", "convert", "schema", "timeline", "graph"};

  private static Object command(String name) {
    switch (name) {
      case "validate" :
        return new ValidateCommand();
      case "convert" :
        return new ConvertCommand();
      case "schema" :
        return new SchemaCommand();
      case "timeline" :
        return new TimelineCommand();
      case "graph" :
        return new GraphCommand();
      default :
        return null;
    }
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + TextReport.escaped(text)
          + "' is not a date of the form YYYY-MM-DD, such as 2025-07-01");
    }
  }

  /** Reads the version the build wrote into the jar. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = Wsis.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"wsis " + properties.getProperty("version", "unknown") + " (WSIS+20 SDK)"};
    }
  }
}

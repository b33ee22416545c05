package org.vndirective.lineage.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ScopeType;

/** {@code java -jar lineage.jar COMMAND …}: each command is its own class; this one only wires them. */
@Command(name = "lineage", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "lineage 0.1.0",
        description = "Directive lineage graph: ingest texts, serve SPARQL, query, benchmark.",
        subcommands = {
                IngestCommand.class,
                ServeCommand.class,
                QueryCommand.class,
                DropCommand.class,
                GenerateCommand.class,
                HelpCommand.class,
        })
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        // Colours only when both streams are a terminal: never escapes in a log file.
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(Terminal.stdout() && Terminal.stderr()
                ? CommandLine.Help.Ansi.AUTO : CommandLine.Help.Ansi.OFF));
        cl.addSubcommand("bench", benchCommand());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            // A user error is one line, never a stack trace.
            cmd.getErr().println("lineage: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 2;
        });
        CommandLine.IParameterExceptionHandler standard = cl.getParameterExceptionHandler();
        cl.setParameterExceptionHandler((ex, args1) -> {
            // picocli reports a missing required option before an unknown one: `--outt x` is a misspelt `--out x`.
            CommandLine cmd = ex.getCommandLine();
            if (ex instanceof CommandLine.MissingParameterException && cmd.getParseResult() != null
                    && !cmd.getParseResult().unmatched().isEmpty()) {
                ex = new CommandLine.UnmatchedArgumentException(cmd, cmd.getParseResult().unmatched());
            }
            return standard.handleParseException(ex, args1);
        });
        return cl.execute(args);
    }

    /** The bench command is in lineage-bench.jar only (src/bench/java, with JMH and XChart): here, a pointer to it. */
    private static Object benchCommand() {
        try {
            return Class.forName("org.vndirective.lineage.cli.BenchCommand");
        } catch (ClassNotFoundException e) {
            return new NoBench();
        }
    }

    @Command(name = "bench", description = "Benchmarks: in lineage-bench.jar (mvn -q -DskipTests -Pbench package).")
    static final class NoBench implements Callable<Integer> {
        @CommandLine.Unmatched List<String> args;

        @Override public Integer call() {
            System.err.println("lineage: the benchmarks are not in this jar; build them with `mvn -q -DskipTests -Pbench package`"
                    + " and run `java -jar target/lineage-bench.jar bench ...`");
            return 2;
        }
    }

    @Override public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** A wrong option value: one line ({@code lineage: …}) and exit status 2. */
    static final class UsageError extends RuntimeException {
        UsageError(String message) { super(message); }
    }

    /** Whether a standard stream is a terminal (Linux: its file descriptor is a tty; elsewhere: the JVM has a console). */
    static final class Terminal {
        private Terminal() {}

        static boolean stdout() { return isTty(1); }

        static boolean stderr() { return isTty(2); }

        private static boolean isTty(int fd) {
            if (System.console() == null) return false;
            Path link = Path.of("/proc/self/fd/" + fd);
            if (!Files.exists(Path.of("/proc/self/fd"))) return true;
            try {
                String to = Files.readSymbolicLink(link).toString();
                return to.startsWith("/dev/pts/") || to.startsWith("/dev/tty") || to.equals("/dev/console");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
    }
}

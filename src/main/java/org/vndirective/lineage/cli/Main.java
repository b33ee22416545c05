package org.vndirective.lineage.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar lineage.jar COMMAND …}: each command is its own class; this one only wires them. */
@Command(name = "lineage", mixinStandardHelpOptions = true, version = "lineage 0.1.0",
        description = "Directive lineage graph: ingest texts, serve SPARQL, query, benchmark.",
        subcommands = {
                IngestCommand.class,
                ServeCommand.class,
                QueryCommand.class,
                DropCommand.class,
                GenerateCommand.class,
        })
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.addSubcommand("bench", benchCommand());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            // A user error is one line, never a stack trace.
            cmd.getErr().println("lineage: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 2;
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
}

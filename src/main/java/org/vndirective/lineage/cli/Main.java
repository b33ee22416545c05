package org.vndirective.lineage.cli;

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
                BenchCommand.class,
        })
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            // A user error is one line, never a stack trace.
            cmd.getErr().println("lineage: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 2;
        });
        return cl.execute(args);
    }

    @Override public void run() {
        new CommandLine(this).usage(System.out);
    }
}

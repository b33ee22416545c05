package org.vndirective.lineage.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vndirective.lineage.Ingest;
import org.vndirective.lineage.serve.LineageServer;
import org.vndirective.lineage.store.LineageStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "serve", description = "Ingest texts into the TDB2 store and serve SPARQL and the explorer.")
final class ServeCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders (default: the bundled sample corpus).")
    List<Path> paths = List.of();

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--data", defaultValue = "lineage-data", paramLabel = "DIR", description = "Store folder (default ./${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--cors", defaultValue = "*", paramLabel = "ORIGINS", description = "Origins allowed to call from a browser, comma-separated (default ${DEFAULT-VALUE}).")
    String cors;

    @Option(names = "--timeout", defaultValue = "10000,60000", paramLabel = "I,O", description = "Query time limits in ms: to the first row, overall (default ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = "--no-ingest", description = "Serve the store as it is.")
    boolean noIngest;

    @Option(names = "--admin", paramLabel = "USER:PASSWORD", description = "Add an update service at /lineage/update for this user (HTTP Basic); the server then listens on loopback only.")
    String admin;

    @Override public Integer call() {
        LineageStore store = LineageStore.builder().location(data).build();
        Runtime.getRuntime().addShutdownHook(new Thread(store::close));
        if (!noIngest) {
            List<Path> inputs = paths.isEmpty() ? List.of(SampleCorpus.extract()) : paths;
            IngestCommand.Progress bar = IngestCommand.Progress.onStderr(false);
            LineageStore.Loader loader = store.loader();
            Ingest.Outcome r = Ingest.create().inputs(inputs).listener(bar).problems(bar::problem).build().run(loader);
            bar.finish();
            System.out.println("ingested: " + r.summary());
            bar.errorLog(r.errorLog());
            System.out.println("store " + data + ": " + loader.report());
            if (!r.conforms()) {
                System.err.println("lineage: the ingest does not conform to ontology/shapes.ttl (a bug; please report it):");
                r.shapeViolations().forEach(v -> System.err.println("  " + v));
            }
        }
        LineageServer.Builder b = LineageServer.builder().port(port).dataset(store.dataset()).corsOrigins(cors).timeout(timeout);
        if (admin != null) {
            int colon = admin.indexOf(':');
            if (colon <= 0) {
                System.err.println("lineage: --admin takes USER:PASSWORD");
                return 2;
            }
            b.admin(admin.substring(0, colon), admin.substring(colon + 1));
        }
        LineageServer server = b.build().start();
        System.out.println("SPARQL endpoint: " + server.sparqlUrl());
        System.out.println("Explorer:        " + server.url() + "/");
        System.out.println("Documents:       " + server.url() + "/id/tw/ct/2007/10 (content negotiation: Turtle, JSON-LD, HTML)");
        System.out.println("Ready. Ctrl-C stops.");
        server.join();
        return 0;
    }
}

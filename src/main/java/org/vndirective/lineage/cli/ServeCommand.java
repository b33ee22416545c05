package org.vndirective.lineage.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.vndirective.lineage.serve.HeapLauncher;
import org.vndirective.lineage.serve.LineageServer;
import org.vndirective.lineage.store.GraphStore;
import org.vndirective.lineage.store.LineageStore;
import org.vndirective.lineage.store.RemoteStore;
import org.vndirective.lineage.store.TextSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = "Ingest texts into the store (TDB2, or another SPARQL engine with --store sparql:URL) and serve SPARQL and the explorer.")
final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to add to the store (default: the bundled sample corpus if the store is empty, else nothing new).")
    List<Path> paths = List.of();

    @Option(names = "--port", defaultValue = "3030", paramLabel = "PORT", description = "HTTP port (default ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--host", defaultValue = "localhost", paramLabel = "HOST", description = "Interface to listen on (default ${DEFAULT-VALUE}: this machine only; 0.0.0.0 for all).")
    String host;

    @Option(names = "--data", defaultValue = "lineage-data", paramLabel = "DIR", description = "Store folder (default ./${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--cors", defaultValue = "*", paramLabel = "ORIGINS", description = "Origins allowed to call from a browser, comma-separated (default ${DEFAULT-VALUE}; never with credentials).")
    String cors;

    @Option(names = "--timeout", defaultValue = "10000,60000", paramLabel = "I,O", description = "Query time limits in ms: to the first row, overall (default ${DEFAULT-VALUE}; at most 3600000).")
    String timeout;

    @Option(names = "--max-query-bytes", defaultValue = "102400", paramLabel = "N", description = "Larger queries get 413 before they are parsed (default ${DEFAULT-VALUE}).")
    int maxQueryBytes;

    @Option(names = "--allow-service", paramLabel = "URL", description = "A SPARQL endpoint SERVICE may call (repeatable; default none: the server sends no request anywhere).")
    List<String> allowService = List.of();

    @Option(names = "--heap", defaultValue = "2g", paramLabel = "SIZE", description = "The server's heap (default ${DEFAULT-VALUE}); serve runs itself again with it unless java was given -Xmx.")
    String heap;

    @Option(names = "--no-ingest", description = "Serve the store as it is.")
    boolean noIngest;

    @Option(names = "--store", defaultValue = "tdb2", paramLabel = "STORE", description = "tdb2 (the folder --data, the default) or sparql:URL: another engine, URL its SPARQL query endpoint (Virtuoso: http://host:8890/sparql).")
    String storeSpec;

    @Option(names = "--store-update", paramLabel = "URL", description = "The engine's SPARQL update endpoint (default: guessed from the query endpoint: Virtuoso's is the same URL, Fuseki's …/update).")
    String storeUpdate;

    @Option(names = "--store-gsp", paramLabel = "URL", description = "The engine's Graph Store Protocol endpoint (default: Virtuoso's /sparql-graph-crud, /sparql-graph-crud-auth with --store-user; Fuseki's …/data).")
    String storeGsp;

    @Option(names = "--store-user", paramLabel = "USER", description = "User for the engine (HTTP basic or digest); the password comes from --store-password or the environment variable LINEAGE_STORE_PASSWORD.")
    String storeUser;

    @Option(names = "--store-password", paramLabel = "PASSWORD", description = "Password for --store-user (visible to other users of this machine: prefer LINEAGE_STORE_PASSWORD).")
    String storePassword;

    @Option(names = "--search", paramLabel = "NAME", description = "Full-text search for the explorer: jena-text (TDB2's), virtuoso (bif:contains) or contains (plain SPARQL, slow); default: jena-text on TDB2, virtuoso for an endpoint at /sparql, else contains.")
    String search;

    @Option(names = "--admin", paramLabel = "USER:PASSWORD", description = "Add an update service at /lineage/update for this user (HTTP Basic); the server then listens on loopback only.")
    String admin;

    /**
     * What can be told wrong before anything starts, each in one line and exit status 2: the port, the host, the
     * heap, the paths, a store folder to serve as it is that holds no store, and a port another process listens on
     * (found before the ingest, not after it).
     */
    private void check() {
        if (port < 0 || port > 65535) throw new Main.UsageError("--port takes 0 (any free port) to 65535: " + port);
        HeapLauncher.checkHeap(heap);
        InetAddress address;
        try {
            address = host.equals("0.0.0.0") ? null : InetAddress.getByName(host.strip());
        } catch (UnknownHostException e) {
            throw new Main.UsageError("--host " + host + ": no such host or address on this machine");
        }
        for (Path p : paths) {
            if (!Files.exists(p)) throw new Main.UsageError("no such file or folder: " + p);
        }
        if (storeSpec.equals("tdb2") && noIngest && !LineageStore.exists(data)) {
            throw new Main.UsageError("no store at " + data + " to serve as it is; give the --data folder of an earlier `serve`, or leave out --no-ingest to load one");
        }
        if (port != 0) {
            try (ServerSocket probe = new ServerSocket()) {
                probe.setReuseAddress(true);
                probe.bind(address == null ? new InetSocketAddress(port) : new InetSocketAddress(address, port));
            } catch (BindException e) {
                throw new Main.UsageError("port " + port + " on " + host + " is in use (another server?); give another --port, or --port 0 for any free one");
            } catch (IOException e) {
                throw new Main.UsageError("cannot listen on " + host + ":" + port + ": " + e.getMessage());
            }
        }
    }

    @Override public Integer call() throws Exception {
        check();
        OptionalInt child = HeapLauncher.relaunch(heap, Main.class.getName(), spec.commandLine().getParseResult().originalArgs());
        if (child.isPresent()) return child.getAsInt();
        HeapLauncher.watchParent();
        LineageServer.Builder b = LineageServer.builder().port(port).host(host).corsOrigins(cors).timeout(timeout)
                .maxQueryBytes(maxQueryBytes).allowServices(allowService);
        if (admin != null) {
            int colon = admin.indexOf(':');
            if (colon <= 0) {
                System.err.println("lineage: --admin takes USER:PASSWORD");
                return 2;
            }
            b.admin(admin.substring(0, colon), admin.substring(colon + 1));
        }
        GraphStore store;
        if (storeSpec.startsWith("sparql:")) {
            String password = storePassword != null ? storePassword : System.getenv("LINEAGE_STORE_PASSWORD");
            RemoteStore.Endpoints e = RemoteStore.Endpoints.of(storeSpec.substring("sparql:".length()), storeUpdate, storeGsp, storeUser, password);
            TextSearch text = TextSearch.named(search != null ? search : URI.create(e.query()).getPath().equals("/sparql") ? "virtuoso" : "contains");
            RemoteStore remote = new RemoteStore(e, text, 0);
            System.out.println("store: " + e.query() + " (update " + e.update() + ", graph store " + e.gsp() + ")");
            store = remote;
            b.remote(e.query(), text);
            List<String> held;
            try {
                held = remote.sourceFiles();
            } catch (RuntimeException ex) {
                System.err.println("lineage: the engine at " + e.query() + " does not answer: " + ex.getMessage());
                return 1;
            }
            if (!noIngest && paths.isEmpty() && !held.isEmpty()) {
                // Loading the samples would replace the engine's corpus: with no paths, serve what it holds.
                System.out.println("the engine holds the graphs of " + held.size() + " files; serving them as they are (give paths to load)");
                noIngest = true;
            }
        } else if (storeSpec.equals("tdb2")) {
            if (search != null && !search.equals("jena-text")) {
                System.err.println("lineage: the TDB2 store searches with jena-text; --search " + search + " is for --store sparql:URL");
                return 2;
            }
            LineageStore tdb = LineageStore.builder().location(data).build();
            if (noIngest && tdb.interrupted()) {
                System.err.println("lineage: the last load into " + data + " was cut short; run `serve --data " + data + "` (without --no-ingest) to finish it");
                tdb.close();
                return 1;
            }
            store = tdb;
            b.dataset(tdb.dataset());
        } else {
            System.err.println("lineage: --store takes tdb2 or sparql:URL: " + storeSpec);
            return 2;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(store::close));
        if (!noIngest) {
            // No paths: the samples into an empty store; a store that has texts is loaded again as it is.
            List<Path> inputs = !paths.isEmpty() ? paths : store instanceof LineageStore tdb && !tdb.sourceFiles().isEmpty() ? List.of() : List.of(SampleCorpus.extract());
            IngestCommand.Progress bar = IngestCommand.Progress.onStderr(false);
            LineageStore.Update r = store.add(inputs, i -> i.listener(bar).problems(bar::problem));
            bar.finish();
            System.out.println("ingested: " + r.outcome().summary());
            bar.errorLog(r.outcome().errorLog());
            System.out.println("store: " + r.report());
            if (!r.outcome().conforms()) {
                System.err.println("lineage: the ingest does not conform to ontology/shapes.ttl (a bug; please report it):");
                r.outcome().shapeViolations().forEach(v -> System.err.println("  " + v));
            }
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

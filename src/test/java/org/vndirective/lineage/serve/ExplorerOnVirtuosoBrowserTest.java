package org.vndirective.lineage.serve;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.vndirective.lineage.store.RemoteStore;
import org.vndirective.lineage.store.SampleStore;
import org.vndirective.lineage.store.TextSearch;
import org.vndirective.lineage.store.Virtuoso;

/**
 * The explorer's browser test once more, against a serve backed by Virtuoso ({@code serve --store sparql:URL}): the
 * same texts go in by Graph Store Protocol PUTs, the explorer's queries go through to Virtuoso, and its searches
 * use Virtuoso's free-text index ({@code bif:contains}) over the ingest's folded copies ({@code vnd:searchText}).
 * Every test of the class it extends runs here too.
 */
class ExplorerOnVirtuosoBrowserTest extends ExplorerBrowserTest {
    static Virtuoso virtuoso;
    static RemoteStore remote;

    /** Hides the TDB2 start of the class it extends. */
    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        try {
            virtuoso = Virtuoso.start();
            remote = new RemoteStore(RemoteStore.Endpoints.of(virtuoso.sparql(), null, null, null, null), TextSearch.VIRTUOSO, 0);
            remote.add(List.of(SampleStore.SAMPLES, extraTexts()), b -> b);
            virtuoso.indexText();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        server = LineageServer.builder().port(0).remote(virtuoso.sparql(), TextSearch.VIRTUOSO).timeout("5000,10000").build().start();
        openBrowser();
    }

    @AfterAll
    static void stopVirtuoso() {
        if (remote != null) remote.close();
        if (virtuoso != null) virtuoso.close();
    }
}

package org.vndirective.lineage.store;

import java.nio.file.Path;
import java.util.List;
import org.vndirective.lineage.Lineage;

/**
 * Run in a child JVM by the store tests: "hold DIR" keeps a store open; "load DIR CORPUS" loads one; "add DIR CORPUS"
 * adds one (with -Dlineage.crashAt=POINT it halts there).
 */
public final class StoreChild {
    public static void main(String[] args) throws Exception {
        try (LineageStore store = LineageStore.builder().location(Path.of(args[1])).build()) {
            if (args[0].equals("hold")) {
                System.out.println("holding");
                System.out.flush();
                Thread.sleep(60_000);
            } else if (args[0].equals("add")) {
                store.add(List.of(Path.of(args[2])), b -> b);
                System.out.println("added");
            } else {
                var r = Lineage.ingest(List.of(Path.of(args[2])));
                System.out.println("loading");
                System.out.flush();
                store.load(r);
                System.out.println("loaded");
            }
        }
    }
}

package org.vndirective.lineage.store;

import java.nio.file.Path;
import java.util.List;

/** A store holding the bundled sample corpus, as the README's main command builds it. */
public final class SampleStore {
    public static final Path SAMPLES = Path.of("src/main/resources/corpus/lam-dong");

    private SampleStore() {}

    public static LineageStore open(Path dir, Path... corpora) {
        LineageStore store = LineageStore.builder().location(dir).build();
        store.add(corpora.length == 0 ? List.of(SAMPLES) : List.of(corpora), b -> b);
        return store;
    }
}

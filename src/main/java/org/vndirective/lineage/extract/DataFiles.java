package org.vndirective.lineage.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the JSON data files packaged under {@code org/vndirective/lineage/data/}. */
public final class DataFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DataFiles() {}

    public static JsonNode read(String name) {
        String path = "/org/vndirective/lineage/data/" + name;
        try (InputStream in = DataFiles.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing data file " + path);
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + path, e);
        }
    }
}

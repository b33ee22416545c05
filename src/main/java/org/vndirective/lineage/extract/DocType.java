package org.vndirective.lineage.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A document type: its class in the ontology ({@code vnd:Plan}), its names, the regular expression that finds
 * its name in folded text, and its notation codes.
 */
public record DocType(String className, String vi, String en, Pattern name, List<String> codes, boolean state,
                      List<String> examples) {
    public DocType {
        codes = List.copyOf(codes);
        examples = List.copyOf(examples);
    }
}

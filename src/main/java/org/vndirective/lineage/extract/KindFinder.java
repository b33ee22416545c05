package org.vndirective.lineage.extract;

/**
 * Finds one kind of mention. {@link MentionFinder} runs the finders in a fixed order over one {@link Draft}; each
 * sees what the earlier ones found (to leave those characters alone) and adds its own kind.
 */
interface KindFinder {
    void find(Draft draft);
}

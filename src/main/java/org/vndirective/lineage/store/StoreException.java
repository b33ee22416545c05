package org.vndirective.lineage.store;

/** The store cannot be used: locked by another process, damaged, or not writable. The message says which. */
public final class StoreException extends RuntimeException {
    public StoreException(String message) { super(message); }

    public StoreException(String message, Throwable cause) { super(message, cause); }
}

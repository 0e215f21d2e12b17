package org.smartpick.app.store;

import org.smartpick.core.program.Catalog;

/**
 * Serves the stored catalog from memory and reloads it when the stored version changes, so several server
 * instances on one database show the same catalog.
 */
public final class CatalogProvider {
    private final CatalogStore store;
    private Catalog cached;
    private long cachedVersion = -1;

    public CatalogProvider(CatalogStore store) {
        this.store = store;
    }

    /** The current catalog; throws when nothing has been stored yet. */
    public synchronized Catalog current() {
        long version = store.version();
        if (version != cachedVersion || cached == null) {
            cached = store.load().orElseThrow(() -> new IllegalStateException("no catalog stored yet; run 'smartpick catalog import' or start 'smartpick serve'"));
            cachedVersion = version;
        }
        return cached;
    }

    /** Stores {@code catalog} in one transaction; the next {@link #current()} on any instance serves it. */
    public synchronized CatalogStore.SaveResult replace(Catalog catalog) {
        return store.save(catalog);
    }

    public synchronized long version() {
        current();
        return cachedVersion;
    }
}

package org.smartpick.app.store;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.smartpick.core.program.Catalog;

/**
 * Serves the stored catalog from memory and reloads it when the stored version changes, so several server
 * instances on one database show the same catalog. The stored version is read at most once per
 * {@code recheckAfter} (one second by default), not on every call: a catalog imported through another instance is
 * served here within that window; one replaced through this instance is served at once.
 */
public final class CatalogProvider {
    /** How long a checked version is trusted before the store is asked again. */
    public static final Duration DEFAULT_RECHECK = Duration.ofSeconds(1);

    private final CatalogStore store;
    private final long recheckNanos;
    private final LongSupplier nanoTime;
    private Catalog cached;
    private long cachedVersion = -1;
    private long checkedAtNanos;

    public CatalogProvider(CatalogStore store) {
        this(store, DEFAULT_RECHECK, System::nanoTime);
    }

    /** {@code nanoTime} is a monotonic clock in nanoseconds (System::nanoTime, or a fake in tests). */
    public CatalogProvider(CatalogStore store, Duration recheckAfter, LongSupplier nanoTime) {
        this.store = store;
        this.recheckNanos = recheckAfter.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The current catalog; throws when nothing has been stored yet. */
    public synchronized Catalog current() {
        long now = nanoTime.getAsLong();
        if (cached != null && now - checkedAtNanos < recheckNanos) {
            return cached;
        }
        long version = store.version();
        if (version != cachedVersion || cached == null) {
            cached = store.load()
                    .orElseThrow(() -> new IllegalStateException(
                            "no catalog stored yet; run 'smartpick catalog import' or start 'smartpick serve'"));
            cachedVersion = version;
        }
        checkedAtNanos = now;
        return cached;
    }

    /** Stores {@code catalog} in one transaction; the next {@link #current()} here serves it, on other instances within the recheck window. */
    public synchronized CatalogStore.SaveResult replace(Catalog catalog) {
        CatalogStore.SaveResult result = store.save(catalog);
        cached = null;
        return result;
    }

    public synchronized long version() {
        current();
        return cachedVersion;
    }
}

package org.smartpick.app.store;

import java.util.Optional;
import java.util.function.Supplier;
import org.smartpick.core.program.Catalog;

/** Keeps the whole catalog and a version number that changes only when the catalog's content changes. */
public interface CatalogStore {
    /** The stored version: 0 before any catalog was saved. */
    long version();

    Optional<Catalog> load();

    /** Replaces the stored catalog in one transaction; saving equal content changes nothing. */
    SaveResult save(Catalog catalog);

    /** Saves {@code catalog} only when nothing was ever stored (first start), in one transaction. */
    SaveResult saveIfEmpty(Supplier<Catalog> catalog);

    /** The version after a save and whether the content changed. */
    record SaveResult(long version, boolean changed) {}
}

package org.smartpick.app.cli;

import org.smartpick.app.config.Settings;
import org.smartpick.app.importing.ShippedCatalog;
import org.smartpick.app.store.CatalogStore;
import org.smartpick.app.store.Database;
import org.smartpick.app.store.JdbiCatalogStore;

/** An open database with its catalog store; the shipped catalog is stored on first use. */
record StoreSession(Database database, CatalogStore store) implements AutoCloseable {
    static StoreSession open(Settings settings) {
        Database database = Database.open(settings);
        try {
            CatalogStore store = new JdbiCatalogStore(database.jdbi());
            store.saveIfEmpty(ShippedCatalog::load);
            return new StoreSession(database, store);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    @Override
    public void close() {
        database.close();
    }
}

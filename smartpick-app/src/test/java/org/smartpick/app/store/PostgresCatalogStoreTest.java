package org.smartpick.app.store;

class PostgresCatalogStoreTest extends CatalogStoreContract {
    @Override
    Database openDatabase() {
        Database opened = Database.open(TestDatabases.postgres());
        TestDatabases.reset(opened);
        return opened;
    }
}

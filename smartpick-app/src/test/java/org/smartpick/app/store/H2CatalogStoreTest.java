package org.smartpick.app.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2CatalogStoreTest extends CatalogStoreContract {
    @TempDir
    Path dir;

    @Override
    Database openDatabase() {
        return Database.open(TestDatabases.h2(dir));
    }
}

package org.smartpick.app.web.pages;

import org.smartpick.app.config.Settings;
import org.smartpick.app.store.TestDatabases;

/** The saved-profile tests on PostgreSQL (SMARTPICK_TEST_DB_URL), from the same migration as on H2. */
class PostgresSavedProfilesTest extends SavedProfilesTest {
    @Override
    Settings settings() {
        return TestDatabases.postgres();
    }
}

package org.smartpick.app.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.app.config.Settings;
import org.smartpick.app.store.Database;
import org.smartpick.app.store.TestDatabases;

/** Saved profiles on H2; {@link PostgresSavedProfilesTest} runs the same tests on PostgreSQL. */
class SavedProfilesTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @TempDir
    Path home;

    private Database database;
    private SavedProfiles saved;

    /** The database under test: H2 here, PostgreSQL in the subclass. */
    Settings settings() {
        return TestDatabases.h2(home);
    }

    @BeforeEach
    void open() {
        database = Database.open(settings());
        database.jdbi().useHandle(h -> h.execute("DELETE FROM saved_profile"));
        saved = new SavedProfiles(database.jdbi(), new SecureRandom());
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void savedProfileIsFoundByItsTokenUntilItExpires() {
        SavedProfiles.Saved done = saved.save("{\"name\":\"A\"}", NOW);

        assertThat(saved.find(done.token(), NOW.plus(Duration.ofDays(29))))
                .map(SavedProfiles.Found::profileJson)
                .contains("{\"name\":\"A\"}");
        assertThat(saved.find(done.token(), NOW.plus(SavedProfiles.KEEP).plusSeconds(1)))
                .isEmpty();
        assertThat(done.expiresAt()).isEqualTo(NOW.plus(SavedProfiles.KEEP));
    }

    @Test
    void tokenCarries256RandomBitsInUrlSafeText() {
        String a = saved.save("{}", NOW).token();
        String b = saved.save("{}", NOW).token();

        assertThat(a).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(b);
    }

    @Test
    void deletedProfileIsGone() {
        String token = saved.save("{}", NOW).token();

        assertThat(saved.delete(token)).isTrue();
        assertThat(saved.find(token, NOW)).isEmpty();
        assertThat(saved.delete(token)).isFalse();
    }

    @Test
    void malformedTokenFindsNothing() {
        assertThat(saved.find("../../etc", NOW)).isEmpty();
        assertThat(saved.delete("' OR 1=1 --")).isFalse();
    }

    @Test
    void savingPurgesExpiredProfiles() {
        String old = saved.save("{}", NOW).token();
        saved.save("{}", NOW.plus(SavedProfiles.KEEP).plus(Duration.ofDays(1)));

        int rows = database.jdbi()
                .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM saved_profile WHERE token = :t")
                        .bind("t", old)
                        .mapTo(Integer.class)
                        .one());
        assertThat(rows).isZero();
    }
}

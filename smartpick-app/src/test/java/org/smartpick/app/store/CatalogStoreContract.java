package org.smartpick.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smartpick.app.importing.CatalogJson;
import org.smartpick.app.importing.ProgramDraft;
import org.smartpick.app.importing.ShippedCatalog;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.program.Program;

/** The behaviour every catalog store must have, run against each real database. */
abstract class CatalogStoreContract {
    static final Catalog SHIPPED = ShippedCatalog.load();

    Database database;

    abstract Database openDatabase();

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    CatalogStore store() {
        if (database == null) {
            database = openDatabase();
        }
        return new JdbiCatalogStore(database.jdbi());
    }

    @Test
    void startsEmptyAtVersionZero() {
        assertThat(store().version()).isZero();
        assertThat(store().load()).isEmpty();
    }

    @Test
    void roundTripsTheWholeShippedCatalog() {
        CatalogStore store = store();
        store.save(SHIPPED);
        Catalog loaded = store.load().orElseThrow();
        assertThat(loaded.reference()).isEqualTo(SHIPPED.reference());
        assertThat(loaded.programs()).hasSize(SHIPPED.programs().size());
        assertThat(loaded).isEqualTo(SHIPPED);
        assertThat(CatalogJson.write(loaded)).isEqualTo(CatalogJson.write(SHIPPED));
    }

    @Test
    void versionChangesOnlyWhenContentChanges() {
        CatalogStore store = store();
        assertThat(store.save(SHIPPED)).isEqualTo(new CatalogStore.SaveResult(1, true));
        assertThat(store.save(SHIPPED)).isEqualTo(new CatalogStore.SaveResult(1, false));
        assertThat(store.saveIfEmpty(() -> {
                    throw new AssertionError("must not build a catalog when one is stored");
                }))
                .isEqualTo(new CatalogStore.SaveResult(1, false));
        assertThat(store.save(withDisagreement(SHIPPED, "1403521292", "test note")))
                .isEqualTo(new CatalogStore.SaveResult(2, true));
        assertThat(store.load()
                        .orElseThrow()
                        .findProgram("1403521292")
                        .orElseThrow()
                        .disagreements())
                .contains("test note");
    }

    @Test
    void providerReloadsWhenAnotherWriterChangesTheVersion() {
        CatalogStore store = store();
        store.save(SHIPPED);
        long[] nanos = {0};
        CatalogProvider provider = new CatalogProvider(store, Duration.ofSeconds(1), () -> nanos[0]);
        assertThat(provider.current()).isEqualTo(SHIPPED);
        Catalog changed = withDisagreement(SHIPPED, "1403521292", "changed elsewhere");
        new JdbiCatalogStore(database.jdbi()).save(changed);
        nanos[0] = Duration.ofSeconds(1).toNanos();
        assertThat(provider.current()).isEqualTo(changed);
        assertThat(provider.version()).isEqualTo(2);
    }

    @Test
    void providerTrustsTheCheckedVersionWithinTheRecheckWindow() {
        CatalogStore store = store();
        store.save(SHIPPED);
        long[] nanos = {0};
        CatalogProvider provider = new CatalogProvider(store, Duration.ofSeconds(1), () -> nanos[0]);
        provider.current();
        Catalog changed = withDisagreement(SHIPPED, "1403521292", "changed elsewhere");
        new JdbiCatalogStore(database.jdbi()).save(changed);
        nanos[0] = Duration.ofMillis(999).toNanos();
        assertThat(provider.current()).isEqualTo(SHIPPED);
        nanos[0] = Duration.ofSeconds(1).toNanos();
        assertThat(provider.current()).isEqualTo(changed);
    }

    @Test
    void providerServesItsOwnReplacementAtOnce() {
        CatalogStore store = store();
        store.save(SHIPPED);
        CatalogProvider provider = new CatalogProvider(store, Duration.ofSeconds(1), () -> 0L);
        provider.current();
        Catalog changed = withDisagreement(SHIPPED, "1403521292", "changed here");
        provider.replace(changed);
        assertThat(provider.current()).isEqualTo(changed);
    }

    @Test
    void loadingAgainGivesAnEqualCatalog() {
        CatalogStore store = store();
        store.save(SHIPPED);
        assertThat(store.load()).isEqualTo(store.load());
    }

    static Catalog withDisagreement(Catalog catalog, String programId, String note) {
        List<Program> programs = new ArrayList<>();
        for (Program p : catalog.programs()) {
            if (p.id().equals(programId)) {
                ProgramDraft draft = ProgramDraft.from(p);
                draft.addDisagreement(note);
                programs.add(draft.build());
            } else {
                programs.add(p);
            }
        }
        return new Catalog(programs, catalog.reference());
    }
}

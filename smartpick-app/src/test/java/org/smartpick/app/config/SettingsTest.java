package org.smartpick.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsTest {
    @Test
    void defaultsToAnEmbeddedDatabaseUnderTheHomeDirectoryOnPort7070() {
        Settings settings = Settings.fromEnvironment(Map.of("HOME", "/home/ada"));
        assertThat(settings).isEqualTo(new Settings(Path.of("/home/ada/.smartpick"), Optional.empty(), "", "", 7070));
        assertThat(settings.jdbcUrl())
                .startsWith("jdbc:h2:file:/home/ada/.smartpick/db/smartpick;")
                .contains("MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    @Test
    void usesPostgresqlWhenADatabaseUrlIsSet() {
        Settings settings = Settings.fromEnvironment(Map.of(
                "HOME",
                "/h",
                "SMARTPICK_HOME",
                "/data/sp",
                "SMARTPICK_DB_URL",
                "jdbc:postgresql://db/sp",
                "SMARTPICK_DB_USER",
                "sp",
                "SMARTPICK_DB_PASSWORD",
                "pw",
                "SMARTPICK_PORT",
                "8080"));
        assertThat(settings)
                .isEqualTo(new Settings(Path.of("/data/sp"), Optional.of("jdbc:postgresql://db/sp"), "sp", "pw", 8080));
        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://db/sp");
        assertThat(settings.embedded()).isFalse();
    }

    @Test
    void rejectsAPortThatIsNotANumberNamingTheVariable() {
        assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("SMARTPICK_PORT", "seventy")))
                .hasMessageContaining("SMARTPICK_PORT");
        assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("SMARTPICK_PORT", "70000")))
                .hasMessageContaining("70000");
    }
}

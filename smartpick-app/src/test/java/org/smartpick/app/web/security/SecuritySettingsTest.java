package org.smartpick.app.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecuritySettingsTest {
    @Test
    void anEmptyEnvironmentGivesTheDefaultsWithoutAdminToken() {
        assertThat(SecuritySettings.fromEnvironment(Map.of())).isEqualTo(SecuritySettings.defaults());
        assertThat(SecuritySettings.defaults().adminToken()).isEmpty();
    }

    @Test
    void readsEveryLimitAndTheTokenFromTheEnvironment() {
        SecuritySettings settings = SecuritySettings.fromEnvironment(Map.of(
                "SMARTPICK_MAX_BODY_BYTES",
                "2048",
                "SMARTPICK_MAX_IMPORT_BYTES",
                "4096",
                "SMARTPICK_RATE_LIMIT_BURST",
                "5",
                "SMARTPICK_RATE_LIMIT_PER_MINUTE",
                "30",
                "SMARTPICK_ADMIN_TOKEN",
                " a-long-enough-admin-token ",
                "SMARTPICK_CLIENT_ADDRESS_HEADER",
                "X-Forwarded-For"));

        assertThat(settings)
                .isEqualTo(new SecuritySettings(
                        2048, 4096, 5, 30, Optional.of("a-long-enough-admin-token"), Optional.of("X-Forwarded-For")));
    }

    @Test
    void aBlankAdminTokenMeansNoAdminRoutes() {
        assertThat(SecuritySettings.fromEnvironment(Map.of("SMARTPICK_ADMIN_TOKEN", "  "))
                        .adminToken())
                .isEmpty();
    }

    @Test
    void rejectsAShortAdminToken() {
        assertThatThrownBy(() -> SecuritySettings.fromEnvironment(Map.of("SMARTPICK_ADMIN_TOKEN", "secret")))
                .hasMessageContaining("SMARTPICK_ADMIN_TOKEN")
                .hasMessageContaining("16");
    }

    @Test
    void rejectsANonNumericLimitNamingTheVariable() {
        assertThatThrownBy(() -> SecuritySettings.fromEnvironment(Map.of("SMARTPICK_RATE_LIMIT_BURST", "lots")))
                .hasMessage("SMARTPICK_RATE_LIMIT_BURST must be a whole number, was 'lots'");
    }

    @Test
    void rejectsAnImportLimitBelowTheBodyLimit() {
        assertThatThrownBy(() -> new SecuritySettings(8192, 4096, 1, 1, Optional.empty(), Optional.empty()))
                .hasMessageContaining("maxImportBytes");
    }
}

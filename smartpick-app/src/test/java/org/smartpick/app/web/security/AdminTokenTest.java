package org.smartpick.app.web.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AdminTokenTest {
    private static final String TOKEN = "0123456789abcdef0123";

    @Test
    void withoutAConfiguredTokenAdminRoutesDoNotExist() {
        assertThatThrownBy(() -> new AdminToken(Optional.empty()).require("Bearer " + TOKEN))
                .isInstanceOf(NotFoundResponse.class);
    }

    @Test
    void theBearerTokenOpensAdminRoutes() {
        assertThatCode(() -> new AdminToken(Optional.of(TOKEN)).require("Bearer " + TOKEN))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", TOKEN, "Basic " + TOKEN, "Bearer " + TOKEN + "0", "Bearer 0123456789abcdef012"})
    void anythingElseIsForbidden(String header) {
        assertThatThrownBy(() -> new AdminToken(Optional.of(TOKEN)).require(header))
                .isInstanceOf(ForbiddenResponse.class);
    }
}

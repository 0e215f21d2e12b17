package org.smartpick.app.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where SmartPick keeps its data and how it reaches its database: PostgreSQL when {@code dbUrl} is set, otherwise
 * an H2 file database under {@code home/db}.
 */
public record Settings(Path home, Optional<String> dbUrl, String dbUser, String dbPassword, int port) {
    public static final int DEFAULT_PORT = 7070;

    public Settings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
    }

    /** Reads SMARTPICK_HOME, SMARTPICK_DB_URL/USER/PASSWORD and SMARTPICK_PORT; bad values throw with the variable name. */
    public static Settings fromEnvironment(Map<String, String> env) {
        String userHome = env.getOrDefault("HOME", System.getProperty("user.home"));
        Path home = Path.of(nonBlank(env.get("SMARTPICK_HOME")).orElse(userHome + "/.smartpick"));
        return new Settings(
                home,
                nonBlank(env.get("SMARTPICK_DB_URL")),
                env.getOrDefault("SMARTPICK_DB_USER", ""),
                env.getOrDefault("SMARTPICK_DB_PASSWORD", ""),
                port(env.get("SMARTPICK_PORT")));
    }

    /** The JDBC URL to connect to. */
    public String jdbcUrl() {
        return dbUrl.orElseGet(
                () -> "jdbc:h2:file:" + home.resolve("db").resolve("smartpick").toAbsolutePath()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE");
    }

    public boolean embedded() {
        return dbUrl.isEmpty();
    }

    public Settings withPort(int newPort) {
        return new Settings(home, dbUrl, dbUser, dbPassword, newPort);
    }

    private static int port(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SMARTPICK_PORT must be a port number 0..65535, was '" + text + "'");
        }
    }

    private static Optional<String> nonBlank(String text) {
        return Optional.ofNullable(text).filter(t -> !t.isBlank()).map(String::trim);
    }
}

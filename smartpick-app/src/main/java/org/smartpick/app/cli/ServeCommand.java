package org.smartpick.app.cli;

import io.javalin.Javalin;
import java.util.concurrent.Callable;
import org.smartpick.app.config.Settings;
import org.smartpick.app.store.CatalogProvider;
import org.smartpick.app.web.WebApp;
import org.smartpick.app.web.WebDependencies;
import org.smartpick.app.web.security.SecuritySettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Starts the web app on SMARTPICK_PORT; it keeps running after this command returns. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve the web app (default http://localhost:7070).")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    SmartPickCommand root;

    @Override
    public Integer call() {
        Settings settings = root.settings();
        StoreSession session = StoreSession.open(settings);
        Javalin app = WebApp.create(
                new WebDependencies(new CatalogProvider(session.store()), session.database()),
                SecuritySettings.fromEnvironment(System.getenv()));
        app.start(settings.port());
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            app.stop();
                            session.close();
                        },
                        "smartpick-shutdown"));
        root.spec
                .commandLine()
                .getErr()
                .println("SmartPick is serving http://localhost:" + app.port() + " (data in "
                        + (settings.embedded() ? settings.home() : "PostgreSQL") + ")");
        return SmartPickCommand.OK;
    }
}

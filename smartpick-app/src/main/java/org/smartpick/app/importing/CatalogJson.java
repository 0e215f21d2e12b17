package org.smartpick.app.importing;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.smartpick.app.json.Json;
import org.smartpick.core.common.Problem;
import org.smartpick.core.program.Catalog;

/** Reads and writes a whole catalog as JSON; the same catalog always gives byte-identical JSON. */
public final class CatalogJson {
    private CatalogJson() {}

    public static String write(Catalog catalog) {
        try {
            return Json.mapper().writeValueAsString(catalog) + "\n";
        } catch (JacksonException e) {
            throw new IllegalStateException("catalog not writable as JSON", e);
        }
    }

    public static void write(Catalog catalog, Writer writer) {
        try {
            writer.write(write(catalog));
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a catalog written by {@link #write}; a malformed file gives a problem naming its line and column. */
    public static Parsed<Catalog> parse(Reader reader) {
        try {
            return new Parsed<>(List.of(Json.mapper().readValue(reader, Catalog.class)), List.of());
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "file" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            return new Parsed<>(
                    List.of(),
                    List.of(new Problem(
                            where,
                            "not a SmartPick catalog JSON: " + e.getOriginalMessage()
                                    + "; export one with 'smartpick catalog export --format json'")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fingerprint of the catalog's content: equal catalogs, equal hashes. */
    public static String sha256(Catalog catalog) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(write(catalog).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}

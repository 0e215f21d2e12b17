package org.smartpick.app.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.smartpick.app.importing.ShippedCatalog;
import org.smartpick.core.common.CsvTable;
import org.smartpick.core.common.Parsed;
import org.smartpick.core.pathways.InstitutionLinks;
import org.smartpick.core.pathways.Pathways;
import org.smartpick.core.program.Catalog;

/**
 * Locks the institution links of the shipped catalog for every pathway family: one line per linked pathway program
 * with the linked family programs and the reason. Run with {@code -Dsmartpick.golden.update=true} to rewrite the
 * file, then review the diff before committing it.
 */
class ShippedInstitutionLinksTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/institution-links.txt");
    private static final boolean UPDATE = Boolean.getBoolean("smartpick.golden.update");

    @Test
    void shippedCatalogLinksMatchTheReviewedGolden() throws IOException {
        Pathways pathways = shippedPathways();
        Catalog catalog = ShippedCatalog.load();
        String links = pathways.tracks().stream()
                .map(t -> t.family())
                .distinct()
                .sorted()
                .flatMap(family -> InstitutionLinks.find(catalog.programs(), pathways, family).stream()
                        .map(l -> family + " " + l.programId() + " -> " + l.linkedProgramIds() + ": " + l.reason()))
                .collect(Collectors.joining("\n", "", "\n"));

        if (UPDATE) {
            Files.writeString(GOLDEN, links, StandardCharsets.UTF_8);
        }
        assertThat(links).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    private static Pathways shippedPathways() throws IOException {
        Parsed<Pathways> parsed = Pathways.from(
                CsvTable.parse(Files.readString(Path.of("../data/policy/pathways.csv"), StandardCharsets.UTF_8)));
        assertThat(parsed.problems()).isEmpty();
        return parsed.value().orElseThrow();
    }
}

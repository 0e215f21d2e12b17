package org.smartpick.app.importing;

/**
 * A combined program (e.g. Pediatrics/Medical Genetics) and the same sponsor's core program (Pediatrics) whose
 * facts stand in for it where the combined program's own are unknown; {@code mappingBasis} says how sure the
 * mapping is ("same sponsor name", or "probable: ...").
 */
public record CombinedCore(String combinedProgramId, String coreProgramId, String mappingBasis) {
    public boolean probable() {
        return mappingBasis.startsWith("probable");
    }
}

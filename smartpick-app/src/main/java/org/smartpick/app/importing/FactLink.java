package org.smartpick.app.importing;

/**
 * Ties one aggregate fact (by fact id) to the program it names: the program of {@code specialtyCode} at
 * {@code institution} in {@code state} gets {@code attribute = value}, if the catalog has it.
 */
public record FactLink(
        String factId, String specialtyCode, String institution, String state, Attribute attribute, Object value) {}

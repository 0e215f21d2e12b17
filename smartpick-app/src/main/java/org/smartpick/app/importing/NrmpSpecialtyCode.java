package org.smartpick.app.importing;

import java.util.Optional;

/** An NRMP specialty row name and the ACGME code it maps to, when exactly one fits. */
public record NrmpSpecialtyCode(String nrmpSpecialty, Optional<String> specialtyCode) {}

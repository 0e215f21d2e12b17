package org.smartpick.app.importing;

import org.smartpick.core.program.DataSource;

/** A shipped data file and the source it documents. */
public record SourceFile(String file, DataSource source) {}

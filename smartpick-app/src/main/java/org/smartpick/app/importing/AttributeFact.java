package org.smartpick.app.importing;

import org.smartpick.core.program.Fact;

/** One attribute of one program as a source states it (an empty value means the source says nothing on it). */
public record AttributeFact(String programId, Attribute attribute, Fact<?> fact) {}

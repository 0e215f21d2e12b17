package org.smartpick.app.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.program.Program;
import org.smartpick.core.reference.ReferenceData;

/**
 * How a {@link Catalog} goes to and from JSON (the export and import format): its programs and reference tables, as
 * the record it was before it kept indexes; the indexes are built again when it is read.
 */
abstract class CatalogShape {
    @JsonCreator
    CatalogShape(
            @JsonProperty("programs") List<Program> programs, @JsonProperty("reference") ReferenceData reference) {}

    @JsonProperty("programs")
    abstract List<Program> programs();

    @JsonProperty("reference")
    abstract ReferenceData reference();
}

package org.smartpick.core.pathways;

import java.util.List;

/** A pathway program whose institution also runs programs of the family, with the linked program ids and the reason. */
public record InstitutionLink(String programId, List<String> linkedProgramIds, String reason) {
    public InstitutionLink {
        linkedProgramIds = List.copyOf(linkedProgramIds);
    }
}

package org.smartpick.app.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.smartpick.core.common.Problem;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.Program;

/**
 * Joins what sources say about programs into one set of programs. Listings are applied oldest source first, so the
 * one applied last (the newest) names the program; a fact from an older source never replaces a newer one; when
 * two sources disagree the kept value is the newer one and the other is written to the program's disagreements.
 */
public final class CatalogMerge {
    private final Map<String, ProgramDraft> programs = new TreeMap<>();
    private final SpecialtyRules rules;

    public CatalogMerge(List<Program> start, SpecialtyRules rules) {
        this.rules = rules;
        start.forEach(p -> programs.put(p.id(), ProgramDraft.from(p)));
    }

    public List<Program> programs() {
        return programs.values().stream().map(ProgramDraft::build).toList();
    }

    public boolean contains(String programId) {
        return programs.containsKey(programId);
    }

    /** Applies a listing (adding the program when new) and its facts; a problem when the specialty is unknown. */
    public Optional<Problem> apply(ProgramUpdate update) {
        String where = update.where();
        if (update.listing().isPresent()) {
            Optional<Problem> problem = applyListing(update.listing().get(), where);
            if (problem.isPresent()) {
                return problem;
            }
        }
        for (AttributeFact fact : update.facts()) {
            Optional<Problem> problem = applyFact(fact, where);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private Optional<Problem> applyListing(ProgramListing listing, String where) {
        ProgramDraft draft = programs.get(listing.programId());
        if (draft == null) {
            return addProgram(listing, where);
        }
        String institution = InstitutionName.normalise(listing.name());
        if (!InstitutionName.samePlace(
                draft.institution, draft.city, draft.state, institution, listing.city(), listing.state())) {
            addDisagreement(
                    draft,
                    "name and place: '" + draft.name + "', " + draft.city + ", " + draft.state
                            + " replaced by '" + listing.name() + "', " + listing.city() + ", " + listing.state()
                            + " (newer, source " + listing.sourceId() + " as of " + listing.asOf() + ")");
        }
        draft.name = listing.name();
        draft.institution = institution;
        draft.city = listing.city();
        draft.state = listing.state();
        if (!listing.programUrl().isEmpty()) {
            draft.programUrl = listing.programUrl();
        }
        return Optional.empty();
    }

    private Optional<Problem> addProgram(ProgramListing listing, String where) {
        String code = listing.specialtyCode();
        var cycle = rules.findCycle(code);
        if (cycle.isEmpty()) {
            return Optional.of(new Problem(
                    where + ", column acgme_specialty_code",
                    "specialty code " + code
                            + " is not in the ERAS specialty list; programs of unknown specialties cannot be added"));
        }
        programs.put(
                listing.programId(),
                ProgramDraft.identity(
                        listing.programId(),
                        listing.name(),
                        InstitutionName.normalise(listing.name()),
                        listing.city(),
                        listing.state(),
                        code,
                        rules.findName(code).orElse(listing.specialtyName()),
                        rules.trackOf(code),
                        cycle.get(),
                        listing.programUrl()));
        return Optional.empty();
    }

    /** Applies one fact to a program already in the catalog; a problem when the program is not there. */
    public Optional<Problem> applyFact(AttributeFact incoming, String where) {
        ProgramDraft draft = programs.get(incoming.programId());
        if (draft == null) {
            return Optional.of(new Problem(
                    where + ", column acgme_program_id",
                    "program " + incoming.programId()
                            + " is not in the catalog; import its listing first (eras-csv, acgme-csv or freida-csv)"));
        }
        Attribute attribute = incoming.attribute();
        Fact<?> kept = draft.fact(attribute);
        draft.set(attribute, newer(draft, attribute, kept, incoming.fact()));
        return Optional.empty();
    }

    private Fact<?> newer(ProgramDraft draft, Attribute attribute, Fact<?> kept, Fact<?> incoming) {
        if (!kept.isKnown()) {
            return incoming.isKnown()
                            || kept.sourceId().equals("none")
                            || kept.sourceId().equals(incoming.sourceId())
                    ? incoming
                    : kept;
        }
        if (!incoming.isKnown()) {
            return kept;
        }
        if (kept.isStated() != incoming.isStated()) {
            // A source's word about this program beats one inferred from another program, whatever the dates.
            return kept.isStated() ? kept : incoming;
        }
        boolean incomingIsNewer = incoming.asOf().compareTo(kept.asOf()) >= 0;
        if (!kept.value().equals(incoming.value())) {
            Fact<?> winner = incomingIsNewer ? incoming : kept;
            Fact<?> loser = incomingIsNewer ? kept : incoming;
            addDisagreement(
                    draft,
                    attribute.key() + ": kept " + describe(attribute, winner) + " over " + describe(attribute, loser));
        }
        return incomingIsNewer ? incoming : kept;
    }

    private static String describe(Attribute attribute, Fact<?> fact) {
        return attribute.format(fact.value().orElseThrow()) + " (source " + fact.sourceId() + ", as of " + fact.asOf()
                + ")";
    }

    private static void addDisagreement(ProgramDraft draft, String text) {
        if (!draft.disagreements.contains(text)) {
            draft.disagreements.add(text);
        }
    }

    /** Programs of a specialty whose institution and state match, for facts that name one program by institution. */
    public List<String> findIds(String specialtyCode, String institution, String state) {
        List<String> ids = new ArrayList<>();
        programs.values().stream()
                .filter(d -> d.specialtyCode.equals(specialtyCode)
                        && d.state.equalsIgnoreCase(state)
                        && InstitutionName.key(d.institution).equals(InstitutionName.key(institution)))
                .forEach(d -> ids.add(d.id));
        return ids;
    }
}

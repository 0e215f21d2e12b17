package org.smartpick.app.store;

import com.fasterxml.jackson.core.JacksonException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.smartpick.app.importing.Attribute;
import org.smartpick.app.importing.CatalogJson;
import org.smartpick.app.importing.ProgramDraft;
import org.smartpick.app.json.Json;
import org.smartpick.core.program.ApplicationCycle;
import org.smartpick.core.program.Basis;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.program.DataSource;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.Inference;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.Track;
import org.smartpick.core.reference.ReferenceData;

/** Stores the catalog in relational tables (programs, facts, disagreements, sources) plus reference tables as JSON. */
public final class JdbiCatalogStore implements CatalogStore {
    private final Jdbi jdbi;

    public JdbiCatalogStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public long version() {
        return jdbi.withHandle(h -> h.createQuery("SELECT version FROM catalog_version WHERE id = 1")
                .mapTo(Long.class)
                .one());
    }

    @Override
    public Optional<Catalog> load() {
        // Four queries must see one committed version: at READ COMMITTED an import committing between them would mix
        // two.
        return jdbi.inTransaction(
                TransactionIsolationLevel.REPEATABLE_READ,
                h -> version(h) == 0 ? Optional.empty() : Optional.of(read(h)));
    }

    @Override
    public SaveResult save(Catalog catalog) {
        return jdbi.inTransaction(h -> replace(h, catalog));
    }

    @Override
    public SaveResult saveIfEmpty(Supplier<Catalog> catalog) {
        return jdbi.inTransaction(h -> {
            long version = lockVersion(h);
            return version == 0 ? replace(h, catalog.get()) : new SaveResult(version, false);
        });
    }

    private static long version(Handle h) {
        return h.createQuery("SELECT version FROM catalog_version WHERE id = 1")
                .mapTo(Long.class)
                .one();
    }

    /** Locks the version row so concurrent savers (several servers on one PostgreSQL) run one after another. */
    private static long lockVersion(Handle h) {
        return h.createQuery("SELECT version FROM catalog_version WHERE id = 1 FOR UPDATE")
                .mapTo(Long.class)
                .one();
    }

    private static SaveResult replace(Handle h, Catalog catalog) {
        long version = lockVersion(h);
        String hash = CatalogJson.sha256(catalog);
        String stored = h.createQuery("SELECT content_sha256 FROM catalog_version WHERE id = 1")
                .mapTo(String.class)
                .one();
        if (hash.equals(stored)) {
            return new SaveResult(version, false);
        }
        h.execute("DELETE FROM program_disagreement");
        h.execute("DELETE FROM program_fact");
        h.execute("DELETE FROM program");
        h.execute("DELETE FROM data_source");
        h.execute("DELETE FROM catalog_reference");
        insertPrograms(h, catalog.programs());
        insertSources(h, catalog.reference().sources());
        h.createUpdate("INSERT INTO catalog_reference (id, json_text) VALUES (1, :json)")
                .bind("json", referenceJson(catalog.reference()))
                .execute();
        h.createUpdate("UPDATE catalog_version SET version = :version, content_sha256 = :hash WHERE id = 1")
                .bind("version", version + 1)
                .bind("hash", hash)
                .execute();
        return new SaveResult(version + 1, true);
    }

    private static void insertPrograms(Handle h, List<Program> programs) {
        PreparedBatch programRows =
                h.prepareBatch("INSERT INTO program (id, name, institution, city, state, specialty_code, "
                        + "specialty_name, track, cycle, program_url) VALUES (:id, :name, :institution, :city, :state, :specialtyCode, "
                        + ":specialtyName, :track, :cycle, :programUrl)");
        PreparedBatch factRows =
                h.prepareBatch("INSERT INTO program_fact (program_id, attribute, fact_value, source_id, as_of, "
                        + "basis, inferred_from_id, inferred_from_name, inference_rule, inference_reliability, source_label) "
                        + "VALUES (:programId, :attribute, :value, :sourceId, :asOf, :basis, :fromId, :fromName, :rule, :reliability, "
                        + ":sourceLabel)");
        PreparedBatch disagreementRows = h.prepareBatch(
                "INSERT INTO program_disagreement (program_id, position, text) VALUES (:programId, :position, :text)");
        for (Program p : programs) {
            programRows
                    .bind("id", p.id())
                    .bind("name", p.name())
                    .bind("institution", p.institution())
                    .bind("city", p.city())
                    .bind("state", p.state())
                    .bind("specialtyCode", p.specialtyCode())
                    .bind("specialtyName", p.specialtyName())
                    .bind("track", p.track().name())
                    .bind("cycle", p.cycle().name())
                    .bind("programUrl", p.programUrl())
                    .add();
            for (Attribute attribute : Attribute.values()) {
                Fact<?> fact = attribute.factOf(p);
                if (!fact.sourceId().equals(Fact.unknown().sourceId())) {
                    factRows.bind("programId", p.id())
                            .bind("attribute", attribute.key())
                            .bind("value", fact.value().map(attribute::format).orElse(null))
                            .bind("sourceId", fact.sourceId())
                            .bind("asOf", fact.asOf())
                            .bind("basis", fact.basis().name())
                            .bind(
                                    "fromId",
                                    fact.inference()
                                            .map(Inference::fromProgramId)
                                            .orElse(null))
                            .bind(
                                    "fromName",
                                    fact.inference()
                                            .map(Inference::fromProgramName)
                                            .orElse(null))
                            .bind("rule", fact.inference().map(Inference::rule).orElse(null))
                            .bind(
                                    "reliability",
                                    fact.inference().map(Inference::reliability).orElse(null))
                            .bind("sourceLabel", fact.sourceLabel())
                            .add();
                }
            }
            for (int i = 0; i < p.disagreements().size(); i++) {
                disagreementRows
                        .bind("programId", p.id())
                        .bind("position", i)
                        .bind("text", p.disagreements().get(i))
                        .add();
            }
        }
        executeIfAny(programRows);
        executeIfAny(factRows);
        executeIfAny(disagreementRows);
    }

    private static void executeIfAny(PreparedBatch batch) {
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private static void insertSources(Handle h, List<DataSource> sources) {
        PreparedBatch rows = h.prepareBatch("INSERT INTO data_source (id, title, publisher, url, as_of, licence_note) "
                + "VALUES (:id, :title, :publisher, :url, :asOf, :licenceNote)");
        sources.forEach(s -> rows.bindMethods(s).add());
        executeIfAny(rows);
    }

    private static Catalog read(Handle h) {
        Map<String, ProgramDraft> drafts = new LinkedHashMap<>();
        h.createQuery(
                        "SELECT id, name, institution, city, state, specialty_code, specialty_name, track, cycle, program_url "
                                + "FROM program ORDER BY id")
                .map((rs, ctx) -> ProgramDraft.identity(
                        rs.getString("id"),
                        rs.getString("name"),
                        rs.getString("institution"),
                        rs.getString("city"),
                        rs.getString("state"),
                        rs.getString("specialty_code"),
                        rs.getString("specialty_name"),
                        Track.valueOf(rs.getString("track")),
                        ApplicationCycle.valueOf(rs.getString("cycle")),
                        rs.getString("program_url")))
                .forEach(d -> drafts.put(d.build().id(), d));
        h.createQuery(
                        "SELECT program_id, attribute, fact_value, source_id, as_of, basis, inferred_from_id, inferred_from_name, "
                                + "inference_rule, inference_reliability, source_label FROM program_fact")
                .map((rs, ctx) -> {
                    String key = rs.getString("attribute");
                    Attribute attribute = Attribute.findByKey(key)
                            .orElseThrow(() -> new IllegalStateException("unknown stored attribute " + key));
                    String text = rs.getString("fact_value");
                    Optional<Object> value = text == null
                            ? Optional.empty()
                            : attribute.parse(text).value();
                    Basis basis = Basis.valueOf(rs.getString("basis"));
                    Optional<Inference> inference = basis == Basis.STATED
                            ? Optional.empty()
                            : Optional.of(new Inference(
                                    rs.getString("inferred_from_id"),
                                    rs.getString("inferred_from_name"),
                                    rs.getString("inference_rule"),
                                    rs.getString("inference_reliability")));
                    drafts.get(rs.getString("program_id"))
                            .set(
                                    attribute,
                                    new Fact<>(
                                            value,
                                            rs.getString("source_id"),
                                            rs.getString("as_of"),
                                            basis,
                                            inference,
                                            rs.getString("source_label")));
                    return attribute;
                })
                .forEach(a -> {});
        h.createQuery("SELECT program_id, text FROM program_disagreement ORDER BY program_id, position")
                .map((rs, ctx) -> new StoredDisagreement(rs.getString("program_id"), rs.getString("text")))
                .forEach(d -> drafts.get(d.programId()).addDisagreement(d.text()));
        List<Program> programs = new ArrayList<>(drafts.size());
        drafts.values().forEach(d -> programs.add(d.build()));
        String json = h.createQuery("SELECT json_text FROM catalog_reference WHERE id = 1")
                .mapTo(String.class)
                .one();
        return new Catalog(programs, parseReference(json));
    }

    private record StoredDisagreement(String programId, String text) {}

    private static String referenceJson(ReferenceData reference) {
        try {
            return Json.mapper().writeValueAsString(reference);
        } catch (JacksonException e) {
            throw new IllegalStateException("reference data not writable as JSON", e);
        }
    }

    private static ReferenceData parseReference(String json) {
        try {
            return Json.mapper().readValue(json, ReferenceData.class);
        } catch (JacksonException e) {
            throw new IllegalStateException("stored reference data is not readable: " + e.getOriginalMessage(), e);
        }
    }
}

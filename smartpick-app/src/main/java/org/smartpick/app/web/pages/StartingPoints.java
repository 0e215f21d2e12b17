package org.smartpick.app.web.pages;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.smartpick.app.json.Json;

/**
 * What a user can start from: the shipped example profiles ({@code examples/index.csv}) and the Medical Genetics
 * target preset ({@code data/presets/medical-genetics.json}).
 */
final class StartingPoints {
    private final List<ProfilePage.Choice> examples;
    private final String presetLabel;
    private final List<ProfileForm.PresetTarget> presetTargets;

    private StartingPoints(
            List<ProfilePage.Choice> examples, String presetLabel, List<ProfileForm.PresetTarget> presetTargets) {
        this.examples = List.copyOf(examples);
        this.presetLabel = presetLabel;
        this.presetTargets = List.copyOf(presetTargets);
    }

    static StartingPoints shipped() {
        List<ProfilePage.Choice> examples = parseIndex(new StringReader(ClasspathText.require("/examples/index.csv")));
        JsonNode preset = readJson(ClasspathText.require("/data/presets/medical-genetics.json"));
        List<ProfileForm.PresetTarget> targets = new ArrayList<>();
        preset.path("targets")
                .forEach(t -> targets.add(new ProfileForm.PresetTarget(
                        t.path("specialtyCode").asText(), t.path("role").asText())));
        return new StartingPoints(examples, preset.path("label").asText(), targets);
    }

    /** The example index: one (file, label) row per example profile. */
    static List<ProfilePage.Choice> parseIndex(Reader reader) {
        List<ProfilePage.Choice> examples = new ArrayList<>();
        try {
            for (CSVRecord row : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                examples.add(new ProfilePage.Choice(row.get("file"), row.get("label")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return examples;
    }

    List<ProfilePage.Choice> examples() {
        return examples;
    }

    String presetLabel() {
        return presetLabel;
    }

    List<ProfileForm.PresetTarget> presetTargets() {
        return presetTargets;
    }

    /** The example's JSON text, only for names in the index (never a path the user made up). */
    Optional<String> exampleJson(String file) {
        return examples.stream()
                .filter(e -> e.value().equals(file))
                .findFirst()
                .flatMap(e -> ClasspathText.find("/examples/" + e.value()));
    }

    private static JsonNode readJson(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (JacksonException e) {
            throw new IllegalStateException("the packaged preset is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}

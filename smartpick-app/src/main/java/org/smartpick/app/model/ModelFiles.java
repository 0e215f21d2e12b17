package org.smartpick.app.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.smartpick.core.chance.ModelParameters;
import org.smartpick.core.eligibility.EligibilityPolicy;

/** Opens the chance-model parameters and the eligibility policy: the shipped ones from the classpath, or a user's file. */
public final class ModelFiles {
    public static final String SHIPPED_MODEL = "/data/model/chance-model-v1.properties";
    public static final String SHIPPED_ELIGIBILITY_POLICY = "/data/eligibility/eligibility-policy-v1.properties";

    private ModelFiles() {
    }

    /** The shipped parameters; a broken shipped file is a bug and throws. */
    public static ModelParameters shippedParameters() {
        ModelParameters.Parsed parsed = ModelParameters.parse(resource(SHIPPED_MODEL));
        if (!parsed.problems().isEmpty()) {
            throw new IllegalStateException("shipped " + SHIPPED_MODEL + " has problems: " + parsed.problems());
        }
        return parsed.parameters();
    }

    /** A user's parameters file (UTF-8), with its problems. */
    public static ModelParameters.Parsed readParameters(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return ModelParameters.parse(reader);
        }
    }

    /** The shipped eligibility policy; a broken shipped file is a bug and throws. */
    public static EligibilityPolicy shippedEligibilityPolicy() {
        EligibilityPolicy.Parsed parsed = EligibilityPolicy.parse(resource(SHIPPED_ELIGIBILITY_POLICY));
        if (!parsed.problems().isEmpty()) {
            throw new IllegalStateException("shipped " + SHIPPED_ELIGIBILITY_POLICY + " has problems: " + parsed.problems());
        }
        return parsed.policy();
    }

    private static Reader resource(String path) {
        InputStream in = ModelFiles.class.getResourceAsStream(path);
        if (in == null) {
            throw new UncheckedIOException(new IOException("shipped file " + path + " is not on the classpath"));
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}

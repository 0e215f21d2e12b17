package org.smartpick.app.web.pages;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.smartpick.app.applicant.ProfileJson;
import org.smartpick.app.json.Json;
import org.smartpick.core.common.Problem;

/**
 * The pages that fill the profile form: blank or from an example, from an uploaded file, with preset targets, or
 * back from the results to edit. They only show the form; nothing runs on the profile until Recommend.
 */
final class ProfileFormRoutes {
    private final StartingPoints starts;
    private final ProfilePages profilePages;

    ProfileFormRoutes(StartingPoints starts, ProfilePages profilePages) {
        this.starts = starts;
        this.profilePages = profilePages;
    }

    void start(Context ctx) {
        String example = ctx.queryParam("example");
        if (example == null) {
            Pages.render(ctx, "pages/profile.jte", profilePages.blank());
            return;
        }
        Optional<String> json = starts.exampleJson(example);
        if (json.isEmpty()) {
            ctx.attribute(PageRoutes.HANDLED, true);
            ctx.status(404);
            Pages.render(
                    ctx,
                    "pages/profile.jte",
                    profilePages.withMessage(
                            FormValues.empty(),
                            "There is no example called '" + PageRoutes.clip(example) + "'; pick one from the list."));
            return;
        }
        showLoaded(
                ctx,
                json.get(),
                "Loaded an example profile: check it, change what differs for you, then press Recommend.");
    }

    void upload(Context ctx) throws IOException {
        UploadedFile file;
        try {
            file = ctx.uploadedFile("profileFile");
        } catch (Exception e) {
            // A broken multipart body (no boundary, cut short) makes the container throw a checked ServletException
            // that Javalin does not declare: the client's fault, answered with the form, not a server error.
            if (!(e instanceof ServletException)) {
                throw e;
            }
            ctx.status(400);
            Pages.render(
                    ctx,
                    "pages/profile.jte",
                    profilePages.withMessage(
                            FormValues.empty(),
                            "The upload could not be read "
                                    + "(the browser sent a broken form): choose the profile JSON file again and press Upload."));
            return;
        }
        if (file == null || file.size() == 0) {
            ctx.status(400);
            Pages.render(
                    ctx,
                    "pages/profile.jte",
                    profilePages.withMessage(FormValues.empty(), "Choose a profile JSON file to upload."));
            return;
        }
        if (file.size() > PageRoutes.MAX_PROFILE_CHARS) {
            ctx.status(413);
            Pages.render(
                    ctx,
                    "pages/profile.jte",
                    profilePages.withMessage(
                            FormValues.empty(),
                            "The file is larger than " + PageRoutes.MAX_PROFILE_CHARS / 1000
                                    + " kB; a profile is much smaller."));
            return;
        }
        String text;
        try (InputStream in = file.content()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        showLoaded(ctx, text, "Loaded your file: check the form, then press Recommend.");
    }

    /** Fills the form from profile JSON text, showing what the reader found wrong. */
    private void showLoaded(Context ctx, String json, String notice) {
        Optional<JsonNode> tree = PageRoutes.tree(json);
        if (tree.isEmpty() || !tree.get().isObject()) {
            ctx.status(400);
            Pages.render(
                    ctx,
                    "pages/profile.jte",
                    profilePages.withProblems(
                            FormValues.empty(),
                            ProfileJson.parse(json, Json.mapper()).problems()));
            return;
        }
        FormValues form = ProfileForm.fromJson(tree.get());
        List<Problem> problems = ProfileJson.read(tree.get()).problems();
        Pages.render(
                ctx,
                "pages/profile.jte",
                problems.isEmpty() ? profilePages.withNotice(form, notice) : profilePages.withProblems(form, problems));
    }

    void preset(Context ctx) {
        FormValues form =
                ProfileForm.withTargets(ProfileForm.normalize(ctx.formParamMap()), profilePages.presetTargets());
        Pages.render(
                ctx, "pages/profile.jte", profilePages.withNotice(form, "Targets set: " + starts.presetLabel() + "."));
    }

    void edit(Context ctx) {
        showLoaded(
                ctx, PageRoutes.profileField(ctx), "Your profile is back in the form: change it and press Recommend.");
    }
}

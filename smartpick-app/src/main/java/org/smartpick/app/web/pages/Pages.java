package org.smartpick.app.web.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/** Renders the precompiled jte templates of the pages (HTML-escaped by default). */
final class Pages {
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private Pages() {}

    static void render(Context ctx, String template, Object page) {
        StringOutput output = new StringOutput();
        TEMPLATES.render(template, page, output);
        ctx.html(output.toString());
    }

    /** A short page with a heading and one message (not found, deleted, form expired). */
    static void message(Context ctx, String title, String message) {
        render(ctx, "pages/message.jte", new MessagePage(title, message));
    }
}

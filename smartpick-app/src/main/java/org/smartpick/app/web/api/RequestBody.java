package org.smartpick.app.web.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.smartpick.app.json.StrictUtf8;
import org.smartpick.app.web.security.RefusedBody;
import org.smartpick.core.common.Problem;

/** Reads a request body as UTF-8 text of an accepted media type, never more than a limit of bytes. */
final class RequestBody {
    private RequestBody() {}

    /** The body text; 415 for another media type, 413 above {@code limitBytes}, 400 for bytes that are not UTF-8. */
    static String read(Context ctx, Set<String> mediaTypes, int limitBytes) {
        // Read (bounded) before judging the media type: answering 415 with the body unread makes the server drop the
        // connection while the client is still sending, so the client saw a broken pipe instead of the 415.
        byte[] bytes = readAtMost(ctx, limitBytes);
        requireMediaType(ctx.header("Content-Type"), mediaTypes);
        return StrictUtf8.decode(bytes)
                .orElseThrow(() -> ApiError.badRequest(List.of(new Problem("body", "the body is not UTF-8 text"))));
    }

    /** The media type without parameters, lower case; empty when the header is missing. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .trim()
                .toLowerCase(Locale.ROOT);
    }

    private static void requireMediaType(String contentType, Set<String> accepted) {
        String type = mediaType(contentType);
        if (!accepted.contains(type)) {
            throw new ApiError(
                    415,
                    List.of(new Problem(
                            "Content-Type",
                            "send the body as "
                                    + String.join(
                                            " or ", accepted.stream().sorted().toList())
                                    + (type.isEmpty() ? "; no Content-Type was given" : ", was " + type))));
        }
    }

    /** Reads the stream itself, so a body without Content-Length (chunked) is capped too. */
    private static byte[] readAtMost(Context ctx, int limitBytes) {
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes(limitBytes + 1);
            if (bytes.length > limitBytes) {
                RefusedBody.discard(ctx);
                throw new ApiError(
                        413, List.of(new Problem("body", "the request body is larger than " + limitBytes + " bytes")));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the request body", e);
        }
    }
}

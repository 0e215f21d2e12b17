package org.smartpick.app.web.security;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/**
 * What is done with the body of a request refused for its size: read and thrown away (never parsed) before the answer
 * is sent. A server that answers and closes while the client is still sending makes the client's kernel see a reset,
 * and the client often loses the answer with it; reading the rest first lets the client read its 413. Reading stops
 * at Jetty's request size cap (the import limit), so a refused body costs at most that much reading.
 */
public final class RefusedBody {
    private static final int CHUNK_BYTES = 64 * 1024;

    private RefusedBody() {}

    /** Reads the rest of the body and discards it; a broken or capped stream ends the reading quietly. */
    public static void discard(Context ctx) {
        byte[] scratch = new byte[CHUNK_BYTES];
        try {
            InputStream in = ctx.req().getInputStream();
            while (in.read(scratch) >= 0) {
                // the bytes are dropped unread
            }
        } catch (IOException | RuntimeException stopped) {
            // The client stopped sending or the cap was reached: the 413 is sent either way.
        }
    }
}

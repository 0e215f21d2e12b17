package org.smartpick.bench;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection that POSTs JSON and reads the answer into a reused buffer, for the load
 * generator: the answers are large (the full recommendation is about 1.5 MB) and the generator shares the server's
 * two cores, so it must spend as little CPU per answer as it can (the JDK's HttpClient copies every body through
 * several buffers and threads). Reads Content-Length and chunked bodies; reconnects when the server closes. Not
 * thread-safe: one connection per sending thread.
 */
final class Http1Connection implements AutoCloseable {
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 30_000;

    private final URI url;
    private final byte[] buffer = new byte[64 * 1024];
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    /** Whether a byte of the current exchange's answer has arrived. */
    private boolean answerStarted;

    Http1Connection(URI url) {
        this.url = url;
    }

    /**
     * Sends one POST with the JSON body and reads the whole answer; returns the HTTP status. A kept-alive connection
     * the server closed while it was idle (its idle timeout) fails before any byte of an answer arrives: the request is
     * then sent once more over a new connection, as HTTP clients do with a stale connection. A failure after the answer
     * began is not retried.
     */
    int post(byte[] body) throws IOException {
        boolean reused = socket != null;
        if (!reused) {
            open();
        }
        try {
            return exchange(body);
        } catch (IOException e) {
            close();
            if (!reused || answerStarted) {
                throw e;
            }
        }
        open();
        try {
            return exchange(body);
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void open() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(READ_TIMEOUT_MS);
        int port = url.getPort() > 0 ? url.getPort() : 80;
        socket.connect(new InetSocketAddress(url.getHost(), port), CONNECT_TIMEOUT_MS);
        in = new BufferedInputStream(socket.getInputStream(), buffer.length);
        out = socket.getOutputStream();
    }

    private int exchange(byte[] body) throws IOException {
        answerStarted = false;
        String target = url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        String host = url.getPort() > 0 ? url.getHost() + ":" + url.getPort() : url.getHost();
        String head = "POST " + target + " HTTP/1.1\r\nHost: " + host
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        String statusLine = line();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x status line: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        long length = -1;
        boolean chunked = false;
        boolean closes = parts[0].equals("HTTP/1.0");
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.contains("chunked");
                case "connection" -> closes = value.contains("close");
                default -> {}
            }
        }
        if (chunked) {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                skip(size);
                line();
            }
            while (!line().isEmpty()) {
                // trailers, none expected
            }
        } else if (length >= 0) {
            skip(length);
        } else {
            while (in.read(buffer) >= 0) {
                // the body ends when the server closes
            }
            closes = true;
        }
        if (closes) {
            close();
        }
        return status;
    }

    private long chunkSize() throws IOException {
        String line = line();
        int extension = line.indexOf(';');
        return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
    }

    private void skip(long count) throws IOException {
        long left = count;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new EOFException("the answer ended " + left + " bytes early");
            }
            left -= read;
        }
    }

    /** One header or chunk line without its CRLF. */
    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the connection closed inside the answer's head");
            }
            answerStarted = true;
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) b);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a broken connection: nothing left to do
            }
            socket = null;
        }
    }
}

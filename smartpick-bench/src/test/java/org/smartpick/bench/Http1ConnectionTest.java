package org.smartpick.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class Http1ConnectionTest {
    private static final byte[] BODY = "{\"profile\":{}}".getBytes(StandardCharsets.US_ASCII);

    private static final String OK = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
    private static final String CUT_SHORT = "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nok";

    /**
     * A loopback server that answers the requests on each connection with {@code answers} in turn and closes the
     * connection after the last; counts the connections it accepted.
     */
    private static final class TinyServer implements AutoCloseable {
        final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        final AtomicInteger accepted = new AtomicInteger();
        private final Thread thread;

        TinyServer(String... answers) throws IOException {
            thread = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket connection = socket.accept()) {
                        accepted.incrementAndGet();
                        InputStream in = connection.getInputStream();
                        OutputStream out = connection.getOutputStream();
                        for (int i = 0; i < answers.length && readRequest(in); i++) {
                            out.write(answers[i].getBytes(StandardCharsets.US_ASCII));
                            out.flush();
                        }
                    } catch (IOException closed) {
                        // the test ended or the client left
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/api/v1/recommendations");
        }

        /** Reads one request's head and its body of {@link #BODY}'s length; false when the client closed. */
        private static boolean readRequest(InputStream in) throws IOException {
            int matched = 0;
            byte[] end = {'\r', '\n', '\r', '\n'};
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    return false;
                }
                matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            return in.readNBytes(BODY.length).length == BODY.length;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    void aConnectionTheServerClosedWhileIdleIsRetriedOnANewOne() throws Exception {
        try (TinyServer server = new TinyServer(OK);
                Http1Connection connection = new Http1Connection(server.uri())) {
            assertThat(connection.post(BODY)).isEqualTo(200);
            Thread.sleep(100); // the server has closed the first connection by now
            assertThat(connection.post(BODY)).isEqualTo(200);
            assertThat(server.accepted.get()).isEqualTo(2);
        }
    }

    @Test
    void anAnswerCutShortIsAnErrorAndNotSentAgain() throws Exception {
        try (TinyServer server = new TinyServer(CUT_SHORT);
                Http1Connection connection = new Http1Connection(server.uri())) {
            assertThatThrownBy(() -> connection.post(BODY))
                    .isInstanceOf(EOFException.class)
                    .hasMessageContaining("8 bytes early");
            assertThat(server.accepted.get()).isEqualTo(1);
        }
    }

    @Test
    void anAnswerCutShortOnAKeptAliveConnectionIsNotSentAgainEither() throws Exception {
        try (TinyServer server = new TinyServer(OK, CUT_SHORT);
                Http1Connection connection = new Http1Connection(server.uri())) {
            assertThat(connection.post(BODY)).isEqualTo(200);
            assertThatThrownBy(() -> connection.post(BODY)).isInstanceOf(EOFException.class);
            assertThat(server.accepted.get()).isEqualTo(1);
        }
    }

    @Test
    void keepsOneConnectionForManyAnswers() throws Exception {
        try (TinyServer server = new TinyServer(Collections.nCopies(
                                5, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n")
                        .toArray(String[]::new));
                Http1Connection connection = new Http1Connection(server.uri())) {
            for (int i = 0; i < 5; i++) {
                assertThat(connection.post(BODY)).isEqualTo(200);
            }
            assertThat(server.accepted.get()).isEqualTo(1);
        }
    }
}

package org.kneadwell.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The load generator's HTTP/1.1 client: plain blocking sockets kept alive, one thread per connection, each taking
 * the next request from a shared queue. The JDK's {@code HttpClient} spent about as much CPU per request as the
 * application answering it (measured on the 2-core bench machine, where the two share the cores), so the numbers
 * said as much about the client as about the app; this one costs a write and a read or two per request. It speaks
 * only what the harness sends: requests described as {@link HttpRequest}s (method, URI, headers, a small body) to
 * one plain-HTTP host, answers with a Content-Length or chunked body.
 */
final class PlainHttp implements AutoCloseable {

    /** An answer: its status code and its body as text. */
    record Response(int status, String body) {
    }

    private record Task(HttpRequest request, CompletableFuture<Response> answer) {
    }

    private static final Task STOP = new Task(null, null);
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 60_000;

    private final BlockingQueue<Task> tasks = new LinkedBlockingQueue<>();
    private final List<Thread> connections = new ArrayList<>();

    PlainHttp(int connections) {
        for (int i = 0; i < connections; i++) {
            Thread thread = new Thread(this::serve, "plain-http-" + i);
            thread.setDaemon(true);
            thread.start();
            this.connections.add(thread);
        }
    }

    /** Queues the request for the next free connection; the answer completes on that connection's thread. */
    CompletableFuture<Response> send(HttpRequest request) {
        CompletableFuture<Response> answer = new CompletableFuture<>();
        tasks.add(new Task(request, answer));
        return answer;
    }

    /** An open connection: the socket and its buffered input, kept together so bytes read ahead are not lost. */
    private record Connection(Socket socket, InputStream in, OutputStream out) {

        static Connection open(URI uri) throws IOException {
            Socket socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(READ_TIMEOUT_MS);
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort()),
                    CONNECT_TIMEOUT_MS);
            return new Connection(socket, new BufferedInputStream(socket.getInputStream(), 16 * 1024),
                    socket.getOutputStream());
        }

        void closeQuietly() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    private void serve() {
        Connection connection = null;
        try {
            for (Task task = tasks.take(); task != STOP; task = tasks.take()) {
                try {
                    if (connection == null) {
                        connection = Connection.open(task.request().uri());
                    }
                    Answer answer = exchange(connection, task.request());
                    if (answer.close()) {
                        connection.closeQuietly();
                        connection = null;
                    }
                    task.answer().complete(answer.response());
                } catch (IOException | RuntimeException e) {
                    if (connection != null) {
                        connection.closeQuietly();
                        connection = null;
                    }
                    task.answer().completeExceptionally(e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (connection != null) {
                connection.closeQuietly();
            }
        }
    }

    private record Answer(Response response, boolean close) {
    }

    private static Answer exchange(Connection connection, HttpRequest request) throws IOException {
        byte[] body = bodyOf(request);
        URI uri = request.uri();
        StringBuilder head = new StringBuilder(256)
                .append(request.method()).append(' ').append(uri.getRawPath())
                .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n");
        request.headers().map().forEach((name, values) -> values.forEach(
                value -> head.append(name).append(": ").append(value).append("\r\n")));
        if (body.length > 0 || !request.method().equals("GET")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] whole = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, whole, 0, headBytes.length);
        System.arraycopy(body, 0, whole, headBytes.length, body.length);
        connection.out().write(whole);
        connection.out().flush();
        return read(connection.in());
    }

    private static Answer read(InputStream in) throws IOException {
        String statusLine = line(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x answer: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        long length = -1;
        boolean chunked = false;
        boolean close = parts[0].equals("HTTP/1.0");
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> close = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (long size = chunkSize(line(in)); size > 0; size = chunkSize(line(in))) {
                copy(in, body, size);
                line(in); // the CRLF after each chunk
            }
            for (String trailer = line(in); !trailer.isEmpty(); trailer = line(in)) {
                // trailers are not used
            }
        } else if (length > 0) {
            copy(in, body, length);
        } else if (length < 0 && status >= 200 && status != 204 && status != 304) {
            in.transferTo(body); // no length: the body runs until the server closes
            close = true;
        }
        return new Answer(new Response(status, body.toString(StandardCharsets.UTF_8)), close);
    }

    private static long chunkSize(String line) {
        int extension = line.indexOf(';');
        return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
    }

    private static void copy(InputStream in, ByteArrayOutputStream out, long count) throws IOException {
        byte[] buffer = new byte[8192];
        for (long left = count; left > 0;) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("the connection closed in the middle of an answer");
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    /** A header line without its CRLF. */
    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the connection closed");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    /** The bytes of the request's body (the harness sends small JSON bodies made with {@code BodyPublishers.ofString}). */
    private static byte[] bodyOf(HttpRequest request) {
        if (request.bodyPublisher().isEmpty() || request.bodyPublisher().get().contentLength() == 0) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompletableFuture<Void> done = new CompletableFuture<>();
        request.bodyPublisher().get().subscribe(new Flow.Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] bytes = new byte[item.remaining()];
                item.get(bytes);
                out.writeBytes(bytes);
            }

            @Override
            public void onError(Throwable failure) {
                done.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });
        done.join();
        return out.toByteArray();
    }

    @Override
    public void close() {
        connections.forEach(thread -> tasks.add(STOP));
        for (Thread thread : connections) {
            try {
                thread.join(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

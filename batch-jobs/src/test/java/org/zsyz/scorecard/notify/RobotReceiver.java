package org.zsyz.scorecard.notify;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * A local HTTP receiver standing in for the robots: {@code /robot} answers as 钉钉 does ({@code errcode 0}),
 * {@code /error} answers HTTP 500, {@code /refused} errcode 310000 (钉钉's bad signature), {@code /hang} never
 * answers. Every request is recorded.
 */
final class RobotReceiver implements AutoCloseable {

    record Received(String path, String query, String body) {}

    final List<Received> received = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final CountDownLatch released = new CountDownLatch(1);

    RobotReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "robot-receiver");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        received.add(new Received(path, exchange.getRequestURI().getRawQuery(), body));
        switch (path) {
            case "/hang" -> {
                try {
                    released.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                answer(exchange, 200, "{\"errcode\":0}");
            }
            case "/error" -> answer(exchange, 500, "internal error");
            case "/refused" -> answer(exchange, 200, "{\"errcode\":310000,\"errmsg\":\"sign not match\"}");
            default -> answer(exchange, 200, "{\"errcode\":0,\"errmsg\":\"ok\"}");
        }
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** An address where nothing listens: connections are refused. */
    static String refusingUrl() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            port = socket.getLocalPort();
        }
        return "http://127.0.0.1:" + port + "/robot";
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}

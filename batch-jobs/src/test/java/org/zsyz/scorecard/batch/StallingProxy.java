package org.zsyz.scorecard.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay in front of the database that can be made to stall: it keeps every connection open and accepts
 * new ones, but passes no more bytes — what a hung server or a silently broken network looks like to a client,
 * the case that hangs forever without timeouts.
 */
final class StallingProxy implements AutoCloseable {

    private final ServerSocket server;
    private final String targetHost;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean stalled;
    private volatile boolean closed;

    StallingProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "stalling-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    void stall() {
        stalled = true;
    }

    void resume() {
        stalled = false;
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = server.accept();
                sockets.add(client);
                Thread t = new Thread(() -> relay(client), "stalling-proxy-connection");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try {
            waitWhileStalled();
            Socket upstream = new Socket(targetHost, targetPort);
            sockets.add(upstream);
            pump(client.getInputStream(), upstream.getOutputStream());
            pump(upstream.getInputStream(), client.getOutputStream());
        } catch (IOException e) {
            close(client);
        }
    }

    private void pump(InputStream in, OutputStream out) {
        Thread t = new Thread(
                () -> {
                    byte[] buffer = new byte[16384];
                    try {
                        int n;
                        while ((n = in.read(buffer)) >= 0) {
                            waitWhileStalled();
                            out.write(buffer, 0, n);
                            out.flush();
                        }
                    } catch (IOException e) {
                        // one side closed: the relay ends
                    } finally {
                        try {
                            out.close();
                        } catch (IOException ignored) {
                            // closing anyway
                        }
                    }
                },
                "stalling-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private void waitWhileStalled() {
        while (stalled && !closed) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        sockets.forEach(StallingProxy::close);
    }
}

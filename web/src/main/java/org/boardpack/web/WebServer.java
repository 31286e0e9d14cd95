package org.boardpack.web;

import java.io.IOException;
import org.boardpack.index.IndexException;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code boardpack serve}: Jetty on the bound address with the routes of {@link Site}, over one
 * index opened for the server's life. Started by {@link #start}, stopped by {@link #close}.
 */
public final class WebServer implements AutoCloseable {

    /** Enough for a few people and a load test; searches are CPU-bound, so more would only queue. */
    private static final int MAX_THREADS = 32;

    private final Server server;
    private final IndexQueries index;
    /** Links today's register while the server already answers (see {@link #awaitWarm}). */
    private final Thread warming;

    private WebServer(Server server, IndexQueries index, Thread warming) {
        this.server = server;
        this.index = index;
        this.warming = warming;
    }

    public static WebServer start(ServeSettings settings) throws IndexException, IOException {
        IndexQueries index = new IndexQueries(settings.index(), settings.bodies());
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 4);
        threads.setName("boardpack-serve");
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(settings.bind());
        connector.setPort(settings.port());
        server.addConnector(connector);
        server.setHandler(new Site(index, settings.clock()).router());
        server.setStopTimeout(2_000);
        try {
            server.start();
        } catch (Exception e) {
            index.close();
            throw new IOException("cannot listen on " + settings.bind() + ":" + settings.port() + ": " + e.getMessage(), e);
        }
        return new WebServer(server, index, index.warmRegister(java.time.LocalDate.now(settings.clock())));
    }

    /** The port listened on (the one chosen when 0 was asked for). */
    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public String url() {
        ServerConnector c = (ServerConnector) server.getConnectors()[0];
        String host = c.getHost() == null || c.getHost().equals("0.0.0.0") ? "127.0.0.1" : c.getHost();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
    }

    /** The number of files the server may send. */
    public int files() {
        return index.files().size();
    }

    /**
     * Waits until today's action register is linked (begun at start): a benchmark times the pages
     * after it, so the linking, done once per index, does not share the processor with what is timed.
     */
    public void awaitWarm() throws InterruptedException {
        warming.join();
    }

    /** Blocks until the server stops (a signal ends the JVM, which stops it). */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        try {
            server.stop();
        } finally {
            index.close();
        }
    }
}

package org.boardpack.devtools;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.boardpack.web.ServeSettings;
import org.boardpack.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The web server's latency benchmark: {@code boardpack serve} started on this machine over an
 * index, its search, meeting, person and register pages timed one request at a time (the time
 * the server took and the processor time of it, from its {@code Server-Timing} header, and the
 * round trip), then a bounded load
 * loop: N clients requesting the pages in turn for S seconds, with errors counted.
 */
@Command(name = "bench-serve", mixinStandardHelpOptions = true,
        description = {"Time the web pages of 'boardpack serve' over an index (e.g. the one bench-search builds): "
                + "p50/p99 per page kind one request at a time, then under concurrent clients for a fixed time."})
final class ServeBenchCommand implements Callable<Integer> {

    private static final int WARM_UP_ROUNDS = 3;

    @Option(names = "--index", paramLabel = "DIR", required = true, description = "The index to serve.")
    Path index;

    @Option(names = "--rounds", defaultValue = "10", description = "Timed passes over the pages (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--clients", defaultValue = "20", description = "Concurrent clients in the load loop (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "60", description = "Length of the load loop (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--pages", paramLabel = "KIND", split = ",", description = "Only these page kinds: search, meeting, "
            + "person, register (default: all).")
    List<String> kinds = List.of();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (rounds < 1 || clients < 1 || seconds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rounds, --clients and --seconds must be at least 1");
        }
        try (WebServer server = WebServer.start(new ServeSettings(index, List.of(), ServeSettings.LOCALHOST, 0,
                Clock.systemDefaultZone()))) {
            long linking = System.nanoTime();
            server.awaitWarm();
            out.printf(Locale.ROOT, "today's action register linked %.1f s after the server started%n",
                    (System.nanoTime() - linking) / 1e9);
            PageClient client = new PageClient(server.url());
            Map<String, List<String>> pages = new java.util.LinkedHashMap<>(ServePages.of(client, BenchQueries.standard()));
            if (!kinds.isEmpty()) {
                pages.keySet().retainAll(kinds);
            }
            pages.forEach((kind, urls) -> out.printf(Locale.ROOT, "%-9s %d page(s), e.g. %s%n", kind, urls.size(), urls.getFirst()));
            out.flush();
            sequential(out, client, pages);
            load(out, server.url(), pages);
        }
        return 0;
    }

    /** Each page kind timed one request at a time, after a warm-up. */
    private void sequential(PrintWriter out, PageClient client, Map<String, List<String>> pages) throws Exception {
        for (int r = 0; r < WARM_UP_ROUNDS; r++) {
            for (List<String> urls : pages.values()) {
                for (String url : urls) {
                    client.time(url);
                }
            }
        }
        out.printf(Locale.ROOT, "One request at a time, %d rounds after %d warm-up rounds (ms):%n", rounds, WARM_UP_ROUNDS);
        out.printf(Locale.ROOT, "  %-9s %6s %8s %8s %8s %10s %10s %8s %8s %8s%n", "page", "n", "p50", "p99", "max", "trip p50",
                "trip p99", "cpu p50", "cpu p99", "cpu mean");
        for (Map.Entry<String, List<String>> e : pages.entrySet()) {
            Samples server = new Samples();
            Samples trip = new Samples();
            Samples cpu = new Samples();
            for (int r = 0; r < rounds; r++) {
                for (String url : e.getValue()) {
                    PageClient.Timing t = client.time(url);
                    if (t.status() != 200) {
                        throw new IllegalStateException(url + " answered " + t.status());
                    }
                    server.add(t.serverNanos());
                    trip.add(t.tripNanos());
                    if (t.cpuNanos() >= 0) {
                        cpu.add(t.cpuNanos());
                    }
                }
            }
            out.printf(Locale.ROOT, "  %-9s %6d %8.1f %8.1f %8.1f %10.1f %10.1f %8s %8s %8s%n", e.getKey(), server.size(),
                    server.ms(0.5), server.ms(0.99), server.ms(1.0), trip.ms(0.5), trip.ms(0.99), cpuMs(cpu, 0.5),
                    cpuMs(cpu, 0.99), cpu.size() == 0 ? "-" : String.format(Locale.ROOT, "%.1f", cpu.meanMs()));
            out.flush();
        }
    }

    private static String cpuMs(Samples cpu, double q) {
        return cpu.size() == 0 ? "-" : String.format(Locale.ROOT, "%.1f", cpu.ms(q));
    }

    /** {@code clients} threads requesting every page in turn until the time is up. */
    private void load(PrintWriter out, String base, Map<String, List<String>> pages) throws Exception {
        List<String> all = new ArrayList<>();
        pages.values().forEach(all::addAll);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<LoadResult>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            results.add(pool.submit(() -> {
                PageClient client = new PageClient(base);
                LoadResult r = new LoadResult(new Samples(), new Samples(), new Samples(), new int[1]);
                for (int i = offset; System.nanoTime() < deadline; i++) {
                    try {
                        PageClient.Timing t = client.time(all.get(i % all.size()));
                        if (t.status() != 200) {
                            r.errors()[0]++;
                        }
                        r.server().add(t.serverNanos());
                        r.trip().add(t.tripNanos());
                        if (t.cpuNanos() >= 0) {
                            r.cpu().add(t.cpuNanos());
                        }
                    } catch (Exception e) {
                        r.errors()[0]++;
                    }
                }
                return r;
            }));
        }
        Samples server = new Samples();
        Samples trip = new Samples();
        Samples cpu = new Samples();
        int errors = 0;
        for (Future<LoadResult> f : results) {
            LoadResult r = f.get();
            server.addAll(r.server());
            trip.addAll(r.trip());
            cpu.addAll(r.cpu());
            errors += r.errors()[0];
        }
        pool.shutdown();
        out.printf(Locale.ROOT, "%d clients for %d s: %d requests (%.1f/s), %d error(s); server p50 %.1f ms, p99 %.1f ms, "
                        + "max %.1f ms; round trip p50 %.1f ms, p99 %.1f ms; processor time a request mean %.1f ms, p99 %.1f ms%n",
                clients, seconds, trip.size(), trip.size() / (double) seconds, errors, server.ms(0.5), server.ms(0.99),
                server.ms(1.0), trip.ms(0.5), trip.ms(0.99), cpu.meanMs(), cpu.ms(0.99));
        out.flush();
    }

    private record LoadResult(Samples server, Samples trip, Samples cpu, int[] errors) {
    }
}

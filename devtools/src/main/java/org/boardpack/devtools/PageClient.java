package org.boardpack.devtools;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GETs a page of the server and says how long it took: the server's own time and processor time
 * (its Server-Timing header) and the round trip.
 */
final class PageClient {

    private static final Pattern DURATION = Pattern.compile("app;dur=([0-9.]+)");
    private static final Pattern CPU = Pattern.compile("cpu;dur=([0-9.]+)");

    /**
     * One request: its status, the server's time answering it, the processor time of that (-1 when
     * the server does not say), and the whole round trip.
     */
    record Timing(int status, long serverNanos, long cpuNanos, long tripNanos, String body) {
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;

    PageClient(String base) {
        this.base = base;
    }

    Timing time(String pathAndQuery) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
        long trip = System.nanoTime() - start;
        String timing = r.headers().firstValue("server-timing").orElse("");
        Matcher m = DURATION.matcher(timing);
        long server = m.find() ? (long) (Double.parseDouble(m.group(1)) * 1e6) : trip;
        Matcher c = CPU.matcher(timing);
        long cpu = c.find() ? (long) (Double.parseDouble(c.group(1)) * 1e6) : -1;
        return new Timing(r.statusCode(), server, cpu, trip, r.body());
    }
}

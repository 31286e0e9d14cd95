package org.boardpack.devtools;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GETs a page of the server and says how long it took: the server's own time (its Server-Timing header) and the round trip. */
final class PageClient {

    private static final Pattern DURATION = Pattern.compile("dur=([0-9.]+)");

    /** One request: its status, the server's time answering it, and the whole round trip. */
    record Timing(int status, long serverNanos, long tripNanos, String body) {
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
        Matcher m = DURATION.matcher(r.headers().firstValue("server-timing").orElse(""));
        long server = m.find() ? (long) (Double.parseDouble(m.group(1)) * 1e6) : trip;
        return new Timing(r.statusCode(), server, trip, r.body());
    }
}

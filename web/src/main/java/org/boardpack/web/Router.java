package org.boardpack.web;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * Jetty's handler: GET and HEAD only (the server writes nothing), the path looked up among the
 * routes, the parameters checked against the route's names, and any {@link HttpProblem} answered
 * with its status and sentence (as HTML for pages, JSON under {@code /api/}). Every answer carries
 * headers that keep a page from loading scripts from elsewhere or being framed, and the time it took
 * and the processor time of it ({@code Server-Timing: app;dur=ms, cpu;dur=ms}).
 */
final class Router extends Handler.Abstract {

    private static final Logger LOG = Logger.getLogger(Router.class.getName());
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    /** Scripts and styles from this server only, no inline script: escaped output can never run. */
    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final Map<String, Route> routes = new LinkedHashMap<>();
    /** How a problem is shown: (status, message) to a reply, for pages and for the API. */
    private final BiFunction<Integer, String, Reply> pageProblem;
    private final BiFunction<Integer, String, Reply> apiProblem;

    Router(List<Route> routes, BiFunction<Integer, String, Reply> pageProblem, BiFunction<Integer, String, Reply> apiProblem) {
        routes.forEach(r -> this.routes.put(r.path(), r));
        this.pageProblem = pageProblem;
        this.apiProblem = apiProblem;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        long start = System.nanoTime();
        long cpuStart = CPU.getCurrentThreadCpuTime();
        Reply reply;
        try {
            reply = answer(request, path);
        } catch (HttpProblem e) {
            reply = problem(path, e.status(), e.getMessage());
        } catch (Exception | Error e) {
            LOG.log(Level.WARNING, "boardpack serve: " + path + " failed", e);
            reply = problem(path, 500, "the server failed to answer: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        // the time spent answering, before the bytes are sent, and the processor time of it (which
        // other work on a shared machine does not stretch): what the latency benchmark reports
        response.getHeaders().put("Server-Timing", String.format(java.util.Locale.ROOT, "app;dur=%.2f, cpu;dur=%.2f",
                (System.nanoTime() - start) / 1e6, (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e6));
        send(request, response, callback, reply);
        return true;
    }

    private Reply answer(Request request, String path) throws Exception {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            throw HttpProblem.methodNotAllowed(method);
        }
        Route route = routes.get(path);
        if (route == null) {
            throw HttpProblem.notFound("no page at " + Params.clip(path));
        }
        Fields fields;
        try {
            fields = Request.extractQueryParameters(request);
        } catch (RuntimeException e) {
            throw HttpProblem.badRequest("the query string cannot be read: " + e.getMessage());
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Fields.Field f : fields) {
            values.put(f.getName(), f.getValues());
        }
        return route.handler().answer(Params.of(values, route.params()));
    }

    private Reply problem(String path, int status, String message) {
        Reply r = path.startsWith("/api/") ? apiProblem.apply(status, message) : pageProblem.apply(status, message);
        return status == 405 ? r.withHeader("Allow", "GET, HEAD") : r;
    }

    private static void send(Request request, Response response, Callback callback, Reply reply) throws Exception {
        response.setStatus(reply.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType());
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("Referrer-Policy", "no-referrer");
        if (reply.file() == null) {
            response.getHeaders().put("Content-Security-Policy", POLICY);
        }
        reply.headers().forEach((k, v) -> response.getHeaders().put(k, v));
        boolean head = request.getMethod().equals("HEAD");
        if (reply.file() != null) {
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, Files.size(reply.file()));
            if (!head) {
                try (OutputStream out = Content.Sink.asOutputStream(response)) {
                    Files.copy(reply.file(), out);
                }
            }
            callback.succeeded();
            return;
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, reply.body().length);
        response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(reply.body()), callback);
    }
}

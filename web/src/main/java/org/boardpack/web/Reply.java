package org.boardpack.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * What one request is answered with: a status, a content type and either bytes or a file to
 * stream (the indexed PDFs), with any extra headers ({@code Content-Disposition} for downloads).
 */
public record Reply(int status, String contentType, byte[] body, Path file, Map<String, String> headers) {

    public Reply {
        headers = Map.copyOf(headers);
    }

    public static Reply html(String html) {
        return text(200, "text/html; charset=utf-8", html);
    }

    public static Reply json(String json) {
        return text(200, "application/json; charset=utf-8", json);
    }

    public static Reply text(int status, String contentType, String text) {
        return new Reply(status, contentType, text.getBytes(StandardCharsets.UTF_8), null, Map.of());
    }

    public static Reply file(Path file, String contentType, Map<String, String> headers) {
        return new Reply(200, contentType, null, file, headers);
    }

    public Reply withHeader(String name, String value) {
        java.util.Map<String, String> h = new java.util.LinkedHashMap<>(headers);
        h.put(name, value);
        return new Reply(status, contentType, body, file, h);
    }
}

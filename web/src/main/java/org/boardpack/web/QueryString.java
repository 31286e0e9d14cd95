package org.boardpack.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;

/** A URL's query string built from name/value pairs, each encoded; null values are left out. */
public final class QueryString {

    private final StringJoiner parts = new StringJoiner("&");

    public QueryString add(String name, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            parts.add(encode(name) + "=" + encode(value.toString()));
        }
        return this;
    }

    public QueryString addAll(String name, List<String> values) {
        values.forEach(v -> add(name, v));
        return this;
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** {@code ?a=1&b=2}, or empty when there is nothing. */
    @Override
    public String toString() {
        String s = parts.toString();
        return s.isEmpty() ? "" : "?" + s;
    }
}

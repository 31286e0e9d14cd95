package org.boardpack.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * A record's box on its page, {@code x0,y0,x1,y1} in PDF points from the page's top-left corner
 * (the {@code bbox} of a table record), as the page image's {@code box} parameter gives it.
 */
public record PageBox(float x0, float y0, float x1, float y1) {

    /** Larger than any page PDF allows (200 inches at 72 points to the inch). */
    static final float MAX_POINTS = 14_400f;

    /** The box a parameter gives, or null when absent; anything but four ordered numbers within a page is a 400. */
    public static PageBox parse(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw HttpProblem.badRequest("box: give four numbers x0,y0,x1,y1 (PDF points from the top-left corner)");
        }
        float[] v = new float[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Float.parseFloat(parts[i].strip());
            } catch (NumberFormatException e) {
                throw HttpProblem.badRequest("box: '" + Params.clip(parts[i]) + "' is not a number");
            }
            if (!Float.isFinite(v[i]) || v[i] < 0 || v[i] > MAX_POINTS) {
                throw HttpProblem.badRequest("box: " + parts[i].strip() + " is outside 0 to " + (int) MAX_POINTS + " points");
            }
        }
        if (v[2] <= v[0] || v[3] <= v[1]) {
            throw HttpProblem.badRequest("box: x1 must be right of x0 and y1 below y0");
        }
        return new PageBox(v[0], v[1], v[2], v[3]);
    }

    /** A record's {@code bbox} ({@code [x0, y0, x1, y1]}), or null when it has none or not a usable one. */
    public static PageBox ofRecord(JsonNode record) {
        JsonNode b = record == null ? null : record.get("bbox");
        if (b == null || !b.isArray() || b.size() != 4) {
            return null;
        }
        for (JsonNode v : b) {
            if (!v.isNumber()) {
                return null;
            }
        }
        try {
            return parse(b.get(0).asDouble() + "," + b.get(1).asDouble() + "," + b.get(2).asDouble() + "," + b.get(3).asDouble());
        } catch (HttpProblem e) {
            return null; // a box outside any page is not worth marking
        }
    }

    /** As the parameter writes it: {@code 56.7,120,538.6,410.2}. */
    public String text() {
        return String.format(Locale.ROOT, "%s,%s,%s,%s", num(x0), num(y0), num(x1), num(y1));
    }

    private static String num(float f) {
        return f == Math.rint(f) ? String.valueOf((int) f) : String.valueOf(f);
    }
}

package org.boardpack.model.names;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A body's name as the slug that opens its meeting ids ({@code BLMK Partnership Board} →
 * {@code blmk-partnership-board}, so the meeting {@code blmk-partnership-board/2020-11-11}): accents
 * dropped, {@code &} read as {@code and}, anything but letters and digits one hyphen. Here, beside
 * the records, because the extractors write ids with it and the index resolves bodies by it.
 */
public final class BodySlug {

    private BodySlug() {
    }

    public static String of(String body) {
        String ascii = Normalizer.normalize(body, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }
}

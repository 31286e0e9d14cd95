package org.boardpack.corpus;

import java.time.LocalDate;
import java.util.Locale;

/** Meeting ids as the format defines them: {@code slug(body) + "/" + yyyy-mm-dd}. */
public final class Slug {

    private Slug() {
    }

    public static String of(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return s.replaceAll("^-+|-+$", "");
    }

    public static String meetingId(String body, LocalDate date) {
        return of(body) + "/" + date;
    }
}

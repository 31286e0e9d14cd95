package org.boardpack.model.actions;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A reference as a key: {@code 31}, {@code 031}, {@code Action 31}, {@code Ref. 31} and
 * {@code #31} are one reference, since minute-takers and log keepers print the same number in
 * different dress. Letters and separators stay ({@code PB/31} is not {@code 31}). Here, beside the
 * record, because the register links rows by it and the index tells bodies apart by it.
 */
public final class ActionRefs {

    private static final Pattern LABEL = Pattern.compile("^(?:action|ref(?:erence)?|no|number)\\b[\\s.:#-]*");
    private static final Pattern LEADING_ZEROS = Pattern.compile("(?<![0-9])0+(?=[0-9])");

    private ActionRefs() {
    }

    /** The key of a printed reference; null when there is none. */
    public static String key(String printed) {
        if (printed == null) {
            return null;
        }
        String s = printed.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < 2; i++) {
            s = LABEL.matcher(s).replaceFirst("");
        }
        s = s.replaceAll("[#\\s]", "").replaceAll("[.):]+$", "");
        s = LEADING_ZEROS.matcher(s).replaceAll("");
        return s.isEmpty() ? null : s;
    }
}

package org.boardpack.app.query;

import java.util.Locale;
import org.boardpack.extract.actions.JointOwners;

/**
 * {@code --owner NAME}: an owner as printed ({@code Chair}, {@code SW}, {@code A Smith/B Jones}) or
 * as resolved ({@code Sarah Wood}) matches when one of its people is {@code NAME} in full or by
 * surname, in any case.
 */
public final class OwnerMatch {

    private final String wanted;

    public OwnerMatch(String name) {
        this.wanted = normal(name);
    }

    public boolean matches(String owner, String ownerName) {
        return matchesOne(owner) || matchesOne(ownerName);
    }

    private boolean matchesOne(String owners) {
        if (owners == null || wanted.isEmpty()) {
            return false;
        }
        // the one rule for joint owners (A/B, A & B, A, B, A and B), as the register and 'people' read them
        for (String part : JointOwners.of(owners)) {
            String p = normal(part);
            if (p.equals(wanted) || p.endsWith(" " + wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

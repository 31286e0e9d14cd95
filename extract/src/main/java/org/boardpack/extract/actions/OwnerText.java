package org.boardpack.extract.actions;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.attendance.PersonName;

/**
 * Where an action's owner is written in its text, and whether a piece of text reads as an owner:
 * initials ({@code HP}, {@code AC-S}), a person's name ({@code Kay Dicken}, {@code Cllr Smith}), a
 * role or group ({@code Clerk}, {@code All}), or several of them joined ({@code MH/CC},
 * {@code Kay Dicken/Heather Poustie/Clerk}, {@code RJ + SB}, {@code JB and MH}). An owner is a
 * few words; anything longer is what is to be done. Owners stand before the task
 * ({@code Clerk to place on website}) or after it in brackets or after a dash
 * ({@code Write to the council (Clerk)}, {@code Circulate the paper – JB}).
 */
final class OwnerText {

    /** An owner and the task that goes with it. */
    record Split(String owner, String task) {
    }

    private static final Pattern INITIALS = Pattern.compile(
            "^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z]{0,3}(?:-[A-Z][A-Za-z]?)?\\.?$");
    /** {@code Clerk to place on website}, {@code JB and MH to report back}: an owner, "to", a verb. */
    private static final Pattern LEADING = Pattern.compile("^(.{1,60}?)\\s+to\\s+([a-z].*)$", Pattern.DOTALL);
    /** {@code … (Clerk)}, {@code … (Action: JB)}: a bracket closing the task, an action label inside it or not. */
    private final Pattern bracketed;
    /** {@code … – JB}: a dash before the owner. */
    private static final Pattern DASHED = Pattern.compile("^(.*\\S)\\s+[-–—]\\s+([^-–—]{1,60})$", Pattern.DOTALL);
    private static final int MAX_WORDS = 6;

    private final ActionVocabulary words;

    OwnerText(ActionVocabulary words) {
        this.words = words;
        this.bracketed = Pattern.compile("^(.*\\S)\\s*\\((?:" + words.label().pattern()
                + "\\s*[:\\-–]?\\s*)?([^()]{1,60})\\)[.;]?$", Pattern.DOTALL);
    }

    /** Whether the whole text reads as an owner (one, or several joined). */
    boolean isOwner(String text) {
        String s = text.strip().replaceAll("\\s+", " ").replaceAll("[.;,]+$", "");
        if (s.isEmpty() || s.split(" ").length > MAX_WORDS) {
            return false;
        }
        for (String part : JointOwners.of(s)) {
            if (!isOne(part)) {
                return false;
            }
        }
        return true;
    }

    /** One owner: initials, a name, or a role. */
    boolean isOne(String part) {
        return INITIALS.matcher(part).matches() || words.isRole(part) || PersonName.parse(part).isPresent();
    }

    /** Initials alone ({@code HP}, {@code AC-S}). */
    static boolean isInitials(String text) {
        return INITIALS.matcher(text.strip()).matches();
    }

    /** {@code Clerk to place on website} → Clerk, place on website. */
    Optional<Split> leading(String text) {
        Matcher m = LEADING.matcher(text.strip());
        if (m.matches() && isOwner(m.group(1))) {
            // "The Head of Planning to circulate …": the article is no part of the role
            String owner = m.group(1).strip().replaceFirst("^(?:The|the) (?=\\S+)", "");
            return Optional.of(new Split(owner.isEmpty() ? m.group(1).strip() : owner, m.group(2).strip()));
        }
        return Optional.empty();
    }

    /** {@code Write to the council (Clerk)} or {@code Circulate the paper – JB} → the owner after the task. */
    Optional<Split> trailing(String text) {
        String s = text.strip();
        for (Pattern p : new Pattern[] {bracketed, DASHED}) {
            Matcher m = p.matcher(s);
            if (m.matches() && isOwner(m.group(2))) {
                return Optional.of(new Split(m.group(2).strip().replaceAll("[.;]+$", ""), m.group(1).strip()));
            }
        }
        return Optional.empty();
    }

    /** The owner written in a task's text, before or after it, if any. */
    Optional<Split> within(String text) {
        return leading(text).or(() -> trailing(text));
    }
}

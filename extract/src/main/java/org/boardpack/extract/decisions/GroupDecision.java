package org.boardpack.extract.decisions;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.lexicon.Lexicon;
import org.boardpack.model.decisions.Decision;

/**
 * A decision on a group of items taken by one motion, as US minutes print a consent calendar: the
 * calendar's items are lettered under an unnumbered heading ({@code *A.} … {@code *E.}) and the
 * motion that follows them ({@code moved to accept the Consent Calendar}) decides them all, so it
 * sits under none of them (annotation guide: {@code item} is the item the decision sits under;
 * here that is the group, which has no number). Where the item it is read under is the group
 * itself ({@code 4. CONSENT CALENDAR ITEMS}) it keeps that item; where it is read under one of the
 * group's numbered sub-items ({@code 4C.}, the last before the motion) it sits under the group's
 * item ({@code 4}). Group names: the {@code decision-item-groups} vocabulary.
 */
final class GroupDecision {

    private static final Pattern GROUP = Pattern.compile(
            "(?i)\\b" + Lexicon.alternation("decision-item-groups") + "\\b");
    /** A sub-item's number and its parent's: {@code 4C}/{@code 4}, {@code 6.1}/{@code 6}, {@code 7(b)}/{@code 7}. */
    private static final Pattern SUB_ITEM = Pattern.compile("^(.*\\d)(?:\\.?\\p{L}|\\.\\d{1,3}|\\s*\\(\\w{1,4}\\))$");

    private GroupDecision() {
    }

    /**
     * @param d         a decision as read under its item
     * @param itemTitle the title of the item it was read under, or {@code null}
     * @return the decision, under no item where it decides a group its item is not
     */
    static Decision place(Decision d, String itemTitle) {
        return place(d, itemTitle, n -> null);
    }

    /**
     * @param d         a decision as read under its item
     * @param itemTitle the title of the item it was read under, or {@code null}
     * @param titleOf   the title of the paper's item with a number, or {@code null}
     * @return the decision, under the group's item where one of the item's parents is the group,
     *         under no item where it decides a group that is no item of its own
     */
    static Decision place(Decision d, String itemTitle, Function<String, String> titleOf) {
        if (d.item() == null || !GROUP.matcher(d.text()).find() || names(itemTitle)) {
            return d;
        }
        for (String parent = parentOf(d.item()); parent != null; parent = parentOf(parent)) {
            if (names(titleOf.apply(parent))) {
                String ref = d.item().equals(d.minuteRef()) ? parent : d.minuteRef();
                return new Decision(d.meeting(), parent, ref, d.kind(), d.text(), d.vote(), d.page(), d.context());
            }
        }
        return new Decision(d.meeting(), null, null, d.kind(), d.text(), d.vote(), d.page(), d.context());
    }

    private static boolean names(String title) {
        return title != null && GROUP.matcher(title.replaceAll("\\s+", " ")).find();
    }

    private static String parentOf(String number) {
        Matcher m = SUB_ITEM.matcher(number.strip());
        return m.matches() ? m.group(1) : null;
    }
}

package org.boardpack.extract.decisions;

import java.util.regex.Pattern;
import org.boardpack.extract.lexicon.Lexicon;
import org.boardpack.model.decisions.Decision;

/**
 * A decision on a group of items taken by one motion, as US minutes print a consent calendar: the
 * calendar's items are lettered under an unnumbered heading ({@code *A.} … {@code *E.}) and the
 * motion that follows them ({@code moved to accept the Consent Calendar}) decides them all, so it
 * sits under none of them (annotation guide: {@code item} is the item the decision sits under;
 * here that is the group, which has no number). Where the item it is read under is the group
 * itself ({@code 4. CONSENT CALENDAR ITEMS}) it keeps that item. Group names: the
 * {@code decision-item-groups} vocabulary.
 */
final class GroupDecision {

    private static final Pattern GROUP = Pattern.compile(
            "(?i)\\b" + Lexicon.alternation("decision-item-groups") + "\\b");

    private GroupDecision() {
    }

    /**
     * @param d         a decision as read under its item
     * @param itemTitle the title of the item it was read under, or {@code null}
     * @return the decision, under no item where it decides a group its item is not
     */
    static Decision place(Decision d, String itemTitle) {
        if (d.item() == null || !GROUP.matcher(d.text()).find()
                || itemTitle != null && GROUP.matcher(itemTitle.replaceAll("\\s+", " ")).find()) {
            return d;
        }
        return new Decision(d.meeting(), null, null, d.kind(), d.text(), d.vote(), d.page(), d.context());
    }
}

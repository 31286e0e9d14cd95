package org.boardpack.extract.decisions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lists in an item's paragraphs that belong to its decisions: the entries a decision ending
 * in a colon introduces (marked {@code •}/{@code a.}, or set in from the paragraph that
 * introduces them, or lines each standing alone), the lines a label's unfinished sentence runs
 * on into, a numbered list whose entries are decisions of their own, a stem's list whose
 * entries carry their own outcomes ({@code Attendance Policy - agreed}), and the meeting named
 * alone over what it did entry by entry ({@code The Board:} / {@code • APPROVED the plan;} /
 * {@code • NOTED the feedback}), as NHS board minutes print it.
 */
final class ItemLists {

    /** Points a list entry is set in from the paragraph that introduces it, at least. */
    private static final float INDENT = 4f;
    /** Paragraphs looked at below a stem for entries that decide themselves. */
    private static final int MAX_LIST = 12;

    /** What ends a list entry that goes on to the next: {@code ;}, {@code ; and}, {@code , or}. */
    private static final Pattern ENTRY_END = Pattern.compile("\\s*[;,]\\s*(?:and|or)?\\s*$");

    private final DecisionCues cues;
    private final String body;
    private final List<ItemText.Para> paras;
    /** The meeting named alone and a colon: {@code The Board:}, {@code The Committee:}, {@code Members:}. */
    private final Pattern meetingStem;

    ItemLists(DecisionCues cues, String body, List<ItemText.Para> paras) {
        this.cues = cues;
        this.body = body;
        this.paras = paras;
        this.meetingStem = Pattern.compile("^(?:(?i:the)\\s+)?(?i:" + cues.vocabulary().bodies() + ")\\s*:$");
    }

    /** Whether a paragraph is an entry of the list a stem introduces: marked, or set in where a browser drew the bullet. */
    private static boolean entryOf(ItemText.Para stem, ItemText.Para p) {
        return !p.heading() && (ListMarkers.LIST_ENTRY.matcher(p.text()).find() || p.x0() > stem.x0() + INDENT);
    }

    /** A decided entry of a list under the meeting's name: its paragraph, kind and text. */
    record MeetingEntry(int paragraph, DecisionCue cue, String text) {
    }

    /**
     * The entries under a stem that names only the meeting ({@code The Board:}), each read as the
     * sentence the stem and entry make ({@code The Board APPROVED the plan}): what each decides, by
     * its own verb (noting is narrative, not a decision), or {@code null} when paragraph {@code i}
     * is no such stem. The entries run while they are list entries.
     */
    List<MeetingEntry> underMeeting(int i) {
        ItemText.Para p = paras.get(i);
        if (p.heading() || !meetingStem.matcher(p.text().strip()).matches() || i + 1 >= paras.size() || !entryOf(p, paras.get(i + 1))) {
            return null;
        }
        String subject = p.text().strip().replaceAll("\\s*:$", "");
        List<MeetingEntry> out = new ArrayList<>();
        for (int j = i + 1; j < paras.size() && entryOf(p, paras.get(j)); j++) {
            String entry = ENTRY_END.matcher(ListMarkers.withoutBullet(paras.get(j).text()).strip()).replaceFirst("");
            Optional<DecisionCue> cue = cues.inSentence(subject + " " + entry, paras.get(j).lines(), body);
            out.add(new MeetingEntry(j, cue.orElse(null), entry));
        }
        return out;
    }

    /**
     * A decision ending in a colon introduces a list: its entries are part of it, marked
     * ({@code •}, {@code a.}) or, where the markers did not survive, set in from the paragraph
     * that introduces them. A list set as a table ends with the table: the prose below it is not an entry
     * ({@code It was RESOLVED to approve the following payments:} over the payments, then {@code The bank
     * reconciliation was checked}). Returns the paragraph after the list.
     *
     * @param lineEntries whether lines standing alone count as entries too (a resolution's
     *                    {@code as follows:} over {@code Income £16,127} / {@code Expenditure £18,688})
     */
    int appendIfIntroduced(DecisionEntry e, int from, ItemText.Para introducer, boolean lineEntries) {
        int j = from;
        if (!ListMarkers.INTRODUCES.matcher(e.text().toString().strip()).find()) {
            return j;
        }
        while (j < paras.size() && !paras.get(j).heading() && paras.get(j).ref() == null
                && !(j > from && paras.get(j - 1).tabled() && !paras.get(j).tabled())
                && (ListMarkers.LIST_ENTRY.matcher(paras.get(j).text()).find() || paras.get(j).x0() > introducer.x0() + INDENT
                || lineEntries && lineEntry(paras.get(j)))) {
            e.text().append(' ').append(ListMarkers.withoutBullet(paras.get(j).text()));
            j++;
        }
        return j;
    }

    /**
     * Lines each standing alone (each line its own sentence: a line's end broke it off), no heading,
     * deciding nothing themselves: unmarked list entries.
     */
    private boolean lineEntry(ItemText.Para p) {
        return p.lines().size() == p.sentences().size() && !ItemText.CAPITALS.matcher(p.text()).matches() && cues.label(p.text()).isEmpty()
                && p.sentences().stream().noneMatch(s -> cues.inSentence(s, p.lines(), body).isPresent());
    }

    /**
     * A block under a label that does not end its sentence ({@code RESOLVED:-} over
     * {@code Recognised structure in place} / {@code List of directors of all boards.}) runs on
     * until a full stop, a heading, a numbered paragraph or another label. A resolution ({@code That
     * the plan be adopted as set out in Appendix A to the} / {@code report.}, its lines set wider than
     * the page's leading, as in a box) runs on only into a paragraph that starts in lower case.
     */
    int appendUnfinished(DecisionEntry e, int from) {
        int j = from;
        while (j < paras.size() && (!ListMarkers.THAT_OR_NUMBERED.matcher(e.text().toString().strip()).find()
                || startsInLowerCase(paras.get(j)))
                && !e.text().toString().strip().matches("(?s).*[.?!]$") && !paras.get(j).heading()
                && paras.get(j).tabled() == paras.get(e.paragraph()).tabled()
                && !ItemText.CAPITALS.matcher(paras.get(j).text()).matches()
                && paras.get(j).ref() == null && cues.label(paras.get(j).text()).isEmpty()) {
            e.text().append(' ').append(ListMarkers.withoutBullet(paras.get(j).text()));
            j++;
        }
        return j;
    }

    /** A paragraph that starts in lower case goes on with a sentence: no paragraph starts so. */
    private static boolean startsInLowerCase(ItemText.Para p) {
        String t = p.text().strip();
        return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
    }

    /**
     * The last paragraph of the list below a stem that carries its own outcomes ({@code Attendance
     * Policy - agreed}), or -1 when its entries decide nothing themselves.
     */
    int entriesDecide(int from) {
        int last = -1;
        for (int j = from; j < paras.size() && !paras.get(j).heading() && j < from + MAX_LIST; j++) {
            ItemText.Para p = paras.get(j);
            for (String s : p.sentences()) {
                if (cues.inSentence(s, p.lines(), body).isPresent()) {
                    last = j;
                }
            }
        }
        return last;
    }

    /**
     * Entries of a numbered list, each its own decision. The first entry's marker kind (digits,
     * letters, roman) is the list's; other list lines (bullets, sub-lists) belong to the entry above.
     * Returns the paragraph after the list.
     */
    int numberedEntries(int from, List<DecisionEntry> into, String stemText) {
        String kind = ListMarkers.markerKind(paras.get(from).text());
        int j = from;
        DecisionEntry current = null;
        while (j < paras.size() && !paras.get(j).heading()) {
            String t = paras.get(j).text();
            Matcher m = ListMarkers.NUMBER_MARKER.matcher(t);
            if (m.find() && ListMarkers.markerKind(t).equals(kind)) {
                current = new DecisionEntry(j, new StringBuilder(t.substring(m.end())), stemText);
                into.add(current);
            } else if (current != null && ListMarkers.LIST_ENTRY.matcher(t).find()) {
                current.text().append(' ').append(ListMarkers.withoutBullet(t));
            } else {
                break;
            }
            j++;
        }
        return j;
    }
}

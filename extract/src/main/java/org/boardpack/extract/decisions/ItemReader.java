package org.boardpack.extract.decisions;

import org.boardpack.model.decisions.Decision;
import org.boardpack.model.decisions.DecisionKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.boardpack.extract.lexicon.Lexicon;

/**
 * The decisions of one item, read paragraph by paragraph (annotation guide, Decisions). A labelled
 * paragraph ({@code Agreed: That ...}, {@code RESOLVED that ...}) is one decision; a label standing
 * alone ({@code RESOLVED}, {@code Agreed:}) takes the paragraph below it, or each entry of the
 * numbered list below it as a decision of its own; a bare outcome ({@code AGREED.},
 * {@code Approved}) closes the sentence above it. Otherwise each sentence is read for a carried
 * motion ({@link MotionReader}) or a decision cue ({@link DecisionCues}); a carried motion followed by
 * the resolution it produced ({@code … the motion was carried (For: 5, Against: 1)} over
 * {@code RESOLVED: (1) That …}) is recorded once, by the resolution, which takes the motion's
 * division. A resolution whose text
 * ends by introducing a list keeps the list (its substance); a stem whose entries decide themselves
 * is not recorded. {@code The decision was unanimous.} right after a decision records its vote, and so
 * does a paragraph below it that only says it carried ({@code The motion to refuse was CARRIED unanimously.}).
 * The lists a decision reads are found by {@link ItemLists}.
 */
final class ItemReader {

    private static final Pattern UNANIMOUS = Pattern.compile(
            "(?i)^(?:the )?(?:decision|vote|resolution|recommendation|motion)s? (?:was|were) (?:carried |agreed |passed )?unanimous(?:ly)?\\b.*$|^(?i:carried unanimously|unanimous)\\b.*");
    /** A resolution that is nothing but its verb ({@code Committee resolved to:}): the list below holds the resolutions. */
    private static final Pattern STEM_ONLY = Pattern.compile("(?i)\\b(?:resolved|resolves)\\s+(?:to|that)\\s*[:;]-?\\s*$");
    /** A decision that only points back: {@code This was agreed as a useful way ahead.} */
    private static final Pattern POINTS_BACK = Pattern.compile("^(?:(?:This|That|These)\\s+(?:was|were)|Support for this)\\b");
    /** A decision without a subject, its verb first: {@code Agreed and signed}, {@code Accepted as a true record}. */
    private static final Pattern CLIPPED = Pattern.compile("^(?:\\p{Lu}\\p{Ll}+ly\\s+)?(?:\\p{Lu}\\p{Ll}+ed|\\p{Lu}+ED)\\b");
    private static final Pattern HEADING_NUMBER = Pattern.compile("^\\(?(?:\\p{Lu}{1,4}\\s)?\\d{1,4}\\p{L}?(?:[./]\\d{1,4})*[.):]?\\s+");
    /** A list that lists nothing ({@code decision-nothing-listed}): after a stem's colon, or as the list's only entry. */
    private static final String NOTHING = "(?i:" + Lexicon.alternation("decision-nothing-listed") + ")(?![\\w/])";
    private static final Pattern NOTHING_LISTED = Pattern.compile(":\\s*" + NOTHING + "\\.?$");
    private static final Pattern NOTHING_ENTRY = Pattern.compile("^" + NOTHING);

    private final DecisionCues cues;
    private final VoteReader votes;
    private final MotionReader motions;
    private final String item;
    private final String minuteRef;
    private final String meeting;
    private final String body;
    private final boolean minuteNumbers;
    private final List<ItemText.Para> paras;
    private final ItemLists lists;
    private final List<Decision> out;
    /** Index of the last paragraph that gave a decision, and whether that was a vote's result. */
    private int lastDecided = -1;
    private boolean lastWasVote;
    /** A stem whose list entries decide themselves, and the last paragraph of its list: the entries' context. */
    private String stem;
    private int stemUntil = -1;
    /** The division of a carried motion whose resolution follows: the resolution's vote when it prints none. */
    private String motionVote;

    /**
     * @param item      the item's number as the walk read it, or {@code null}
     * @param minuteRef its minute reference, or {@code null}
     * @param body      the name of the body whose meeting it is, or {@code null}
     * @param minuteNumbers whether the paper's item numbers are minute numbers (they run on from
     *                  earlier meetings): an item's number is then how its decisions are cited
     * @param out       where the item's decisions are added
     */
    ItemReader(DecisionCues cues, VoteReader votes, MotionReader motions, String item, String minuteRef, String meeting,
               String body, boolean minuteNumbers, List<ItemText.Para> paras, List<Decision> out) {
        this.minuteNumbers = minuteNumbers;
        this.cues = cues;
        this.votes = votes;
        this.motions = motions;
        this.item = item;
        this.minuteRef = minuteRef;
        this.meeting = meeting;
        this.body = body;
        this.paras = paras;
        this.lists = new ItemLists(cues, body, paras);
        this.out = out;
    }

    void read() {
        int i = 0;
        while (i < paras.size()) {
            ItemText.Para p = paras.get(i);
            List<ItemLists.MeetingEntry> entries = lists.underMeeting(i);
            if (entries != null) {
                // "The Board:" over "• APPROVED the plan;" / "• NOTED the feedback": one record per decided entry
                entries.stream().filter(e -> e.cue() != null).forEach(e -> add(e.paragraph(), e.cue().kind(), clean(e.text()),
                        votes.read(e.text()), false, p.text().strip().replaceAll("\\s*:$", "")));
                i = entries.getLast().paragraph() + 1;
                continue;
            }
            Optional<DecisionCue> label = p.heading() ? Optional.empty() : cues.label(p.text());
            i = label.isPresent() ? labelled(i, label.get()) : sentences(i);
        }
    }

    /** A paragraph that opens with a label; returns the next paragraph to read. */
    private int labelled(int i, DecisionCue cue) {
        ItemText.Para p = paras.get(i);
        int next = i + 1;
        List<DecisionEntry> entries = new ArrayList<>();
        boolean opens = cue.form() == DecisionCue.Form.OPENS || cue.form() == DecisionCue.Form.ALONE
                && next < paras.size() && ListMarkers.THAT_OR_NUMBERED.matcher(paras.get(next).text()).find();
        if (cue.states()) {
            DecisionEntry e = new DecisionEntry(i, new StringBuilder(cue.text()));
            next = lists.appendIfIntroduced(e, next, paras.get(e.paragraph()), false);
            entries.add(e);
        } else if (opens && next < paras.size() && ListMarkers.NUMBER_MARKER.matcher(paras.get(next).text()).find()) {
            next = lists.numberedEntries(next, entries, p.text());
        } else if (opens && next < paras.size() && cues.label(paras.get(next).text()).isEmpty()
                && !paras.get(next).heading()) {
            DecisionEntry e = new DecisionEntry(next, new StringBuilder(paras.get(next).text()), p.text());
            next = lists.appendIfIntroduced(e, next + 1, paras.get(e.paragraph()), false);
            next = lists.appendUnfinished(e, next);
            entries.add(e);
        } else if (cue.refusal()) {
            return i + 1; // "Rejected." in running text: read only in a decision column
        } else if (!opens) {
            // a bare outcome closes the sentence above it, when that sentence decided nothing itself
            String closed = closing(i, -1, p.text());
            entries.add(new DecisionEntry(i, new StringBuilder(closed), closed.equals(p.text()) ? headingAbove(i) : null));
        }
        boolean unanimous = cue.unanimous();
        String division = null;
        if (!entries.isEmpty() && next < paras.size() && UNANIMOUS.matcher(paras.get(next).text()).matches()) {
            unanimous = true;
            next++;
        } else if (!entries.isEmpty() && next < paras.size() && (division = votes.division(paras.get(next).text())) != null) {
            next++; // "For 7, Against 2, Abstentions 1" on the line below: the division the resolutions carry
        } else if (!entries.isEmpty() && next < paras.size() && !paras.get(next).heading()
                && (division = votes.carriedBelow(paras.get(next).text())) != null) {
            next++; // "The motion to refuse was CARRIED unanimously." below the decision: its vote, not a decision again
        }
        for (DecisionEntry e : entries) {
            String t = clean(e.text().toString());
            String kept = withoutVoteSentences(t);
            String removed = t.substring(kept.length()).strip();
            String tail = removed.isEmpty() ? null : votes.division(removed) != null ? votes.division(removed)
                    : UNANIMOUS.matcher(removed).matches() ? "unanimous" : votes.read(removed);
            String vote = unanimous ? "unanimous" : division != null ? division : tail != null ? tail : votes.read(kept);
            vote = vote == null ? motionVote : vote;
            if (!kept.isBlank() && kept.chars().anyMatch(Character::isLetterOrDigit)) {
                add(e.paragraph(), cues.entryKind(p.text(), cue, kept), kept, vote, false, e.context());
            }
        }
        motionVote = null;
        return Math.max(next, i + 1);
    }

    /**
     * Whether paragraph {@code j} opens a resolution ({@code RESOLVED:} over {@code (1) That …},
     * {@code RESOLVED – That …}): after a carried motion, the record of what it carried.
     */
    private boolean resolutionAt(int j) {
        if (j >= paras.size() || paras.get(j).heading()) {
            return false;
        }
        Optional<DecisionCue> cue = cues.label(paras.get(j).text());
        if (cue.isEmpty() || cue.get().refusal()) {
            return false;
        }
        return cue.get().form() != DecisionCue.Form.ALONE
                || j + 1 < paras.size() && ListMarkers.THAT_OR_NUMBERED.matcher(paras.get(j + 1).text()).find();
    }

    /** The sentences of a paragraph without a label; returns the next paragraph to read. */
    private int sentences(int i) {
        ItemText.Para p = paras.get(i);
        List<String> ss = p.sentences();
        for (int k = 0; k < ss.size(); k++) {
            String s = ss.get(k);
            if (motions.isMotion(s)) {
                Optional<MotionReader.Carried> carried = motions.read(sentencesOfItem(), new MotionReader.At(i, k));
                if (carried.isPresent()) {
                    MotionReader.Carried c = carried.get();
                    int after = c.end().paragraph() + 1;
                    if (c.end().sentence() == paras.get(c.end().paragraph()).sentences().size() - 1 && resolutionAt(after)) {
                        motionVote = c.vote(); // the resolution below is the record of what the motion carried
                        return after;
                    }
                    add(i, c.kind(), clean(c.text()), c.vote(), true, c.context());
                    if (c.end().paragraph() > i) {
                        return c.end().paragraph() + 1;
                    }
                    k = c.end().sentence();
                }
                continue;
            }
            Optional<DecisionCue> found = cues.inSentence(s, p.lines(), body);
            if (found.isEmpty()) {
                continue;
            }
            DecisionCue cue = found.get();
            if (lastWasVote && lastDecided >= i - 2 && cue.kind() == DecisionKind.APPROVED
                    && !s.matches("(?is).*\\b(?:that|to)\\b.*")) {
                continue; // "The Plan Approved Gates ... were overwhelmingly approved.": the vote's result again
            }
            String t = cue.text();
            String context = POINTS_BACK.matcher(s).find() ? sentenceBefore(i, k)
                    : CLIPPED.matcher(s).find() ? headingAbove(i) : null;
            String putVote = null;
            if (cues.label(s).filter(l -> l.form() == DecisionCue.Form.ALONE).isPresent()) {
                t = closing(i, k, s);
                context = t.equals(s) ? headingAbove(i) : null;
                putVote = votes.following(ss.subList(putFrom(ss, k), k));
            }
            DecisionEntry e = new DecisionEntry(i, new StringBuilder(t), context);
            int next = i + 1;
            if (ListMarkers.INTRODUCES.matcher(s).find() && next < paras.size() && NOTHING_ENTRY.matcher(
                    clean(ListMarkers.withoutBullet(paras.get(next).text()))).find()) {
                return next + 1; // "The following policies were approved:" over "a. There were no policies …"
            }
            if (ListMarkers.INTRODUCES.matcher(s).find()) {
                if (cue.perEntry() && next < paras.size() && ListMarkers.LIST_ENTRY.matcher(paras.get(next).text()).find()) {
                    // "the following candidates were elected:" over "Chair: Simon Davies: unanimously": one each
                    int j = next;
                    for (; j < paras.size() && !paras.get(j).heading() && ListMarkers.LIST_ENTRY.matcher(paras.get(j).text()).find(); j++) {
                        String entry = clean(ListMarkers.withoutBullet(paras.get(j).text()));
                        add(j, cue.kind(), entry, votes.read(entry), false, s);
                    }
                    return j;
                }
                if (cue.kind() != DecisionKind.RESOLVED) {
                    int until = lists.entriesDecide(i + 1);
                    if (until >= 0) {
                        stem = s;
                        stemUntil = until;
                        continue; // "The following policies were approved:" above "X Policy - agreed" lines
                    }
                } else if (STEM_ONLY.matcher(s).find() && next < paras.size()
                        && ListMarkers.NUMBER_MARKER.matcher(paras.get(next).text()).find()) {
                    // "Committee resolved to:" above "i) Approve ...", "ii) Note ...": one resolution each
                    List<DecisionEntry> entries = new ArrayList<>();
                    next = lists.numberedEntries(next, entries, s);
                    entries.forEach(n -> add(n.paragraph(), cue.kind(), clean(n.text().toString()), null, false, n.context()));
                    return next;
                } else {
                    // the list a resolution introduces is its substance
                    for (int r = k + 1; r < ss.size(); r++) {
                        e.text().append(' ').append(ss.get(r));
                    }
                    k = ss.size();
                    next = lists.appendIfIntroduced(e, next, paras.get(i), true);
                }
            }
            String vote = cue.unanimous() ? "unanimous" : putVote != null ? putVote : votes.read(s);
            if (vote == null && k + 1 < ss.size() && UNANIMOUS.matcher(ss.get(k + 1)).matches()) {
                vote = "unanimous";
            } else if (vote == null && k + 1 < ss.size() && votes.division(ss.get(k + 1)) != null) {
                vote = votes.division(ss.get(k + 1)); // "It was RESOLVED to … For 7, Against 2, Abstentions 1"
            } else if (vote == null && k + 1 < ss.size()) {
                vote = votes.following(ss.subList(k + 1, ss.size())); // "… Proposed A, seconded B. 3 in favour, 1 against."
            }
            if (k == ss.size() - 1 && next == i + 1 && next < paras.size() && !paras.get(next).heading()) {
                String below = votes.carriedBelow(paras.get(next).text());
                if (below != null) {
                    vote = vote == null ? below : vote;
                    next = i + 2; // "It was RESOLVED to …" over "The motion was CARRIED (For 7, Against 2)."
                }
            }
            add(i, cue.kind(), clean(e.text().toString()), vote, false, e.context());
            if (next > i + 1 || k >= ss.size()) {
                return next;
            }
        }
        return i + 1;
    }

    /**
     * The text a bare outcome ({@code Agreed}, {@code AGREED.}) decides: the sentence it closes
     * (before it in its paragraph, or the last of the paragraph above when that decided nothing),
     * with the outcome; the outcome alone where nothing precedes it under the item.
     */
    private String closing(int i, int k, String outcome) {
        List<String> own = paras.get(i).sentences();
        if (k > 0) {
            // "Proposed A, seconded B, that the precept be set at £38,500. 4 in favour, 1 against. Resolved.":
            // the sentences that only say how it was put are passed over to the one it decides
            int from = Math.max(0, putFrom(own, k) - 1);
            return String.join(" ", own.subList(from, k)) + " " + outcome;
        }
        if (i > 0 && lastDecided != i - 1 && !paras.get(i - 1).heading() && !paras.get(i - 1).sentences().isEmpty()) {
            String above = paras.get(i - 1).sentences().getLast();
            if (!ListMarkers.INTRODUCES.matcher(above).find()) {
                return above + " " + outcome;
            }
        }
        return outcome;
    }

    /** The first of the sentences right before sentence {@code k} that only say how a decision was put (its proposer, its count). */
    private int putFrom(List<String> own, int k) {
        int from = k;
        while (from > 0 && votes.saysHowPut(own.get(from - 1)) && !motions.isMotion(own.get(from - 1))) {
            from--;
        }
        return from;
    }

    private void add(int paragraph, DecisionKind kind, String t, String vote, boolean fromVote, String context) {
        if (NOTHING_LISTED.matcher(t).find()) {
            return; // "The following policies were agreed/ratified as shown: None"
        }
        ItemText.Para p = paras.get(paragraph);
        boolean underStem = stemUntil >= paragraph;
        // the entries of a resolution ("resolved to:" / "i) Approve …") are numbered within it, not minutes
        DecisionPlace place = DecisionPlace.of(item, minuteRef, minuteNumbers, p.ref(), p.text(), underStem || context != null);
        String about = context != null ? context : underStem ? stem : null;
        out.add(new Decision(meeting, place.item(), place.minuteRef(), kind, t, vote, p.page(),
                about == null ? null : clean(about)));
        lastDecided = paragraph;
        lastWasVote = fromVote;
    }

    private List<List<String>> sentencesOfItem() {
        return paras.stream().map(ItemText.Para::sentences).toList();
    }

    /** The sentence before a sentence of the item: what {@code This was agreed} points back to. */
    private String sentenceBefore(int i, int k) {
        if (k > 0) {
            return paras.get(i).sentences().get(k - 1);
        }
        return i > 0 && !paras.get(i - 1).sentences().isEmpty() ? paras.get(i - 1).sentences().getLast() : null;
    }

    /** The item's heading above a paragraph, without its number: what a bare {@code Agreed and signed} is about. */
    private String headingAbove(int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (paras.get(j).heading()) {
                return HEADING_NUMBER.matcher(paras.get(j).text()).replaceFirst("");
            }
        }
        return null;
    }

    /** A decision's text as kept ({@link ListMarkers#clean}). */
    static String clean(String text) {
        return ListMarkers.clean(text);
    }

    /**
     * {@code RESOLVED that X. The decision was unanimous.}, {@code RESOLVED that X. For 7, Against 2,
     * Abstentions 1} or {@code RESOLVED that X. Proposed A, seconded B. 3 in favour, 1 against.}: the
     * sentences saying how it was put and voted are not part of the text.
     */
    private String withoutVoteSentences(String t) {
        String kept = t;
        for (int cut = kept.lastIndexOf(". "); cut > 0; cut = kept.lastIndexOf(". ")) {
            String last = kept.substring(cut + 2);
            if (!UNANIMOUS.matcher(last).matches() && votes.division(last) == null && !votes.saysHowPut(last)) {
                break;
            }
            kept = kept.substring(0, cut + 1).strip();
        }
        return kept;
    }
}

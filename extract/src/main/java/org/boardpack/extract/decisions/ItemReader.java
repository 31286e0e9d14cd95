package org.boardpack.extract.decisions;

import org.boardpack.model.decisions.Decision;
import org.boardpack.model.decisions.DecisionKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.lexicon.Lexicon;

/**
 * The decisions of one item, read paragraph by paragraph (annotation guide, Decisions). A labelled
 * paragraph ({@code Agreed: That ...}, {@code RESOLVED that ...}) is one decision; a label standing
 * alone ({@code RESOLVED}, {@code Agreed:}) takes the paragraph below it, or each entry of the
 * numbered list below it as a decision of its own; a bare outcome ({@code AGREED.},
 * {@code Approved}) closes the sentence above it. Otherwise each sentence is read for a carried
 * motion ({@link MotionReader}) or a decision cue ({@link DecisionCues}). A resolution whose text
 * ends by introducing a list keeps the list (its substance); a stem whose entries decide themselves
 * is not recorded. {@code The decision was unanimous.} right after a decision records its vote.
 */
final class ItemReader {

    private static final Pattern UNANIMOUS = Pattern.compile(
            "(?i)^(?:the )?(?:decision|vote|resolution|recommendation|motion)s? (?:was|were) (?:carried |agreed |passed )?unanimous(?:ly)?\\b.*$|^(?i:carried unanimously|unanimous)\\b.*");
    private static final Pattern NUMBER_MARKER = Pattern.compile("^\\(?(\\d{1,2}|[ivx]{1,4}|[a-z])[.)]\\s+");
    private static final Pattern LIST_ENTRY = Pattern.compile(
            "^(?:[•●▪■◦‣∙·\\-–—*o\uF0B7\uF0A7](?:\\s|$)|\\(?(?:\\d{1,2}|[a-z]|[ivx]{1,4})[.)]\\s)");
    private static final Pattern BULLET = Pattern.compile("^[•●▪■◦‣∙·\\-–—*o\uF0B7\uF0A7]\\s+");
    private static final Pattern LIST_GLUE = Pattern.compile("\\s*(?:[;,]\\s*(?:and|or)|;)\\s*$");
    private static final Pattern THAT_OR_NUMBERED = Pattern.compile("^(?i:that|to)\\b|^\\(?(\\d{1,2}|[ivx]{1,4}|[a-z])[.)]\\s");
    private static final Pattern INTRODUCES = Pattern.compile("(?:[:;]-?|[:;]\\s*[-–—])\\s*$");
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
    /** Points a list entry is set in from the paragraph that introduces it, at least. */
    private static final float INDENT = 4f;
    /** Paragraphs looked at below a stem for entries that decide themselves. */
    private static final int MAX_LIST = 12;

    private final DecisionCues cues;
    private final VoteReader votes;
    private final MotionReader motions;
    private final String item;
    private final String minuteRef;
    private final String meeting;
    private final String body;
    private final boolean minuteNumbers;
    private final List<ItemText.Para> paras;
    private final List<Decision> out;
    /** Index of the last paragraph that gave a decision, and whether that was a vote's result. */
    private int lastDecided = -1;
    private boolean lastWasVote;
    /** A stem whose list entries decide themselves, and the last paragraph of its list: the entries' context. */
    private String stem;
    private int stemUntil = -1;

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
        this.out = out;
    }

    void read() {
        int i = 0;
        while (i < paras.size()) {
            ItemText.Para p = paras.get(i);
            Optional<DecisionCue> label = p.heading() ? Optional.empty() : cues.label(p.text());
            i = label.isPresent() ? labelled(i, label.get()) : sentences(i);
        }
    }

    /** A paragraph that opens with a label; returns the next paragraph to read. */
    private int labelled(int i, DecisionCue cue) {
        ItemText.Para p = paras.get(i);
        int next = i + 1;
        List<Entry> entries = new ArrayList<>();
        boolean opens = cue.form() == DecisionCue.Form.OPENS || cue.form() == DecisionCue.Form.ALONE
                && next < paras.size() && THAT_OR_NUMBERED.matcher(paras.get(next).text()).find();
        if (cue.states()) {
            Entry e = new Entry(i, new StringBuilder(cue.text()));
            next = appendListIfIntroduced(e, next);
            entries.add(e);
        } else if (opens && next < paras.size() && NUMBER_MARKER.matcher(paras.get(next).text()).find()) {
            next = numberedEntries(next, entries, p.text());
        } else if (opens && next < paras.size() && cues.label(paras.get(next).text()).isEmpty()
                && !paras.get(next).heading()) {
            Entry e = new Entry(next, new StringBuilder(paras.get(next).text()), p.text());
            next = appendListIfIntroduced(e, next + 1);
            next = appendUnfinished(e, next);
            entries.add(e);
        } else if (cue.refusal()) {
            return i + 1; // "Rejected." in running text: read only in a decision column
        } else if (!opens) {
            // a bare outcome closes the sentence above it, when that sentence decided nothing itself
            String closed = closing(i, -1, p.text());
            entries.add(new Entry(i, new StringBuilder(closed), closed.equals(p.text()) ? headingAbove(i) : null));
        }
        boolean unanimous = cue.unanimous();
        String division = null;
        if (!entries.isEmpty() && next < paras.size() && UNANIMOUS.matcher(paras.get(next).text()).matches()) {
            unanimous = true;
            next++;
        } else if (!entries.isEmpty() && next < paras.size() && (division = votes.division(paras.get(next).text())) != null) {
            next++; // "For 7, Against 2, Abstentions 1" on the line below: the division the resolutions carry
        }
        for (Entry e : entries) {
            String t = clean(e.text().toString());
            String kept = withoutVoteSentence(t);
            String tail = kept.equals(t) ? null : votes.division(t.substring(kept.length()).strip());
            String vote = unanimous ? "unanimous" : division != null ? division : tail != null ? tail
                    : !kept.equals(t) ? "unanimous" : votes.read(t);
            if (!kept.isBlank() && kept.chars().anyMatch(Character::isLetterOrDigit)) {
                add(e.paragraph(), cue.kind(), kept, vote, false, e.context());
            }
        }
        return Math.max(next, i + 1);
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
            if (cues.label(s).filter(l -> l.form() == DecisionCue.Form.ALONE).isPresent()) {
                t = closing(i, k, s);
                context = t.equals(s) ? headingAbove(i) : null;
            }
            Entry e = new Entry(i, new StringBuilder(t), context);
            int next = i + 1;
            if (INTRODUCES.matcher(s).find() && next < paras.size() && NOTHING_ENTRY.matcher(
                    clean(BULLET.matcher(paras.get(next).text()).replaceFirst(""))).find()) {
                return next + 1; // "The following policies were approved:" over "a. There were no policies …"
            }
            if (INTRODUCES.matcher(s).find()) {
                if (cue.perEntry() && next < paras.size() && LIST_ENTRY.matcher(paras.get(next).text()).find()) {
                    // "the following candidates were elected:" over "Chair: Simon Davies: unanimously": one each
                    int j = next;
                    for (; j < paras.size() && !paras.get(j).heading() && LIST_ENTRY.matcher(paras.get(j).text()).find(); j++) {
                        String entry = clean(BULLET.matcher(paras.get(j).text()).replaceFirst(""));
                        add(j, cue.kind(), entry, votes.read(entry), false, s);
                    }
                    return j;
                }
                if (cue.kind() != DecisionKind.RESOLVED) {
                    int until = entriesDecide(i + 1);
                    if (until >= 0) {
                        stem = s;
                        stemUntil = until;
                        continue; // "The following policies were approved:" above "X Policy - agreed" lines
                    }
                } else if (STEM_ONLY.matcher(s).find() && next < paras.size()
                        && NUMBER_MARKER.matcher(paras.get(next).text()).find()) {
                    // "Committee resolved to:" above "i) Approve ...", "ii) Note ...": one resolution each
                    List<Entry> entries = new ArrayList<>();
                    next = numberedEntries(next, entries, s);
                    entries.forEach(n -> add(n.paragraph(), cue.kind(), clean(n.text().toString()), null, false, n.context()));
                    return next;
                } else {
                    // the list a resolution introduces is its substance
                    for (int r = k + 1; r < ss.size(); r++) {
                        e.text().append(' ').append(ss.get(r));
                    }
                    k = ss.size();
                    next = appendListIfIntroduced(e, next, paras.get(i), true);
                }
            }
            String vote = cue.unanimous() ? "unanimous" : votes.read(s);
            if (vote == null && k + 1 < ss.size() && UNANIMOUS.matcher(ss.get(k + 1)).matches()) {
                vote = "unanimous";
            } else if (vote == null && k + 1 < ss.size() && votes.division(ss.get(k + 1)) != null) {
                vote = votes.division(ss.get(k + 1)); // "It was RESOLVED to … For 7, Against 2, Abstentions 1"
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
            return own.get(k - 1) + " " + outcome;
        }
        if (i > 0 && lastDecided != i - 1 && !paras.get(i - 1).heading() && !paras.get(i - 1).sentences().isEmpty()) {
            String above = paras.get(i - 1).sentences().getLast();
            if (!INTRODUCES.matcher(above).find()) {
                return above + " " + outcome;
            }
        }
        return outcome;
    }

    private void add(int paragraph, DecisionKind kind, String t, String vote, boolean fromVote) {
        add(paragraph, kind, t, vote, fromVote, null);
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

    private int appendListIfIntroduced(Entry e, int from) {
        return appendListIfIntroduced(e, from, paras.get(e.paragraph()));
    }

    /**
     * A decision ending in a colon introduces a list: its entries are part of it, marked
     * ({@code •}, {@code a.}) or, where the markers did not survive, set in from the paragraph
     * that introduces them.
     */
    private int appendListIfIntroduced(Entry e, int from, ItemText.Para introducer) {
        return appendListIfIntroduced(e, from, introducer, false);
    }

    /**
     * @param lineEntries whether lines standing alone count as entries too (a resolution's
     *                    {@code as follows:} over {@code Income £16,127} / {@code Expenditure £18,688})
     */
    private int appendListIfIntroduced(Entry e, int from, ItemText.Para introducer, boolean lineEntries) {
        int j = from;
        if (!INTRODUCES.matcher(e.text().toString().strip()).find()) {
            return j;
        }
        while (j < paras.size() && !paras.get(j).heading() && paras.get(j).ref() == null
                && (LIST_ENTRY.matcher(paras.get(j).text()).find() || paras.get(j).x0() > introducer.x0() + INDENT
                || lineEntries && lineEntry(paras.get(j)))) {
            e.text().append(' ').append(BULLET.matcher(paras.get(j).text()).replaceFirst(""));
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
     * until a full stop, a heading, a numbered paragraph or another label.
     */
    private int appendUnfinished(Entry e, int from) {
        int j = from;
        while (j < paras.size() && !THAT_OR_NUMBERED.matcher(e.text().toString().strip()).find()
                && !e.text().toString().strip().matches("(?s).*[.?!]$") && !paras.get(j).heading()
                && !ItemText.CAPITALS.matcher(paras.get(j).text()).matches()
                && paras.get(j).ref() == null && cues.label(paras.get(j).text()).isEmpty()) {
            e.text().append(' ').append(BULLET.matcher(paras.get(j).text()).replaceFirst(""));
            j++;
        }
        return j;
    }

    /**
     * The last paragraph of the list below a stem that carries its own outcomes ({@code Attendance
     * Policy - agreed}), or -1 when its entries decide nothing themselves.
     */
    private int entriesDecide(int from) {
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

    /**
     * Entries of a numbered list, each its own decision. The first entry's marker kind (digits,
     * letters, roman) is the list's; other list lines (bullets, sub-lists) belong to the entry above.
     */
    private int numberedEntries(int from, List<Entry> into, String stemText) {
        String kind = markerKind(paras.get(from).text());
        int j = from;
        Entry current = null;
        while (j < paras.size() && !paras.get(j).heading()) {
            String t = paras.get(j).text();
            Matcher m = NUMBER_MARKER.matcher(t);
            if (m.find() && markerKind(t).equals(kind)) {
                current = new Entry(j, new StringBuilder(t.substring(m.end())), stemText);
                into.add(current);
            } else if (current != null && LIST_ENTRY.matcher(t).find()) {
                current.text().append(' ').append(BULLET.matcher(t).replaceFirst(""));
            } else {
                break;
            }
            j++;
        }
        return j;
    }

    /** Digits or letters (roman numerals count as letters): a list keeps one kind of marker. */
    private static String markerKind(String text) {
        Matcher m = NUMBER_MARKER.matcher(text);
        if (!m.find()) {
            return "";
        }
        return Character.isDigit(m.group(1).charAt(0)) ? "digit" : "letter";
    }

    /** A decision's text as kept: white space collapsed, a list marker, the list's glue and a closing colon left off. */
    static String clean(String text) {
        String t = NUMBER_MARKER.matcher(text.replaceAll("\\s+", " ").strip()).replaceFirst("");
        t = LIST_GLUE.matcher(t).replaceFirst("").strip();
        return t.replaceAll("\\s*:-?$", "").strip();
    }

    /**
     * {@code RESOLVED that X. The decision was unanimous.} or {@code RESOLVED that X. For 7, Against 2,
     * Abstentions 1}: the vote is not part of the text.
     */
    private String withoutVoteSentence(String t) {
        int cut = t.lastIndexOf(". ");
        if (cut > 0 && (UNANIMOUS.matcher(t.substring(cut + 2)).matches() || votes.division(t.substring(cut + 2)) != null)) {
            return t.substring(0, cut + 1).strip();
        }
        return t;
    }

    /** One decision's text as it grows from its paragraphs, and the paragraph it starts in. */
    private record Entry(int paragraph, StringBuilder text, String context) {

        Entry(int paragraph, StringBuilder text) {
            this(paragraph, text, null);
        }
    }
}

package org.boardpack.extract.decisions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.minutes.Minutes;
import org.boardpack.extract.minutes.MinutesItem;
import org.boardpack.extract.minutes.Paragraph;
import org.boardpack.extract.minutes.ParagraphSplitter;
import org.boardpack.extract.text.SentenceSplitter;

/**
 * Decisions from minutes, item by item. A labelled paragraph ({@code Agreed: That ...},
 * {@code RESOLVED that ...}) is one decision; a label standing alone ({@code RESOLVED},
 * {@code Agreed:}) takes the paragraph below it, or each entry of the numbered list below it as a
 * decision of its own ({@code 1. that ...; and} / {@code 2. that ...}), the list's glue
 * ({@code ; and}) left out. Paragraphs without a label are split into sentences, and a sentence
 * that states a decision ({@code It was agreed that ...}, {@code The Board approved ...}) is one.
 * {@code The decision was unanimous.} right after a decision records its vote.
 */
public final class DecisionExtractor {

    private static final Pattern UNANIMOUS = Pattern.compile(
            "(?i)^(?:the )?(?:decision|vote|resolution|recommendation|motion)s? (?:was|were) (?:carried |agreed |passed )?unanimous(?:ly)?\\b.*$|^(?i:carried unanimously|unanimous)\\b.*");
    private static final Pattern NUMBER_MARKER = Pattern.compile("^\\(?(\\d{1,2}|[ivx]{1,4}|[a-z])[.)]\\s+");
    private static final Pattern BULLET = Pattern.compile("^[•●▪■◦‣∙·\\-–—*o\uF0B7\uF0A7]\\s+");
    private static final Pattern LIST_GLUE = Pattern.compile("\\s*(?:[;,]\\s*(?:and|or)|;)\\s*$");
    private static final Pattern THAT_OR_NUMBERED = Pattern.compile("^(?i:that|to)\\b|^\\(?(\\d{1,2}|[ivx]{1,4}|[a-z])[.)]\\s");

    private final ParagraphSplitter paragraphs;
    private final SentenceSplitter sentences;
    private final DecisionCues cues = new DecisionCues();

    public DecisionExtractor(ParagraphSplitter paragraphs, SentenceSplitter sentences) {
        this.paragraphs = paragraphs;
        this.sentences = sentences;
    }

    public List<Decision> extract(Minutes minutes, String meetingId) {
        List<Decision> out = new ArrayList<>();
        for (MinutesItem item : minutes.items()) {
            List<Paragraph> paras = paragraphs.split(item.discussion(), minutes.pitch(), DecisionCues.OPENER, minutes.vocabulary());
            out.addAll(fromItem(item, paras, meetingId));
        }
        return out;
    }

    private List<Decision> fromItem(MinutesItem item, List<Paragraph> paras, String meetingId) {
        List<Decision> out = new ArrayList<>();
        int i = 0;
        while (i < paras.size()) {
            Paragraph p = paras.get(i);
            Optional<DecisionCue> label = cues.label(p.text());
            if (label.isEmpty()) {
                out.addAll(fromSentences(item, p, meetingId));
                i++;
                continue;
            }
            DecisionCue cue = label.get();
            List<Entry> entries = new ArrayList<>();
            int next = i + 1;
            if (!cue.alone()) {
                Entry e = new Entry(p.page(), new StringBuilder(cue.rest()));
                next = appendListIfIntroduced(e, paras, next);
                entries.add(e);
            } else if (next < paras.size() && NUMBER_MARKER.matcher(paras.get(next).text()).find()) {
                next = numberedEntries(paras, next, entries);
            } else if (next < paras.size() && (cue.strong() || THAT_OR_NUMBERED.matcher(paras.get(next).text()).find())
                    && cues.label(paras.get(next).text()).isEmpty()) {
                Entry e = new Entry(paras.get(next).page(), new StringBuilder(paras.get(next).text()));
                next = appendListIfIntroduced(e, paras, next + 1);
                entries.add(e);
            }
            boolean unanimous = cue.unanimous();
            if (!entries.isEmpty() && next < paras.size() && UNANIMOUS.matcher(paras.get(next).text()).matches()) {
                unanimous = true;
                next++;
            }
            List<String> texts = new ArrayList<>();
            for (Entry e : entries) {
                String text = clean(e.text().toString());
                String kept = withoutVoteSentence(text);
                unanimous |= !kept.equals(text);
                texts.add(kept);
            }
            for (int k = 0; k < entries.size(); k++) {
                if (!texts.get(k).isBlank()) {
                    out.add(new Decision(meetingId, item.number(), item.minuteRef(), cue.kind(), texts.get(k),
                            unanimous ? "unanimous" : null, entries.get(k).page()));
                }
            }
            i = Math.max(next, i + 1);
        }
        return out;
    }

    /** Sentences of an unlabelled paragraph that state a decision, each one record. */
    private List<Decision> fromSentences(MinutesItem item, Paragraph p, String meetingId) {
        List<Decision> out = new ArrayList<>();
        List<String> ss = sentences.split(p.text());
        for (int k = 0; k < ss.size(); k++) {
            Optional<DecisionCue> cue = cues.inSentence(ss.get(k));
            if (cue.isEmpty()) {
                continue;
            }
            boolean unanimous = cue.get().unanimous() || k + 1 < ss.size() && UNANIMOUS.matcher(ss.get(k + 1)).matches();
            out.add(new Decision(meetingId, item.number(), item.minuteRef(), cue.get().kind(), clean(cue.get().rest()),
                    unanimous ? "unanimous" : null, p.page()));
        }
        return out;
    }

    /** A decision ending in a colon introduces a list: its entries are part of it. */
    private static int appendListIfIntroduced(Entry e, List<Paragraph> paras, int from) {
        int j = from;
        if (!e.text().toString().strip().endsWith(":")) {
            return j;
        }
        while (j < paras.size() && ParagraphSplitter.isListEntry(paras.get(j).text())) {
            e.text().append(' ').append(BULLET.matcher(paras.get(j).text()).replaceFirst(""));
            j++;
        }
        return j;
    }

    /**
     * Entries of a numbered list, each its own decision. The first entry's marker kind (digits,
     * letters, roman) is the list's; other list lines (bullets, sub-lists) belong to the entry above.
     */
    private static int numberedEntries(List<Paragraph> paras, int from, List<Entry> out) {
        String kind = markerKind(paras.get(from).text());
        int j = from;
        Entry current = null;
        while (j < paras.size()) {
            String text = paras.get(j).text();
            Matcher m = NUMBER_MARKER.matcher(text);
            if (m.find() && markerKind(text).equals(kind)) {
                current = new Entry(paras.get(j).page(), new StringBuilder(text.substring(m.end())));
                out.add(current);
            } else if (current != null && ParagraphSplitter.isListEntry(text)) {
                current.text().append(' ').append(BULLET.matcher(text).replaceFirst(""));
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

    private static String clean(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        return LIST_GLUE.matcher(t).replaceFirst("").strip();
    }

    /** {@code RESOLVED that X. The decision was unanimous.}: the vote is not part of the text. */
    private String withoutVoteSentence(String text) {
        List<String> ss = sentences.split(text);
        if (ss.size() > 1 && UNANIMOUS.matcher(ss.getLast()).matches()) {
            int cut = text.lastIndexOf(ss.getLast());
            return text.substring(0, cut).strip();
        }
        return text;
    }

    /** One decision's text as it grows from its paragraphs, and the page it starts on. */
    private record Entry(int page, StringBuilder text) {
    }
}

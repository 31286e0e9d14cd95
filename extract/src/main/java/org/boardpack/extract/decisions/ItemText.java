package org.boardpack.extract.decisions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.minutes.MinutesLine;
import org.boardpack.extract.minutes.Paragraph;
import org.boardpack.extract.minutes.ParagraphSplitter;
import org.boardpack.extract.text.LineJoiner;
import org.boardpack.extract.text.SentenceSplitter;
import org.boardpack.extract.text.Vocabulary;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * The text of one item's passages as paragraphs and sentences. A paragraph's printed number
 * ({@code 66.2.}, {@code 67.1.2.}) is taken off its text and kept as its reference. Sentences end at
 * their full stops and also at a hard line break: a line that stops short of the text's right edge
 * by more than the next line's first word would need ends what it says ({@code 11 votes to approve
 * ...} / {@code 1 abstain} / {@code None against}; {@code Minutes from the ... Meeting} /
 * {@code Approved}), since prose would have filled the line; a next line starting in lower case
 * goes on with the sentence whatever the room left.
 */
final class ItemText {

    /** {@code 66.2.}, or a paper's own minute reference ({@code AGM-2006/1 :}, {@link OwnMinuteReferences}). */
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile(
            "^(?:(?<number>\\d{1,3}(?:\\.\\d{1,2}){1,3})\\.?|(?<minute>\\p{Lu}{2,8}(?:[- ]?\\d{2,4})?/\\d{1,3})(?![\\d/.])\\s*:?)"
                    + "\\s+(?=\\S)");
    /** Lines that open a paragraph whatever the spacing: decision labels and printed paragraph numbers. */
    /** A line in capitals throughout (a heading, a running head the page furniture missed): a paragraph of its own. */
    static final Pattern CAPITALS = Pattern.compile("^(?=.*\\p{Lu}{3})[^\\p{Ll}]+$");
    private static final Pattern OPENS = Pattern.compile(DecisionCues.OPENER.pattern() + "|" + PARAGRAPH_NUMBER.pattern()
            + "|" + CAPITALS.pattern());
    /** A line's last word after a full stop or dash, or alone: {@code ... 2022-2023. Agreed}. */
    private static final Pattern LAST_WORD_APART = Pattern.compile("(?:^|[.–—-]\\s*)([A-Z][A-Za-z]+)\\.?$");

    /** A full stop run into the next sentence without a space ({@code Finance Lead.(Andrew will ...}). */
    private static final Pattern RUN_ON = Pattern.compile("(?<=\\p{Ll}{2})\\.(?=[(\\p{Lu}])");
    /** Share of the text's width a line must fall short by to end what it says. */
    private static final float SHORT_LINE = 0.05f;
    /** The rank of a page's line ends taken as its right edge, once it has enough lines to rank. */
    private static final float EDGE_RANK = 0.9f;
    private static final int RANKED = 10;

    private final ParagraphSplitter paragraphs;
    private final SentenceSplitter sentences;

    private final DecisionVocabulary words;

    ItemText(ParagraphSplitter paragraphs, SentenceSplitter sentences, DecisionVocabulary words) {
        this.paragraphs = paragraphs;
        this.sentences = sentences;
        this.words = words;
    }

    /**
     * One paragraph of an item: its text, lines, sentences, the number printed at its head, and
     * whether it is rows of a data table rather than prose.
     */
    record Para(String text, int page, float x0, List<String> lines, boolean heading, List<String> sentences, String ref,
                boolean tabled) {
    }

    List<Para> read(List<PaperLines.Passage> passages, ProseLeading pitch, Vocabulary vocabulary) {
        return read(passages, pitch, vocabulary, List.of());
    }

    /**
     * @param tables the boxes of the data tables on the paper's pages: a table's rows are paragraphs
     *               apart from the prose around it, so that a resolution introducing a payments table
     *               ({@code It was RESOLVED to approve the following payments:}) neither takes in its
     *               cells nor runs on into the sentence below the table
     */
    List<Para> read(List<PaperLines.Passage> passages, ProseLeading pitch, Vocabulary vocabulary, List<PaperLines.Box> tables) {
        LineJoiner joiner = new LineJoiner().knowing(vocabulary);
        Map<Integer, float[]> edge = edges(passages);
        List<Para> out = new ArrayList<>();
        List<MinutesLine> text = new ArrayList<>();
        for (PaperLines.Passage p : passages) {
            if (!p.heading()) {
                text.addAll(p.lines()); // runs of one item's text are read as one
                continue;
            }
            read(text, pitch, vocabulary, joiner, edge, tables, out);
            text = new ArrayList<>();
            String heading = joiner.join(p.lines().stream().map(MinutesLine::text).toList());
            out.add(para(heading, p.lines(), true, List.of(heading), false));
        }
        read(text, pitch, vocabulary, joiner, edge, tables, out);
        return out;
    }

    private void read(List<MinutesLine> lines, ProseLeading pitch, Vocabulary vocabulary, LineJoiner joiner,
                      Map<Integer, float[]> edge, List<PaperLines.Box> tables, List<Para> out) {
        if (lines.isEmpty()) {
            return;
        }
        for (Paragraph para : paragraphsOf(lines, pitch, vocabulary, joiner, tables)) {
            List<String> said = new ArrayList<>();
            for (List<MinutesLine> segment : segments(para.lines(), edge)) {
                String joined = joiner.join(segment.stream().map(MinutesLine::text).toList());
                said.addAll(sentences.split(RUN_ON.matcher(joined).replaceAll(". ")));
            }
            out.add(para(para.text(), para.lines(), false, said, tableOf(para.lines().getFirst(), tables) >= 0));
        }
    }

    /**
     * Paragraphs, each page split by its own leading; a paragraph goes on over a page break unless
     * the new page's first line opens one or the page's last line was a paragraph's last (as
     * {@link ParagraphSplitter} reads a page break). A data table's rows are paragraphs of their own.
     */
    private List<Paragraph> paragraphsOf(List<MinutesLine> lines, ProseLeading pitch, Vocabulary vocabulary,
                                         LineJoiner joiner, List<PaperLines.Box> tables) {
        List<Paragraph> out = new ArrayList<>();
        int from = 0;
        while (from < lines.size()) {
            int page = lines.get(from).page();
            int box = tableOf(lines.get(from), tables);
            int to = from;
            while (to < lines.size() && lines.get(to).page() == page && tableOf(lines.get(to), tables) == box) {
                to++;
            }
            // a table's edge on the page ends the paragraph; over a page break, prose goes on as prose
            // and a table's rows as its continued rows
            boolean tableEdge = from > 0 && (lines.get(from - 1).page() == page
                    || box >= 0 != tableOf(lines.get(from - 1), tables) >= 0);
            List<Paragraph> onPage = paragraphs.split(lines.subList(from, to), pitch.on(page), OPENS, vocabulary);
            if (!out.isEmpty() && !onPage.isEmpty() && !tableEdge && goesOn(out.getLast(), onPage.getFirst())
                    && !ParagraphSplitter.endedAtPageFoot(out.getLast().lines(), pitch.on(out.getLast().lines().getLast().page()))) {
                Paragraph last = out.removeLast();
                List<MinutesLine> joined = new ArrayList<>(last.lines());
                joined.addAll(onPage.getFirst().lines());
                out.add(new Paragraph(joined, joiner.join(joined.stream().map(MinutesLine::text).toList())));
                onPage = onPage.subList(1, onPage.size());
            }
            out.addAll(onPage);
            from = to;
        }
        return out;
    }

    /** The index of the table box a line sits in, or -1 for a line of prose. */
    private static int tableOf(MinutesLine line, List<PaperLines.Box> tables) {
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i).holds(line.page(), line.line())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean goesOn(Paragraph before, Paragraph after) {
        String first = after.lines().getFirst().text();
        boolean bareOpener = before.lines().size() == 1 && OPENS.matcher(before.text()).find()
                && OPENS.matcher(before.text()).replaceFirst("").isBlank();
        return !bareOpener && !OPENS.matcher(first).find() && !ParagraphSplitter.isListEntry(first);
    }

    /**
     * Each page's left and right edge of the item's text: the right edge at a high rank of the
     * lines' ends, so that a folio or a wide stray line does not make every full line look short.
     */
    private static Map<Integer, float[]> edges(List<PaperLines.Passage> passages) {
        Map<Integer, List<MinutesLine>> byPage = new HashMap<>();
        for (PaperLines.Passage p : passages) {
            if (!p.heading()) {
                p.lines().forEach(l -> byPage.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(l));
            }
        }
        Map<Integer, float[]> out = new HashMap<>();
        byPage.forEach((page, lines) -> {
            List<Float> rights = new ArrayList<>(lines.stream().map(l -> l.line().x1()).sorted().toList());
            int rank = rights.size() < RANKED ? rights.size() - 1 : (int) (rights.size() * EDGE_RANK);
            float left = (float) lines.stream().mapToDouble(l -> l.line().x0()).min().orElse(0);
            out.put(page, new float[] {left, rights.get(rank)});
        });
        return out;
    }

    private static Para para(String text, List<MinutesLine> lines, boolean heading, List<String> said, boolean tabled) {
        Matcher m = PARAGRAPH_NUMBER.matcher(text);
        String ref = m.find() ? (m.group("number") != null ? m.group("number") : m.group("minute")) : null;
        String body = ref == null ? text : text.substring(m.end());
        List<String> sentences = new ArrayList<>(said);
        if (ref != null && !sentences.isEmpty()) {
            sentences.set(0, PARAGRAPH_NUMBER.matcher(sentences.getFirst()).replaceFirst(""));
        }
        return new Para(body, lines.getFirst().page(), lines.getFirst().line().x0(),
                lines.stream().map(MinutesLine::text).toList(), heading, List.copyOf(sentences), ref, tabled);
    }

    /** A paragraph's lines cut at hard line breaks. */
    private List<List<MinutesLine>> segments(List<MinutesLine> lines, Map<Integer, float[]> edge) {
        List<List<MinutesLine>> out = new ArrayList<>();
        List<MinutesLine> run = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            run.add(lines.get(i));
            if (i + 1 < lines.size() && hardBreak(lines.get(i), lines.get(i + 1), edge)) {
                out.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            out.add(run);
        }
        return out;
    }

    /**
     * Whether a line ends short: the next line's first word would have fitted in the room left, and
     * that room is more than a fifth of the text's width (a margin note or folio far to the right
     * must not make every full line look short).
     */
    private boolean hardBreak(MinutesLine line, MinutesLine next, Map<Integer, float[]> edge) {
        if (line.page() != next.page()) {
            return false;
        }
        Matcher last = LAST_WORD_APART.matcher(line.text());
        if (last.find() && words.kindOf(last.group(1)) != null && Character.isUpperCase(next.text().charAt(0))) {
            return true; // a line closed by a bare outcome ("... 2022-2023. Agreed") ends its sentence
        }
        if (Character.isLowerCase(next.text().charAt(0))) {
            return false; // the sentence goes on ("Accounts presented," / "and duly Adopted")
        }
        TextLine l = line.line();
        Word first = next.line().words().getFirst();
        float[] span = edge.getOrDefault(line.page(), new float[] {l.x0(), l.x1()});
        float room = span[1] - l.x1();
        float glyph = l.bottom() - l.top();
        return room > first.width() + glyph / 2 && room > (span[1] - span[0]) * SHORT_LINE;
    }
}

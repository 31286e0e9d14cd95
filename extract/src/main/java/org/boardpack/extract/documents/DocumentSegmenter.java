package org.boardpack.extract.documents;

import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.dates.DateParser;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.TextLine;

/**
 * Splits a pack into its papers from the cues at the top of each page: an agenda's title or its
 * {@code Item | Lead/Subject} header, the minutes' title or {@code At a meeting of ...}, an action
 * log's title or {@code Ref | Action | Responsible | Status} header, a cover sheet's labels
 * ({@code Report title:}, {@code Agenda item:}, ...), a report's {@code Agenda Item 8} running head.
 * A report or cover sheet is titled by the title its heading block labels ({@link LabelledTitle}).
 * Titles count when they stand out (bold or larger than the page's body text) and are not an
 * agenda row ({@code 3. ... meeting notes}); a minutes title in the body's type counts over an
 * attendance list, and so does the heading sentence {@code Minutes of the meeting of X held on ...}
 * when it reads as a heading (no finite verb) ({@link MinutesHeading}); the title heads the page, so a
 * log named under a minutes title ({@code ICB/24/031 Minutes and action log}) is their item. Minutes, an action log or an agenda may also open
 * part-way down a page ({@link PartWayOpenings}), under the end of the paper above them, whether
 * that paper started on an earlier page or at the top of this one: the page is then shared, each
 * paper's span saying where on it the paper starts or ends ({@code startY}, {@code endY}); a log
 * titled in a page's first lines under the close of the minutes opens there, not at the page's top,
 * and so does a minutes or agenda title there under the last lines of the paper before it
 * ({@link TitleUnderTail}). A page without a cue continues the paper before it; the page after a
 * cover sheet starts the report it covers; pages before the first cue are {@code other}. The
 * pack's bookmarks, when sound, then add the paper boundaries and titles the cues cannot see
 * ({@link BookmarkBoundaries}). Last, a paper still untyped, or an agenda by title whose page
 * records what was done, is typed by its first page's content ({@link PaperCues}). Minutes signed
 * off on a page ({@link MinutesEnd}) do not go on over the next: a page there without a cue of
 * its own starts a paper attached behind them.
 */
public final class DocumentSegmenter {

    /** Pages of an agenda by title read for a record of what was done under its items. */
    private static final int AGENDA_PAGES_READ = 5;
    /** How many lines from the top of a page are read for cues. */
    private static final int HEAD_LINES = 8;

    private static final Pattern AGENDA_TITLE = Pattern.compile("(?i)^agenda\\b(?!\\s+item)|\\bagenda$");
    private static final Pattern AGENDA_ITEM_HEAD = Pattern.compile("(?i)\\bagenda item\\s*:?\\s*(\\d{1,2}(?:\\.\\d{1,2})?[a-z]?)\\b");
    private static final Pattern APPENDIX_TITLE = Pattern.compile("(?i)^(appendix|annex|annexe)\\s+([A-Z0-9]{1,3})\\b");
    private static final Pattern COVER_LABEL = Pattern.compile(
            "(?i)^(report to|meeting title|title of (the )?(paper|report)|report title|agenda item\\s*:|purpose of (the )?report"
                    + "|report author|sro\\s*:|responsible officer|presented by|executive lead)\\b");
    /** An agenda or list row such as {@code 3. Partnership Board meeting notes}: never a title. */
    static final Pattern LIST_ROW = Pattern.compile("^(\\d{1,2}|[a-z]|[ivx]{1,4})[.)]\\s");
    private static final Pattern MEETING_LABEL = Pattern.compile("(?i)^(date|time|location|venue|place)\\s*:");
    /** A paper's byline: {@code Report of: A Cottrell, Head of Service}. */
    private static final Pattern BYLINE = Pattern.compile(
            "(?i)^(report (of|by|from)|report author|author|presented by|prepared by|sponsor|responsible officer"
                    + "|lead officer|contact officer)\\s*:");
    /** A paper's running label: {@code Paper B – ...}, {@code Enclosure 3}. */
    private static final Pattern PAPER_LABEL = Pattern.compile("(?i)^(paper|enclosure|enc\\.?)\\s+([A-Z0-9]{1,3})\\b");

    private final DateParser dates;
    private final MinutesHeading minutesHeading;
    private final TitleUnderTail titleUnderTail;
    private final BookmarkBoundaries bookmarks = new BookmarkBoundaries();
    private final PartWayOpenings openings;

    public DocumentSegmenter(DateParser dates) {
        this.dates = dates;
        this.minutesHeading = new MinutesHeading(dates);
        this.openings = new PartWayOpenings(dates);
        this.titleUnderTail = new TitleUnderTail(dates);
    }

    /**
     * What the top of a page says it starts. {@code key} tells two papers of one type apart;
     * {@code running} is the page's running label ({@code item 9c}), shared by a report and its
     * appendix; {@code opens} is set by what only a paper's first page carries (a byline).
     */
    private record Cue(DocumentType type, String title, String key, String running, boolean opens, int line) {

        Cue(DocumentType type, String title, String key, String running, boolean opens) {
            this(type, title, key, running, opens, -1);
        }

        Cue(DocumentType type, String title, String key) {
            this(type, title, key, null, false);
        }

        /** The cue read on line {@code at} of the page (its title line). */
        Cue at(int at) {
            return new Cue(type, title, key, running, opens, at);
        }
    }

    public List<DocumentSpan> segment(ParsedDocument doc) {
        List<DocumentSpan> spans = new ArrayList<>();
        List<Optional<DocumentType>> pageCues = new ArrayList<>();
        Cue current = null;
        int start = 1;
        Float startY = null;
        boolean signedOff = false;
        for (Page page : doc.pages()) {
            Optional<Cue> cue = cueOf(page);
            int from = HEAD_LINES;
            if (current != null && !signedOff && cue.isPresent() && cue.get().type() == DocumentType.ACTION_LOG) {
                // a log titled in the page's first lines under the close of the paper before it
                // opens there: the page's top goes on with that paper
                Optional<PartWayOpenings.Found> log = openings.logInHead(page, HEAD_LINES, current.type());
                if (log.isPresent()) {
                    cue = Optional.empty();
                    from = log.get().at().start();
                }
            }
            if (current != null && !signedOff && current.type() == DocumentType.MINUTES && cue.isPresent()
                    && cue.get().type() == DocumentType.MINUTES && !continues(current, cue.get())
                    && cue.get().line() >= 0 && !PaperOpening.listFollows(page.lines(), cue.get().line())) {
                // an item of minutes still open headed like minutes ("Minutes & Actions of the last
                // meeting") is theirs: another set of minutes opens with its own attendance list
                cue = Optional.empty();
            }
            pageCues.add(cue.map(Cue::type));
            // a title in the page's first lines under the last lines of the paper before it opens
            // at its block, not at the page's top
            int under = -1;
            if (current != null && !signedOff && cue.isPresent() && !continues(current, cue.get())) {
                under = titleUnderTail.opening(page, cue.get().line()).orElse(-1);
            }
            Cue next = null;
            if (current == null) {
                next = cue.orElse(new Cue(DocumentType.OTHER, null, null));
            } else if (signedOff && cue.isEmpty() && MinutesEnd.onlySignature(page)) {
                // the rest of the signature lines, carried over: still the signed minutes
                next = null;
            } else if (signedOff && (cue.isEmpty() || continues(current, cue.get()))) {
                // the minutes were signed off on the page before: this is a paper attached behind them
                next = new Cue(DocumentType.OTHER, prominentTitle(page).orElse(null), null);
            } else if (cue.isPresent() && !continues(current, cue.get())) {
                next = cue.get();
            } else if (cue.isPresent() && current.key() == null && cue.get().key() != null) {
                // the paper goes on and now says which item it is
                current = new Cue(current.type(), current.title(), cue.get().key(), cue.get().running(), false);
            } else if (cue.isEmpty() && current.type() == DocumentType.COVER_SHEET) {
                next = new Cue(DocumentType.REPORT, prominentTitle(page).orElse(current.title()), null);
            }
            if (next != null) {
                Float y = under >= 0 ? page.lines().get(under).top() : null;
                if (current != null) {
                    spans.add(new DocumentSpan(current.type(), current.title(), start,
                            y != null ? page.number() : page.number() - 1, null, startY, y));
                }
                current = next;
                start = page.number();
                startY = y;
            }
            // papers that open part-way down the page, under the end of the paper above them: the
            // page holds the end of one paper and the start of the next
            int closeFrom = Math.max(0, under);
            for (Optional<PartWayOpenings.Found> o = openings.first(page, from, closeFrom, current.type()); o.isPresent();
                 o = openings.first(page, o.get().at().heading() + 1, closeFrom, current.type())) {
                float y = page.lines().get(o.get().at().start()).top();
                spans.add(new DocumentSpan(current.type(), current.title(), start, page.number(), null, startY, y));
                current = cueOf(o.get());
                start = page.number();
                startY = y;
                closeFrom = o.get().at().start();
            }
            // whatever the paper was typed as so far: signed minutes are minutes; only the part of
            // the page that is the paper's is read (a log opening under signed minutes goes on)
            boolean carriedOver = signedOff && next == null && MinutesEnd.onlySignature(page);
            signedOff = carriedOver || MinutesEnd.signedOff(PaperArea.clip(page,
                    new DocumentSpan(current.type(), null, start, page.number(), null, startY, null)));
        }
        if (current != null) {
            spans.add(new DocumentSpan(current.type(), current.title(), start, doc.pageCount(), null, startY, null));
        }
        return bookmarks.apply(spans, pageCues, doc.outline(), doc.pageCount()).stream()
                .map(span -> byContent(span, doc)).toList();
    }

    /** What a paper opening part-way down a page starts: an agenda untitled, as at a page's top. */
    private Cue cueOf(PartWayOpenings.Found found) {
        return switch (found.type()) {
            case ACTION_LOG -> new Cue(DocumentType.ACTION_LOG, stripDate(found.heading()), null);
            case AGENDA -> new Cue(DocumentType.AGENDA, null, null);
            default -> new Cue(found.type(), found.heading(), null);
        };
    }

    /**
     * The same paper goes on: same type, and no new title or key says otherwise. A report's pages
     * carry section headings, so for reports only the key (its agenda item or paper label) counts.
     */
    private static boolean continues(Cue current, Cue cue) {
        if (cue.opens()) {
            return false;
        }
        // a report's running label on the next page of its appendix: still the appendix
        if (cue.type() == DocumentType.REPORT && cue.running() != null && cue.running().equals(current.running())) {
            return true;
        }
        if (current.type() != cue.type() || cue.type() == DocumentType.COVER_SHEET) {
            return false;
        }
        boolean sameKey = cue.key() == null || current.key() == null || Objects.equals(cue.key(), current.key());
        if (cue.type() == DocumentType.REPORT) {
            return sameKey;
        }
        boolean sameTitle = cue.title() == null || current.title() == null || cue.title().equalsIgnoreCase(current.title());
        return sameKey && sameTitle;
    }

    private Optional<Cue> cueOf(Page page) {
        List<TextLine> head = page.lines().subList(0, Math.min(HEAD_LINES, page.lines().size()));
        float body = bodySize(page);
        boolean dated = head.stream().anyMatch(l -> dates.find(l.text()).isPresent());
        Optional<Cue> minutes = minutesHeading.find(page, head, body, dated).stream().boxed().findFirst()
                .map(at -> new Cue(DocumentType.MINUTES, TitleWrap.from(head, at), null).at(at));
        // the paper's title heads its page: an action log named under a minutes title
        // ("ICB/24/031 Minutes and action log") is an item of those minutes, not the paper
        int below = minutes.map(Cue::line).orElse(head.size());
        for (TextLine line : head.subList(0, below)) {
            String text = line.text().strip();
            if (isTitle(line, body) && HeadingWords.ACTION_LOG_TITLE.matcher(text).find() && words(text) <= 16) {
                return Optional.of(new Cue(DocumentType.ACTION_LOG, stripDate(text), null));
            }
        }
        for (TextLine line : head.subList(0, below)) {
            if (PaperHeaderRows.actionLog(line.text())) {
                return Optional.of(new Cue(DocumentType.ACTION_LOG, null, null));
            }
        }
        if (minutes.isPresent()) {
            return minutes;
        }
        long covers = page.lines().stream().filter(l -> COVER_LABEL.matcher(l.text().strip()).find()).count();
        if (covers >= 2) {
            return Optional.of(new Cue(DocumentType.COVER_SHEET, labelledTitle(page).orElse(null), null));
        }
        for (TextLine line : head) {
            String text = line.text().strip();
            if (isTitle(line, body) && AGENDA_TITLE.matcher(minutesHeading.withoutDates(text)).find() && words(text) <= 12) {
                return Optional.of(new Cue(DocumentType.AGENDA, null, null).at(head.indexOf(line)));
            }
        }
        boolean byline = page.lines().stream().limit(HEAD_LINES * 2L).anyMatch(l -> BYLINE.matcher(l.text().strip()).find());
        if (byline) {
            return Optional.of(new Cue(DocumentType.REPORT, paperTitle(page).orElse(null), reportKey(head),
                    reportKey(head), true));
        }
        // a front sheet names the meeting's date and its time or place: one "Date:" is not enough
        long labels = head.stream().map(l -> MEETING_LABEL.matcher(l.text().strip()))
                .filter(Matcher::find).map(m -> m.group(1).toLowerCase(Locale.ROOT)).distinct().count();
        boolean itemHeader = page.lines().stream().limit(HEAD_LINES * 2L).anyMatch(l -> PaperHeaderRows.agenda(l.text()));
        if (dated && (labels >= 2 || itemHeader)) {
            return Optional.of(new Cue(DocumentType.AGENDA, null, null));
        }
        for (TextLine line : head) {
            Matcher m = APPENDIX_TITLE.matcher(line.text().strip());
            if (isTitle(line, body) && m.find()) {
                return Optional.of(new Cue(DocumentType.APPENDIX, line.text().strip(), m.group(2).toUpperCase(Locale.ROOT),
                        reportKey(head), false));
            }
        }
        String key = reportKey(head);
        if (key != null) {
            return Optional.of(new Cue(DocumentType.REPORT, paperTitle(page).orElse(null), key, key, false));
        }
        return Optional.empty();
    }

    /**
     * A paper the cues could not type is typed by what its first page says ({@link PaperCues}):
     * minutes, an agenda, or a report by its byline and purpose; an agenda by its title, by what its
     * first pages say, since an agenda's template often heads the minutes taken on it (the outcomes
     * come under the items); a log by its title, by whether its first page lists who attended and
     * records what was done (minutes). A paper typed by its cues is otherwise left as it was typed.
     */
    private static DocumentSpan byContent(DocumentSpan span, ParsedDocument doc) {
        DocumentSpan typed = span;
        if (span.type() == DocumentType.OTHER) {
            Optional<DocumentType> type = cuesOf(doc, span, span.firstPage(), span.firstPage()).type();
            if (type.isEmpty()) {
                return span;
            }
            typed = span.withType(type.get());
        }
        if (typed.type() == DocumentType.ACTION_LOG) {
            // a log names no one present: a "log" whose page lists who attended and records what
            // was done is minutes with an action log among their items
            PaperCues cues = cuesOf(doc, typed, typed.firstPage(), typed.firstPage());
            return cues.attendance() && cues.type().orElse(null) == DocumentType.MINUTES
                    ? typed.withType(DocumentType.MINUTES) : typed;
        }
        if (typed.type() != DocumentType.AGENDA) {
            return typed;
        }
        int last = Math.min(typed.lastPage(), typed.firstPage() + AGENDA_PAGES_READ - 1);
        boolean record = cuesOf(doc, typed, typed.firstPage(), last).type().orElse(null) == DocumentType.MINUTES;
        return record ? typed.withType(DocumentType.MINUTES) : typed;
    }

    /** What the paper's pages {@code first} to {@code last} say it is, read as far as they are the paper's. */
    private static PaperCues cuesOf(ParsedDocument doc, DocumentSpan paper, int first, int last) {
        List<String> lines = new java.util.ArrayList<>();
        for (int n = first; n <= last; n++) {
            lines.addAll(texts(PaperArea.page(doc, paper, n).lines()));
        }
        return PaperCues.of(lines);
    }

    static List<String> texts(List<TextLine> lines) {
        return lines.stream().map(l -> PrintedText.clean(l.text())).toList();
    }

    /** Which paper a page belongs to by its running label: {@code Agenda item 9c}, {@code Paper B}. */
    private static String reportKey(List<TextLine> head) {
        for (TextLine line : head) {
            Matcher m = AGENDA_ITEM_HEAD.matcher(line.text());
            if (m.find() && words(line.text()) <= 20 && isLabel(line.text(), m.start())) {
                return "item " + m.group(1).toLowerCase(Locale.ROOT);
            }
            Matcher p = PAPER_LABEL.matcher(line.text().strip());
            if (p.find()) {
                return "paper " + p.group(2).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /**
     * Whether {@code Agenda Item 8} at {@code at} is the page's running label, not words of a sentence
     * (a pasted letter's {@code In reference to Agenda Item 6B ...}): it opens the line or follows a
     * separator or another label, and the line is no numbered paragraph.
     */
    private static boolean isLabel(String line, int at) {
        String before = line.substring(0, at).strip();
        return !LIST_ROW.matcher(line.strip()).find() && (before.isEmpty() || !Character.isLetter(before.charAt(before.length() - 1))
                || PAPER_LABEL.matcher(before).find());
    }

    /** A line that stands out from the page's body text and is not a list row. */
    static boolean isTitle(TextLine line, float bodySize) {
        return (line.bold() || line.fontSize() > bodySize + 0.5f) && !LIST_ROW.matcher(line.text().strip()).find();
    }

    /** A report's title: the one its heading block labels ({@code Subject:}), else its first stand-out line. */
    private Optional<String> paperTitle(Page page) {
        return labelledTitle(page).or(() -> prominentTitle(page));
    }

    private static Optional<String> labelledTitle(Page page) {
        return LabelledTitle.in(page.lines().subList(0, Math.min(HEAD_LINES * 2, page.lines().size())));
    }

    /** The first stand-out line that is not a running head: the paper's title. */
    private Optional<String> prominentTitle(Page page) {
        float body = bodySize(page);
        return page.lines().stream().limit(HEAD_LINES * 2L)
                .filter(l -> isTitle(l, body))
                .map(l -> l.text().strip())
                .filter(t -> !AGENDA_ITEM_HEAD.matcher(t).find() && dates.find(t).isEmpty() && words(t) <= 16)
                .findFirst();
    }

    /** The most common font size on the page, weighted by words: the body text's. */
    static float bodySize(Page page) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (TextLine l : page.lines()) {
            counts.merge(Math.round(l.fontSize() * 2), l.words().size(), Integer::sum);
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.<Integer, Integer>comparingByValue()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .map(e -> e.getKey() / 2f).orElse(0f);
    }

    private String stripDate(String title) {
        return dates.find(title).map(d -> title.substring(0, d.start()).replaceAll("[\\s:,–-]+(updated|as at)?[\\s:,–-]*$", "")
                .replaceAll("(?i)\\s*-?\\s*updated$", "").strip()).orElse(title);
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}

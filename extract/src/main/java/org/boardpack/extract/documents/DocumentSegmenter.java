package org.boardpack.extract.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.boardpack.extract.dates.DateParser;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.TextLine;

/**
 * Splits a pack into its papers from the cues at the top of each page: an agenda's title or its
 * {@code Item | Lead/Subject} header, the minutes' title or {@code At a meeting of ...}, an action
 * log's title or {@code Ref | Action | Responsible | Status} header, a report cover sheet's labels.
 * A page with no cue continues the paper before it; pages before the first cue are {@code other}.
 */
public final class DocumentSegmenter {

    /** How many lines from the top of a page are read for cues. */
    private static final int HEAD_LINES = 8;

    private static final Pattern MINUTES_TITLE = Pattern.compile(
            "(?i)^(minutes of|minutes\\b|meeting notes|notes of|at a meeting of)|\\b(minutes|meeting notes)$");
    private static final Pattern AGENDA_TITLE = Pattern.compile("(?i)^agenda\\b|\\bagenda$");
    private static final Pattern ACTION_LOG_TITLE = Pattern.compile("(?i)\\baction (log|tracker|register)\\b");
    private static final Pattern COVER_LABEL = Pattern.compile(
            "(?i)^(report to|meeting title|title of (the )?(paper|report)|report title|agenda item|purpose of (the )?report)\\b");
    /** An agenda row such as {@code 3. Partnership Board 11 November 2020 meeting notes}: not a title. */
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}[.)]?[a-z]?\\s");
    private static final Pattern MEETING_LABEL = Pattern.compile("(?i)^(date|time|location|venue|place)\\s*:");

    private final DateParser dates;

    public DocumentSegmenter(DateParser dates) {
        this.dates = dates;
    }

    public List<DocumentSpan> segment(ParsedDocument doc) {
        List<DocumentSpan> spans = new ArrayList<>();
        DocumentType currentType = null;
        String currentTitle = null;
        int start = 1;
        for (Page page : doc.pages()) {
            Optional<Start> cue = startOf(page);
            if (cue.isPresent() || currentType == null) {
                if (currentType != null) {
                    spans.add(new DocumentSpan(currentType, currentTitle, start, page.number() - 1, null));
                }
                currentType = cue.map(Start::type).orElse(DocumentType.OTHER);
                currentTitle = cue.map(Start::title).orElse(null);
                start = page.number();
            }
        }
        if (currentType != null) {
            spans.add(new DocumentSpan(currentType, currentTitle, start, doc.pageCount(), null));
        }
        return spans;
    }

    private record Start(DocumentType type, String title) {
    }

    private Optional<Start> startOf(Page page) {
        List<TextLine> head = page.lines().subList(0, Math.min(HEAD_LINES, page.lines().size()));
        boolean dated = head.stream().anyMatch(l -> dates.find(l.text()).isPresent());
        for (TextLine line : head) {
            String text = line.text().strip();
            if (ACTION_LOG_TITLE.matcher(text).find() && words(text) <= 14) {
                return Optional.of(new Start(DocumentType.ACTION_LOG, text));
            }
        }
        for (TextLine line : head) {
            if (isActionLogHeader(line.text())) {
                return Optional.of(new Start(DocumentType.ACTION_LOG, null));
            }
        }
        for (TextLine line : head) {
            String text = line.text().strip();
            if (dated && words(text) <= 30 && !NUMBERED.matcher(text).find() && MINUTES_TITLE.matcher(text).find()) {
                return Optional.of(new Start(DocumentType.MINUTES, text));
            }
        }
        long covers = page.lines().stream().filter(l -> COVER_LABEL.matcher(l.text().strip()).find()).count();
        if (covers >= 2) {
            return Optional.of(new Start(DocumentType.COVER_SHEET, null));
        }
        for (TextLine line : head) {
            String text = line.text().strip();
            if (AGENDA_TITLE.matcher(text).find() && words(text) <= 12) {
                return Optional.of(new Start(DocumentType.AGENDA, text));
            }
        }
        boolean labelled = head.stream().anyMatch(l -> MEETING_LABEL.matcher(l.text().strip()).find());
        boolean itemHeader = page.lines().stream().limit(HEAD_LINES * 2L).anyMatch(l -> isAgendaHeader(l.text()));
        if (dated && (labelled || itemHeader)) {
            return Optional.of(new Start(DocumentType.AGENDA, null));
        }
        return Optional.empty();
    }

    static boolean isActionLogHeader(String line) {
        String l = " " + line.toLowerCase(Locale.ROOT) + " ";
        return l.contains(" ref") && l.contains(" action")
                && (l.contains(" responsible") || l.contains(" owner") || l.contains(" lead"))
                && (l.contains(" status") || l.contains(" deadline") || l.contains(" due"));
    }

    static boolean isAgendaHeader(String line) {
        String l = line.toLowerCase(Locale.ROOT).strip();
        return l.startsWith("item") && (l.contains("lead") || l.contains("subject") || l.contains("timing")
                || l.contains("presenter") || l.contains("page"));
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}

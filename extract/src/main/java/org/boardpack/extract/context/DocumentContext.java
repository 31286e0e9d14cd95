package org.boardpack.extract.context;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.boardpack.extract.actions.Dehyphenator;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.meetings.Meeting;
import org.boardpack.extract.meetings.PaperMeetings;
import org.boardpack.extract.minutes.Minutes;
import org.boardpack.extract.minutes.MinutesWalker;
import org.boardpack.extract.text.Vocabulary;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.tables.DetectedTable;
import org.boardpack.ingest.tables.PageTables;
import org.boardpack.ingest.tables.TableFinder;

/**
 * What every record extractor reads about one document, computed once and shared: the papers
 * (segments) with the meeting each belongs to, the meetings, each page's tables and the tables
 * joined across pages, the document's vocabulary (for line-end hyphens), and each paper's walk
 * into numbered items. The costly parts are made on first use, so a document that needs none of
 * them pays nothing. Owned by one extraction of one document (not thread-safe).
 */
public final class DocumentContext {

    private final ParsedDocument doc;
    private final List<DocumentSpan> papers;
    private final Map<String, Meeting> meetings;
    private final String packMeeting;
    private final List<DocumentSpan> records;
    private final TableFinder tableFinder;
    private final MinutesWalker walker;
    private final PageTables pageTables;
    private final Map<DocumentSpan, Minutes> walked = new HashMap<>();
    private Vocabulary vocabulary;
    private Dehyphenator words;
    private List<List<DetectedTable>> tablesByPage;
    private List<DetectedTable> tables;

    public DocumentContext(ParsedDocument doc, PaperMeetings.Result met, TableFinder tableFinder,
                           MinutesWalker walker) {
        this.doc = doc;
        this.papers = List.copyOf(met.papers());
        this.meetings = Map.copyOf(met.meetings());
        this.packMeeting = met.packMeeting();
        this.records = List.copyOf(met.records());
        this.tableFinder = tableFinder;
        this.walker = walker;
        this.pageTables = new PageTables(tableFinder);
    }

    public ParsedDocument doc() {
        return doc;
    }

    /** Every paper of the document, each with its meeting id where one is known. */
    public List<DocumentSpan> papers() {
        return papers;
    }

    public Optional<Meeting> meeting(String id) {
        return Optional.ofNullable(id == null ? null : meetings.get(id));
    }

    /** The meeting the pack is for (its agenda's), else the first meeting found, else {@code null}. */
    public String packMeeting() {
        return packMeeting;
    }

    /**
     * The papers that may record what a meeting did: every paper whose own head names its meeting,
     * except one read as an agenda (an agenda lists what will be discussed; it records no
     * attendance or decisions), whatever else its type.
     */
    public List<DocumentSpan> recordsOfMeetings() {
        return records;
    }

    /** The papers with a meeting, of any type. */
    public List<DocumentSpan> papersWithMeetings() {
        return papers.stream().filter(p -> p.meeting() != null).toList();
    }

    /** A paper walked into its numbered items and paragraphs, once. */
    public Minutes walked(DocumentSpan paper) {
        return walked.computeIfAbsent(paper, p -> walker.walk(doc, p, vocabulary()));
    }

    public Vocabulary vocabulary() {
        if (vocabulary == null) {
            vocabulary = MinutesWalker.vocabularyOf(doc);
        }
        return vocabulary;
    }

    /** The document's words, for joining a word a line end broke with a hyphen. */
    public Dehyphenator words() {
        if (words == null) {
            words = Dehyphenator.of(doc);
        }
        return words;
    }

    /** Each page's tables, found once for every extractor that reads them. */
    public PageTables pageTables() {
        return pageTables;
    }

    public List<List<DetectedTable>> tablesByPage() {
        if (tablesByPage == null) {
            tablesByPage = pageTables.perPage(doc);
        }
        return tablesByPage;
    }

    /** The document's tables, a table continued on the next page joined into one. */
    public List<DetectedTable> tables() {
        if (tables == null) {
            tables = tableFinder.join(tablesByPage(), doc.pages());
        }
        return tables;
    }

    /**
     * The meeting of the paper at height {@code y} (points from the top) of a page, else the pack's.
     * A page two papers share (minutes ending part-way down it, an action log under them) is
     * read by where on it the question stands; a paper that has its pages whole is found by page.
     */
    public String meetingAt(int page, float y) {
        return papers.stream().filter(d -> d.contains(page, y) && d.meeting() != null)
                .map(DocumentSpan::meeting).findFirst().orElse(packMeeting);
    }

    /** The body slug of the meeting of the paper at a place ({@code blmk-partnership-board}). */
    public String bodySlugAt(int page, float y) {
        String meeting = meetingAt(page, y);
        return meeting == null || meeting.indexOf('/') < 0 ? null : meeting.substring(0, meeting.lastIndexOf('/'));
    }
}

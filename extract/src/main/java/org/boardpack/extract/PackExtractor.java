package org.boardpack.extract;

import org.boardpack.model.PackRecord;
import org.boardpack.model.SourceInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.boardpack.model.actions.Action;
import org.boardpack.extract.actions.ActionLogExtractor;
import org.boardpack.extract.actions.ActionLogRecords;
import org.boardpack.extract.actions.MinutesActionExtractor;
import org.boardpack.extract.actions.MinutesActionRecords;
import org.boardpack.extract.actions.OwnerResolver;
import org.boardpack.model.agenda.AgendaItem;
import org.boardpack.extract.agenda.AgendaItemExtractor;
import org.boardpack.extract.agenda.AgendaRecords;
import org.boardpack.extract.attendance.ApologySentences;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.extract.attendance.AttendanceExtractor;
import org.boardpack.extract.attendance.AttendanceRecords;
import org.boardpack.extract.context.DocumentContext;
import org.boardpack.model.context.ExtractionWarning;
import org.boardpack.extract.context.RecordExtractor;
import org.boardpack.extract.dates.DateParser;
import org.boardpack.extract.dates.TimeParser;
import org.boardpack.model.decisions.Decision;
import org.boardpack.extract.decisions.DecisionExtractor;
import org.boardpack.extract.decisions.DecisionRecords;
import org.boardpack.extract.documents.DocumentSegmenter;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.extract.layout.CellSplitter;
import org.boardpack.extract.layout.PageFurniture;
import org.boardpack.extract.meetings.MeetingExtractor;
import org.boardpack.extract.meetings.PaperMeetings;
import org.boardpack.extract.minutes.MinutesWalker;
import org.boardpack.extract.minutes.ParagraphSplitter;
import org.boardpack.model.pages.PageText;
import org.boardpack.model.tables.Table;
import org.boardpack.extract.tables.TableExtractor;
import org.boardpack.extract.tables.TableRecords;
import org.boardpack.extract.text.LineJoiner;
import org.boardpack.extract.text.SentenceSplitter;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.layout.ReadingOrder;
import org.boardpack.ingest.tables.DetectedTable;
import org.boardpack.ingest.tables.TableFinder;

/**
 * The extract stage: {@code ParsedDocument → PackRecord}. Segments the pack into papers and finds
 * the meeting of each, computes once what every extractor reads ({@link DocumentContext}), then
 * runs the record extractors in their declared order (action owners are resolved through the
 * attendance found before them). Each extractor is isolated: one that fails costs its record type
 * for this file, recorded in {@code warnings}, and every other type is kept.
 */
public final class PackExtractor {

    /** Bumped whenever extraction changes, so that indexed files are extracted again. */
    public static final String VERSION = "0.8.0";

    private final DocumentSegmenter segmenter;
    private final PaperMeetings meetings;
    private final TableFinder tableFinder;
    private final MinutesWalker minutesWalker;
    private final ReadingOrder readingOrder = new ReadingOrder();
    private final RecordExtractor<AgendaItem> agenda;
    private final RecordExtractor<Attendance> attendance;
    private final RecordExtractor<Decision> decisions;
    private final List<RecordExtractor<Action>> actions;
    private final RecordExtractor<Table> tables;

    public PackExtractor() {
        this(TableFinder.standard());
    }

    public PackExtractor(TableFinder tableFinder) {
        this(tableFinder, SentenceSplitter.english());
    }

    public PackExtractor(TableFinder tableFinder, SentenceSplitter sentences) {
        DateParser dates = new DateParser();
        TimeParser times = new TimeParser();
        CellSplitter cells = CellSplitter.standard();
        PageFurniture furniture = new PageFurniture();
        ParagraphSplitter paragraphs = new ParagraphSplitter(new LineJoiner());
        this.segmenter = new DocumentSegmenter(dates);
        this.meetings = new PaperMeetings(new MeetingExtractor(dates, times));
        this.tableFinder = tableFinder;
        this.minutesWalker = new MinutesWalker(cells, furniture);
        this.agenda = new AgendaRecords(new AgendaItemExtractor(cells, furniture, times));
        this.attendance = new AttendanceRecords(new AttendanceExtractor(new ApologySentences(sentences)));
        this.decisions = new DecisionRecords(new DecisionExtractor(paragraphs, sentences));
        this.actions = List.of(new MinutesActionRecords(new MinutesActionExtractor(tableFinder)),
                new ActionLogRecords(new ActionLogExtractor(tableFinder)));
        this.tables = new TableRecords(new TableExtractor(tableFinder));
    }

    public PackRecord extract(ParsedDocument doc, String displayPath) {
        List<ExtractionWarning> warnings = new ArrayList<>();
        List<DocumentSpan> segments = guarded("documents", warnings, () -> segmenter.segment(doc),
                () -> List.of(new DocumentSpan(DocumentType.OTHER, null, 1, Math.max(1, doc.pageCount()))));
        PaperMeetings.Result met = guarded("meetings", warnings, () -> meetings.assign(doc, segments),
                () -> PaperMeetings.Result.without(segments));
        DocumentContext context = new DocumentContext(doc, met, tableFinder, minutesWalker);
        List<AgendaItem> items = run(agenda, context, warnings);
        List<Attendance> people = run(attendance, context, warnings);
        List<Decision> decided = run(decisions, context, warnings);
        // actions come from two readers (minutes, logs); if either fails the type is not known
        List<Action> found = new ArrayList<>();
        for (RecordExtractor<Action> extractor : actions) {
            List<Action> some = run(extractor, context, warnings);
            if (some == null) {
                found = null;
                break;
            }
            found.addAll(some);
        }
        if (found != null) {
            OwnerResolver owners = new OwnerResolver(people == null ? List.of() : people, doc);
            List<Action> withOwners = found;
            found = guarded("actions", warnings, () -> withOwners.stream()
                    .map(a -> a.withOwnerName(owners.resolve(a.owner(), a.meeting()))).toList(), () -> withOwners);
        }
        List<Table> tabled = run(tables, context, warnings);
        // without the page's tables, a page is still read in order, its tables as plain lines
        List<PageText> pages = guarded("pages", warnings, () -> pageTexts(doc, context.tablesByPage()),
                () -> pageTexts(doc, null));
        SourceInfo source = new SourceInfo(displayPath, doc.sha256(), doc.pageCount(), doc.format(), doc.producer());
        return new PackRecord(PackRecord.SCHEMA, source, context.papers(), List.copyOf(met.meetings().values()), items,
                people, decided, found, tabled, pages, warnings.isEmpty() ? null : List.copyOf(warnings));
    }

    private List<PageText> pageTexts(ParsedDocument doc, List<List<DetectedTable>> tablesByPage) {
        List<PageText> pages = new ArrayList<>(doc.pageCount());
        for (Page page : doc.pages()) {
            pages.add(new PageText(page.number(), readingOrder.text(page,
                    tablesByPage == null ? List.of() : tablesByPage.get(page.number() - 1))));
        }
        return pages;
    }

    /** One extractor's records, or {@code null} (not known) with a warning when it fails. */
    private static <T> List<T> run(RecordExtractor<T> extractor, DocumentContext context,
                                   List<ExtractionWarning> warnings) {
        return guarded(extractor.recordType(), warnings, () -> extractor.extract(context), () -> null);
    }

    private static <T> T guarded(String recordType, List<ExtractionWarning> warnings, Supplier<T> work,
                                 Supplier<T> otherwise) {
        try {
            return work.get();
        } catch (RuntimeException | StackOverflowError e) {
            // a defect of ours on one odd file costs this record type of this file, never the file
            String message = e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getClass().getSimpleName() + ": " + e.getMessage().lines().findFirst().orElse("").strip();
            warnings.add(new ExtractionWarning(recordType, message, null));
            return otherwise.get();
        }
    }
}

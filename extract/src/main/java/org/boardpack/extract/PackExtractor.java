package org.boardpack.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.boardpack.extract.actions.Action;
import org.boardpack.extract.actions.ActionLogExtractor;
import org.boardpack.extract.actions.Dehyphenator;
import org.boardpack.extract.actions.MinutesActionExtractor;
import org.boardpack.extract.actions.OwnerResolver;
import org.boardpack.extract.agenda.AgendaItem;
import org.boardpack.extract.agenda.AgendaItemExtractor;
import org.boardpack.extract.attendance.Attendance;
import org.boardpack.extract.attendance.ApologySentences;
import org.boardpack.extract.attendance.AttendanceExtractor;
import org.boardpack.extract.attendance.ListedOnce;
import org.boardpack.extract.dates.DateParser;
import org.boardpack.extract.dates.TimeParser;
import org.boardpack.extract.decisions.Decision;
import org.boardpack.extract.decisions.DecisionExtractor;
import org.boardpack.extract.documents.DocumentSegmenter;
import org.boardpack.extract.documents.DocumentSpan;
import org.boardpack.extract.documents.DocumentType;
import org.boardpack.extract.meetings.Meeting;
import org.boardpack.extract.meetings.BodyName;
import org.boardpack.extract.meetings.MeetingExtractor;
import org.boardpack.extract.meetings.SameBody;
import org.boardpack.extract.layout.CellSplitter;
import org.boardpack.extract.layout.PageFurniture;
import org.boardpack.extract.minutes.Minutes;
import org.boardpack.extract.text.Vocabulary;
import org.boardpack.ingest.tables.PageTables;
import org.boardpack.extract.minutes.MinutesWalker;
import org.boardpack.extract.minutes.ParagraphSplitter;
import org.boardpack.extract.text.LineJoiner;
import org.boardpack.extract.text.SentenceSplitter;
import org.boardpack.extract.pages.PageText;
import org.boardpack.extract.tables.TableExtractor;
import org.boardpack.ingest.tables.DetectedTable;
import org.boardpack.ingest.layout.ReadingOrder;
import org.boardpack.ingest.tables.TableFinder;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;

/**
 * The extract stage: {@code ParsedDocument → PackRecord}. Segments the pack into papers, finds the
 * meeting each agenda and set of minutes is for, and runs one extractor per record type. Record
 * types this version does not extract yet are {@code null} in the output, not empty.
 */
public final class PackExtractor {

    /** Bumped whenever extraction changes, so that indexed files are extracted again. */
    public static final String VERSION = "0.7.0";

    private final DocumentSegmenter segmenter;
    private final MeetingExtractor meetings;
    private final AttendanceExtractor attendance;
    private final TableExtractor tables;
    private final TableFinder tableFinder;
    private final ReadingOrder readingOrder = new ReadingOrder();
    private final MinutesActionExtractor minutesActions;
    private final ActionLogExtractor actionLogs;
    private final AgendaItemExtractor agenda;
    private final MinutesWalker minutesWalker;
    private final DecisionExtractor decisions;
    private final ApologySentences apologies;
    private final ListedOnce listedOnce = new ListedOnce();

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
        this.segmenter = new DocumentSegmenter(dates);
        this.meetings = new MeetingExtractor(dates, times);
        this.attendance = new AttendanceExtractor();
        this.tables = new TableExtractor(tableFinder);
        this.tableFinder = tableFinder;
        this.minutesActions = new MinutesActionExtractor(tableFinder);
        this.actionLogs = new ActionLogExtractor(tableFinder);
        this.agenda = new AgendaItemExtractor(cells, furniture, times);
        this.minutesWalker = new MinutesWalker(cells, furniture);
        ParagraphSplitter paragraphs = new ParagraphSplitter(new LineJoiner());
        this.decisions = new DecisionExtractor(paragraphs, sentences);
        this.apologies = new ApologySentences(paragraphs, sentences);
    }

    public PackRecord extract(ParsedDocument doc, String displayPath) {
        List<DocumentSpan> segments = segmenter.segment(doc);
        List<Optional<Meeting>> found = new ArrayList<>(segments.size());
        String packBody = null;
        for (DocumentSpan span : segments) {
            Optional<Meeting> meeting = meetings.extract(doc, span);
            if (span.type() == DocumentType.AGENDA && packBody == null && meeting.isPresent()) {
                packBody = meeting.get().body();
            }
            found.add(meeting);
        }
        Map<String, Meeting> meetingsById = new LinkedHashMap<>();
        List<Attendance> people = new ArrayList<>();
        List<Action> actions = new ArrayList<>();
        List<Decision> decided = new ArrayList<>();
        List<DocumentSpan> documents = new ArrayList<>(segments.size());
        String packMeeting = null;
        Dehyphenator words = Dehyphenator.of(doc);
        PageTables pageTables = new PageTables(tableFinder);
        Vocabulary vocabulary = null; // read on the first minutes, if any
        for (int i = 0; i < segments.size(); i++) {
            DocumentSpan span = segments.get(i);
            Optional<Meeting> meeting = found.get(i).map(unifyBody(packBody));
            if (span.type() == DocumentType.MINUTES) {
                meeting = meeting.map(m -> m.time() != null ? m : meetings.withCommencementTime(m, doc, span));
            }
            meeting.ifPresent(m -> meetingsById.merge(m.id(), m, PackExtractor::moreComplete));
            if (span.type() == DocumentType.AGENDA && packMeeting == null && meeting.isPresent()) {
                packMeeting = meeting.get().id();
            }
            if (span.type() == DocumentType.MINUTES && meeting.isPresent()) {
                if (vocabulary == null) {
                    vocabulary = MinutesWalker.vocabularyOf(doc);
                }
                Minutes walked = minutesWalker.walk(doc, span, vocabulary);
                people.addAll(attendance.extract(doc, span, meeting.get().id()));
                people.addAll(listedOnce.notListed(people, apologies.extract(walked, meeting.get().id())));
                actions.addAll(minutesActions.extract(doc, span, meeting.get().id(), meeting.get().date(), words,
                        pageTables));
                decided.addAll(decisions.extract(walked, meeting.get().id()));
            }
            documents.add(span.withMeeting(meeting.map(Meeting::id).orElse(null)));
        }
        // papers other than minutes are for the meeting the pack is for: the agenda's
        for (int i = 0; i < documents.size(); i++) {
            DocumentSpan d = documents.get(i);
            if (d.meeting() == null && d.type() != DocumentType.MINUTES && packMeeting != null) {
                documents.set(i, d.withMeeting(packMeeting));
            }
        }
        List<List<DetectedTable>> tablesByPage = pageTables.perPage(doc);
        List<DetectedTable> detected = tableFinder.join(tablesByPage, doc.pages());
        String fallbackMeeting = packMeeting != null ? packMeeting
                : meetingsById.keySet().stream().findFirst().orElse(null);
        actions.addAll(actionLogs.extract(doc, detected, page -> bodySlug(documents, page, fallbackMeeting), words,
                pageTables));
        OwnerResolver owners = new OwnerResolver(people);
        actions.replaceAll(a -> a.withOwnerName(owners.resolve(a.owner(), a.meeting())));
        List<AgendaItem> items = new ArrayList<>();
        for (DocumentSpan d : documents) {
            if (d.type() == DocumentType.AGENDA && d.meeting() != null) {
                items.addAll(agenda.extract(doc, d, d.meeting()));
            }
        }
        List<PageText> pages = new ArrayList<>(doc.pageCount());
        for (Page page : doc.pages()) {
            pages.add(new PageText(page.number(), readingOrder.text(page, tablesByPage.get(page.number() - 1))));
        }
        SourceInfo source = new SourceInfo(displayPath, doc.sha256(), doc.pageCount(), doc.format(), doc.producer());
        return new PackRecord(PackRecord.SCHEMA, source, documents, List.copyOf(meetingsById.values()), items,
                people, decided, actions, tables.extract(doc, detected), pages);
    }

    /** The body slug of the meeting a page's paper belongs to ({@code blmk-partnership-board}). */
    private static String bodySlug(List<DocumentSpan> documents, int page, String fallbackMeeting) {
        String meeting = documents.stream().filter(d -> d.contains(page) && d.meeting() != null)
                .map(DocumentSpan::meeting).findFirst().orElse(fallbackMeeting);
        return meeting == null || meeting.indexOf('/') < 0 ? null : meeting.substring(0, meeting.lastIndexOf('/'));
    }

    /**
     * A pack is the papers of one body, printed under more than one name (the agenda's full name,
     * the minutes' short one): meetings of the same body take the agenda's name, so their ids agree.
     */
    private static java.util.function.Function<Meeting, Meeting> unifyBody(String packBody) {
        return m -> {
            if (packBody == null || m.body().equals(packBody) || !SameBody.test(m.body(), packBody)) {
                return m;
            }
            return new Meeting(BodyName.slug(packBody) + "/" + m.date(), packBody, m.date(), m.time(), m.location());
        };
    }

    /** Two papers about the same meeting: keep what each knows. */
    private static Meeting moreComplete(Meeting a, Meeting b) {
        return new Meeting(a.id(), a.body(), a.date(), a.time() != null ? a.time() : b.time(),
                a.location() != null ? a.location() : b.location());
    }
}

package org.boardpack.extract.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.boardpack.extract.context.DocumentContext;
import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.extract.fixtures.RuledTable;
import org.boardpack.extract.meetings.PaperMeetings;
import org.boardpack.extract.layout.CellSplitter;
import org.boardpack.extract.minutes.MinutesWalker;
import org.boardpack.extract.layout.PageFurniture;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.tables.TableFinder;
import org.boardpack.model.actions.Action;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Drawn: the minutes of one meeting end part-way down a page and the action log of the next
 * meeting starts under them. The log's rows print no date raised, so each takes the meeting of
 * the paper it stands in, found by where on the shared page the log starts.
 */
class ActionLogRecordsTest {

    private static final String MINUTES_MEETING = "board/2019-11-05";
    private static final String LOG_MEETING = "board/2020-01-14";
    private static final float LOG_STARTS = 280f;

    @TempDir
    Path tmp;

    private ParsedDocument minutesThenLog(boolean ruled) throws Exception {
        PdfFixture f = new PdfFixture()
                .bold(60, 60, "5.").bold(100, 60, "Finance")
                .text(100, 76, "The Board noted the budget monitoring report for the period.")
                .bold(60, 100, "6.").bold(100, 100, "Any other business")
                .text(100, 116, "There was none. The meeting closed at 8.15 pm.")
                .text(300, 300, "Action Log", 12, true);
        RuledTable log = new RuledTable(40, 30f, 250f, 80f, 70f, 60f).row("**Ref", "**Action", "**Owner", "**Due", "**Status")
                .row("3", "Circulate the budget monitor to all trustees", "JB", "30 March", "Open")
                .row("4", "Review the register of interests for the new year", "Clerk", "30 April", "Complete");
        (ruled ? log : log.unruled()).draw(f, 320);
        return f.ingest(tmp, "shared.pdf");
    }

    private static List<String> meetings(ParsedDocument doc, List<DocumentSpan> papers) {
        PaperMeetings.Result met = new PaperMeetings.Result(papers, Map.of(), MINUTES_MEETING, List.of());
        DocumentContext context = new DocumentContext(doc, met, TableFinder.standard(),
                new MinutesWalker(CellSplitter.standard(), new PageFurniture()));
        List<Action> got = new ActionLogRecords(new ActionLogExtractor(TableFinder.standard())).extract(context);
        assertFalse(got.isEmpty(), "the log is read");
        return got.stream().map(Action::meeting).distinct().toList();
    }

    @ParameterizedTest(name = "ruled: {0}")
    @ValueSource(booleans = {true, false})
    void aLogUnderTheMinutesOfAnotherMeetingTakesItsOwnPapersMeeting(boolean ruled) throws Exception {
        ParsedDocument doc = minutesThenLog(ruled);
        DocumentSpan minutes = new DocumentSpan(DocumentType.MINUTES, null, 1, 1, MINUTES_MEETING, null, LOG_STARTS);
        DocumentSpan log = new DocumentSpan(DocumentType.ACTION_LOG, "Action Log", 1, 1, LOG_MEETING, LOG_STARTS, null);
        assertEquals(List.of(LOG_MEETING), meetings(doc, List.of(minutes, log)));
    }

    @ParameterizedTest(name = "ruled: {0}")
    @ValueSource(booleans = {true, false})
    void papersWithWholePagesAreFoundByPageAsBefore(boolean ruled) throws Exception {
        ParsedDocument doc = minutesThenLog(ruled);
        DocumentSpan minutes = new DocumentSpan(DocumentType.MINUTES, null, 1, 1, MINUTES_MEETING);
        DocumentSpan log = new DocumentSpan(DocumentType.ACTION_LOG, "Action Log", 1, 1, LOG_MEETING);
        assertEquals(List.of(MINUTES_MEETING), meetings(doc, List.of(minutes, log)),
                "papers without a height on a page: the first paper holding the page");
    }
}

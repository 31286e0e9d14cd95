package org.boardpack.extract.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.ingest.tables.TableFinder;
import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionSource;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackedHeadingsTest {

    private static final String MEETING = "finance-committee/2024-03-12";

    @TempDir
    Path tmp;

    /**
     * A minutes grid printed by a browser: narrow columns wrap their centred headings
     * ({@code Action} / {@code by}, {@code By} / {@code when}) and their deadlines ({@code 22} /
     * {@code March} / {@code 2024}). The header reads as {@code Action by | By when}, so the
     * deadline column is not taken into the action column, and a deadline cell is read whole for
     * the entry level with its first line, though its last line stands nearer the next row's.
     */
    @Test
    void headingsAndDeadlinesWrappedInNarrowColumns() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(60, 50, "Minutes of the Finance Committee held on 12 March 2024", 12, true)
                .bold(60, 80, "Item").bold(100, 80, "Discussion").bold(400, 80, "Action").bold(468, 80, "By")
                .bold(408, 93.5f, "by").bold(462, 93.5f, "when")
                .text(60, 116, "2").bold(100, 116, "Management accounts").bold(405, 116, "IJ").text(465, 116, "22")
                .text(100, 129.5f, "The Clerk will circulate the variance analysis.").text(465, 129.5f, "March")
                .text(465, 143, "2024")
                .text(60, 161.75f, "3").bold(100, 161.75f, "Budget").bold(405, 161.75f, "CD").text(465, 161.75f, "Next")
                .text(100, 175.25f, "A sensitivity analysis on the pay award.").text(465, 175.25f, "meeting");
        var doc = f.ingest(tmp, "wrapped.pdf");
        List<Action> actions = new MinutesActionExtractor(TableFinder.standard()).extract(doc,
                new DocumentSpan(DocumentType.MINUTES, null, 1, 1, MEETING), MEETING, "2024-03-12");
        assertEquals(List.of(
                action("2", "The Clerk will circulate the variance analysis.", "IJ", "2024-03-22", "22 March 2024"),
                action("3", "A sensitivity analysis on the pay award.", "CD", null, "Next meeting")), actions);
    }

    private static Action action(String item, String description, String owner, String due, String dueText) {
        return new Action(ActionSource.MINUTES, MEETING, null, item, description, owner, null, "2024-03-12", due,
                null, null, null, 1, dueText);
    }
}

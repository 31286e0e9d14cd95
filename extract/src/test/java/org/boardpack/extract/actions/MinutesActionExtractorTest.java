package org.boardpack.extract.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.extract.documents.DocumentSpan;
import org.boardpack.extract.documents.DocumentType;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.tables.TableFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MinutesActionExtractorTest {

    private static final String MEETING = "blmk-partnership-board/2020-11-11";

    @TempDir
    Path tmp;

    private static List<Action> extract(ParsedDocument doc) {
        return new MinutesActionExtractor(TableFinder.standard()).extract(doc,
                new DocumentSpan(DocumentType.MINUTES, null, 1, doc.pageCount(), MEETING), MEETING, "2020-11-11");
    }

    private static Action a(String ref, String item, String description, String owner, int page) {
        return new Action(ActionSource.MINUTES, MEETING, ref, item, description, owner, null, "2020-11-11", null,
                null, null, null, page);
    }

    private static final List<Action> EXPECTED = List.of(
            a("31", "6", null, "Chair", 1),
            a(null, "7", "Data is key in how health and care services are transformed and delivered.", "NS", 1),
            a("15", "7", null, "SW", 1),
            a("32", "7", null, "MT", 2),
            a("16", "8", null, "ICS Core team", 2));

    @Test
    void actionColumnOfARuledMinutesTable() throws Exception {
        assertEquals(EXPECTED, extract(ActionFixtures.partnershipMinutes(true).ingest(tmp, "ruled.pdf")));
    }

    @Test
    void rightHandColumnOfShortEntriesWithoutRulings() throws Exception {
        assertEquals(EXPECTED, extract(ActionFixtures.partnershipMinutes(false).ingest(tmp, "unruled.pdf")));
    }

    @Test
    void numberedParagraphsBelongToTheItemHeadingAbove() throws Exception {
        List<Action> got = extract(ActionFixtures.charityMinutes().ingest(tmp, "charity.pdf"));
        assertEquals(List.of(
                a(null, "4",
                        "A summary of the waiting list by area to be brought to the next meeting.", "DH", 1),
                a(null, "4", "Circulate the volunteer recruitment plan to trustees.", "LY", 1),
                a(null, "5", "Advertise the trustee vacancies and convene the panel.", "SE", 1)), got);
    }
}

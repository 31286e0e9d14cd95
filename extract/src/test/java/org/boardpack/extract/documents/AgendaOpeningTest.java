package org.boardpack.extract.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.extract.PackExtractor;
import org.boardpack.extract.dates.DateParser;
import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.model.PackRecord;
import org.boardpack.model.agenda.AgendaItem;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drawn: the minutes of the November meeting close part-way down a page and the agenda of the
 * December meeting (letterhead, summons, {@code AGENDA}, numbered items) is set under them. The
 * agenda opens its own paper at its letterhead, and its items are the December meeting's. Without
 * the minutes' close the same lines stay the minutes'.
 */
class AgendaOpeningTest {

    private static final String MINUTES_MEETING = "little-hadlow-parish-council/2012-11-14";
    private static final String AGENDA_MEETING = "little-hadlow-parish-council/2012-12-12";

    @TempDir
    Path tmp;

    private static PdfFixture minutesThenAgenda(boolean closed) {
        return minutesThenAgenda(closed, 12);
    }

    private static PdfFixture minutesThenAgenda(boolean closed, float titleSize) {
        PdfFixture pdf = new PdfFixture()
                .text(200, 60, "LITTLE HADLOW PARISH COUNCIL", 13, true)
                .text(120, 76, "MINUTES OF A MEETING OF LITTLE HADLOW PARISH COUNCIL")
                .text(70, 90, "HELD ON 14TH NOVEMBER 2012 AT 19.00 IN THE VILLAGE HALL, MILL LANE")
                .text(57, 116, "PRESENT:").text(150, 116, "A Eastwood (Chairman), B Blackwood, D Iqbal, H Kenward")
                .text(57, 132, "In attendance: B Mistry (Clerk) and 2 members of the public")
                .text(57, 160, "156. APOLOGIES FOR ABSENCE")
                .text(81, 176, "Apologies were received from Cllr E Macready.")
                .text(57, 200, "157. FINANCE")
                .text(81, 216, "It was resolved that the Council renew its insurance with the current provider.");
        if (closed) {
            pdf.text(57, 240, "The meeting closed at 9.05 pm.");
        }
        pdf.text(200, 309, "LITTLE HADLOW PARISH COUNCIL", 13, true)
                .text(57, 325, "Members of the Council are hereby summoned and members of the public are invited to attend a")
                .text(57, 339, "meeting of Little Hadlow Parish Council to be held at the Village Hall, Mill Lane on")
                .text(57, 353, "Wednesday 12 December 2012 at 7.00pm.")
                .text(270, 380, "AGENDA", titleSize, true);
        String[] items = {"APOLOGIES FOR ABSENCE", "DECLARATIONS OF INTEREST", "MINUTES OF THE LAST MEETING", "PLANNING"};
        for (int i = 0; i < items.length; i++) {
            pdf.text(62, 405 + 20 * i, (i + 1) + ".").text(100, 405 + 20 * i, items[i]);
        }
        return pdf;
    }

    private List<DocumentSpan> papers(PdfFixture pdf) throws Exception {
        return new DocumentSegmenter(new DateParser()).segment(pdf.ingest(tmp, "pack.pdf"));
    }

    @Test
    void anAgendaUnderTheMinutesCloseOpensItsOwnPaperAtItsLetterhead() throws Exception {
        List<DocumentSpan> papers = papers(minutesThenAgenda(true));
        assertEquals(List.of(DocumentType.MINUTES, DocumentType.AGENDA), papers.stream().map(DocumentSpan::type).toList());
        DocumentSpan agenda = papers.get(1);
        assertNotNull(agenda.startY());
        assertEquals(agenda.startY(), papers.getFirst().endY());
        assertEquals(300f, agenda.startY(), 3f, "the letterhead over the summons is the agenda's");
    }

    @Test
    void anAgendaNamedInsideMinutesBeforeTheirCloseIsTheMinutes() throws Exception {
        assertEquals(List.of(DocumentType.MINUTES),
                papers(minutesThenAgenda(false)).stream().map(DocumentSpan::type).toList());
    }

    @Test
    void theAgendasItemsAreForItsOwnMeeting() throws Exception {
        PackRecord r = new PackExtractor().extract(minutesThenAgenda(true).ingest(tmp, "pack.pdf"), "pack.pdf");
        assertEquals(List.of("1", "2", "3", "4"), r.agendaItems().stream()
                .filter(i -> i.meeting().equals(AGENDA_MEETING)).map(AgendaItem::number).toList());
        assertEquals(List.of("156", "157"), r.agendaItems().stream()
                .filter(i -> i.meeting().equals(MINUTES_MEETING)).map(AgendaItem::number).toList());
    }

    /** Minutes that never record their close end where an agenda is headed as a new paper: its title in heading type, its date. */
    @Test
    void anAgendaHeadedAsANewPaperOpensUnderMinutesThatNeverClose() throws Exception {
        List<DocumentSpan> papers = papers(minutesThenAgenda(false, 16));
        assertEquals(List.of(DocumentType.MINUTES, DocumentType.AGENDA), papers.stream().map(DocumentSpan::type).toList());
        assertEquals(papers.get(1).startY(), papers.getFirst().endY());
    }
}

package org.boardpack.extract.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.boardpack.extract.PackExtractor;
import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.model.PackRecord;
import org.boardpack.model.agenda.AgendaItem;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.model.meetings.Meeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A one-page agenda with the minutes of the last meeting set under it on the same page, drawn: the
 * page holds the agenda's end and the minutes' start, so both papers, both meetings and each
 * paper's records are found, the minutes' records under the meeting they record.
 */
class SharedPageExtractionTest {

    private static final String AGENDA_MEETING = "little-hadlow-parish-council/2012-12-12";
    private static final String MINUTES_MEETING = "little-hadlow-parish-council/2012-11-14";

    @TempDir
    Path tmp;

    /** The generator's parish pack with the minutes under its agenda, letterhead over their title. */
    static PdfFixture agendaWithMinutesUnder() {
        PdfFixture pdf = new PdfFixture()
                .text(200, 60, "LITTLE HADLOW PARISH COUNCIL", 13, true)
                .text(57, 85, "Members of the Council are hereby summoned and members of the public are invited to attend a")
                .text(57, 99, "meeting of Little Hadlow Parish Council to be held at the Village Hall, Mill Lane on")
                .text(57, 113, "Wednesday 12 December 2012 at 7.00pm.")
                .text(57, 140, "B Mistry – Clerk to the Council").text(400, 140, "Date: 5 December 2012")
                .text(270, 170, "AGENDA", 12, true);
        String[] items = {"APOLOGIES FOR ABSENCE", "DECLARATIONS OF INTEREST", "MINUTES OF THE LAST MEETING", "PLANNING",
                "FINANCE"};
        for (int i = 0; i < items.length; i++) {
            pdf.text(62, 195 + 20 * i, (i + 1) + ".").text(100, 195 + 20 * i, items[i]);
        }
        return pdf
                .text(200, 340, "LITTLE HADLOW PARISH COUNCIL", 13, true)
                .text(120, 356, "MINUTES OF A MEETING OF LITTLE HADLOW PARISH COUNCIL")
                .text(70, 370, "HELD ON 14TH NOVEMBER 2012 AT 19.00 IN THE VILLAGE HALL, MILL LANE")
                .text(57, 396, "PRESENT:").text(150, 396, "A Eastwood (Chairman), B Blackwood, D Iqbal, H Kenward")
                .text(57, 412, "In attendance: B Mistry (Clerk) and 2 members of the public")
                .text(57, 440, "156. APOLOGIES FOR ABSENCE")
                .text(81, 456, "Apologies were received from Cllr E Macready.")
                .text(57, 480, "157. DECLARATIONS OF INTEREST")
                .text(81, 496, "There were no declarations of interest.")
                .newPage()
                .text(57, 60, "158. PLANNING")
                .text(81, 76, "It was resolved that the Council support the application for the new village shop.")
                .text(57, 100, "159. FINANCE")
                .text(81, 116, "It was resolved that the Council renew its insurance with the current provider.")
                .text(57, 150, "There being no further business the Chairman closed the meeting.");
    }

    @Test
    void bothPapersOnTheSharedPageAndTheirMeetingsAreFound() throws Exception {
        PackRecord r = new PackExtractor().extract(agendaWithMinutesUnder().ingest(tmp, "pack.pdf"), "pack.pdf");

        List<DocumentSpan> docs = r.documents();
        assertEquals(List.of(DocumentType.AGENDA, DocumentType.MINUTES), docs.stream().map(DocumentSpan::type).toList());
        DocumentSpan agenda = docs.get(0);
        DocumentSpan minutes = docs.get(1);
        assertEquals(1, agenda.lastPage());
        assertEquals(1, minutes.firstPage());
        assertEquals(2, minutes.lastPage());
        assertNotNull(minutes.startY());
        assertEquals(minutes.startY(), agenda.endY());
        assertEquals(AGENDA_MEETING, agenda.meeting());
        assertEquals(MINUTES_MEETING, minutes.meeting());
        assertEquals(Set.of(AGENDA_MEETING, MINUTES_MEETING), r.meetings().stream().map(Meeting::id).collect(Collectors.toSet()));

        // each paper's records under its own meeting: the minutes' under the meeting they record
        List<AgendaItem> agendaItems = r.agendaItems().stream().filter(i -> i.meeting().equals(AGENDA_MEETING)).toList();
        assertEquals(List.of("1", "2", "3", "4", "5"), agendaItems.stream().map(AgendaItem::number).toList());
        assertTrue(r.agendaItems().stream().anyMatch(i -> i.meeting().equals(MINUTES_MEETING) && i.number().equals("158")));
        assertFalse(r.attendance().isEmpty());
        assertTrue(r.attendance().stream().map(Attendance::meeting).allMatch(MINUTES_MEETING::equals));
        assertTrue(r.attendance().stream().anyMatch(a -> a.name().equals("A Eastwood")));
        assertFalse(r.decisions().isEmpty());
        assertTrue(r.decisions().stream().allMatch(d -> d.meeting().equals(MINUTES_MEETING)));
    }
}

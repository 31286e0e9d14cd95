package org.boardpack.extract.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.attendance.AttendanceStatus;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusNoteTest {

    private static final String MEETING = "m/2018-06-13";

    @TempDir
    Path tmp;

    @Test
    void aNameThenItsStatusWordsIsANote() {
        assertEquals(Optional.of(new StatusNote.Note("Cllr H C Kenward", AttendanceStatus.ABSENT)),
                StatusNote.of("Cllr H C Kenward not here"));
        assertEquals(Optional.of(new StatusNote.Note("George", AttendanceStatus.APOLOGIES)), StatusNote.of("George apologies"));
        assertEquals(Optional.of(new StatusNote.Note("Cllr M Bramhall", AttendanceStatus.APOLOGIES)),
                StatusNote.of("Cllr M Bramhall sent apologies"));
        assertTrue(StatusNote.opens("Cate not here, George not coming ever, Innes not here"));
    }

    @Test
    void listsAndSentencesAreNoNotes() {
        assertFalse(StatusNote.opens("Cllr A Smith, Cllr B Jones (Chairman)"));
        assertFalse(StatusNote.opens("Apologies were received from Cllr A Smith"));
        assertFalse(StatusNote.opens("The Chairman reported that the members of the working party sent apologies"));
        assertFalse(StatusNote.opens("Members not present at the last meeting"));
    }

    @Test
    void notesUnderAnApologiesHeadingAreReadOneALine() throws Exception {
        ParsedDocument doc = new PdfFixture()
                .text(60, 80, "PRESENT: Cllrs A Smith (Chairman), N Eastwood and B Jones")
                .bold(60, 110, "137.").bold(90, 110, "APOLOGIES FOR ABSENCE")
                .text(90, 125, "Cllr M Bramhall apologies")
                .text(90, 139, "Cllr N Eastwood apologies")
                .text(90, 153, "Cllr H C Kenward not here")
                .bold(60, 180, "138.").bold(90, 180, "DECLARATIONS OF INTEREST")
                .text(90, 195, "There were no declarations of interest.")
                .ingest(tmp, "minutes.pdf");
        List<Attendance> got = new AttendanceExtractor().extract(doc,
                new DocumentSpan(DocumentType.MINUTES, null, 1, 1), MEETING);
        assertEquals(List.of(
                new Attendance(MEETING, "A Smith", "Cllr", "Chairman", null, AttendanceStatus.PRESENT, 1),
                new Attendance(MEETING, "N Eastwood", "Cllr", null, null, AttendanceStatus.APOLOGIES, 1),
                new Attendance(MEETING, "B Jones", "Cllr", null, null, AttendanceStatus.PRESENT, 1),
                new Attendance(MEETING, "M Bramhall", "Cllr", null, null, AttendanceStatus.APOLOGIES, 1),
                new Attendance(MEETING, "H C Kenward", "Cllr", null, null, AttendanceStatus.ABSENT, 1)), got);
    }
}

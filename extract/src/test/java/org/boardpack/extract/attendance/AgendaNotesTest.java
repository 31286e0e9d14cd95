package org.boardpack.extract.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.attendance.AttendanceStatus;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notes of who came typed into an agenda's own template: the sentences count, a label's list does not. */
class AgendaNotesTest {

    private static final String MEETING = "m/2016-04-05";

    @TempDir
    Path tmp;

    private ParsedDocument agendaWithNotes() throws Exception {
        return new PdfFixture()
                .bold(60, 80, "Committee Meeting")
                .text(60, 110, "Members: Cllr Ann Smith, Cllr Bob Jones")
                .bold(60, 140, "1.").bold(90, 140, "Attendance")
                .text(90, 160, "1.1").text(120, 160, "Attendance to be taken")
                .text(60, 175, "Cate not here, George not coming ever, Innes not here")
                .text(90, 200, "1.2").text(120, 200, "Apologies")
                .text(60, 215, "George apologies")
                .bold(60, 245, "2.").bold(90, 245, "Pool Competition")
                .text(60, 260, "Emails been sent out, all been organised.")
                .ingest(tmp, "agenda.pdf");
    }

    private static Attendance a(String name, AttendanceStatus status) {
        return new Attendance(MEETING, name, null, null, null, status, 1);
    }

    @Test
    void anAgendaGivesOnlyItsSentencesOfWhoCame() throws Exception {
        ParsedDocument doc = agendaWithNotes();
        List<Attendance> got = new AttendanceExtractor().statusSentences(doc,
                new DocumentSpan(DocumentType.AGENDA, null, 1, 1), MEETING);
        assertEquals(List.of(a("Cate", AttendanceStatus.ABSENT), a("Innes", AttendanceStatus.ABSENT),
                a("George", AttendanceStatus.APOLOGIES)), got);
    }

    @Test
    void minutesReadTheLabelledListToo() throws Exception {
        ParsedDocument doc = agendaWithNotes();
        List<Attendance> got = new AttendanceExtractor().extract(doc,
                new DocumentSpan(DocumentType.MINUTES, null, 1, 1), MEETING);
        assertEquals(List.of("Ann Smith", "Bob Jones"), got.stream().limit(2).map(Attendance::name).toList());
    }
}

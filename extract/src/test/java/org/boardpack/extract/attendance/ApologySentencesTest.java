package org.boardpack.extract.attendance;

import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.attendance.AttendanceStatus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.extract.text.SentenceSplitter;
import org.boardpack.ingest.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApologySentencesTest {

    private static final String MEETING = "m/2020-11-11";
    private static final SentenceSplitter SENTENCES = SentenceSplitter.english();
    private static final AttendanceStatus AP = AttendanceStatus.APOLOGIES;

    private final ApologySentences apologies = new ApologySentences(SENTENCES);

    @TempDir
    Path tmp;

    private static Attendance a(String honorific, String name, String role, String initials, int page) {
        return new Attendance(MEETING, name, honorific, role, initials, AP, page);
    }

    private List<Attendance> of(String sentence) {
        return apologies.fromSentence(sentence, MEETING, 1);
    }

    @Test
    void aListJoinedByAndIsEveryoneInIt() {
        assertEquals(List.of(a(null, "Claire Murdoch", null, null, 1), a("Cllr", "Hazel Simmons", null, null, 1),
                a("Dr", "Tom Davis", null, null, 1)),
                of("Apologies were received from Claire Murdoch, Cllr Hazel Simmons and Dr Tom Davis."));
        assertEquals(List.of(a("Cllr", "A Smith", null, null, 1), a("Dr", "B Jones", null, null, 1)),
                of("Apologies for absence were received from Cllr A Smith and Dr B Jones"));
    }

    @Test
    void bracketsHoldARoleOrInitialsAndAnAndInsideThemDoesNotSplit() {
        assertEquals(List.of(a(null, "Mark Lam", "ELFT, Chair", null, 1),
                a(null, "Michelle Evans-Riches", null, "ME-R", 1),
                a(null, "Nicola Kay", "Director of Finance and IT", null, 1)),
                of("Apologies were received from Mark Lam (ELFT, Chair), Michelle Evans-Riches (ME-R) "
                        + "and Nicola Kay (Director of Finance and IT)."));
    }

    @Test
    void whoeverSatInSomeonesPlaceWasPresent() {
        Attendance upton = new Attendance(MEETING, "Tom Upton", "Councillor", null, null, AttendanceStatus.PRESENT, 1);
        assertEquals(List.of(upton), of("Councillor Tom Upton attended as substitute for Councillor Quinn."));
        assertEquals(List.of(new Attendance(MEETING, "M Evans", "Cllr", null, null, AttendanceStatus.PRESENT, 1)),
                of("Cllr M Evans substituting for Cllr T Grant."));
        assertEquals(List.of(), of("The Chair, representing the Board, thanked the staff."));
    }

    @Test
    void theNamesEndWhereTheSentenceGoesOnAboutSomethingElse() {
        assertEquals(List.of(a("Cllr", "S Dixon", null, null, 1)),
                of("The Chairman noted apologies from Cllr S Dixon, who was substituted by Cllr P Downing."));
        assertEquals(List.of(a("Mrs", "S Harrison", null, null, 1)),
                of("Apologies had been received from Mrs S Harrison (substituted by Mr C Ford)."));
    }

    @Test
    void twoVerbsJoinedByAndBeforeFrom() {
        assertEquals(List.of(a("Cllr", "D Hale", null, null, 1)),
                of("Apologies were received and accepted from Cllr D Hale (work commitments)."));
    }

    @Test
    void seedSentencesThatNameNobodyGiveNothing() {
        assertEquals(List.of(), of("Apologies for absence were received as detailed above"));
        assertEquals(List.of(), of("The Chair welcomed everyone to the meeting. Apologies were received as noted above"));
        assertEquals(List.of(), of("To receive any apologies for absence."));
        assertEquals(List.of(), of("Apologies for absence and notification of substitute members."));
        // a correction to the previous minutes' list, not an apology for this meeting
        assertEquals(List.of(), of("The minutes were confirmed as a true record, subject to the following point of "
                + "correction - include in the list of apologies, Mark Lam (ELFT, Chair)"));
        assertEquals(List.of(), of("Apologies for lateness were received from Dr B Jones."));
    }

    @Test
    void fromTheMinutesTextOfAnItemWrappedOverLines() throws Exception {
        ParsedDocument doc = new PdfFixture()
                .bold(60, 100, "1.").bold(110, 100, "Apologies for Absence")
                .text(110, 120, "The Chairman welcomed everyone. Apologies for absence were received from")
                .text(110, 133, "Cllr Mrs C Hegley, Mr R Carr and Dr A Low.")
                .bold(60, 160, "2.").bold(110, 160, "Members' Interests")
                .text(110, 180, "None were declared.")
                .ingest(tmp, "minutes.pdf");
        List<Attendance> got = new AttendanceExtractor(apologies).extract(doc,
                new DocumentSpan(DocumentType.MINUTES, null, 1, 1), MEETING);
        assertEquals(List.of(a("Cllr Mrs", "C Hegley", null, null, 1), a("Mr", "R Carr", null, null, 1),
                a("Dr", "A Low", null, null, 1)), got);
    }

    @Test
    void honorificsWithAFullStopEndNoSentenceAndAPluralOneIsEachOnes() {
        assertEquals(List.of(a("Messrs", "B. Mooney", null, null, 1), a("Messrs", "C. Williams", null, null, 1)),
                apologies.fromParagraph("Apologies were received from Messrs. B. Mooney & C. Williams", MEETING, 1));
        assertEquals(List.of(a("Cllr", "B Simkins", null, null, 1), a("Cllr", "E Bradbury", null, null, 1)),
                apologies.fromParagraph("Apologies were accepted from Cllrs. B Simkins (illness) and Cllrs E Bradbury.", MEETING, 1));
    }

    @Test
    void namesBeforeTheApologyAndThoseSaidNotToBeThere() {
        assertEquals(List.of(a("Councillor", "Jon Hunt", null, null, 1)), of("Councillor Jon Hunt submitted an apology."));
        assertEquals(List.of(a(null, "George", null, null, 1)), of("George apologies"));
        assertEquals(List.of(a("Cllr", "Barry Simkins", null, null, 1), a("Cllr", "Linda Haysey", null, null, 1)),
                of("There were apologies from Cllrs Barry Simkins and Linda Haysey."));
        assertEquals(List.of(new Attendance(MEETING, "Cate", null, null, null, AttendanceStatus.ABSENT, 1),
                new Attendance(MEETING, "Innes", null, null, null, AttendanceStatus.ABSENT, 1)),
                of("Cate not here, George not coming ever, Innes not here"));
        assertEquals(List.of(), of("There were no apologies."));
        assertEquals(List.of(), of("Committee resolved to note the apologies."));
    }

    @Test
    void anAbsenceNoteReadsTheNameAsAListDoes() {
        AttendanceStatus ab = AttendanceStatus.ABSENT;
        assertEquals(List.of(new Attendance(MEETING, "A Smith", "Cllr", null, null, ab, 1),
                new Attendance(MEETING, "Bob Jones", "Mrs", null, null, ab, 1)),
                of("Cllr A Smith not present, Mrs Bob Jones was absent"));
        assertEquals(List.of(new Attendance(MEETING, "Innes", null, null, null, ab, 1)), of("Innes absent"));
        // a sentence that only mentions absence names nobody
        assertEquals(List.of(), of("Members not present at the last meeting had been sent the papers."));
        assertEquals(List.of(), of("The Clerk was absent."));
    }
}

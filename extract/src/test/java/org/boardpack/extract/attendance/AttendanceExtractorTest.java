package org.boardpack.extract.attendance;

import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.attendance.AttendanceStatus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.extract.fixtures.SeedLayouts;
import org.boardpack.ingest.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttendanceExtractorTest {

    private static final String MEETING = "m/2020-11-11";
    private final AttendanceExtractor extractor = new AttendanceExtractor();

    @TempDir
    Path tmp;

    private List<Attendance> extract(ParsedDocument doc) {
        return extractor.extract(doc, new DocumentSpan(DocumentType.MINUTES, null, 1, doc.pageCount(), null), MEETING);
    }

    private static Attendance a(String honorific, String name, String role, String initials, AttendanceStatus s) {
        return new Attendance(MEETING, name, honorific, role, initials, s, 1);
    }

    @Test
    void aTableWithAStatusColumnGivesEachRowsStatus() throws Exception {
        ParsedDocument doc = new org.boardpack.extract.fixtures.PdfFixture()
                .text(72, 60, "Minutes of the meeting of the Finance Committee held on 11 November 2020", 14, true)
                .text(76, 90, "Councillor", 11, true).text(320, 90, "Attendance", 11, true)
                .text(76, 106, "Councillor Margaret Ellis (Chair)").text(320, 106, "Present")
                .text(76, 122, "Councillor Peter Briggs").text(320, 122, "Apologies")
                .text(76, 138, "Councillor Amir Siddiqui").text(320, 138, "Absent")
                .text(72, 165, "In attendance (officers): Mark Heron (Director of Resources)")
                .text(72, 190, "1. Apologies and Substitutions", 11, true)
                .text(72, 205, "Apologies were received from Councillor Briggs.")
                .ingest(tmp, "minutes.pdf");
        assertEquals(List.of(
                a("Councillor", "Margaret Ellis", "Chair", null, AttendanceStatus.PRESENT),
                a("Councillor", "Peter Briggs", null, null, AttendanceStatus.APOLOGIES),
                a("Councillor", "Amir Siddiqui", null, null, AttendanceStatus.ABSENT),
                a(null, "Mark Heron", "Director of Resources", null, AttendanceStatus.IN_ATTENDANCE)), extract(doc));
    }

    @Test
    void headedListsWithBracketedRolesAndInitialsColumn() throws Exception {
        List<Attendance> got = extract(SeedLayouts.partnershipMinutes().ingest(tmp, "minutes.pdf"));
        AttendanceStatus p = AttendanceStatus.PRESENT;
        AttendanceStatus ap = AttendanceStatus.APOLOGIES;
        assertEquals(List.of(
                a("Dr", "Rima Makarem", "BLMK ICS Chair", "RM", p),
                a(null, "Felicity Cox", "BLMK ICS Executive Lead", "FC", p),
                a(null, "Dorothy Griffiths", "Chair Central & North West London Trust - CNWL", "DG", p),
                a("Mayor", "David Hodgson", "Bedford Borough Council – BBC", "DH", p),
                a(null, "Michelle Evans-Riches", "BLMK ICS", "ME-R", p),
                a(null, "Matthew Winn", "CCS Chief Exec", "MWo", p),
                a(null, "Simon Linnett", "Bedfordshire Hospitals Chair", "SLT", p),
                a(null, "Claire Murdoch", "CNWL Chief Exec", null, ap),
                a("Cllr", "Hazel Simmons", "Luton Borough Council -LBC", null, ap),
                a("Cllr", "Peter Marland", "MK Council", null, ap),
                a("Dr", "Tom Davis", "EEAST", null, ap),
                a(null, "Nicola Kay", "NHSEI", "NK", AttendanceStatus.IN_ATTENDANCE)), got);
    }

    @Test
    void councilListsWithRoleColumnWrappedRolesAndLabelsInTheFirstColumn() throws Exception {
        List<Attendance> got = extract(SeedLayouts.councilMinutes().ingest(tmp, "council.pdf"));
        AttendanceStatus p = AttendanceStatus.PRESENT;
        AttendanceStatus in = AttendanceStatus.IN_ATTENDANCE;
        assertEquals(List.of(
                a("Cllr", "B J Spurr", "Chairman", null, p),
                a("Mrs", "D Blackmun", "Chief Executive Officer, Healthwatch Central Bedfordshire", null, p),
                a("Mr", "R Carr", "Chief Executive", null, p),
                a("Cllr Mrs", "C Hegley", "Executive Member for Social Care and Housing", null, p),
                a("Dr", "A Low", "Chair, Bedfordshire Clinical Commissioning Group", null, p),
                a("Cllr", "S Dixon", null, null, AttendanceStatus.APOLOGIES),
                a("Mrs", "S Harrison", null, null, AttendanceStatus.APOLOGIES),
                a("Mr", "C Ford", null, null, AttendanceStatus.ABSENT),
                a("Cllr", "P Downing", null, null, in),
                a("Mrs", "K Allen", "Head of Children and Maternity Services Redesign, BCCG", null, in),
                a("Mrs", "S Hobbs", "Senior Committee Services Officer", null, in)), got);
    }
}

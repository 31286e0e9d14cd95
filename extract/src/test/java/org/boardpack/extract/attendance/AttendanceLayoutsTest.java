package org.boardpack.extract.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.ingest.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attendance lists as real minutes lay them out, each drawn by the test. */
class AttendanceLayoutsTest {

    private static final String MEETING = "parish-council/2019-09-11";

    @TempDir
    Path tmp;

    /** Each record as "status|honorific|name|role|initials", nulls as empty. */
    private List<String> read(PdfFixture f) throws Exception {
        ParsedDocument doc = f.ingest(tmp, "minutes.pdf");
        return new AttendanceExtractor().extract(doc, new DocumentSpan(DocumentType.MINUTES, null, 1, doc.pageCount()), MEETING)
                .stream().map(a -> String.join("|", a.status().name().toLowerCase(), v(a.honorific()), a.name(), v(a.role()),
                        v(a.initials()))).toList();
    }

    private static String v(String s) {
        return s == null ? "" : s;
    }

    private static PdfFixture title() {
        return new PdfFixture().bold(150, 50, "MINUTES OF A MEETING OF THE PARISH COUNCIL")
                .text(150, 64, "Held on 11 September 2019 at 19.00 at the Village Hall");
    }

    @Test
    void aListThatWrapsBackToTheLabelsMarginAndAnInAttendanceLineBesideIt() throws Exception {
        PdfFixture f = title()
                .text(60, 100, "PRESENT: Cllrs Haidy Blake (Chairman), Gary O’Leary, Magda Atkins, Lizzer Bradbury, Jim")
                .text(60, 113, "Coppard and Roger Morris.")
                .text(60, 126, "In attendance: Cllr L Haysey (EHDC), the clerk: Tom Brindley, and 10 members of the public.")
                .bold(60, 160, "42.").bold(100, 160, "APOLOGIES FOR ABSENCE")
                .text(100, 174, "Members accepted apologies for absence from Cllrs Paul Rochford (business) and Niki Gordon.")
                .bold(60, 200, "43.").bold(100, 200, "DECLARATIONS OF INTEREST")
                .text(100, 214, "None.")
                .bold(60, 240, "44.").bold(100, 240, "PLANNING")
                .text(100, 254, "Present: Brenda Smith, Steve Davies (a working party's meeting, not this one)");
        assertEquals(List.of("present|Cllr|Haidy Blake|Chairman|", "present|Cllr|Gary O’Leary||", "present|Cllr|Magda Atkins||",
                "present|Cllr|Lizzer Bradbury||", "present|Cllr|Jim Coppard||", "present|Cllr|Roger Morris||",
                "in_attendance|Cllr|L Haysey|EHDC|", "in_attendance||Tom Brindley|clerk|",
                "apologies|Cllr|Paul Rochford||", "apologies|Cllr|Niki Gordon||"), read(f));
    }

    @Test
    void aLabelInTheLeftColumnWithTheListBesideItAndARollCallOnOneLine() throws Exception {
        PdfFixture f = title()
                .text(60, 100, "ROLL CALL").text(160, 100, "Present:").text(240, 100, "Sara Strickler, President")
                .text(240, 113, "Thushan Amarasiriwardena, Vice President")
                .text(160, 133, "Absent:").text(240, 133, "Anita Battle, Board Member (excused)")
                .text(160, 153, "Staff:").text(240, 153, "Marlon Romero, Acting Library Director")
                .text(60, 180, "Roll Call: Present: Commissioners Johnson and Weitze; Absent: Commissioner Kohlstrand.");
        assertEquals(List.of("present||Sara Strickler|President|", "present||Thushan Amarasiriwardena|Vice President|",
                "apologies||Anita Battle|Board Member|", "in_attendance||Marlon Romero|Acting Library Director|",
                "present||Johnson|Commissioner|", "present||Weitze|Commissioner|", "absent||Kohlstrand|Commissioner|"), read(f));
    }

    @Test
    void aLabelCentredBesideItsListTakesTheLinesAboveIt() throws Exception {
        PdfFixture f = title()
                .text(200, 100, "Cllr A Smith (Chair)")
                .text(60, 113, "Present:").text(200, 113, "Cllr B Jones")
                .text(200, 126, "Cllr C Brown")
                .text(60, 150, "Apologies:").text(200, 150, "Cllr D Green");
        assertEquals(List.of("present|Cllr|A Smith|Chair|", "present|Cllr|B Jones||", "present|Cllr|C Brown||",
                "apologies|Cllr|D Green||"), read(f));
    }

    @Test
    void aLabelAloneOnItsLineCentredBetweenTheLinesOfItsList() throws Exception {
        // a table cell aligned to its middle: the label's line holds no name, its list stands above and
        // below it in the value column, right after a list of members and roles
        PdfFixture f = title()
                .text(60, 100, "PRESENT")
                .text(90, 116, "Mrs J Ogley").text(220, 116, "Director of Social Care")
                .text(90, 131, "Mrs M Scott").text(220, 131, "Director of Public Health")
                .text(220, 147, "Cllr S Dixon")
                .text(60, 153, "Apologies for Absence:")
                .text(220, 159, "Mrs S Harrison")
                .text(60, 174, "Absent from the Meeting:").text(220, 174, "Mr C Ford")
                .text(220, 189, "Mrs K Allen – Head of Maternity Services")
                .text(60, 201, "Officers in Attendance:")
                .text(220, 213, "Ms S Chakrabarti – Clinical Commissioning Group")
                .bold(60, 240, "HWB/17/1.").bold(150, 240, "Election of Vice-Chairman");
        assertEquals(List.of("present|Mrs|J Ogley|Director of Social Care|", "present|Mrs|M Scott|Director of Public Health|",
                "apologies|Cllr|S Dixon||", "apologies|Mrs|S Harrison||", "absent|Mr|C Ford||",
                "in_attendance|Mrs|K Allen|Head of Maternity Services|",
                "in_attendance|Ms|S Chakrabarti|Clinical Commissioning Group|"), read(f));
    }

    @Test
    void labelsBesideTheMiddleOfStackedListsWithEntriesSetAsParagraphs() throws Exception {
        // a row list of members, then lists whose label stands level with their middle entry; officers'
        // entries wrap their roles and stand a little apart (less than a blank line)
        PdfFixture f = title()
                .text(60, 100, "PRESENT")
                .text(60, 116, "Dr P Ashworth").text(200, 116, "Director of Public Health")
                .text(60, 129, "Mr A Wainwright").text(200, 129, "Director of Community Services")
                .text(200, 152, "Cllr Y Hollis")
                .text(60, 165, "Apologies for Absence:").text(200, 165, "Mrs M Holloway")
                .text(200, 178, "Ms P Whitlock")
                .text(60, 201, "Members in Attendance:").text(200, 201, "Cllr M Oduya")
                .text(200, 224, "Dr W Kershaw, Head of Children and Maternity Services Redesign,")
                .text(200, 237, "WDCCG")
                .text(200, 255, "Dr J Lloyd-Bennett, Assistant Director Public Health")
                .text(60, 273, "Also present:").text(200, 273, "Mr D T Penhaligon, Director of Nursing and Quality, West Downs")
                .text(200, 286, "Clinical Commissioning Group")
                .text(200, 304, "Mrs M Thorneycroft, Senior Committee Services Officer")
                .bold(60, 340, "HWB/16/7.").bold(150, 340, "Chairman's Announcements");
        assertEquals(List.of("present|Dr|P Ashworth|Director of Public Health|",
                "present|Mr|A Wainwright|Director of Community Services|",
                "apologies|Cllr|Y Hollis||", "apologies|Mrs|M Holloway||", "apologies|Ms|P Whitlock||",
                "in_attendance|Cllr|M Oduya||",
                "in_attendance|Dr|W Kershaw|Head of Children and Maternity Services Redesign, WDCCG|",
                "in_attendance|Dr|J Lloyd-Bennett|Assistant Director Public Health|",
                "in_attendance|Mr|D T Penhaligon|Director of Nursing and Quality, West Downs Clinical Commissioning Group|",
                "in_attendance|Mrs|M Thorneycroft|Senior Committee Services Officer|"), read(f));
    }

    @Test
    void aSemicolonLabelWhoseNameWrapsBetweenInitialsAndSurname() throws Exception {
        PdfFixture f = title()
                .text(60, 100, "Present;").text(120, 100, "Cllr C Eastwood (Chairman); Cllr Y L Wainwright; Cllr K")
                .text(120, 113, "I Castleton; Cllr W Hartigan and Cllr E")
                .text(120, 126, "N Radcliffe")
                .text(60, 140, "Also present: Helen Cottrell, Clerk; 3 members of the public");
        assertEquals(List.of("present|Cllr|C Eastwood|Chairman|", "present|Cllr|Y L Wainwright||",
                "present|Cllr|K I Castleton||", "present|Cllr|W Hartigan||", "present|Cllr|E N Radcliffe||",
                "in_attendance||Helen Cottrell|Clerk|"), read(f));
    }

    @Test
    void aTwoColumnAttendeeTableThatIsTheOnlyListIsThosePresent() throws Exception {
        PdfFixture f = new PdfFixture().bold(60, 50, "TWG Meeting Record Feb 22 2021")
                .bold(60, 80, "In Attendance")
                .bold(60, 105, "Attendee").bold(300, 105, "Representing")
                .text(60, 130, "Hugh Pollitt-Smith").text(300, 130, "CMC")
                .text(60, 155, "Rick O’Connor").text(300, 155, "OpenHW")
                .bold(60, 200, "Agenda")
                .text(60, 220, "The chair welcomed Jane Doe of Acme to the meeting.");
        assertEquals(List.of("present||Hugh Pollitt-Smith|CMC|", "present||Rick O’Connor|OpenHW|"), read(f));
    }

    @Test
    void aTableHeaderAHeadingsSpaceUnderItsLabelStillOpensTheList() throws Exception {
        // a browser's table margin and cell padding: the header row 3.5 ems of 11-point type under
        // its label, the rows 2.1 ems apart
        PdfFixture f = new PdfFixture().bold(60, 50, "TWG Meeting Record Feb 22 2021")
                .bold(60, 80, "In Attendance")
                .bold(60, 119, "Attendee").bold(300, 119, "Representing")
                .text(60, 142, "Hugh Pollitt-Smith").text(300, 142, "CMC")
                .text(60, 165, "Rick O’Connor").text(300, 165, "OpenHW")
                .bold(60, 215, "Agenda")
                .text(60, 235, "The chair welcomed Jane Doe of Acme to the meeting.");
        assertEquals(List.of("present||Hugh Pollitt-Smith|CMC|", "present||Rick O’Connor|OpenHW|"), read(f));
    }

    @Test
    void namesUnderAnApologiesHeadingAndInATableCell() throws Exception {
        PdfFixture f = title()
                .text(60, 100, "Present:").text(60, 113, "Cllrs Hodivala (Chairman), Hewett and Wood.")
                .text(60, 133, "Public Gallery: There were 4 members of the public present and no press.")
                .bold(60, 160, "52").bold(100, 160, "Apologies for Absence")
                .text(100, 174, "Cllrs Ives and Ellis.")
                .text(100, 187, "Committee resolved to note the apologies.")
                .bold(60, 213, "53").bold(100, 213, "Declarations of Interest")
                .text(100, 227, "Councillor Hodivala stated that she had an interest.");
        assertEquals(List.of("present|Cllr|Hodivala|Chairman|", "present|Cllr|Hewett||", "present|Cllr|Wood||",
                "apologies|Cllr|Ives||", "apologies|Cllr|Ellis||"), read(f));
    }

    @Test
    void attendeesWithInitialsAndTheApologiesItemsBulletedName() throws Exception {
        PdfFixture f = new PdfFixture().bold(150, 50, "CSS Committee Meeting - Minutes")
                .text(60, 80, "Date:").text(160, 80, "Tuesday 24th September")
                .text(60, 95, "Attendees:").text(160, 95, "Holly Packer (HP) (Chairing), Rohit Jose (RJ) (Minuting), Marcus")
                .text(160, 108, "Gustafsson (MG)")
                .text(70, 135, "1").text(160, 135, "Apologies received from").text(500, 135, "HP")
                .text(170, 149, "• Lee Alabaster")
                .text(70, 175, "2").text(160, 175, "Adoption of Previous Minutes").text(500, 175, "LA")
                .text(170, 189, "• Sam Smith and Jo Bloggs approved them");
        assertEquals(List.of("present||Holly Packer|Chairing|HP", "present||Rohit Jose|Minuting|RJ",
                "present||Marcus Gustafsson||MG", "apologies||Lee Alabaster||"), read(f));
    }

    @Test
    void namesSetOutInColumnsAreEachOnePerson() throws Exception {
        PdfFixture f = title()
                .text(60, 100, "Present:")
                .text(60, 115, "Cllr A Smith").text(220, 115, "Cllr B Jones").text(380, 115, "Cllr C Brown")
                .text(60, 128, "Cllr D Green").text(220, 128, "Cllr E White");
        assertEquals(List.of("present|Cllr|A Smith||", "present|Cllr|B Jones||", "present|Cllr|C Brown||",
                "present|Cllr|D Green||", "present|Cllr|E White||"), read(f));
    }

    @Test
    void aTranscriptWithNoAttendanceListYieldsNoOne() throws Exception {
        PdfFixture f = new PdfFixture().text(60, 50, "(The short adjournment)")
                .text(60, 70, "SIR MICHAEL WOOD, SIR WILLIAM PATEY and MR SIMON WEBB")
                .text(60, 90, "THE CHAIRMAN: I am very grateful to everyone for being so punctual.")
                .text(60, 110, "We ought to start by a welcome to Sir Michael Wood, who was present in 2001.");
        assertEquals(List.of(), read(f));
    }

    @Test
    void minutesWithoutItemNumbersEndTheirAttendanceAtTheFirstHeadingOfBusiness() throws Exception {
        PdfFixture f = title()
                .text(60, 100, "Present:").text(160, 100, "Cllr A Smith, Cllr B Jones")
                .bold(60, 130, "APOLOGIES FOR ABSENCE")
                .text(60, 144, "Cllr C Brown")
                .bold(60, 170, "PLANNING APPLICATIONS")
                .text(60, 184, "Present: Mr D Green and Mrs E White spoke for the applicant.")
                .text(60, 198, "Apologies were received from the applicant's agent, Mr F Black.");
        assertEquals(List.of("present|Cllr|A Smith||", "present|Cllr|B Jones||", "apologies|Cllr|C Brown||"), read(f));
    }

    @Test
    void groupHeadingsInsideARowListAndCouncilMinuteReferences() throws Exception {
        PdfFixture f = title()
                .bold(60, 100, "Present:")
                .bold(60, 114, "Non-Executive Directors")
                .text(60, 128, "Sir John Smith").text(250, 128, "Chair")
                .bold(60, 142, "Executive Directors")
                .text(60, 156, "Jane Doe").text(250, 156, "Chief Executive")
                .text(60, 185, "HWB/17/1.").text(130, 185, "Election of Vice-Chairman")
                .text(130, 199, "Present: Mr X Ray was elected.");
        assertEquals(List.of("present|Sir|John Smith|Chair|", "present||Jane Doe|Chief Executive|"), read(f));
    }

    /**
     * An "Also present" list one person a paragraph, a paragraph space between entries and roles
     * comma-attached and wrapped onto a second line (an acronym, the rest of an organisation).
     */
    @Test
    void entriesOnePersonAParagraphWithWrappedCommaAttachedRoles() throws Exception {
        PdfFixture f = title()
                .text(60, 100, "Present:").text(200, 100, "Cllr M R Quayle (Chairman)")
                .text(60, 122, "Also present:").text(200, 122, "Dr W Kershaw, Head of Children and Maternity Services,")
                .text(200, 135, "WDCCG")
                .text(200, 154, "Mr D T Penhaligon, Director of Nursing and Quality, West Downs")
                .text(200, 167, "Clinical Commissioning Group")
                .text(200, 186, "Mr E Tennant, JSNA Programme Manager")
                .text(60, 208, "Others in Attendance:").text(200, 208, "Mrs M B Cottrell, Director, West Downs Wellbeing Services")
                .bold(60, 240, "42.").bold(100, 240, "DECLARATIONS OF INTEREST")
                .text(100, 254, "None.");
        assertEquals(List.of("present|Cllr|M R Quayle|Chairman|",
                "in_attendance|Dr|W Kershaw|Head of Children and Maternity Services, WDCCG|",
                "in_attendance|Mr|D T Penhaligon|Director of Nursing and Quality, West Downs Clinical Commissioning Group|",
                "in_attendance|Mr|E Tennant|JSNA Programme Manager|",
                "in_attendance|Mrs|M B Cottrell|Director, West Downs Wellbeing Services|"), read(f));
    }

    @Test
    void namesSetFromTheMarginUnderANumberedApologiesHeadingKeepTheirFirstWord() throws Exception {
        PdfFixture f = title()
                .text(60, 100, "Present: Cllrs D Ashworth (Chairman), H Brook and G Ellis")
                .bold(60, 140, "1. Apologies for absence")
                .text(60, 155, "Cllr F Grey (holiday).")
                .bold(60, 185, "2. Declarations of interest")
                .text(60, 200, "None.");
        assertEquals(List.of("present|Cllr|D Ashworth|Chairman|", "present|Cllr|H Brook||", "present|Cllr|G Ellis||",
                "apologies|Cllr|F Grey||"), read(f));
    }

    @Test
    void theNextTablesHeaderRowCloseUnderARowListWrapsNoRole() throws Exception {
        PdfFixture f = title()
                .bold(60, 100, "Apologies:")
                .text(60, 115, "Mrs Linda Cole").text(260, 115, "Chief Nurse")
                .text(60, 130, "David Price").text(260, 130, "Non-Executive Director")
                .bold(80, 145, "Item").bold(300, 145, "Minute").bold(500, 145, "Action")
                .text(60, 165, "1").text(110, 165, "Welcome and apologies");
        assertEquals(List.of("apologies|Mrs|Linda Cole|Chief Nurse|", "apologies||David Price|Non-Executive Director|"), read(f));
    }
}

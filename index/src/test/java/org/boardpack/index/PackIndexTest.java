package org.boardpack.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.boardpack.model.BoardpackJson;
import org.boardpack.model.PackRecord;
import org.boardpack.model.SourceInfo;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.attendance.AttendanceStatus;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.model.meetings.Meeting;
import org.boardpack.model.pages.PageText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackIndexTest {

    @TempDir
    Path tmp;

    private static final String MINUTES_MEETING = "blmk-partnership-board/2020-11-11";
    private static final String PACK_MEETING = "blmk-partnership-board/2020-12-09";

    private static PackRecord pack(String path, String sha, String page2) {
        List<Meeting> meetings = List.of(
                new Meeting(PACK_MEETING, "BLMK Partnership Board", "2020-12-09", "15:00", "Microsoft Teams"),
                new Meeting(MINUTES_MEETING, "BLMK Partnership Board", "2020-11-11", "16:00", "Microsoft Teams"));
        List<DocumentSpan> docs = List.of(
                new DocumentSpan(DocumentType.AGENDA, "Agenda", 1, 1, PACK_MEETING),
                new DocumentSpan(DocumentType.MINUTES, "BLMK Partnership Board Minutes", 2, 3, MINUTES_MEETING));
        List<Attendance> people = List.of(new Attendance(MINUTES_MEETING, "Rima Makarem", "Dr", "BLMK ICS Chair", "RM",
                AttendanceStatus.PRESENT, 2));
        List<PageText> pages = List.of(
                new PageText(1, "Partnership Board agenda\n11. Flu vaccination programme - attached"),
                new PageText(2, page2),
                new PageText(3, "The meeting closed at 18:01hrs"));
        return new PackRecord(PackRecord.SCHEMA, new SourceInfo(path, sha, 3, "pdf"), docs, meetings, null, people,
                null, null, null, pages);
    }

    @Test
    void findsAPhraseOnItsPageWithTheMeetingOfThePaperItIsIn() throws Exception {
        Path dir = tmp.resolve("idx");
        try (PackIndexWriter w = new PackIndexWriter(dir, "v1")) {
            w.replace(pack("/packs/a.pdf", "aaa", "8 Flu Vaccination Programme\nTo week 44, 153,324 people have been vaccinated"));
        }
        try (PackSearcher s = new PackSearcher(dir)) {
            List<SearchHit> hits = s.search("\"people have been vaccinated\"", 10, "[", "]");
            assertEquals(1, hits.size());
            SearchHit h = hits.getFirst();
            assertEquals("page", h.type());
            assertEquals("/packs/a.pdf:2", h.location());
            assertEquals(MINUTES_MEETING, h.meeting(), "page 2 is in the minutes of 11 November");
            assertEquals("2020-11-11", h.date());
            assertTrue(h.snippet().contains("[people] [have] [been] [vaccinated]") || h.snippet().contains("[people have been vaccinated]"),
                    h.snippet());
            // stemming: "vaccinations" finds "vaccination"
            assertTrue(s.search("vaccinations", 10, "[", "]").stream().anyMatch(x -> x.page() == 1));
            // a person by surname finds the attendance record
            SearchHit person = s.search("Makarem", 10, "[", "]").getFirst();
            assertEquals("attendance", person.type());
            assertEquals(2, person.page());
            assertTrue(person.json().contains("\"initials\":\"RM\""), person.json());
        }
    }

    @Test
    void reingestingAFileReplacesItsRecordsAndExportKeepsOneRecordPerFile() throws Exception {
        Path dir = tmp.resolve("idx");
        try (PackIndexWriter w = new PackIndexWriter(dir, "v1")) {
            w.replace(pack("/packs/a.pdf", "aaa", "old wording about estates"));
            w.replace(pack("/packs/b.pdf", "bbb", "other pack"));
            assertTrue(w.indexedFiles().get("/packs/a.pdf").isCurrent("aaa"));
            w.replace(pack("/packs/a.pdf", "ccc", "new wording about digital"));
            assertFalse(w.indexedFiles().get("/packs/a.pdf").isCurrent("aaa"));
            assertTrue(w.indexedFiles().get("/packs/a.pdf").isCurrent("ccc"));
            assertEquals(Set.of("/packs/a.pdf", "/packs/b.pdf"), w.indexedFiles().keySet());
        }
        try (PackIndexWriter w = new PackIndexWriter(dir, "v2")) {
            IndexedFile a = w.indexedFiles().get("/packs/a.pdf");
            assertEquals("ccc", a.sha256());
            assertFalse(a.isCurrent("ccc"), "a new extractor version makes every file stale");
        }
        try (PackSearcher s = new PackSearcher(dir)) {
            assertTrue(s.search("estates", 10, "", "").isEmpty());
            assertEquals(1, s.search("digital", 10, "", "").size());
            List<String> exported = s.packRecordsJson();
            assertEquals(2, exported.size());
            ObjectMapper json = BoardpackJson.newMapper();
            PackRecord a = json.readValue(exported.getFirst(), PackRecord.class);
            assertEquals(pack("/packs/a.pdf", "ccc", "new wording about digital"), a);
        }
    }

    @Test
    void missingIndexAndBadQueryAreExplained() throws Exception {
        IndexException missing = assertThrows(IndexException.class, () -> new PackSearcher(tmp.resolve("none")));
        assertTrue(missing.getMessage().contains("boardpack ingest"), missing.getMessage());
        Path dir = tmp.resolve("idx");
        try (PackIndexWriter w = new PackIndexWriter(dir, "v1")) {
            w.replace(pack("/packs/a.pdf", "aaa", "text"));
        }
        try (PackSearcher s = new PackSearcher(dir)) {
            InvalidQueryException bad = assertThrows(InvalidQueryException.class, () -> s.search("\"unclosed", 5, "", ""));
            assertTrue(bad.getMessage().contains("\"unclosed"), bad.getMessage());
        }
    }
}

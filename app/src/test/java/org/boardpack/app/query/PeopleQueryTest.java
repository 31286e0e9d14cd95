package org.boardpack.app.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.boardpack.model.PackRecord;
import org.boardpack.model.SourceInfo;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.attendance.AttendanceStatus;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.model.names.BodySlug;
import org.boardpack.model.meetings.Meeting;
import org.boardpack.model.pages.PageText;
import org.boardpack.index.PackIndexWriter;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.SearchFilters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A person's record names each meeting's body as resolved, whichever name the pack printed. */
class PeopleQueryTest {

    @TempDir
    Path tmp;

    private static PackRecord pack(String path, String body, String date) {
        String id = BodySlug.of(body) + "/" + date;
        return new PackRecord(PackRecord.SCHEMA, new SourceInfo(path, Integer.toHexString(path.hashCode()).repeat(8), 1, "pdf"),
                List.of(new DocumentSpan(DocumentType.MINUTES, "Minutes", 1, 1, id)),
                List.of(new Meeting(id, body, date, null, null)), null,
                List.of(new Attendance(id, "Dave Hodgson", "Mayor", null, "DH", AttendanceStatus.PRESENT, 1)),
                List.of(), List.of(), null, List.of(new PageText(1, body + "\nPresent: Mayor Dave Hodgson")));
    }

    @Test
    void oneBoardUnderTwoNamesIsOneBodyInAPersonsRecord() throws Exception {
        Path index = tmp.resolve("index");
        try (PackIndexWriter w = new PackIndexWriter(index, "v1")) {
            w.replace(pack("/packs/blmk/minutes-2020-11-11.pdf", "BLMK Partnership Board", "2020-11-11"));
            w.replace(pack("/packs/blmk/minutes-2021-01-13.pdf", "BLMK Partnership Board", "2021-01-13"));
            w.replace(pack("/packs/blmk/pack-2021-03-10.pdf", "Partnership Board for Bedfordshire, Luton and Milton Keynes",
                    "2021-03-10"));
        }
        try (PackSearcher searcher = new PackSearcher(index)) {
            List<Person> people = new PeopleQuery().find(searcher, "Dave Hodgson", SearchFilters.NONE);
            assertEquals(1, people.size());
            assertEquals(3, people.getFirst().attendance().size());
            Set<String> bodies = people.getFirst().attendance().stream().map(r -> r.context().body()).collect(Collectors.toSet());
            assertEquals(Set.of("BLMK Partnership Board"), bodies);
        }
    }
}

package org.boardpack.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.boardpack.model.PackRecord;
import org.boardpack.model.SourceInfo;
import org.boardpack.model.actions.Action;
import org.boardpack.model.meetings.Meeting;
import org.junit.jupiter.api.Test;

/** boardpack/1 through the codec: snake_case fields, unknown lists kept null, a line per pack, fields added later ignored. */
class BoardpackCodecTest {

    private final BoardpackCodec codec = new BoardpackCodec();

    private static PackRecord pack() {
        return new PackRecord(PackRecord.SCHEMA, new SourceInfo("a.pdf", "abc", 3, "pdf"), List.of(),
                List.of(new Meeting("board/2021-01-05", "Board", "2021-01-05", null, null)), List.of(), List.of(),
                List.of(), null, List.of(), List.of());
    }

    @Test
    void aPackGoesThroughOneJsonLinesLineUnchanged() throws Exception {
        StringWriter out = new StringWriter();
        codec.writeLine(pack(), out);
        String line = out.toString();
        assertTrue(line.endsWith("\n") && line.indexOf('\n') == line.length() - 1, line);
        assertTrue(line.contains("\"agenda_items\":[]") && line.contains("\"actions\":null"), line);
        assertFalse(line.contains("warnings"), "absent when every extractor ran: " + line);
        PackRecord back = codec.pack(line);
        assertEquals(pack(), back);
        assertNull(back.actions());
    }

    @Test
    void aFieldAddedLaterIsIgnoredByThisReader() throws Exception {
        Action a = codec.record("{\"ref\": \"A1\", \"description\": \"Write\", \"colour\": \"red\"}", Action.class);
        assertEquals("A1", a.ref());
        assertEquals("Write", a.description());
    }
}

package org.boardpack.extract.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.extract.PackExtractor;
import org.boardpack.model.PackRecord;
import org.boardpack.extract.fixtures.PdfFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Minutes whose heading prints no year ({@code Date: Tuesday 24th September}) name no meeting that
 * can be dated, yet their action lines are read (with no meeting), and the initials they are
 * written with resolve through the key the paper prints in its attendees field.
 */
class UndatedMinutesActionsTest {

    @TempDir
    Path tmp;

    @Test
    void actionsOfMinutesWithoutAYearAreReadAndTheirInitialsResolvedThroughThePapersKey() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(150, 60, "Society Committee Meeting - Minutes", 14, false)
                .text(50, 100, "Location:").text(150, 100, "Discord")
                .text(50, 114, "Date:").text(150, 114, "Tuesday 24th September")
                .text(50, 128, "Time:").text(150, 128, "19:30 BST")
                .text(50, 142, "Attendees:").text(150, 142, "Holly Packer (HP) (Chairing), Rohit Jose (RJ), Marcus")
                .text(150, 156, "Gustafsson (MG), Shay Patel (SP)")
                .bold(50, 190, "1").bold(80, 190, "Future Events")
                .text(90, 206, "•").text(105, 206, "Freshers fair is on Wednesday")
                .text(90, 222, "•").bold(105, 222, "Action HP: Respond to the venue")
                .text(90, 238, "•").bold(105, 238, "Action MG: Book the room")
                .text(120, 254, "–").text(135, 254, "Action complete")
                .bold(50, 280, "2").bold(80, 280, "Publicity")
                .text(90, 296, "•").bold(105, 296, "Action ZZ: Make posters");
        PackRecord r = new PackExtractor().extract(f.ingest(tmp, "undated.pdf"), "undated.pdf");
        assertTrue(r.meetings().isEmpty(), "no year printed: no meeting can be dated");
        List<String> got = r.actions().stream()
                .map(a -> a.item() + " " + a.owner() + " " + a.ownerName() + " " + a.description() + " " + a.status())
                .toList();
        assertEquals(List.of("1 HP Holly Packer Respond to the venue null",
                "1 MG Marcus Gustafsson Book the room CLOSED",
                "2 ZZ null Make posters null"), got, "ZZ is keyed to no one");
        assertNull(r.actions().getFirst().meeting());
    }
}

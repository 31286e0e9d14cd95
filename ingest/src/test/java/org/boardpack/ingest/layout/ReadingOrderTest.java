package org.boardpack.ingest.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.fixtures.DrawnPdf;
import org.boardpack.ingest.tables.TableFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingOrderTest {

    @TempDir
    Path tmp;

    @Test
    void twoColumnsAreReadOneAfterTheOtherNotAcross() throws Exception {
        DrawnPdf pdf = new DrawnPdf().text(60, 60, "Chief Executive's Report", 14, true);
        String[] left = {"The Board received the report on", "winter pressures across the", "system and the plans to",
            "increase discharge capacity."};
        String[] right = {"Members asked for assurance", "on the impact of handover", "delays on patients waiting",
            "in the community."};
        for (int i = 0; i < left.length; i++) {
            pdf.text(60, 100 + i * 14, left[i]).text(320, 100 + i * 14, right[i]);
        }
        Page page = new FileIngester().ingest(pdf.save(tmp.resolve("columns.pdf"))).pages().getFirst();
        String text = new ReadingOrder().text(page, List.of());
        assertTrue(text.startsWith("Chief Executive's Report"), text);
        assertTrue(text.indexOf("increase discharge capacity.") < text.indexOf("Members asked for assurance"),
                "the left column is read to its end first: " + text);
        assertTrue(text.contains("The Board received the report on\nwinter pressures across the"), text);
    }

    @Test
    void aTablesActionColumnStaysInItsRow() throws Exception {
        DrawnPdf pdf = new DrawnPdf().grid(new float[] {50, 90, 430, 540}, new float[] {100, 120, 180})
                .text(55, 114, "Item", 10, true).text(95, 114, "Discussion", 10, true).text(435, 114, "Action", 10, true)
                .text(55, 134, "6").text(95, 134, "Agreed: That the SOC for MKUH development be supported")
                .text(95, 148, "and letter of support from the ICS be provided.").text(435, 134, "Action 31")
                .text(435, 148, "Chair")
                .text(60, 220, "The meeting closed at 18:01hrs");
        Page page = new FileIngester().ingest(pdf.save(tmp.resolve("minutes.pdf"))).pages().getFirst();
        String text = new ReadingOrder().text(page, TableFinder.standard().onPage(page));
        assertTrue(text.contains("6 | Agreed: That the SOC for MKUH development be supported and letter of support from "
                + "the ICS be provided. | Action 31 Chair"), text);
        assertTrue(text.endsWith("The meeting closed at 18:01hrs"), text);
        assertEquals(-1, text.indexOf("supported Action 31"), "the action column is not read into the paragraph");
    }
}

package org.boardpack.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * {@code /page.png} draws a page of an indexed PDF, with a record's box marked when asked: a PNG
 * for a page the file has, 404 for any other file or page, 400 for a box that is not one. The
 * drawn paper of the test index (a US Letter page, its lines near the top) is the page looked at.
 */
class PageImageTest extends ServerTestBase {

    private static final String DRAWN = "harbour-board-2024-03-12.pdf";
    /** Empty paper on the drawn page, in points from its top-left corner. */
    private static final String BOX = "100,400,300,500";

    @Test
    void anIndexedPageIsAPng() throws IOException {
        HttpResponse<byte[]> r = http.bytes("/page.png?path=" + enc(drawnPath()) + "&page=1");
        assertEquals(200, r.statusCode());
        assertEquals("image/png", r.headers().firstValue("content-type").orElseThrow());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(r.body()));
        assertEquals(612.0 / 792.0, image.getWidth() / (double) image.getHeight(), 0.01, "the page's shape");
        assertTrue(Math.max(image.getWidth(), image.getHeight()) <= 1_600, image.getWidth() + "x" + image.getHeight());
    }

    @Test
    void theBoxIsDrawnWhereTheRecordSaysAndNowhereElse() throws IOException {
        BufferedImage plain = image("/page.png?path=" + enc(drawnPath()) + "&page=1");
        BufferedImage marked = image("/page.png?path=" + enc(drawnPath()) + "&page=1&box=" + BOX);
        double scale = marked.getWidth() / 612.0;
        int[] inside = {(int) (200 * scale), (int) (450 * scale)};
        int[] edge = {(int) Math.round(100 * scale), (int) (450 * scale)};
        int[] outside = {(int) (400 * scale), (int) (450 * scale)};
        assertWhite(plain, inside);
        assertWhite(plain, edge);
        int in = marked.getRGB(inside[0], inside[1]);
        assertTrue(red(in) > 240 && blue(in) < 220 && blue(in) > 120, "tinted inside: " + Integer.toHexString(in));
        int outline = marked.getRGB(edge[0], edge[1]);
        assertTrue(red(outline) > 150 && green(outline) < 90 && blue(outline) < 90, "outlined: " + Integer.toHexString(outline));
        assertWhite(marked, outside);
    }

    @Test
    void anyOtherFileOrPageIs404() {
        String drawn = drawnPath();
        assertEquals(404, http.get("/page.png?path=" + enc(TestIndex.get().notIndexed.toString()) + "&page=1").statusCode());
        assertEquals(404, http.get("/page.png?path=" + enc("/etc/passwd") + "&page=1").statusCode());
        assertEquals(404, http.get("/page.png?path=" + enc(drawn) + "&page=2").statusCode());
        assertEquals(404, http.get("/page.png?path=" + enc(drawn) + "&page=99999").statusCode());
        assertEquals(400, http.get("/page.png?path=" + enc(drawn) + "&page=1&box=1,2,3").statusCode());
        assertEquals(400, http.get("/page.png?path=" + enc(drawn) + "&page=1&box=300,400,100,500").statusCode());
        assertEquals(400, http.get("/page.png?path=" + enc(drawn) + "&page=1&box=0,0,NaN,1").statusCode());
        assertEquals(400, http.get("/page.png?path=" + enc(drawn)).statusCode());
    }

    @Test
    void aTableHitLinksItsPageWithItsBoxMarked() throws IOException {
        JsonNode table = firstOf("table");
        String page = http.get("/?q=" + enc("*:*") + "&type=table").body();
        Matcher m = Pattern.compile("<a class=\"page-image\" href=\"([^\"]+)\">").matcher(page);
        assertTrue(m.find(), page);
        String href = m.group(1).replace("&amp;", "&");
        assertTrue(href.contains("box="), href);
        JsonNode bbox = table.get("record").get("bbox");
        assertEquals(4, bbox.size(), table.toString());
        HttpResponse<byte[]> r = http.bytes(href);
        assertEquals(200, r.statusCode(), href);
        assertTrue(ImageIO.read(new ByteArrayInputStream(r.body())).getWidth() > 0);
    }

    private static String drawnPath() {
        JsonNode hits = Http.json(http.get("/api/search?q=" + enc("Harbour") + "&size=50")).get("hits");
        for (JsonNode h : hits) {
            if (h.get("path").asText().endsWith(DRAWN)) {
                return h.get("path").asText();
            }
        }
        throw new AssertionError("the drawn paper is not in the test index: " + hits);
    }

    private static BufferedImage image(String url) throws IOException {
        HttpResponse<byte[]> r = http.bytes(url);
        assertEquals(200, r.statusCode(), url);
        return ImageIO.read(new ByteArrayInputStream(r.body()));
    }

    private static void assertWhite(BufferedImage image, int[] at) {
        int rgb = image.getRGB(at[0], at[1]);
        assertTrue(red(rgb) > 245 && green(rgb) > 245 && blue(rgb) > 245, "white at " + at[0] + "," + at[1] + ": "
                + Integer.toHexString(rgb));
    }

    private static int red(int rgb) {
        return (rgb >> 16) & 0xff;
    }

    private static int green(int rgb) {
        return (rgb >> 8) & 0xff;
    }

    private static int blue(int rgb) {
        return rgb & 0xff;
    }
}

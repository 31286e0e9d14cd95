package org.boardpack.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A page of an indexed PDF as a PNG, with a record's box marked (a translucent fill and a thick
 * outline, so it shows without colour too). Pages are rendered by PDFBox at screen resolution, the
 * longer side at most {@link #MAX_SIDE} pixels whatever the page size; files over
 * {@link #MAX_FILE_BYTES} are not opened; at most {@link #RENDERING} pages render at once (each
 * holds a bitmap); the images made are kept, the most recent first, up to {@link #KEPT_BYTES}.
 * Which files may be rendered is the caller's check ({@link IndexedFiles}).
 */
final class PageImages {

    static final int MAX_SIDE = 1_600;
    static final float DPI = 110f;
    static final long MAX_FILE_BYTES = 100L << 20;
    static final long KEPT_BYTES = 32L << 20;
    static final int RENDERING = 2;
    static final Color FILL = new Color(255, 214, 0, 70);
    static final Color OUTLINE = new Color(200, 0, 0);

    private record Key(Path file, int page, PageBox box) {
    }

    private final Semaphore rendering = new Semaphore(RENDERING);
    private long keptBytes;
    private final Map<Key, byte[]> kept = new LinkedHashMap<>(32, 0.75f, true);

    /** The PNG of {@code page} (1-based) of {@code file}, {@code box} marked when given; a page the file lacks is a 404. */
    byte[] png(Path file, int page, PageBox box) throws IOException, InterruptedException {
        Key key = new Key(file, page, box);
        synchronized (kept) {
            byte[] png = kept.get(key);
            if (png != null) {
                return png;
            }
        }
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            throw HttpProblem.notFound("only PDF pages are drawn; open the file itself");
        }
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw HttpProblem.notFound("the file is over " + (MAX_FILE_BYTES >> 20) + " MB: open the PDF itself");
        }
        rendering.acquire();
        byte[] png;
        try {
            png = render(file, page, box);
        } catch (HttpProblem e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // changed or damaged since it was indexed: say which file and page, not a stack trace
            throw HttpProblem.unreadable("page " + page + " of " + file + " cannot be drawn: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + "; open the PDF itself");
        } finally {
            rendering.release();
        }
        synchronized (kept) {
            if (kept.put(key, png) == null) {
                keptBytes += png.length;
            }
            var eldest = kept.entrySet().iterator();
            while (keptBytes > KEPT_BYTES && eldest.hasNext()) {
                keptBytes -= eldest.next().getValue().length;
                eldest.remove();
            }
        }
        return png;
    }

    private static byte[] render(Path file, int page, PageBox box) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            if (page < 1 || page > pdf.getNumberOfPages()) {
                throw HttpProblem.notFound("the file has " + pdf.getNumberOfPages() + " page(s), not a page " + page);
            }
            PDPage p = pdf.getPage(page - 1);
            boolean turned = p.getRotation() % 180 != 0;
            float width = turned ? p.getCropBox().getHeight() : p.getCropBox().getWidth();
            float height = turned ? p.getCropBox().getWidth() : p.getCropBox().getHeight();
            float scale = Math.min(DPI / 72f, MAX_SIDE / Math.max(1f, Math.max(width, height)));
            BufferedImage image = new PDFRenderer(pdf).renderImage(page - 1, scale, ImageType.RGB);
            if (box != null) {
                mark(image, box, scale);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
    }

    /** The box in the page's own coordinates (points from the top-left of what is shown), scaled to the image. */
    private static void mark(BufferedImage image, PageBox box, float scale) {
        Graphics2D g = image.createGraphics();
        try {
            Rectangle2D r = new Rectangle2D.Float(box.x0() * scale, box.y0() * scale, (box.x1() - box.x0()) * scale,
                    (box.y1() - box.y0()) * scale);
            g.setColor(FILL);
            g.fill(r);
            g.setColor(OUTLINE);
            g.setStroke(new BasicStroke(3f));
            g.draw(r);
        } finally {
            g.dispose();
        }
    }
}

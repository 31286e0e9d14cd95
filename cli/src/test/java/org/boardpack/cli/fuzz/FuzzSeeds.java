package org.boardpack.cli.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The PDFs mutated: real files, each as it is and re-saved by PDFBox without compression. Most
 * writers hide their objects in compressed object streams and an xref stream, where a text-level
 * edit cannot reach a /Parent or an xref entry; the open copy exposes them to every mutation.
 */
public final class FuzzSeeds {

    /** A seed PDF: its name in the report and its bytes as Latin-1 text. */
    public record Seed(String name, String pdf) {
    }

    private FuzzSeeds() {
    }

    public static List<Seed> of(List<Path> files) {
        List<Seed> seeds = new ArrayList<>();
        for (Path file : files) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                String name = file.getFileName().toString();
                seeds.add(new Seed(name, new String(bytes, StandardCharsets.ISO_8859_1)));
                seeds.add(new Seed(name + "[uncompressed]", new String(uncompressed(bytes), StandardCharsets.ISO_8859_1)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make fuzz seeds of " + file, e);
            }
        }
        return seeds;
    }

    private static byte[] uncompressed(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // a PDF encrypted with an empty user password opens, but can only be saved decrypted
            doc.setAllSecurityToBeRemoved(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length * 2);
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }
}

package org.boardpack.corpus.eval;

import java.util.Locale;

/** Groups a PDF's self-declared producer into the families the evaluator reports apart. */
final class Producers {

    private Producers() {
    }

    static String family(String producer) {
        if (producer == null) {
            return "unknown";
        }
        String p = producer.toLowerCase(Locale.ROOT);
        if (p.contains("libreoffice") || p.contains("openoffice")) {
            return "libreoffice";
        }
        if (p.contains("skia") || p.contains("chrom")) {
            return "chromium";
        }
        if (p.contains("pdfbox") || p.contains("boardpack")) {
            return "pdfbox";
        }
        if (p.contains("microsoft") || p.contains("word")) {
            return "word";
        }
        if (p.contains("quartz") || p.contains("mac os")) {
            return "quartz";
        }
        return "other";
    }
}

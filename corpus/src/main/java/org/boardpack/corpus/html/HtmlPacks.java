package org.boardpack.corpus.html;

import java.util.Locale;
import org.boardpack.corpus.RenderedPack;
import org.boardpack.corpus.Rng;
import org.boardpack.corpus.council.CouncilPack;
import org.boardpack.corpus.council.CouncilPlan;
import org.boardpack.corpus.council.CouncilPlanner;
import org.boardpack.corpus.nhs.NhsPack;
import org.boardpack.corpus.nhs.NhsPlan;
import org.boardpack.corpus.nhs.NhsPlanner;

/**
 * Packs for LibreOffice and Chromium: the same plan as the PDFBox renderers draw from a seed,
 * written as a flowing document. The answers come from the PDFBox rendering of that seed, so the
 * two corpora agree on every name, date and decision; only page numbers differ.
 */
public final class HtmlPacks {

    private HtmlPacks() {
    }

    public static PackSource of(String style, long seed) {
        return switch (style.toLowerCase(Locale.ROOT)) {
            case "nhs" -> nhs(seed);
            case "council" -> council(seed);
            default -> throw new IllegalArgumentException("unknown style " + style + " (nhs or council)");
        };
    }

    public static PackSource nhs(long seed) {
        Rng rng = new Rng(seed);
        NhsPlan plan = new NhsPlanner(rng).draw();
        Built built = new NhsDocumentBuilder(plan).build(rng);
        RenderedPack pdfbox = NhsPack.render(seed);
        return new PackSource(pdfbox.name(), built.document(), pdfbox.answers(), built.anchors());
    }

    public static PackSource council(long seed) {
        CouncilPlan plan = new CouncilPlanner(new Rng(seed)).draw();
        RenderedPack pdfbox = CouncilPack.render(seed);
        Built built = new CouncilDocumentBuilder(plan, PaperPages.of(plan, pdfbox.answers())).build();
        return new PackSource(pdfbox.name(), built.document(), pdfbox.answers(), built.anchors());
    }

    /** As {@link #council(long)}, printing the Page Nos. column from answers already repaginated. */
    public static PackSource council(long seed, org.boardpack.extract.PackRecord paginated) {
        CouncilPlan plan = new CouncilPlanner(new Rng(seed)).draw();
        RenderedPack pdfbox = CouncilPack.render(seed);
        Built built = new CouncilDocumentBuilder(plan, PaperPages.of(plan, paginated)).build();
        return new PackSource(pdfbox.name(), built.document(), pdfbox.answers(), built.anchors());
    }
}

package org.boardpack.corpus.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.boardpack.corpus.DrawnPack;
import org.boardpack.corpus.RenderedPack;
import org.boardpack.corpus.Rng;
import org.boardpack.corpus.charity.CharityPack;
import org.boardpack.corpus.charity.CharityPlan;
import org.boardpack.corpus.charity.CharityPlanner;
import org.boardpack.corpus.council.CouncilPack;
import org.boardpack.corpus.council.CouncilPlan;
import org.boardpack.corpus.council.CouncilPlanner;
import org.boardpack.corpus.nhs.NhsPack;
import org.boardpack.corpus.nhs.NhsPlan;
import org.boardpack.corpus.nhs.NhsPlanner;
import org.boardpack.model.PackRecord;

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
            case "charity" -> charity(seed);
            default -> throw new IllegalArgumentException("unknown style " + style + " (nhs, council or charity)");
        };
    }

    public static PackSource nhs(long seed) {
        Rng rng = new Rng(seed);
        NhsPlan plan = new NhsPlanner(rng).draw();
        DrawnPack<NhsPlan.Report> pdfbox = NhsPack.draw(seed);
        Built built = new NhsDocumentBuilder(plan).build(rng, pdfbox.papers());
        return source(pdfbox, built);
    }

    public static PackSource council(long seed) {
        return council(seed, null);
    }

    /**
     * As {@link #council(long)}, printing the Page Nos. column from answers already repaginated
     * ({@code paginated}), or from the PDFBox pages when it is null.
     */
    public static PackSource council(long seed, PackRecord paginated) {
        CouncilPlan plan = new CouncilPlanner(new Rng(seed)).draw();
        DrawnPack<CouncilPlan.Report> pdfbox = CouncilPack.draw(seed);
        PaperPages pages = PaperPages.of(plan, paginated == null ? pdfbox.pack().answers() : paginated);
        return source(pdfbox, new CouncilDocumentBuilder(plan, pages).build(pdfbox.papers()));
    }

    public static PackSource charity(long seed) {
        CharityPlan plan = new CharityPlanner(new Rng(seed)).draw();
        DrawnPack<CharityPlan.Paper> pdfbox = CharityPack.draw(seed);
        return source(pdfbox, new CharityDocumentBuilder(plan).build(pdfbox.papers()));
    }

    /** The PDFBox answers with the tables as the document prints them, and the tables' anchors after the rest. */
    private static PackSource source(DrawnPack<?> pdfbox, Built built) {
        RenderedPack pack = pdfbox.pack();
        PackRecord a = pack.answers();
        DocumentTables tables = DocumentTables.of(built.document(), a.tables());
        PackRecord answers = new PackRecord(a.schema(), a.source(), a.documents(), a.meetings(), a.agendaItems(),
                a.attendance(), a.decisions(), a.actions(), tables.tables(), a.pages());
        List<Anchor> anchors = new ArrayList<>(built.anchors());
        anchors.addAll(tables.anchors());
        return new PackSource(pack.name(), built.document(), answers, anchors);
    }
}

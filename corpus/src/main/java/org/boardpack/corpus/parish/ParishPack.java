package org.boardpack.corpus.parish;

import org.boardpack.corpus.PackAnswers;
import org.boardpack.corpus.RenderedPack;
import org.boardpack.corpus.Rng;
import org.boardpack.corpus.Variations;
import org.boardpack.corpus.Slug;
import org.boardpack.corpus.SourceInfos;
import org.boardpack.corpus.pdf.Decor;
import org.boardpack.corpus.pdf.Look;
import org.boardpack.corpus.pdf.PageWriter;

/**
 * Renders one parish or town council file: in some, the summons and agenda of the next meeting
 * before the minutes of this one; in the rest, the minutes alone (a minutes-only file still has
 * agenda items: its numbered headings).
 */
public final class ParishPack {

    private ParishPack() {
    }

    public static RenderedPack render(long seed) {
        return render(seed, Variations.NONE);
    }

    /** The file with the given variations of the house style. */
    public static RenderedPack render(long seed, Variations variations) {
        ParishPlan plan = new ParishPlanner(new Rng(seed), variations, seed).draw();
        PageWriter w = new PageWriter(Look.draw(Rng.variation(seed)));
        PackAnswers answers = new PackAnswers();
        if (plan.layout().withAgenda()) {
            new ParishAgendaRenderer(w, answers, variations).render(plan);
        }
        new ParishMinutesRenderer(w, answers, variations).render(plan);
        String name = "parish-" + Slug.of(plan.body()) + "-" + plan.date();
        int total = w.pageNumber();
        byte[] pdf = w.finish(name + "/" + seed, Decor.pageLabel(p -> "Page " + p), answers.outline());
        return new RenderedPack(name, pdf, answers.build(SourceInfos.pdf(name + ".pdf", pdf, total)));
    }
}

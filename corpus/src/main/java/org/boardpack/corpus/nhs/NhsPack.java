package org.boardpack.corpus.nhs;

import org.boardpack.corpus.PackAnswers;
import org.boardpack.corpus.RenderedPack;
import org.boardpack.corpus.Rng;
import org.boardpack.corpus.SourceInfos;
import org.boardpack.corpus.nhs.NhsPlan.Report;
import org.boardpack.corpus.pdf.PageWriter;

/** Renders one NHS partnership board pack: agenda, previous minutes, action log, papers. */
public final class NhsPack {

    private NhsPack() {
    }

    public static RenderedPack render(long seed) {
        Rng rng = new Rng(seed);
        NhsPlan plan = new NhsPlanner(rng).draw();
        PageWriter w = new PageWriter();
        PackAnswers answers = new PackAnswers();
        new NhsAgendaRenderer(w, answers).render(plan);
        new NhsMinutesRenderer(w, answers).render(plan);
        new NhsActionLogRenderer(w, answers).render(plan);
        NhsReportRenderer reports = new NhsReportRenderer(w, answers, rng);
        for (Report r : plan.reports()) {
            reports.render(plan, r);
        }
        String name = "nhs-partnership-" + plan.area().abbr().toLowerCase(java.util.Locale.ROOT) + "-"
                + plan.packDate();
        int pages = w.pageNumber();
        byte[] pdf = w.finish(name + "/" + seed, p -> "Page " + p + " of " + pages);
        return new RenderedPack(name, pdf, answers.build(SourceInfos.pdf(name + ".pdf", pdf, pages)));
    }
}

package org.boardpack.corpus.charity;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.corpus.Dates;
import org.boardpack.corpus.DrawnPack;
import org.boardpack.corpus.PackAnswers;
import org.boardpack.corpus.RenderedPack;
import org.boardpack.corpus.Rng;
import org.boardpack.corpus.Variations;
import org.boardpack.corpus.Slug;
import org.boardpack.corpus.SourceInfos;
import org.boardpack.corpus.charity.CharityPlan.Paper;
import org.boardpack.corpus.longreport.LongReport;
import org.boardpack.corpus.longreport.LongReportWriter;
import org.boardpack.corpus.longreport.PageBudget;
import org.boardpack.corpus.longreport.PrintedPaper;
import org.boardpack.corpus.longreport.Vocabularies;
import org.boardpack.corpus.longreport.Vocabulary;
import org.boardpack.corpus.pdf.Decor;
import org.boardpack.corpus.pdf.Look;
import org.boardpack.corpus.pdf.PageWriter;

/**
 * Renders one charity board pack: agenda, minutes of the previous meeting, and the papers behind
 * the agenda (long reports), with the charity's footer line and a page number on every page.
 */
public final class CharityPack {

    private CharityPack() {
    }

    public static RenderedPack render(long seed) {
        return draw(seed).pack();
    }

    /** The pack with the given variations of the house style. */
    public static RenderedPack render(long seed, Variations variations) {
        return draw(seed, variations).pack();
    }

    /** The pack with its papers, all long reports, in print order. */
    public static DrawnPack<Paper> draw(long seed) {
        return draw(seed, Variations.NONE);
    }

    private static DrawnPack<Paper> draw(long seed, Variations variations) {
        CharityPlan plan = new CharityPlanner(new Rng(seed)).draw();
        // look and long reports from a second stream, so the plan a seed gives does not depend on them
        Rng vary = Rng.variation(seed);
        PageWriter w = new PageWriter(Look.draw(vary));
        PackAnswers answers = new PackAnswers();
        new CharityAgendaRenderer(w, answers, variations).render(plan);
        new CharityMinutesRenderer(w, answers, variations).render(plan);
        List<Integer> budget = PageBudget.split(vary, w.pageNumber(), plan.papers().size());
        Vocabulary vocab = Vocabularies.charity(List.of("the north of the county", "the city centre",
                "the coastal towns", "the rural west"), List.of("The National Lottery Community Fund",
                "the local authority", "the Integrated Care Board", "a charitable trust"));
        LongReportWriter longs = new LongReportWriter(w, answers, vary, vocab);
        String when = plan.meetingTitle() + ", " + Dates.dayMonthYear(plan.packDate());
        List<PrintedPaper<Paper>> papers = new ArrayList<>();
        for (int i = 0; i < plan.papers().size(); i++) {
            Paper p = plan.papers().get(i);
            LongReport report = new LongReport(p.title(), p.agendaNumber(), p.author().name() + ", "
                    + p.author().role(), plan.packDate(), p.label() + " \u2013 " + when, plan.packMeetingId(),
                    budget.get(i), vary.chance(0.7), i == 1 && vary.chance(0.5));
            papers.add(new PrintedPaper.Composed<>(longs.write(report)));
        }
        String name = "charity-" + Slug.of(plan.charity()) + "-" + plan.packDate();
        int pages = w.pageNumber();
        String footer = plan.charity() + " \u00b7 Registered charity no. " + plan.regNumber()
                + " \u00b7 Registered office: " + plan.office();
        byte[] pdf = w.finish(name + "/" + seed, new Decor(p -> "Page " + p, footer), answers.outline());
        return new DrawnPack<>(new RenderedPack(name, pdf, answers.build(SourceInfos.pdf(name + ".pdf", pdf, pages))),
                papers);
    }
}

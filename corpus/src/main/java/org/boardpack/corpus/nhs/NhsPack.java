package org.boardpack.corpus.nhs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.boardpack.corpus.Dates;
import org.boardpack.corpus.DrawnPack;
import org.boardpack.corpus.PackAnswers;
import org.boardpack.corpus.RenderedPack;
import org.boardpack.corpus.Rng;
import org.boardpack.corpus.Variations;
import org.boardpack.corpus.SourceInfos;
import org.boardpack.corpus.longreport.LongReport;
import org.boardpack.corpus.longreport.LongReportWriter;
import org.boardpack.corpus.longreport.PageBudget;
import org.boardpack.corpus.longreport.PrintedPaper;
import org.boardpack.corpus.longreport.Vocabularies;
import org.boardpack.corpus.longreport.Vocabulary;
import org.boardpack.corpus.nhs.NhsPlan.Report;
import org.boardpack.corpus.pdf.Decor;
import org.boardpack.corpus.pdf.Look;
import org.boardpack.corpus.pdf.PageWriter;
import org.boardpack.corpus.people.Person;

/**
 * Renders one NHS partnership board pack: agenda, previous minutes, action log, and the papers,
 * with long performance and finance reports among them. The look and the long reports come from
 * a second random stream, so the {@link NhsPlan} a seed gives is the same whatever they are.
 */
public final class NhsPack {

    /** Estimated pages of one cover sheet and its report, to budget the long reports before drawing them. */
    private static final int PAGES_PER_PAPER = 3;

    private NhsPack() {
    }

    public static RenderedPack render(long seed) {
        return draw(seed).pack();
    }

    /** The pack with the given variations of the house style. */
    public static RenderedPack render(long seed, Variations variations) {
        Rng rng = new Rng(seed);
        return draw(new NhsPlanner(rng).draw(), rng, seed, variations).pack();
    }

    /** The pack with its papers in print order. */
    public static DrawnPack<Report> draw(long seed) {
        Rng rng = new Rng(seed);
        return draw(new NhsPlanner(rng).draw(), rng, seed);
    }

    /**
     * The pack of a plan drawn elsewhere; {@code rng} goes on to draw the reports' contents and
     * {@code seed} gives the look, so the months of a series can share one look.
     */
    static DrawnPack<Report> draw(NhsPlan plan, Rng rng, long seed) {
        return draw(plan, rng, seed, Variations.NONE);
    }

    private static DrawnPack<Report> draw(NhsPlan plan, Rng rng, long seed, Variations variations) {
        Rng vary = Rng.variation(seed);
        PageWriter w = new PageWriter(Look.draw(vary));
        PackAnswers answers = new PackAnswers();
        new NhsAgendaRenderer(w, answers).render(plan);
        new NhsMinutesRenderer(w, answers, variations).render(plan);
        new NhsActionLogRenderer(w, answers, variations).render(plan);
        NhsReportRenderer reports = new NhsReportRenderer(w, answers, rng);
        List<Integer> budget = PageBudget.split(vary, w.pageNumber() + PAGES_PER_PAPER * plan.reports().size());
        Vocabulary vocab = Vocabularies.nhs(plan.area().places(), List.of(plan.area().acuteShort(),
                plan.area().mentalHealthShort(), plan.area().communityShort(), plan.area().abbr() + " CCG"));
        LongReportWriter longs = new LongReportWriter(w, answers, vary, vocab);
        String updates = plan.agenda().get(plan.agenda().size() - 2).number();
        List<PrintedPaper<Report>> papers = new ArrayList<>();
        for (int i = 0; i < Math.max(budget.size(), plan.reports().size()); i++) {
            if (i < budget.size()) {
                papers.add(new PrintedPaper.Composed<>(longs.write(longReport(plan, vary, vocab, budget.get(i),
                        updates + (char) ('c' + i)))));
            }
            if (i < plan.reports().size()) {
                Report r = plan.reports().get(i);
                reports.render(plan, r);
                papers.add(new PrintedPaper.Planned<>(r));
            }
        }
        String name = "nhs-partnership-" + plan.area().abbr().toLowerCase(Locale.ROOT) + "-" + plan.packDate();
        int pages = w.pageNumber();
        byte[] pdf = w.finish(name + "/" + seed, Decor.pageLabel(p -> "Page " + p + " of " + pages), answers.outline());
        return new DrawnPack<>(new RenderedPack(name, pdf, answers.build(SourceInfos.pdf(name + ".pdf", pdf, pages))),
                papers);
    }

    private static LongReport longReport(NhsPlan plan, Rng vary, Vocabulary vocab, int pages, String item) {
        Person author = vary.pick(plan.members().subList(1, plan.members().size()));
        String title = vary.pick(vocab.titles()).title() + " \u2013 " + Dates.month(plan.packDate().minusMonths(1))
                + " " + plan.packDate().minusMonths(1).getYear();
        String header = plan.body() + " \u2013 " + Dates.dayMonthYear(plan.packDate()) + " \u2013 Agenda item " + item;
        return new LongReport(title, item, author.name() + ", " + author.role(), plan.packDate(), header,
                plan.packMeetingId(), pages, vary.chance(0.6), vary.chance(0.5));
    }
}

package org.boardpack.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.boardpack.ingest.Word;
import org.boardpack.ingest.fixtures.UnmappedFontPdf;
import org.junit.jupiter.api.Test;

/** The page-level judgement, on words as a PDF's text layer gives them. */
class GarbledTextCheckTest {

    private static final String MINUTES = String.join(" ", GarbledTextLayerTest.MINUTES);
    private static final GlyphCount MAPPED = new GlyphCount(2000, 0);
    private static final GlyphCount UNMAPPED = new GlyphCount(2000, 1800);

    @Test
    void englishMinutesAreReadable() {
        assertFalse(garbled(MINUTES, MAPPED));
        // even when the fonts have no mapping: old TeX fonts put letters at their ASCII codes
        assertFalse(garbled(MINUTES, UNMAPPED));
    }

    @Test
    void symbolsAndDigitsInPlaceOfWordsAreGarbled() {
        String junk = "6',8 /398+74,8.+2++8/3-.+1*43 8. '6). '8 52/38.+%/11'-+'11 6+7+38116')0+88 .'/62'3 "
                + "116'9*;+11 %/)+.'/62'3 1167 4;+117 67'='3*7)43'-. 388+3*'3)+ +564+%6..4.#%-9'..";
        GarbledTextCheck.Verdict verdict = GarbledTextCheck.judge(words(junk), MAPPED);
        assertTrue(verdict.garbled());
        assertEquals("symbols in place of words", verdict.evidence());
    }

    @Test
    void controlAndPrivateUseCharactersInPlaceOfWordsAreGarbled() {
        assertTrue(garbled(map(MINUTES, c -> c == ' ' ? c : c % 32 + 1), MAPPED));
        assertTrue(garbled(map(MINUTES, c -> c == ' ' ? c : 0xF000 + c), MAPPED));
    }

    @Test
    void lettersShiftedIntoOtherLettersMakeNoLanguage() {
        String page = MINUTES + " " + MINUTES;
        for (int by : new int[] {2, 3, 8, 10, 17, 24}) {
            GarbledTextCheck.Verdict verdict = GarbledTextCheck.judge(words(map(page, UnmappedFontPdf.shifted(by))), MAPPED);
            assertTrue(verdict.garbled(), "shifted by " + by);
            assertEquals("letters that make no words of a language", verdict.evidence());
        }
    }

    @Test
    void withUnmappedGlyphsUncommonLettersAreEnoughWhateverTheFunctionWords() {
        // shifted body text under a heading in a font that maps: the heading's function words are real
        String page = "Minutes of the meeting of the Council and of its Committee to be held in the Hall "
                + map(MINUTES + " " + MINUTES, UnmappedFontPdf.shifted(3));
        assertFalse(garbled(page, MAPPED));
        assertTrue(garbled(page, UNMAPPED));
    }

    @Test
    void unmappedGlyphsLowerTheBar() {
        // a third of the words junk: not enough on its own, enough when most glyphs have no mapping
        String[] tokens = MINUTES.split(" ");
        for (int i = 0; i < tokens.length; i += 3) {
            tokens[i] = "+'8#%";
        }
        String third = String.join(" ", tokens);
        assertFalse(garbled(third, MAPPED));
        assertTrue(garbled(third, UNMAPPED));
        // a composite font's unmapped glyphs are dropped: glyphs drawn, no text left
        assertTrue(garbled("", UNMAPPED));
        // a scan draws no glyphs: not garbled, just without text
        assertFalse(garbled("", GlyphCount.NONE));
    }

    @Test
    void textOfOtherScriptsAndLanguagesIsReadable() {
        assertFalse(garbled("اجتماع مجلس الإدارة المنعقد يوم الثلاثاء الموافق ١٨ مارس ٢٠١٤ في مقر الشركة "
                + "وحضره السادة أعضاء المجلس وتمت الموافقة على محضر الاجتماع السابق", MAPPED));
        assertFalse(garbled("董事会会议记录 二零一四年三月十八日 出席 主席 秘书 会议通过了上次会议的记录 并批准了年度预算 "
                + "财务委员会报告 审计 其他事项 下次会议日期 散会 记录人", MAPPED));
        assertFalse(garbled("Протокол заседания совета директоров от 18 марта 2014 года. Присутствовали: председатель, "
                + "секретарь и члены совета. Решили утвердить отчёт.", MAPPED));
        assertFalse(garbled("Procès-verbal de la réunion du conseil municipal tenue le 18 mars 2014 à la mairie. Étaient "
                + "présents le maire et les conseillers. Le compte rendu de la dernière réunion est approuvé par le "
                + "conseil et signé par le président. Le budget pour l'année est adopté à l'unanimité des membres.", MAPPED));
        assertFalse(garbled("Protokół z posiedzenia rady gminy odbytego w dniu 18 marca 2014 roku w sali konferencyjnej "
                + "urzędu. Obecni byli przewodniczący rady, sekretarz oraz członkowie komisji. Rada przyjęła protokół z "
                + "poprzedniego posiedzenia bez uwag. Skarbnik przedstawiła sprawozdanie finansowe za ubiegły rok.", MAPPED));
        assertFalse(garbled("Biên bản cuộc họp hội đồng quản trị ngày 18 tháng 3 năm 2014 tại trụ sở công ty. Thành phần "
                + "tham dự gồm chủ tịch hội đồng quản trị, thư ký và các thành viên. Hội đồng đã thông qua biên bản cuộc "
                + "họp trước và phê duyệt báo cáo tài chính năm. Các thành viên thống nhất kế hoạch kinh doanh.", MAPPED));
        assertFalse(garbled("Jegyzőkönyv a képviselő-testület 2014. március 18-án tartott üléséről a községházán. Jelen "
                + "voltak a polgármester, a jegyző és a képviselők. A testület egyhangúlag elfogadta az előző ülés "
                + "jegyzőkönyvét. A pénzügyi bizottság elnöke ismertette a tavalyi költségvetés beszámolóját.", MAPPED));
        assertFalse(garbled("Cofnodion cyfarfod y cyngor a gynhaliwyd yn Neuadd y Pentref ar 18 Mawrth 2014. Yn bresennol "
                + "roedd y Cadeirydd a'r Clerc. Cytunwyd bod cofnodion y cyfarfod diwethaf yn gywir ac fe'u "
                + "llofnodwyd gan y Cadeirydd. Nododd y Clerc fod yr adeilad yn gymwys am ryddhad ardrethi.", MAPPED));
    }

    @Test
    void tablesOfNumbersAndLeadersDrawnInUnmappedGlyphsAreReadable() {
        assertFalse(garbled("Precept 12,500 12,000 Grants (1,250) (900) Salaries 8,431.20 7,912.05 VAT 1,024 "
                + "18/03/2014 25/02/2014 Q3 Q4 2013/14 2012/13 4.5% 3.9% £250 £310", MAPPED));
        StringBuilder leaders = new StringBuilder();
        for (String item : new String[] {"Defense", "Non-defense", "Social Security", "Medicare", "Medicaid",
            "Net interest", "Total outlays", "Individual income taxes", "Corporation income taxes"}) {
            leaders.append(item).append(" \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD 1,234 1,301 1,356 1,402 ");
        }
        assertFalse(garbled(leaders.toString(), MAPPED));
    }

    @Test
    void tooFewWordsAreNotJudged() {
        assertFalse(garbled("+'88+3- 6+7+3 %8; #.)%", MAPPED));
    }

    private static boolean garbled(String text, GlyphCount glyphs) {
        return GarbledTextCheck.judge(words(text), glyphs).garbled();
    }

    private static String map(String text, IntUnaryOperator codes) {
        StringBuilder out = new StringBuilder();
        text.chars().map(codes).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        float x = 0;
        for (String t : text.split(" ")) {
            if (!t.isEmpty()) {
                words.add(new Word(t, x, 100, x + t.length() * 5, 110, "F1", 10, false));
                x += t.length() * 5 + 3;
            }
        }
        return words;
    }
}

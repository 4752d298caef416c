package uk.safeshare.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** Arabic-script text in a PDF reads as it does on the page: letters joined, words right to left. */
class AccessiblePdfTest {

    /** "What happens to your information" in Arabic. */
    static final String SENTENCE = "ماذا يحدث لمعلوماتك";

    private static String document(String lang, String dir, String body) {
        return """
                <html xmlns="http://www.w3.org/1999/xhtml" lang="%s" dir="%s"><head><meta charset="utf-8"/><title>Test</title>
                <style>body { font-family: %s; font-size: 14pt; }</style></head>
                <body><p>%s</p></body></html>""".formatted(lang, dir, AccessiblePdf.FONT_FAMILY, body);
    }

    /** The glyphs of the first page in the order they are drawn, each with where it is drawn. */
    private static List<TextPosition> glyphs(byte[] pdf) throws IOException {
        List<TextPosition> drawn = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                drawn.add(text);
            }
        };
        try (var document = Loader.loadPDF(pdf)) {
            stripper.getText(document);
        }
        return drawn;
    }

    private static String text(List<TextPosition> glyphs) {
        StringBuilder text = new StringBuilder();
        glyphs.forEach(g -> text.append(g.getUnicode()));
        return text.toString();
    }

    @Test
    void arabic_letters_are_drawn_in_their_joined_forms() throws Exception {
        String drawn = text(glyphs(AccessiblePdf.render(document("ar", "rtl", SENTENCE), "Test")));

        // Joined letters are drawn with the contextual presentation forms: lam at the start of a word
        // (U+FEDF), meem in the middle (U+FEE4), kaf at the end (U+FEDA)...
        assertThat(drawn).as("initial lam").contains("\uFEDF").as("medial meem").contains("\uFEE4").as("final kaf").contains("\uFEDA");
        // ...and none is left in its isolated, unjoined letter.
        assertThat(drawn.chars().filter(c -> c >= 0x0621 && c <= 0x064A).count()).as("unjoined Arabic letters").isZero();
        // The forms are the same letters as the sentence.
        assertThat(Normalizer.normalize(new StringBuilder(drawn).reverse().toString(), Normalizer.Form.NFKC).replace(" ", ""))
                .isEqualTo(SENTENCE.replace(" ", ""));
    }

    @Test
    void arabic_is_drawn_right_to_left_from_the_right_margin() throws Exception {
        List<TextPosition> glyphs = glyphs(AccessiblePdf.render(document("ar", "rtl", SENTENCE), "Test"));
        TextPosition rightmost = glyphs.stream().max(Comparator.comparingDouble(TextPosition::getX)).orElseThrow();
        TextPosition leftmost = glyphs.stream().min(Comparator.comparingDouble(TextPosition::getX)).orElseThrow();

        assertThat(letter(rightmost)).as("the rightmost letter is the sentence's first, meem").isEqualTo("م");
        assertThat(letter(leftmost)).as("the leftmost letter is the sentence's last, kaf").isEqualTo("ك");
        float pageWidth = rightmost.getPageWidth();
        assertThat(pageWidth - (rightmost.getX() + rightmost.getWidth())).as("space after the line's right end")
                .isLessThan(leftmost.getX());
    }

    @Test
    void the_letters_urdu_and_farsi_add_are_joined_too() throws Exception {
        // "What happens to your information" in Urdu: keheh, Farsi yeh and heh goal are not letters of Arabic.
        String drawn = text(glyphs(AccessiblePdf.render(document("ur", "rtl", "آپ کی معلومات کا کیا ہوتا ہے"), "Test")));

        assertThat(drawn).as("initial keheh").contains("\uFB90").as("final Farsi yeh").contains("\uFBFD")
                .as("initial heh goal").contains("\uFBA8");
        assertThat(drawn).as("no letter left unjoined").doesNotContain("\u06A9", "\u06CC", "\u06C1");
    }

    @Test
    void arabic_is_joined_as_icu_joins_it() throws Exception {
        String text = SENTENCE + " لا الإسلام ليلى ناصر، قال: «السلام عليكم»";
        assertThat(new ArabicScriptShaping().shapeText(text)).isEqualTo(new com.ibm.icu.text.ArabicShaping(
                com.ibm.icu.text.ArabicShaping.LETTERS_SHAPE | com.ibm.icu.text.ArabicShaping.LENGTH_GROW_SHRINK).shape(text));
    }

    @Test
    void english_stays_left_to_right() throws Exception {
        List<TextPosition> glyphs = glyphs(AccessiblePdf.render(document("en", "ltr", "Your rights"), "Test"));
        assertThat(text(glyphs)).isEqualTo("Your rights");
        assertThat(glyphs).isSortedAccordingTo(Comparator.comparingDouble(TextPosition::getX));
    }

    @Test
    void the_languages_written_right_to_left_are_known() {
        assertThat(List.of("ar", "ur", "fa", "ps", "ckb", "he")).allSatisfy(l -> assertThat(AccessiblePdf.direction(l)).as(l).isEqualTo("rtl"));
        assertThat(List.of("en", "pl", "bn", "pa", "ti", "ku")).allSatisfy(l -> assertThat(AccessiblePdf.direction(l)).as(l).isEqualTo("ltr"));
    }

    private static String letter(TextPosition glyph) {
        return Normalizer.normalize(glyph.getUnicode(), Normalizer.Form.NFKC);
    }
}

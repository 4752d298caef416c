package uk.safeshare.shared.pdf;

import com.ibm.icu.util.ULocale;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * Turns a print template's XHTML into a tagged PDF (PDF/UA): the structure tree and marked content a
 * screen reader needs, the document's title from {@code <title>}, its language from {@code <html lang>},
 * and every glyph drawn from an embedded font. One place, so that the victim notice, the subject
 * access bundle and the governance documents are all made the same accessible way.
 *
 * <p>The fonts are Noto Sans (Latin, Greek and Cyrillic: English, Polish, Romanian, Lithuanian,
 * Albanian, Vietnamese, Ukrainian, Russian...) and Noto Sans Arabic, Bengali, Gurmukhi, Devanagari,
 * Gujarati, Tamil and Ethiopic, each in regular and bold, so that a force adding a translation of the
 * notice into Arabic, Urdu, Farsi, Pashto, Kurdish (Sorani), Bengali, Punjabi, Hindi, Nepali,
 * Gujarati, Tamil, Tigrinya or Amharic has the letters embedded. A template asks for them with
 * {@link #FONT_FAMILY}; the renderer falls back along the list glyph by glyph. Chinese, Japanese and
 * Korean are not covered (their fonts are tens of megabytes).
 *
 * <p>Right-to-left text is laid out by the Unicode bidi algorithm (ICU4J): a right-to-left run reads from
 * the right, inside a left-to-right line too, and brackets are mirrored. A document written right to left
 * says so with {@code <html dir="rtl">} (see {@link #direction}); its lines then start at the right margin.
 * Arabic-script letters are joined by replacing each with its contextual presentation form (initial, medial,
 * final, isolated, and the lam-alef ligatures; see {@link ArabicScriptShaping}), which is how the renderer draws
 * joined letters: it has no OpenType shaping engine. That covers Arabic and the letters Urdu and Farsi add; a
 * letter Unicode has no presentation forms for (several of Pashto's and Sorani's) is drawn unjoined, and
 * Urdu is drawn in Naskh, not Nastaliq, so those translations need checking in print. Indic scripts (Bengali,
 * Gurmukhi, Devanagari, Gujarati, Tamil) need a full shaping engine (HarfBuzz) for their conjuncts and vowel
 * signs, which the renderer lacks: their letters
 * are drawn but conjuncts are not formed, so a translation in those scripts needs a renderer with shaping
 * before its PDF is given to anyone (the web page shapes them).
 */
public final class AccessiblePdf {

    /** The CSS font-family a print template uses so that every script above comes from an embedded font. */
    public static final String FONT_FAMILY = "'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Bengali', 'Noto Sans Gurmukhi', "
            + "'Noto Sans Devanagari', 'Noto Sans Gujarati', 'Noto Sans Tamil', 'Noto Sans Ethiopic'";

    private record Font(String family, String file) {
    }

    private static final List<Font> FONTS = List.of(new Font("Noto Sans", "NotoSans"),
            new Font("Noto Sans Arabic", "NotoSansArabic"), new Font("Noto Sans Bengali", "NotoSansBengali"),
            new Font("Noto Sans Gurmukhi", "NotoSansGurmukhi"), new Font("Noto Sans Devanagari", "NotoSansDevanagari"),
            new Font("Noto Sans Gujarati", "NotoSansGujarati"), new Font("Noto Sans Tamil", "NotoSansTamil"),
            new Font("Noto Sans Ethiopic", "NotoSansEthiopic"));

    private AccessiblePdf() {
    }

    /** The PDF of a whole XHTML document; {@code what} names it in the error if it cannot be made. */
    public static byte[] render(String xhtml, String what) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            // Unicode bidi (runs of right-to-left text laid out right to left, within a left-to-right line
            // too) by ICU4J, and Arabic-script shaping (each letter drawn in its joined form).
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ArabicScriptShaping());
            for (Font font : FONTS) {
                // Subset (the last argument): only the glyphs used are embedded, so a notice stays small.
                builder.useFont(() -> stream(font.file() + "-Regular.ttf"), font.family(), 400, FontStyle.NORMAL, true);
                builder.useFont(() -> stream(font.file() + "-Bold.ttf"), font.family(), 700, FontStyle.NORMAL, true);
            }
            builder.withProducer("SafeShare");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(what + " could not be made into a PDF", e);
        }
    }

    /**
     * The direction ({@code rtl} or {@code ltr}) a document in this language (a BCP 47 tag such as
     * {@code ar}, {@code ur}, {@code ckb}) is written in, for its {@code <html dir>}.
     */
    public static String direction(String language) {
        return language != null && ULocale.forLanguageTag(language).isRightToLeft() ? "rtl" : "ltr";
    }

    private static java.io.InputStream stream(String file) {
        return AccessiblePdf.class.getResourceAsStream("/fonts/noto/" + file);
    }
}

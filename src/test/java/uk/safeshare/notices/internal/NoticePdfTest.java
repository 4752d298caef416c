package uk.safeshare.notices.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import uk.safeshare.notices.VictimNotice;
import uk.safeshare.notices.VictimNotice.Section;

/** A notice translated into a right-to-left language prints from the right margin; one in English from the left. */
class NoticePdfTest {

    static final float LEFT_MARGIN = 18 / 25.4f * 72; // the print template's 18mm
    static final float RIGHT_MARGIN = LEFT_MARGIN;

    private final NoticePdf pdf = new NoticePdf(engine());

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    private static VictimNotice notice(String language, boolean translated, String title) {
        Section empty = new Section(title, List.of());
        return new VictimNotice(language, language, translated, title, "", "", empty, empty, empty, empty, empty, empty, "",
                "p", "h", Instant.now(), List.of());
    }

    /** The glyphs of the notice's title (its first line), in the order drawn. */
    private static List<TextPosition> title(byte[] pdf) throws Exception {
        List<TextPosition> drawn = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                if (drawn.isEmpty() || text.getY() == drawn.getFirst().getY()) {
                    drawn.add(text);
                }
            }
        };
        try (var document = Loader.loadPDF(pdf)) {
            stripper.getText(document);
        }
        return drawn;
    }

    private static float rightEnd(List<TextPosition> line) {
        return (float) line.stream().mapToDouble(g -> g.getX() + g.getWidth()).max().orElseThrow();
    }

    private static float leftEnd(List<TextPosition> line) {
        return (float) line.stream().mapToDouble(TextPosition::getX).min().orElseThrow();
    }

    @Test
    void an_arabic_notice_starts_its_lines_at_the_right_margin() throws Exception {
        List<TextPosition> title = title(pdf.render(notice("ar", true, "ماذا يحدث لمعلوماتك")));
        float pageWidth = title.getFirst().getPageWidth();
        assertThat(pageWidth - RIGHT_MARGIN - rightEnd(title)).as("space between the title and the right margin").isLessThan(10);
        assertThat(leftEnd(title) - LEFT_MARGIN).as("space between the left margin and the title").isGreaterThan(200);
    }

    @Test
    void a_notice_shown_in_english_because_there_is_no_translation_starts_at_the_left() throws Exception {
        List<TextPosition> title = title(pdf.render(notice("ar", false, "What happens")));
        float pageWidth = title.getFirst().getPageWidth();
        assertThat(leftEnd(title) - LEFT_MARGIN).as("space between the left margin and the title").isLessThan(10);
        assertThat(pageWidth - RIGHT_MARGIN - rightEnd(title)).as("space between the title and the right margin").isGreaterThan(200);
    }
}

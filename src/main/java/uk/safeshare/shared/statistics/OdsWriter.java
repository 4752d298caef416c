package uk.safeshare.shared.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an OpenDocument spreadsheet (.ods), the format UK government statistics are published in:
 * a zip whose first entry is the uncompressed {@code mimetype}, then the manifest, the metadata and
 * {@code content.xml} with one table per sheet. Numbers are stored as numbers, symbols as text.
 */
public final class OdsWriter {

    public static final String MIME_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

    public enum Style { PLAIN, BOLD, TITLE }

    /** A cell: text, or a number (then {@code text} is null). */
    public record OdsCell(String text, Long number, Style style) {
        public static OdsCell text(String text) {
            return new OdsCell(text, null, Style.PLAIN);
        }

        public static OdsCell bold(String text) {
            return new OdsCell(text, null, Style.BOLD);
        }

        public static OdsCell title(String text) {
            return new OdsCell(text, null, Style.TITLE);
        }

        public static OdsCell number(long value) {
            return new OdsCell(null, value, Style.PLAIN);
        }
    }

    /**
     * @param columnWidthsCm the width of each column, so that text is readable when opened
     */
    public record Sheet(String name, List<Double> columnWidthsCm, List<List<OdsCell>> rows) {
    }

    private OdsWriter() {
    }

    public static byte[] write(String title, List<Sheet> sheets) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            byte[] mime = MIME_TYPE.getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(mime.length);
            mimetype.setCompressedSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(mime);
            zip.closeEntry();
            entry(zip, "META-INF/manifest.xml", manifest());
            entry(zip, "meta.xml", meta(title));
            entry(zip, "content.xml", content(sheets));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        zip.putNextEntry(entry);
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String manifest() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
                 <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="%s"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """.formatted(MIME_TYPE);
    }

    private static String meta(String title) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                  xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">
                 <office:meta><dc:title>%s</dc:title><dc:language>en-GB</dc:language></office:meta>
                </office:document-meta>
                """.formatted(escape(title));
    }

    private static String content(List<Sheet> sheets) {
        StringBuilder x = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
                  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
                  xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3">
                 <office:automatic-styles>
                  <style:style style:name="bold" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
                  <style:style style:name="title" style:family="table-cell"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
                """);
        for (int s = 0; s < sheets.size(); s++) {
            List<Double> widths = sheets.get(s).columnWidthsCm();
            for (int c = 0; c < widths.size(); c++) {
                x.append("  <style:style style:name=\"s").append(s).append('c').append(c)
                        .append("\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"")
                        .append(widths.get(c)).append("cm\"/></style:style>\n");
            }
        }
        x.append(" </office:automatic-styles>\n <office:body>\n  <office:spreadsheet>\n");
        for (int s = 0; s < sheets.size(); s++) {
            Sheet sheet = sheets.get(s);
            x.append("   <table:table table:name=\"").append(escape(sheet.name())).append("\">\n");
            for (int c = 0; c < sheet.columnWidthsCm().size(); c++) {
                x.append("    <table:table-column table:style-name=\"s").append(s).append('c').append(c).append("\"/>\n");
            }
            for (List<OdsCell> row : sheet.rows()) {
                x.append("    <table:table-row>");
                for (OdsCell cell : row) {
                    x.append("<table:table-cell");
                    if (cell.style() != Style.PLAIN) {
                        x.append(" table:style-name=\"").append(cell.style() == Style.BOLD ? "bold" : "title").append('"');
                    }
                    if (cell.number() != null) {
                        x.append(" office:value-type=\"float\" office:value=\"").append(cell.number()).append("\"><text:p>")
                                .append(cell.number()).append("</text:p>");
                    } else {
                        x.append(" office:value-type=\"string\"><text:p>").append(escape(cell.text())).append("</text:p>");
                    }
                    x.append("</table:table-cell>");
                }
                x.append("</table:table-row>\n");
            }
            x.append("   </table:table>\n");
        }
        x.append("  </office:spreadsheet>\n </office:body>\n</office:document-content>\n");
        return x.toString();
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    // Characters XML 1.0 cannot carry are left out.
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}

package org.kneadwell.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

/**
 * Renders a Thymeleaf template (well-formed XHTML, with the charts' inline SVG) to PDF through openhtmltopdf. The
 * text font is DejaVu Sans shipped in the application ({@code report/fonts}) and embedded in the file, so every
 * name renders whatever fonts the machine has; its stylesheet ({@code report/report.css}) also declares it for the
 * SVG charts.
 */
@Component
class PdfDocuments {

    private static final String FONTS = "/report/fonts/";
    private static final String FAMILY = "DejaVu Sans";

    private final ITemplateEngine templates;

    PdfDocuments(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The template's HTML, as the PDF is made of (exposed to tests of the wording). */
    String html(String template, Map<String, Object> model) {
        return templates.process(template, new Context(Locale.ENGLISH, model));
    }

    /**
     * The document; when it runs past one page, it is made again in its compact form (smaller type and charts), which
     * the templates lay out for exactly this case.
     */
    byte[] onePage(String template, Map<String, Object> model) {
        byte[] document = pdf(template, model);
        if (pages(document) <= 1) {
            return document;
        }
        Map<String, Object> compact = new java.util.HashMap<>(model);
        compact.put("compact", true);
        return pdf(template, compact);
    }

    static int pages(byte[] document) {
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(document)) {
            return pdf.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF just made could not be read", e);
        }
    }

    byte[] pdf(String template, Map<String, Object> model) {
        String html = html(template, model);
        URL base = PdfDocuments.class.getResource("/report/");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.useFont(() -> PdfDocuments.class.getResourceAsStream(FONTS + "DejaVuSans.ttf"), FAMILY, 400,
                    FontStyle.NORMAL, true);
            builder.useFont(() -> PdfDocuments.class.getResourceAsStream(FONTS + "DejaVuSans-Bold.ttf"), FAMILY, 700,
                    FontStyle.NORMAL, true);
            builder.withHtmlContent(html, base == null ? null : base.toExternalForm());
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be made", e);
        }
        return out.toByteArray();
    }
}

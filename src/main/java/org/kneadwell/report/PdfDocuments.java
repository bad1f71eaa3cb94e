package org.kneadwell.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
 * <p>
 * The first document a JVM makes loads openhtmltopdf, PDFBox, Batik and the fonts (about a second here), so the
 * bean is made on a background thread while the application starts and makes one small throw-away document there
 * ({@link Config}): neither the demo clinic's report nor a clinic's first download pays for it.
 */
class PdfDocuments {

    private static final Logger log = LoggerFactory.getLogger(PdfDocuments.class);

    /** A page with both weights of the font and an SVG shape: what every report uses. */
    private static final String WARM_UP = """
            <html><head><style>body { font-family: 'DejaVu Sans'; }</style></head>
            <body><p>Kneadwell <b>report</b></p>
            <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>
            </body></html>""";

    private static final String FONTS = "/report/fonts/";
    private static final String FAMILY = "DejaVu Sans";

    @Configuration
    static class Config {
        @Bean(bootstrap = Bean.Bootstrap.BACKGROUND)
        PdfDocuments pdfDocuments(ObjectProvider<ITemplateEngine> templates) {
            PdfDocuments documents = new PdfDocuments(templates);
            try {
                documents.render(WARM_UP);
            } catch (RuntimeException e) {
                // reports are not the whole application: it starts, and the first report tries again and says why
                log.warn("Making a first PDF at start-up failed", e);
            }
            return documents;
        }
    }

    private final ObjectProvider<ITemplateEngine> templates;

    PdfDocuments(ObjectProvider<ITemplateEngine> templates) {
        this.templates = templates;
    }

    /** The template's HTML, as the PDF is made of (exposed to tests of the wording). */
    String html(String template, Map<String, Object> model) {
        return templates.getObject().process(template, new Context(Locale.ENGLISH, model));
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
        return render(html(template, model));
    }

    private byte[] render(String html) {
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

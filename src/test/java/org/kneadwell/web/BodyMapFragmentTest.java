package org.kneadwell.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kneadwell.shared.BodyRegion;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders the body map fragments (templates/fragments/bodymap.html) through a small test template
 * (src/test/resources/templates/bodymap-test.html) with an engine set up like Boot's.
 */
class BodyMapFragmentTest {

    private static final Pattern SHAPE = Pattern.compile("<g\\s[^>]*data-region=\"([A-Z_]+)\"[^>]*>\\s*<title>([^<]*)</title>");
    private static final Pattern CHECKBOX = Pattern.compile("<input[^>]*type=\"checkbox\"[^>]*>");

    private final SpringTemplateEngine engine = engine();

    @Test
    void pickerHasEveryRegionOnceAsShapeAndOnceAsCheckbox() {
        String html = render("picker", null);

        for (BodyRegion region : BodyRegion.values()) {
            assertThat(count(html, "data-region=\"" + region + "\"")).as("shape for %s", region).isEqualTo(1);
            assertThat(checkboxes(html)).filteredOn(box -> box.contains("value=\"" + region + "\""))
                    .as("checkbox for %s", region).hasSize(1)
                    .allSatisfy(box -> assertThat(box).contains("name=\"painRegions\"").doesNotContain("checked"));
        }
        assertThat(checkboxes(html)).hasSize(BodyRegion.values().length);
        assertThat(shapes(html)).hasSize(BodyRegion.values().length);
        assertThat(count(html, "aria-checked=\"true\"")).isZero();
    }

    @Test
    void everyShapeIsANamedFocusableCheckbox() {
        String html = render("picker", Set.of());

        List<String[]> shapes = shapes(html);
        assertThat(shapes).hasSize(26).allSatisfy(shape -> {
            String tag = shape[0];
            assertThat(tag).contains("role=\"checkbox\"").contains("tabindex=\"0\"").contains("aria-checked=\"false\"");
            Matcher label = Pattern.compile("aria-label=\"([^\"]*)\"").matcher(tag);
            assertThat(label.find()).as(tag).isTrue();
            assertThat(label.group(1)).isNotBlank().isEqualTo(shape[2]);
        });
        // Names come from the bundle, and each checkbox label matches its shape's name.
        assertThat(html).contains("aria-label=\"Lower back, left side\"")
                .contains("<label class=\"form-check-label\" for=\"bodymap-1-LOWER_BACK_LEFT\">Lower back, left side</label>")
                .contains("Front (as if facing you)").contains("Tick every area that applies.");
        // Until the script runs the pictures are only a picture.
        assertThat(html).contains("class=\"row g-3 bodymap-figures\" inert");
    }

    @Test
    void selectedRegionsAreCheckedWhetherEnumsOrCodes() {
        for (Object selected : List.of(EnumSet.of(BodyRegion.CHEST, BodyRegion.CALF_LEFT),
                List.of("CHEST", "CALF_LEFT"), new String[] {"CHEST", "CALF_LEFT"})) {
            String html = render("picker", selected);

            for (String box : checkboxes(html)) {
                boolean expected = box.contains("value=\"CHEST\"") || box.contains("value=\"CALF_LEFT\"");
                assertThat(box.contains(" checked")).as(box).isEqualTo(expected);
            }
            for (String[] shape : shapes(html)) {
                boolean expected = shape[1].equals("CHEST") || shape[1].equals("CALF_LEFT");
                assertThat(shape[0]).contains("aria-checked=\"" + expected + "\"");
                assertThat(shape[0].contains("is-selected")).as(shape[0]).isEqualTo(expected);
            }
        }
    }

    @Test
    void regionsSitOnTheirViewWithAnatomicalSides() {
        String html = render("picker", null);
        String front = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
        String back = html.substring(html.lastIndexOf("<svg"), html.lastIndexOf("</svg>"));

        assertThat(front).contains("CHEST", "ABDOMEN", "ANTERIOR_NECK", "ANTERIOR_THIGH_LEFT", "HEAD")
                .doesNotContain("SACRUM").doesNotContain("POSTERIOR_THIGH").doesNotContain("CALF_");
        assertThat(back).contains("SACRUM", "UPPER_BACK_LEFT", "GLUTEAL_RIGHT", "POSTERIOR_THIGH_LEFT", "CALF_RIGHT")
                .doesNotContain("CHEST").doesNotContain("ANTERIOR_");
        // Front: the patient's left is on the viewer's right (larger x); back: on the viewer's left.
        assertThat(x(front, "ANTERIOR_THIGH_LEFT")).isGreaterThan(100);
        assertThat(x(front, "ANTERIOR_THIGH_RIGHT")).isLessThan(100);
        assertThat(x(back, "POSTERIOR_THIGH_LEFT")).isLessThan(100);
        assertThat(x(back, "POSTERIOR_THIGH_RIGHT")).isGreaterThan(100);
    }

    @Test
    void viewListsHighlightedRegionsInText() {
        String html = render("view", List.of("SACRUM", "ABDOMEN"));

        assertThat(html).contains("<li>Belly (abdomen)</li>").contains("<li>Base of the spine (sacrum)</li>")
                .contains("role=\"img\"")
                .contains(">Regions to avoid, front: Belly (abdomen)</title>")
                .contains(">Regions to avoid, back: Base of the spine (sacrum)</title>")
                .doesNotContain("<p class=\"bodymap-summary mt-2 mb-0\">None</p>")
                .doesNotContain("tabindex").doesNotContain("role=\"checkbox\"").doesNotContain("<input");
        List<String[]> shapes = shapes(html);
        assertThat(shapes).hasSize(26);
        for (String[] shape : shapes) {
            boolean expected = shape[1].equals("SACRUM") || shape[1].equals("ABDOMEN");
            assertThat(shape[0].contains("is-highlighted")).isEqualTo(expected);
            assertThat(shape[0].contains("fill=\"url(#bodymap-1-")).isEqualTo(expected);
            assertThat(shape[2]).isNotBlank();
        }
        assertThat(count(html, "<pattern")).isEqualTo(2);
    }

    @Test
    void viewSaysNoneWhenNothingIsHighlighted() {
        for (Object selected : Arrays.asList(null, List.of())) {
            String html = render("view", selected);

            assertThat(html).contains("<p class=\"bodymap-summary mt-2 mb-0\">None</p>")
                    .contains(">Regions to avoid, front: None</title>").doesNotContain("<li>")
                    .doesNotContain("is-highlighted");
        }
    }

    @Test
    void pickerAndViewOnOnePageKeepTheirIdsApart() {
        String html = render("both", List.of("CHEST"));

        List<String> ids = new ArrayList<>();
        Matcher id = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(html);
        while (id.find()) {
            ids.add(id.group(1));
        }
        assertThat(ids).doesNotHaveDuplicates().isNotEmpty();
        Matcher references = Pattern.compile("(?:aria-labelledby|aria-describedby|for)=\"([^\"]+)\"|url\\(#([^)]+)\\)")
                .matcher(html);
        while (references.find()) {
            String target = references.group(1) != null ? references.group(1) : references.group(2);
            assertThat(ids).as("reference to %s", target).contains(target);
        }
    }

    @Test
    void outputRespectsTheContentSecurityPolicyAndHasNoMissingMessages() {
        for (String fragment : List.of("picker", "view", "both")) {
            String html = render(fragment, List.of("HEAD", "FOOT_RIGHT"));

            assertThat(html).doesNotContain("??").doesNotContain("style=")
                    .doesNotContainPattern("(?i)\\son[a-z]+\\s*=")
                    .doesNotContainPattern("<script(?![^>]*\\ssrc=)")
                    .contains("/css/bodymap.css");
        }
        assertThat(render("picker", null)).contains("<script src=\"/js/bodymap.js\" defer></script>");
        assertThat(render("view", null)).doesNotContain("<script");
    }

    private static int x(String svg, String code) {
        Matcher shape = Pattern.compile("data-region=\"" + code + "\"[^>]*>\\s*<title>[^<]*</title>\\s*<[a-z]+ (?:x|cx)=\"(\\d+)\"")
                .matcher(svg);
        assertThat(shape.find()).as(code).isTrue();
        return Integer.parseInt(shape.group(1));
    }

    private static List<String[]> shapes(String html) {
        List<String[]> shapes = new ArrayList<>();
        Matcher shape = SHAPE.matcher(html);
        while (shape.find()) {
            shapes.add(new String[] {shape.group(0), shape.group(1), shape.group(2)});
        }
        return shapes;
    }

    private static List<String> checkboxes(String html) {
        return CHECKBOX.matcher(html).results().map(m -> m.group()).toList();
    }

    private static int count(String html, String needle) {
        return html.split(Pattern.quote(needle), -1).length - 1;
    }

    private String render(String fragment, Object selected) {
        MockServletContext servletContext = new MockServletContext();
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(new MockHttpServletRequest(servletContext, "GET", "/demo"),
                        new MockHttpServletResponse()), Locale.ENGLISH);
        context.setVariable("fragment", fragment);
        context.setVariable("selected", selected);
        return engine.process("bodymap-test", context);
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding("UTF-8");
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/bodymap", "i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }
}

package vn.phuly.thanthien.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's HTML opened in a real headless Chromium (Debian's {@code chromium}, installed by
 * {@code bin/setup}): every chart is an SVG the browser loaded and laid out with a size. A copy of
 * the page gets a script that marks each image once the page has loaded; {@code --dump-dom}
 * prints the DOM after that.
 */
class ReportBrowserTest {
  private static final String PROBE =
      "<script>window.addEventListener('load', function () { var images = document.images;"
          + " for (var i = 0; i != images.length; i++) { var img = images[i];"
          + " img.setAttribute('data-shown', img.complete && img.naturalWidth > 0 && img.getBoundingClientRect().height > 100"
          + " ? 'yes' : 'no'); } document.body.setAttribute('data-probed', 'yes'); });</script>\n";

  @TempDir Path tmp;

  @Test
  void chromiumShowsEveryChartOfTheReport() throws Exception {
    Path out = tmp.resolve("2024");
    ReportOutputs outputs = ReportWriter.write(TinyWarehouse.create(tmp), "2024", out);
    long svgs = outputs.files().stream().filter(f -> f.toString().endsWith(".svg")).count();
    String html = Files.readString(out.resolve(ReportHtml.FILE), StandardCharsets.UTF_8);
    Path probe = out.resolve("probe.html");
    Files.writeString(probe, html.replace("</body>", PROBE + "</body>"), StandardCharsets.UTF_8);

    String dom = dumpDom(probe);

    assertTrue(dom.contains("data-probed=\"yes\""), "the page loaded: " + dom);
    List<String> shown = attributes(dom, "data-shown");
    assertEquals(svgs, shown.size(), "one image per chart: " + shown);
    assertTrue(shown.stream().allMatch("yes"::equals), "every chart loaded and laid out: " + shown);
    assertEquals(svgs, Pattern.compile("<img src=\"[a-z-]+\\.svg\"").matcher(dom).results().count());
    assertTrue(dom.contains("Liêm Tuyền"), "Vietnamese text in the DOM");
  }

  private static List<String> attributes(String dom, String name) {
    Matcher m = Pattern.compile(name + "=\"([a-z]+)\"").matcher(dom);
    return m.results().map(r -> r.group(1)).toList();
  }

  private String dumpDom(Path page) throws Exception {
    Path profileDir = Files.createDirectories(tmp.resolve("chromium-profile"));
    Path dom = tmp.resolve("dom.html");
    Process chromium =
        new ProcessBuilder(
                "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--user-data-dir=" + profileDir, "--window-size=1200,2400", "--virtual-time-budget=10000",
                "--dump-dom", page.toUri().toString())
            .redirectOutput(dom.toFile())
            .redirectError(tmp.resolve("chromium.log").toFile())
            .start();
    if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
      chromium.destroyForcibly();
      throw new AssertionError("chromium did not finish in 120 s: " + Files.readString(tmp.resolve("chromium.log")));
    }
    assertEquals(0, chromium.exitValue(), "chromium: " + Files.readString(tmp.resolve("chromium.log")));
    return Files.readString(dom, StandardCharsets.UTF_8);
  }
}

package be.jobbonus.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published example's notice as a person sees it: rendered by headless Chromium (Debian's
 * {@code chromium}), its screenshot compared with the committed one (at most 1 % of the pixels may
 * differ) and the text of the page it built checked. Skipped only on a developer's machine without
 * Chromium; with {@code CI=true} a missing Chromium fails (.ci/run installs it).
 *
 * <p>To record the screenshot again after a change of the template: {@code ./mvnw -B -o verify -pl
 * jobbonus-notice -am -Dtest=NoticeInBrowserTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dnotice.golden.update=true}, look at it, and commit it with docs/notice-example.png.
 */
class NoticeInBrowserTest {

  static final int WIDTH = 900;
  static final int HEIGHT = 1500;

  private static String chromium;

  @BeforeAll
  static void findChromium() {
    chromium = chromium().orElse(null);
    if (chromium == null) {
      if ("true".equals(System.getenv("CI"))) {
        fail("chromium is not installed, and CI must run this test (.ci/run installs Debian's chromium)");
      }
      Assumptions.abort("chromium is not installed: the notice is not checked in a browser here");
    }
  }

  static Optional<String> chromium() {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p.toString());
        }
      }
    }
    return Optional.empty();
  }

  private static Path page(Path dir) throws IOException {
    Path html = dir.resolve("notice.html");
    Files.writeString(html, Notices.dutch().dated(PublishedExample.DATE).html(PublishedExample.message()),
        StandardCharsets.UTF_8);
    return html;
  }

  /** Runs Chromium headless on {@code page} with a profile of its own; returns its standard output. */
  private static String run(Path dir, Path page, String... extra) throws Exception {
    Path profile = Files.createTempDirectory(dir, "profile");
    List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile));
    cmd.addAll(List.of(extra));
    cmd.add(page.toUri().toString());
    Path out = dir.resolve("chromium.out");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(dir.resolve("chromium.err").toFile())
        .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish in 120 s");
    }
    assertEquals(0, p.exitValue(), () -> "chromium failed: " + read(dir.resolve("chromium.err")));
    return read(out);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** The PNG of the published example's notice, {@link #WIDTH} x {@link #HEIGHT}. */
  static Path screenshot(Path dir) throws Exception {
    Path png = dir.resolve("notice.png");
    run(dir, page(dir), "--screenshot=" + png, "--window-size=" + WIDTH + "," + HEIGHT);
    assertTrue(Files.size(png) > 0, "no screenshot");
    return png;
  }

  @Test
  void theScreenshotIsTheRecordedOne(@TempDir Path dir) throws Exception {
    BufferedImage now = ImageIO.read(screenshot(dir).toFile());
    Path golden = Path.of(System.getProperty("notice.golden", "src/test/resources/be/jobbonus/notice/published-example-nl.png"));
    if (Boolean.getBoolean("notice.golden.update")) {
      ImageIO.write(now, "png", golden.toFile());
    }
    assertTrue(Files.exists(golden), "no recorded screenshot " + golden + "; record it with -Dnotice.golden.update=true");
    BufferedImage expected = ImageIO.read(golden.toFile());
    assertEquals(expected.getWidth() + "x" + expected.getHeight(), now.getWidth() + "x" + now.getHeight());
    long differing = 0;
    for (int y = 0; y < now.getHeight(); y++) {
      for (int x = 0; x < now.getWidth(); x++) {
        if (distance(now.getRGB(x, y), expected.getRGB(x, y)) > 24) {
          differing++;
        }
      }
    }
    double share = differing / (double) (now.getWidth() * now.getHeight());
    Path kept = Path.of("target", "notice-in-browser.png");
    Files.createDirectories(kept.getParent());
    ImageIO.write(now, "png", kept.toFile());
    assertTrue(share <= 0.01, String.format("%.2f %% of the pixels differ from %s (at most 1 %%); this run's: %s",
        100 * share, golden, kept.toAbsolutePath()));
  }

  @Test
  void theScreenshotIsNotBlank(@TempDir Path dir) throws Exception {
    BufferedImage now = ImageIO.read(screenshot(dir).toFile());
    long dark = 0;
    for (int y = 0; y < now.getHeight(); y++) {
      for (int x = 0; x < now.getWidth(); x++) {
        if (distance(now.getRGB(x, y), 0xffffff) > 200) {
          dark++;
        }
      }
    }
    assertTrue(dark > 10_000, "the page shows text: " + dark + " dark pixels");
  }

  @Test
  void thePageTheBrowserBuiltSaysWhatTheNoticeMustSay(@TempDir Path dir) throws Exception {
    String dom = run(dir, page(dir), "--dump-dom");
    String text = dom.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    for (String expected : List.of("Kennisgeving van uw jobbonus", "An Peeters", "85.07.30-033.28",
        "U krijgt een jobbonus van € 534,29.", "Berekening per kwartaal, refertejaar 2021",
        "1e kwartaal 2021", "4e kwartaal 2021", "Jobbonus van de kwartalen samen € 434,29",
        "Vaste verhoging refertejaar 2021 € 100,00", "Totaal € 534,29", "Niet akkoord?")) {
      assertTrue(text.contains(expected), () -> "missing «" + expected + "» in the page: " + text);
    }
    for (String amount : PublishedExample.dutchAmounts(PublishedExample.message())) {
      assertTrue(text.contains(amount), amount);
    }
    assertTrue(dom.contains("<html lang=\"nl\">"), "the language as the browser has it");
  }

  private static int distance(int a, int b) {
    int d = 0;
    for (int shift = 0; shift <= 16; shift += 8) {
      d = Math.max(d, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
    }
    return d;
  }
}

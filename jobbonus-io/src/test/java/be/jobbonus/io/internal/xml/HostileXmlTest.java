package be.jobbonus.io.internal.xml;

import static be.jobbonus.io.internal.xml.Decl.A;
import static be.jobbonus.io.internal.xml.Decl.doc;
import static be.jobbonus.io.internal.xml.Decl.fullTime;
import static be.jobbonus.io.internal.xml.Decl.person;
import static be.jobbonus.io.internal.xml.Decl.workerRecord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile documents are refused quickly, without reading any other file or address and without
 * building large values in memory; the reject says why.
 */
class HostileXmlTest {

  private static final Duration QUICK = Duration.ofSeconds(5);
  private final DmfaXmlReader reader = new DmfaXmlReader(2024);

  @TempDir
  Path dir;

  /** The one reject of a document refused before any person, its reason in lower case. */
  private Collected refusedWhole(String xml) {
    Collected c = assertTimeoutPreemptively(QUICK, () -> Collected.read(reader, xml));
    assertEquals(List.of(), c.occupations);
    assertTrue(c.summary.documentRefused());
    assertEquals(1, c.rejects.size(), c.rejectText());
    assertTrue(c.rejects.get(0).reason().startsWith("the whole declaration is refused"), c.rejectText());
    return c;
  }

  private static String reason(Collected c) {
    return c.rejects.get(0).reason().toLowerCase(Locale.ROOT);
  }

  @Test
  void anExternalEntityIsNotRead() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "85073003328 root:x:0:0");
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE DmfAOriginal [\n <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">\n]>\n"
        + doc("20241", person("&xxe;", workerRecord("495", fullTime("1")))).replaceFirst("<\\?xml[^>]*>\n", "");
    Collected c = refusedWhole(xml);
    assertTrue(reason(c).contains("dtd (<!doctype ...>) is not allowed"), c.rejectText());
    assertFalse(c.rejectText().contains("root:x") || c.rejectText().contains(A), c.rejectText());
    assertEquals(2, c.rejects.get(0).line(), "the DOCTYPE's line");
  }

  @Test
  void noAddressIsContactedForAnEntityOrAnExternalDtd() throws IOException {
    try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/x";
      String body = doc("20241", person(A, workerRecord("495", fullTime("1")))).replaceFirst("<\\?xml[^>]*>\n", "");
      List<String> documents = List.of(
          "<!DOCTYPE DmfAOriginal SYSTEM \"" + url + "\">\n" + body,
          "<!DOCTYPE DmfAOriginal PUBLIC \"-//RSZ//DmfA//EN\" \"" + url + "\">\n" + body,
          "<!DOCTYPE DmfAOriginal [<!ENTITY e SYSTEM \"" + url + "\">]>\n" + body.replace("<Identification>DMFA",
              "<Identification>&e;"),
          "<!DOCTYPE DmfAOriginal [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]>\n" + body);
      for (String xml : documents) {
        Collected c = refusedWhole(xml);
        assertTrue(reason(c).contains("dtd"), c.rejectText());
      }
      server.setSoTimeout(300);
      boolean contacted;
      try {
        server.accept().close();
        contacted = true;
      } catch (SocketTimeoutException e) {
        contacted = false;
      }
      assertFalse(contacted, "the reader connected to " + url);
    }
  }

  @Test
  void anEntityBombTakesNoTimeOrMemory() {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE DmfAOriginal [\n <!ENTITY l0 \"lol\">\n");
    for (int i = 1; i <= 40; i++) {
      sb.append(" <!ENTITY l").append(i).append(" \"");
      for (int k = 0; k < 10; k++) {
        sb.append("&l").append(i - 1).append(';');
      }
      sb.append("\">\n");
    }
    sb.append("]>\n").append(doc("20241", person(A, workerRecord("495", fullTime("1"))))
        .replaceFirst("<\\?xml[^>]*>\n", "").replace("<Identification>DMFA", "<Identification>&l40;"));
    long before = usedMemory();
    Collected c = refusedWhole(sb.toString());
    assertTrue(reason(c).contains("dtd"), c.rejectText());
    assertTrue(usedMemory() - before < 64L << 20, "no expansion in memory");
  }

  @Test
  void anEntityWithoutDtdIsRefused() {
    Collected c = refusedWhole("<DmfAOriginal><Form><EmployerDeclaration><Quarter>&q;</Quarter></EmployerDeclaration>"
        + "</Form></DmfAOriginal>");
    assertTrue(reason(c).contains("not well-formed"), c.rejectText());
    assertTrue(reason(c).contains("entity"), c.rejectText());
  }

  @Test
  void deepNestingIsRefused() {
    String deep = "<a>".repeat(100_000) + "</a>".repeat(100_000);
    Collected c = refusedWhole(doc("20241").replace("<TypeForm>", deep + "<TypeForm>"));
    assertTrue(reason(c).contains("depth"), c.rejectText());

    // inside a person: the person's occupations read so far are refused
    Collected p = assertTimeoutPreemptively(QUICK, () -> Collected.read(reader, doc("20241",
        person(A, workerRecord("495", fullTime("1"), fullTime("2").replace("<Retired>", deep + "<Retired>")
            .replace("<JointCommissionNbr>", deep + "<JointCommissionNbr>"))))));
    assertEquals(2, p.rejects.size(), p.rejectText());
    assertEquals(List.of("850730*****", "850730*****"), p.rejects.stream().map(r -> r.insz()).toList());
    assertTrue(p.rejects.get(1).reason().toLowerCase(Locale.ROOT).contains("depth"), p.rejectText());
  }

  @Test
  void aLongElementNameIsRefusedBeforeItIsBuffered() {
    String name = "N".repeat(10_000_000);
    Collected c = refusedWhole(doc("20241").replace("<TypeForm>", "<" + name + ">x</" + name + "><TypeForm>"));
    assertTrue(reason(c).contains("name is longer than 256"), c.rejectText());
    Collected attr = refusedWhole(doc("20241").replace("<TypeForm>", "<X " + name + "=\"1\"/><TypeForm>"));
    assertTrue(reason(attr).contains("name is longer than 256"), attr.rejectText());
    Collected end = refusedWhole(doc("20241").replace("<TypeForm>", "<X></" + name + "><TypeForm>"));
    assertTrue(reason(end).contains("name is longer than 256"), end.rejectText());
    // long names of up to 256 bytes, and long text or attribute values with no space, pass the parser (the
    // element, which the schema does not have, is refused by the reader)
    String ok = "N".repeat(256);
    Collected fine = Collected.read(reader, doc("20241", person(A, workerRecord("495", fullTime("1"))))
        .replace("<TypeForm>", "<" + ok + " a=\"" + "v".repeat(5000) + "\">" + "t".repeat(50_000) + "</" + ok
            + "><TypeForm>"));
    assertEquals(1, fine.rejects.size(), fine.rejectText());
    assertTrue(reason(fine).contains("is not an element the dmfa schema allows in form"), fine.rejectText());
    Collected allowed = Collected.read(reader, doc("20241", person(A, workerRecord("495", fullTime("1"))))
        .replace("<TypeForm>", "<Reference a=\"" + "v".repeat(5000) + "\">" + "t".repeat(50_000)
            + "</Reference><TypeForm>"));
    assertEquals(List.of(), allowed.rejects, allowed.rejectText());
  }

  @Test
  void longTextIsRefused() {
    Collected c = refusedWhole(doc("20241").replace("<Quarter>20241", "<Quarter>" + "0".repeat(2_000_000) + "20241"));
    assertTrue(reason(c).contains("text size limit") || reason(c).contains("more than 5 digits"), c.rejectText());
    Collected skipped = refusedWhole(doc("20241").replace("<TypeForm>SU", "<TypeForm>" + "S ".repeat(1_000_000)));
    assertTrue(reason(skipped).contains("text size limit"), skipped.rejectText());
  }

  @Test
  void manyOrLongAttributesAreRefused() {
    StringBuilder attrs = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      attrs.append(" a").append(i).append("=\"1\"");
    }
    Collected c = refusedWhole(doc("20241").replace("<Form>", "<Form" + attrs + ">"));
    assertTrue(reason(c).contains("attribute limit"), c.rejectText());
    Collected longValue = refusedWhole(doc("20241").replace("<Form>", "<Form a=\"" + "v".repeat(1_000_000) + "\">"));
    assertTrue(reason(longValue).contains("attribute"), longValue.rejectText());
  }

  private static long usedMemory() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}

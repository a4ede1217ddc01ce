package be.jobbonus.cli.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.cli.Examples;
import be.jobbonus.cli.reliability.OutputIsNeverAnInputTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "nothing sent that the calculator did not write": {@code notify} refuses every line that
 * is not a complete, consistent result (to the rejects, exit code 1, never to VLABEL), and with
 * {@code --seal-key-file} a results file whose seal does not verify (exit code 2, nothing written).
 */
class TamperedResultsTest {

  static final String KEY = "a-key-the-operator-keeps-0123456789";

  @TempDir
  Path d;

  List<String> lines;
  int payable; // index of a payable line
  int notPayable; // index of a line that is not payable

  static Run cli(String... args) {
    return OutputIsNeverAnInputTest.cli(args);
  }

  String s(Path p) {
    return p.toString();
  }

  @BeforeEach
  void results() throws IOException {
    Examples.copy(d);
    Files.writeString(d.resolve("key"), KEY + "\n");
    Files.setPosixFilePermissions(d.resolve("key"), PosixFilePermissions.fromString("rw-------"));
    Run r = cli("calculate", "--year", "2024", "--persons", s(d.resolve("persons.csv")), "--dmfa",
        s(d.resolve("dmfa.jsonl")), "--out", s(d.resolve("results.jsonl")), "--seal-key-file", s(d.resolve("key")));
    assertEquals(1, r.code(), r.err());
    assertFalse(r.out().contains(KEY) || r.err().contains(KEY), "the key is never printed");
    lines = Files.readAllLines(d.resolve("results.jsonl"));
    payable = -1;
    notPayable = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("\"payable\":true") && payable < 0) {
        payable = i;
      }
      if (lines.get(i).contains("\"payable\":false") && notPayable < 0) {
        notPayable = i;
      }
    }
    assertTrue(payable >= 0 && notPayable >= 0);
  }

  /** A change to one line; {@code true} for the payable line. */
  record Tamper(String name, boolean onPayable, UnaryOperator<String> edit) {}

  static String money(String line, String key, int deltaCents) {
    int at = line.indexOf("\"" + key + "\":\"") + key.length() + 4;
    int end = line.indexOf('"', at);
    long cents = new java.math.BigDecimal(line.substring(at, end)).movePointRight(2).longValueExact() + deltaCents;
    return line.substring(0, at) + be.jobbonus.core.Euro.format(cents) + line.substring(end);
  }

  static List<Tamper> tampers() {
    List<Tamper> t = new ArrayList<>();
    t.add(new Tamper("edited total", true, l -> money(l, "total", 10000)));
    t.add(new Tamper("payable flipped to false", true, l -> l.replace("\"payable\":true", "\"payable\":false")));
    t.add(new Tamper("payable flipped to true", false, l -> l.replace("\"payable\":false", "\"payable\":true")));
    t.add(new Tamper("quarter amount changed", true, l -> money(l, "amount", 100)));
    t.add(new Tamper("base changed with total", true, l -> money(money(l, "base", 100), "total", 100)));
    t.add(new Tamper("fixed increase changed with total", true,
        l -> money(money(l, "fixedIncrease", 5000), "total", 5000)));
    t.add(new Tamper("extra field", true, l -> l.replace("\"payable\":true", "\"payable\":true,\"iban\":\"BE00\"")));
    t.add(new Tamper("extra quarter field", true, l -> l.replace("\"counted\":true", "\"counted\":true,\"bonus\":1")));
    t.add(new Tamper("missing field", true, l -> l.replace("\"eligible\":true,", "")));
    t.add(new Tamper("duplicate key", true, l -> l.replace("\"total\":", "\"total\":\"0.00\",\"total\":")));
    t.add(new Tamper("number as string", true, l -> l.replace("\"referenceYear\":2024", "\"referenceYear\":\"2024\"")));
    t.add(new Tamper("money as number", true, l -> l.replace("\"fixedIncrease\":\"50.00\"", "\"fixedIncrease\":50")));
    t.add(new Tamper("eligible flipped", true, l -> l.replace("\"eligible\":true", "\"eligible\":false")));
    t.add(new Tamper("a reason that forbids payment", true, l -> l.replace("\"reasons\":[]",
        "\"reasons\":[{\"code\":\"RESIDENCE\",\"article\":\"decree 20 May 2022 art. 4\",\"message\":\"m\"}]")));
    t.add(new Tamper("unknown parameter set", true, l -> l.replace("\"official-2024\"", "\"generous-2024\"")));
    t.add(new Tamper("parameters of another year", true, l -> l.replace("\"official-2024\"", "\"official-2023\"")));
    t.add(new Tamper("NUL in a name", true, l -> l.replaceFirst("\"lastName\":\"", "\"lastName\":\"\\\\u0000")));
    t.add(new Tamper("control character in a name", true,
        l -> l.replaceFirst("\"firstName\":\"", "\"firstName\":\"\\\\u001b[2J")));
    t.add(new Tamper("over-long name", true, l -> l.replaceFirst("\"lastName\":\"", "\"lastName\":\"" + "x".repeat(201))));
    t.addAll(arithmetic());
    return t;
  }

  /** {@code line} with the {@code k}-th value of money field {@code key} replaced by {@code f(cents)}. */
  static String nth(String line, String key, int k, java.util.function.LongUnaryOperator f) {
    int at = -1;
    for (int i = 0; i <= k; i++) {
      at = line.indexOf("\"" + key + "\":\"", at + 1);
      assertTrue(at >= 0, key + " " + k);
    }
    int start = at + key.length() + 4;
    int end = line.indexOf('"', start);
    long cents = new java.math.BigDecimal(line.substring(start, end)).movePointRight(2).longValueExact();
    return line.substring(0, start) + be.jobbonus.core.Euro.format(f.applyAsLong(cents)) + line.substring(end);
  }

  /**
   * Seeded changes of a payable line's arithmetic, each one the calculator could never write, that
   * notify refuses without a seal: a quarter's wage (to 1.00 as in the campaign, or by 3 cents or
   * more), its reference monthly wage or base amount by a cent, its work fraction, and the same
   * change with the amounts that add up kept as they were.
   */
  static List<Tamper> arithmetic() {
    java.util.Random r = new java.util.Random(Child.SEED + 9);
    List<Tamper> t = new ArrayList<>();
    t.add(new Tamper("quarter wage set to 1.00 (no seal)", true, l -> nth(l, "wage", 0, c -> 100)));
    for (int v = 0; v < 3; v++) {
      long delta = (3 + r.nextInt(40_000)) * (r.nextBoolean() ? 1 : -1);
      t.add(new Tamper("quarter wage moved by " + delta + " cents (seeded)", true,
          l -> nth(l, "wage", 0, c -> Math.max(0, c + delta) == c ? c + 3 : Math.max(0, c + delta))));
    }
    int cent = r.nextBoolean() ? 1 : -1;
    t.add(new Tamper("reference monthly wage moved by a cent (seeded)", true,
        l -> nth(l, "referenceMonthlyWage", 0, c -> c + cent)));
    t.add(new Tamper("base amount moved by a cent (seeded)", true, l -> nth(l, "baseAmount", 0, c -> c + 1)));
    t.add(new Tamper("work fraction changed", true,
        l -> l.replaceFirst("\"workFraction\":\"1.00\"", "\"workFraction\":\"0.95\"")
            .replaceFirst("\"workFraction\":\"0.80\"", "\"workFraction\":\"0.85\"")));
    long more = 1 + r.nextInt(500);
    t.add(new Tamper("quarter amount, base and total raised together by " + more + " cents (seeded)", true,
        l -> nth(nth(nth(l, "amount", 0, c -> c + more), "base", 0, c -> c + more), "total", 0, c -> c + more)));
    return t;
  }

  @TestFactory
  Stream<DynamicTest> aTamperedLineIsRejectedAndNeverSent() {
    return tampers().stream().map(t -> DynamicTest.dynamicTest(t.name(), () -> {
      int i = t.onPayable() ? payable : notPayable;
      String changed = t.edit().apply(lines.get(i));
      assertFalse(changed.equals(lines.get(i)), "the tamper changed nothing");
      List<String> all = new ArrayList<>(lines);
      all.set(i, changed);
      Path in = Files.write(d.resolve("tampered.jsonl"), all);
      String insz = JsonMapper.builder().build().readTree(lines.get(i)).get("insz").stringValue();
      Run r = cli("notify", "--results", s(in), "--out", s(d.resolve("v.jsonl")));
      assertEquals(1, r.code(), t.name() + ": " + r.out() + r.err());
      List<String> rejects = Files.readAllLines(d.resolve("vlabel-rejects.jsonl"));
      assertEquals(1, rejects.size(), rejects.toString());
      JsonNode rej = JsonMapper.builder().build().readTree(rejects.get(0));
      assertEquals(i + 1, rej.get("line").intValue(), rejects.get(0));
      assertFalse(Files.readString(d.resolve("v.jsonl")).contains(insz), "sent to VLABEL");
      assertFalse(r.err().contains(insz), "INSZ in clear");
    }));
  }

  @Test
  void theCompleteResultsAreSentAndTheirSealVerifies() throws Exception {
    Path results = d.resolve("results.jsonl");
    Path seal = d.resolve("results.jsonl.seal");
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    assertEquals(HexFormat.of().formatHex(mac.doFinal(Files.readAllBytes(results))) + "\n", Files.readString(seal));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(seal)));
    Run r = cli("notify", "--results", s(results), "--out", s(d.resolve("v.jsonl")), "--seal-key-file",
        s(d.resolve("key")));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("seal: verified"), r.out());
    assertEquals(3, Files.readAllLines(d.resolve("v.jsonl")).size());
    Run unsealed = cli("notify", "--results", s(results), "--out", s(d.resolve("v2.jsonl")));
    assertTrue(unsealed.out().contains("is not sealed"), unsealed.out());
  }

  /** Seal cases: what to do to the files; each must end in exit 2 with nothing written. */
  @TestFactory
  Stream<DynamicTest> aResultsFileWhoseSealDoesNotVerifyIsRefusedWholly() {
    Map<String, Runnable> cases = new java.util.LinkedHashMap<>();
    cases.put("bad seal: a consistent edit (amount, base and total one cent more)", () -> write("results.jsonl",
        edit(payable, l -> money(money(money(l, "amount", 1), "base", 1), "total", 1))));
    cases.put("bad seal: a line removed", () -> write("results.jsonl", String.join("\n",
        lines.subList(1, lines.size())) + "\n"));
    cases.put("bad seal: the seal edited", () -> write("results.jsonl.seal", "0".repeat(64) + "\n"));
    cases.put("bad seal: not a seal", () -> write("results.jsonl.seal", "hello\n"));
    cases.put("bad seal: no seal", () -> delete("results.jsonl.seal"));
    cases.put("bad seal: another key", () -> write("key", "another-key-of-32-bytes-0123456789\n"));
    cases.put("bad seal: a key too short", () -> write("key", "short\n"));
    cases.put("bad key: others can read it (refused, not warned)", () -> mode("key", "rw-r--r--"));
    cases.put("bad key: others can write it", () -> mode("key", "rw--w--w-"));
    return cases.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      e.getValue().run();
      Files.writeString(d.resolve("v.jsonl"), "previous\n");
      Map<String, String> before = Snapshot.of(d);
      Run r = cli("notify", "--results", s(d.resolve("results.jsonl")), "--out", s(d.resolve("v.jsonl")),
          "--seal-key-file", s(d.resolve("key")));
      assertEquals(2, r.code(), r.out() + r.err());
      assertTrue(r.err().contains("seal") || r.err().contains("key"), r.err());
      assertEquals(before, Snapshot.of(d), "nothing written");
      assertFalse(r.err().contains(KEY), "the key is never printed");
    }));
  }

  @Test
  void aKeyItsGroupCanReadIsUsedWithAWarning() {
    mode("key", "rw-r-----");
    Run c = cli("calculate", "--year", "2024", "--persons", s(d.resolve("persons.csv")), "--dmfa",
        s(d.resolve("dmfa.jsonl")), "--out", s(d.resolve("results.jsonl")), "--seal-key-file", s(d.resolve("key")));
    assertEquals(1, c.code(), c.err());
    assertTrue(c.err().contains("warning: --seal-key-file") && c.err().contains("group"), c.err());
    Run r = cli("notify", "--results", s(d.resolve("results.jsonl")), "--out", s(d.resolve("v.jsonl")),
        "--seal-key-file", s(d.resolve("key")));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("warning: --seal-key-file"), r.err());
    assertFalse(c.err().contains(KEY) || r.err().contains(KEY) || r.out().contains(KEY));
  }

  @Test
  void calculateRefusesAKeyOthersCanReadBeforeAnyWork() {
    mode("key", "rw-rw-r--");
    Map<String, String> before = Snapshot.of(d);
    Run c = cli("calculate", "--year", "2024", "--persons", s(d.resolve("persons.csv")), "--dmfa",
        s(d.resolve("dmfa.jsonl")), "--out", s(d.resolve("results.jsonl")), "--seal-key-file", s(d.resolve("key")));
    assertEquals(2, c.code(), c.err());
    assertTrue(c.err().contains("chmod 600"), c.err());
    assertEquals(before, Snapshot.of(d));
  }

  void mode(String name, String mode) {
    try {
      Files.setPosixFilePermissions(d.resolve(name), PosixFilePermissions.fromString(mode));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  String edit(int i, UnaryOperator<String> f) {
    List<String> all = new ArrayList<>(lines);
    all.set(i, f.apply(all.get(i)));
    return String.join("\n", all) + "\n";
  }

  void write(String name, String text) {
    try {
      Files.writeString(d.resolve(name), text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  void delete(String name) {
    try {
      Files.delete(d.resolve(name));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

package be.jobbonus.core.batch;

import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.parameters.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The value domains of the DmfA zones the derivation reads, as data with source and status
 * ({@code dmfa-domains.json} beside this class, docs/dmfa.md §7, §8): the service codes of annex 8
 * and the remuneration codes of annex 7, each with the quarters it is valid in. A service with days
 * or hours, or a remuneration with an amount, under a code not known in its quarter refuses its
 * line ({@link DmfaAccumulator}): its days or its amount could be neither counted nor left out with
 * certainty. Immutable; loaded once.
 */
public final class DmfaDomains {

  /** One code list: its codes with their validity, its status and source. */
  public static final class Codes {
    private final int[] code;
    private final int[] from; // YYYYQ, inclusive
    private final int[] to;
    private final Status status;
    private final String source;

    /** A list from its JSON object ({@code status}, {@code source}, {@code codes}); also read by {@link DmfaExclusions}. */
    Codes(JsonNode n) {
      status = Status.valueOf(n.get("status").asString());
      source = n.get("source").asString();
      List<int[]> rows = new ArrayList<>();
      for (JsonNode c : n.get("codes")) {
        rows.add(new int[] {c.get("code").asInt(), quarter(c.get("from"), 10),
            quarter(c.get("to"), 99_994)});
      }
      code = rows.stream().mapToInt(r -> r[0]).toArray();
      from = rows.stream().mapToInt(r -> r[1]).toArray();
      to = rows.stream().mapToInt(r -> r[2]).toArray();
    }

    private static int quarter(JsonNode n, int absent) {
      if (n == null) {
        return absent;
      }
      YearQuarter q = YearQuarter.parse(n.asString());
      return q.year() * 10 + q.quarter();
    }

    /** Whether {@code c} is a code of the list in {@code quarter}. */
    public boolean known(int c, YearQuarter quarter) {
      int q = quarter.year() * 10 + quarter.quarter();
      for (int i = 0; i < code.length; i++) {
        if (code[i] == c && from[i] <= q && q <= to[i]) {
          return true;
        }
      }
      return false;
    }

    /** A table by code (0-{@value LineChecks#MAX_CODE}) of the codes known in {@code quarter}. */
    boolean[] table(YearQuarter quarter) {
      boolean[] t = new boolean[LineChecks.MAX_CODE + 1];
      int q = quarter.year() * 10 + quarter.quarter();
      for (int i = 0; i < code.length; i++) {
        if (code[i] >= 0 && code[i] < t.length && from[i] <= q && q <= to[i]) {
          t[code[i]] = true;
        }
      }
      return t;
    }

    public Status status() {
      return status;
    }

    public String source() {
      return source;
    }
  }

  private static final DmfaDomains OFFICIAL = load();

  private final Codes serviceCodes;
  private final Codes remunerationCodes;
  private final long nossMin;
  private final long nossMax;
  private final long companyIdMax;
  private final long checkModulus;
  private final String nossSource;
  private final String companyIdSource;

  private DmfaDomains(JsonNode root) {
    serviceCodes = new Codes(root.get("serviceCodes"));
    remunerationCodes = new Codes(root.get("remunerationCodes"));
    JsonNode noss = root.get("nossRegistrationNbr");
    nossMin = noss.get("min").asLong();
    nossMax = noss.get("max").asLong();
    nossSource = noss.get("source").asString();
    JsonNode company = root.get("companyId");
    companyIdMax = company.get("max").asLong();
    checkModulus = company.get("checkModulus").asLong();
    companyIdSource = company.get("source").asString();
  }

  /**
   * Whether {@code n} is an RSZ (NOSS) registration number of zone 00011 other than 0: within the
   * range of definitive numbers (the check digits' rule is not published: not checked).
   */
  public boolean nossNumber(long n) {
    return n >= nossMin && n <= nossMax;
  }

  /**
   * Whether {@code n} is an enterprise number of zone 00014 other than 0: at most the schema's
   * maximum (the first of 10 digits 0 or 1) and its last two digits 97 − (the first eight mod 97).
   */
  public boolean enterpriseNumber(long n) {
    if (n <= 0 || n > companyIdMax) {
      return false;
    }
    long first = n / 100;
    return n % 100 == checkModulus - first % checkModulus;
  }

  /** The smallest and largest RSZ number of zone 00011, for messages. */
  public long nossMin() {
    return nossMin;
  }

  public long nossMax() {
    return nossMax;
  }

  /** Where the RSZ number's domain comes from. */
  public String nossSource() {
    return nossSource;
  }

  /** Where the enterprise number's domain comes from. */
  public String companyIdSource() {
    return companyIdSource;
  }

  /** The domains of the RSZ's published lists. */
  public static DmfaDomains official() {
    return OFFICIAL;
  }

  /** Annex 8: the service (working-time) codes, zone 00062. */
  public Codes serviceCodes() {
    return serviceCodes;
  }

  /** Annex 7: the remuneration codes, zone 00067. */
  public Codes remunerationCodes() {
    return remunerationCodes;
  }

  private static DmfaDomains load() {
    try (InputStream in = DmfaDomains.class.getResourceAsStream("dmfa-domains.json")) {
      if (in == null) {
        throw new IllegalStateException("dmfa-domains.json is missing from the jar");
      }
      return new DmfaDomains(JsonMapper.builder().build().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dmfa-domains.json", e);
    }
  }
}

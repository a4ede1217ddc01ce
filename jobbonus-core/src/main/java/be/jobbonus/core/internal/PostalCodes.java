package be.jobbonus.core.internal;

import be.jobbonus.core.Region;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Belgian postal-code ranges as data ({@code be/jobbonus/core/postal-codes.json}): the region
 * and, in the Flemish Region, the province of each code from 1000 to 9999. Every range has its
 * source and status; the ranges must cover every code once. Loaded once; immutable.
 */
public final class PostalCodes {

  /** The resource with the ranges. */
  public static final String RESOURCE = "/be/jobbonus/core/postal-codes.json";

  private static final class Shipped {
    static final PostalCodes INSTANCE = load();
  }

  private final Region[] region = new Region[Region.HIGHEST_POSTAL_CODE - Region.LOWEST_POSTAL_CODE + 1];
  private final Region.Province[] province = new Region.Province[region.length];
  private final int ranges;

  private PostalCodes(JsonNode root) {
    int n = 0;
    for (JsonNode r : root.get("ranges")) {
      int from = r.get("from").intValue();
      int to = r.get("to").intValue();
      String status = r.path("status").asString("");
      if (r.path("source").asString("").isBlank() || !(status.equals("L") || status.equals("S") || status.equals("I"))) {
        throw new IllegalArgumentException("postal codes " + from + "-" + to + ": a range needs a source and a status L, S or I");
      }
      if (from < Region.LOWEST_POSTAL_CODE || to > Region.HIGHEST_POSTAL_CODE || from > to) {
        throw new IllegalArgumentException("postal codes " + from + "-" + to + ": outside 1000-9999");
      }
      Region reg = Region.valueOf(r.get("region").asString());
      Region.Province prov = r.has("province") ? Region.Province.valueOf(r.get("province").asString()) : null;
      if ((prov != null) != (reg == Region.FLEMISH_REGION)) {
        throw new IllegalArgumentException("postal codes " + from + "-" + to + ": a province exactly in the Flemish Region");
      }
      for (int c = from; c <= to; c++) {
        if (region[c - Region.LOWEST_POSTAL_CODE] != null) {
          throw new IllegalArgumentException("postal code " + c + " is in two ranges");
        }
        region[c - Region.LOWEST_POSTAL_CODE] = reg;
        province[c - Region.LOWEST_POSTAL_CODE] = prov;
      }
      n++;
    }
    for (int i = 0; i < region.length; i++) {
      if (region[i] == null) {
        throw new IllegalArgumentException("postal code " + (i + Region.LOWEST_POSTAL_CODE) + " is in no range");
      }
    }
    ranges = n;
  }

  /** The ranges shipped with the library. */
  public static PostalCodes shipped() {
    return Shipped.INSTANCE;
  }

  private static PostalCodes load() {
    try (InputStream in = PostalCodes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " missing");
      }
      return new PostalCodes(JsonMapper.builder().build().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether {@code code} is a four-digit Belgian postal code (1000-9999). */
  public static boolean valid(int code) {
    return code >= Region.LOWEST_POSTAL_CODE && code <= Region.HIGHEST_POSTAL_CODE;
  }

  private static int index(int code) {
    if (!valid(code)) {
      throw new IllegalArgumentException("a Belgian postal code has four digits, 1000 to 9999");
    }
    return code - Region.LOWEST_POSTAL_CODE;
  }

  public Region region(int code) {
    return region[index(code)];
  }

  public Optional<Region.Province> province(int code) {
    return Optional.ofNullable(province[index(code)]);
  }

  /** The lowest and highest code of {@code p} in each of its ranges, as pairs: {from, to, from, to, ...}. */
  public int[] ranges(Region.Province p) {
    int[] out = new int[8];
    int n = 0;
    for (int i = 0; i < province.length; i++) {
      if (province[i] == p && (i == 0 || province[i - 1] != p)) {
        int j = i;
        while (j + 1 < province.length && province[j + 1] == p) {
          j++;
        }
        if (n == out.length) {
          out = java.util.Arrays.copyOf(out, n * 2);
        }
        out[n++] = i + Region.LOWEST_POSTAL_CODE;
        out[n++] = j + Region.LOWEST_POSTAL_CODE;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  @Override
  public String toString() {
    return "PostalCodes[" + ranges + " ranges]";
  }
}

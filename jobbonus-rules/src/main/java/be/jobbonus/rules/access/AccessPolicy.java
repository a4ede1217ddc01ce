package be.jobbonus.rules.access;

import be.jobbonus.core.parameters.Status;
import be.jobbonus.rules.internal.ProtocolData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Who may process which data for what (protocol art. 2, 3, 4 and 6): the purposes per party and the
 * recipient services per party as data, and the decision for an access or a transfer.
 *
 * <p>An access is allowed when the service is listed in art. 4, the purpose is one of the
 * protocol's and belongs to the service's party, the purpose is not reserved to other services
 * (VSI's supervision: VSI; reporting: the Studiedienst), the service is not limited to other
 * purposes (the Studiedienst: reporting only), and the purpose may use the data group (VLABEL never
 * gets {@link DataGroup#SOURCE_DATA}, art. 3; reporting uses
 * {@link DataGroup#PSEUDONYMISED_OR_AGGREGATED} only). Anything else is refused with the reason and
 * the article. Every article cited, for an allowance or a refusal, comes from the data with its
 * status. Immutable and thread-safe.
 *
 * <pre>{@code
 * Decision d = AccessPolicy.official().decide("VLABEL_FINANCIELE_OPVOLGING", "VLABEL_PAYMENT",
 *     DataGroup.IDENTIFICATION);
 * }</pre>
 */
public final class AccessPolicy {

  /** Class-path resource of the official purposes and services. */
  public static final String OFFICIAL_RESOURCE = "/be/jobbonus/rules/access/protocol-access.json";

  private static final Supplier<AccessPolicy> OFFICIAL =
      ProtocolData.official(AccessPolicy.class, OFFICIAL_RESOURCE, AccessPolicy::parse);

  /** The refusals that are not tied to a purpose or a service, each cited in the data. */
  enum Refusal {
    /** The recipient is not a service of art. 4. */
    unlistedService,
    /** No purpose of the protocol was named (art. 2). */
    noPurpose,
    /** Source data for VLABEL (art. 3). */
    sourceDataToVlabel,
    /** An onward communication to a third party (art. 4). */
    thirdParty
  }

  private final String protocol;
  private final Map<String, Purpose> purposes;
  private final Map<String, RecipientService> services;
  private final Map<Refusal, Citation> refusals;

  private AccessPolicy(String protocol, Map<String, Purpose> purposes, Map<String, RecipientService> services,
      Map<Refusal, Citation> refusals) {
    this.protocol = protocol;
    this.purposes = Collections.unmodifiableMap(purposes);
    this.services = Collections.unmodifiableMap(services);
    this.refusals = Collections.unmodifiableMap(refusals);
  }

  /**
   * The citation of data minimisation towards VLABEL (nothing but the message's fields reaches
   * it), as read from the data; the message reader cites it when it refuses a field.
   */
  public Citation messageMinimisation() {
    return refusals.get(Refusal.sourceDataToVlabel);
  }

  /** The purposes and services of the protocol of 8 September 2022. */
  public static AccessPolicy official() {
    return OFFICIAL.get();
  }


  /**
   * Reads and validates a policy in the form of the official resource.
   *
   * @throws IllegalArgumentException naming the source and the field when the data is not valid
   *     (unknown or missing field, duplicate id, unknown party, data group or status, a purpose
   *     reserved to a service that does not exist or belongs to the other party, a service limited
   *     to a purpose that does not exist or belongs to the other party, a party without purposes or
   *     services, a missing refusal citation)
   */
  public static AccessPolicy parse(String json, String sourceName) {
    Objects.requireNonNull(sourceName, "sourceName");
    JsonNode root = ProtocolData.tree(json, sourceName);
    Loader l = new Loader(sourceName);
    l.fields(root, "", Set.of("protocol", "purposes", "services", "refusals"));
    String protocol = l.text(root, "protocol", "");
    Map<String, RecipientService> services = new LinkedHashMap<>();
    JsonNode ss = l.array(root, "services", "");
    for (int i = 0; i < ss.size(); i++) {
      String path = "services[" + i + "]";
      JsonNode n = ss.get(i);
      l.fields(n, path, Set.of("id", "party", "name", "article", "status", "source", "purposes"));
      Set<String> onlyPurposes = new TreeSet<>();
      if (n.has("purposes")) {
        for (JsonNode p : l.array(n, "purposes", path)) {
          onlyPurposes.add(p.asString());
        }
      }
      RecipientService s = new RecipientService(l.text(n, "id", path), l.party(n, path), l.text(n, "name", path),
          l.text(n, "article", path), l.status(n, path), l.text(n, "source", path), onlyPurposes);
      if (services.putIfAbsent(s.id(), s) != null) {
        throw l.error(path + ".id", "duplicate service id " + s.id());
      }
    }
    Map<String, Purpose> purposes = new LinkedHashMap<>();
    JsonNode ps = l.array(root, "purposes", "");
    for (int i = 0; i < ps.size(); i++) {
      String path = "purposes[" + i + "]";
      JsonNode n = ps.get(i);
      l.fields(n, path, Set.of("id", "party", "description", "article", "status", "source", "dataGroups",
          "services"));
      Party party = l.party(n, path);
      Set<DataGroup> groups = EnumSet.noneOf(DataGroup.class);
      JsonNode gs = l.array(n, "dataGroups", path);
      for (JsonNode g : gs) {
        try {
          groups.add(DataGroup.valueOf(g.asString()));
        } catch (IllegalArgumentException e) {
          throw l.error(path + ".dataGroups", "unknown data group " + g);
        }
      }
      if (groups.isEmpty()) {
        throw l.error(path + ".dataGroups", "must name at least one data group");
      }
      Set<String> only = new TreeSet<>();
      if (n.has("services")) {
        for (JsonNode s : l.array(n, "services", path)) {
          RecipientService rs = services.get(s.asString());
          if (rs == null) {
            throw l.error(path + ".services", "unknown service " + s);
          }
          if (rs.party() != party) {
            throw l.error(path + ".services", "service " + rs.id() + " belongs to " + rs.party());
          }
          only.add(rs.id());
        }
      }
      Purpose p = new Purpose(l.text(n, "id", path), party, l.text(n, "description", path), l.text(n, "article", path),
          l.status(n, path), l.text(n, "source", path), groups, only);
      if (services.containsKey(p.id()) || purposes.putIfAbsent(p.id(), p) != null) {
        throw l.error(path + ".id", "duplicate id " + p.id());
      }
    }
    int i = 0;
    for (RecipientService s : services.values()) {
      for (String id : s.onlyPurposes()) {
        Purpose p = purposes.get(id);
        if (p == null) {
          throw l.error("services[" + i + "].purposes", "unknown purpose " + id);
        }
        if (p.party() != s.party()) {
          throw l.error("services[" + i + "].purposes", "purpose " + id + " belongs to " + p.party());
        }
      }
      i++;
    }
    Map<Refusal, Citation> refusals = new EnumMap<>(Refusal.class);
    JsonNode rs = root.get("refusals");
    l.fields(rs, "refusals", Arrays.stream(Refusal.values()).map(Enum::name)
        .collect(Collectors.toSet()));
    for (Refusal r : Refusal.values()) {
      String path = "refusals." + r.name();
      JsonNode n = rs.get(r.name());
      l.fields(n, path, Set.of("article", "status", "source"));
      refusals.put(r, new Citation(l.text(n, "article", path), l.status(n, path), l.text(n, "source", path)));
    }
    for (Party party : Party.values()) {
      if (purposes.values().stream().noneMatch(p -> p.party() == party)) {
        throw l.error("purposes", "no purpose for " + party);
      }
      if (services.values().stream().noneMatch(s -> s.party() == party)) {
        throw l.error("services", "no service for " + party);
      }
    }
    return new AccessPolicy(protocol, purposes, services, refusals);
  }

  /** The protocol the data describes. */
  public String protocol() {
    return protocol;
  }

  /** All purposes of art. 2, in data order. */
  public List<Purpose> purposes() {
    return List.copyOf(purposes.values());
  }

  /** The purposes of one party. */
  public List<Purpose> purposes(Party party) {
    return purposes.values().stream().filter(p -> p.party() == party).toList();
  }

  /** All recipient services of art. 4, in data order. */
  public List<RecipientService> services() {
    return List.copyOf(services.values());
  }

  /** The services of one party. */
  public List<RecipientService> services(Party party) {
    return services.values().stream().filter(s -> s.party() == party).toList();
  }

  public Optional<Purpose> purpose(String id) {
    return Optional.ofNullable(purposes.get(id));
  }

  public Optional<RecipientService> service(String id) {
    return Optional.ofNullable(services.get(id));
  }

  /**
   * Decides an access by a service of a party, for a purpose, to a data group (art. 2, 3, 4, 6).
   *
   * @param serviceId a service id of {@link #services()}; any other value is refused (art. 4)
   * @param purposeId a purpose id of {@link #purposes()}; any other value is refused (art. 2)
   */
  public Decision decide(String serviceId, String purposeId, DataGroup group) {
    Objects.requireNonNull(group, "group");
    RecipientService s = serviceId == null ? null : services.get(serviceId);
    if (s == null) {
      return Decision.refuse("the recipient is not a service listed in the protocol",
          refusals.get(Refusal.unlistedService));
    }
    Purpose p = purposeId == null ? null : purposes.get(purposeId);
    if (p == null) {
      return Decision.refuse("no purpose of the protocol was named: processing for any other purpose is not allowed",
          refusals.get(Refusal.noPurpose));
    }
    if (p.party() != s.party()) {
      return Decision.refuse("purpose " + p.id() + " is " + p.party() + "'s; service " + s.id() + " belongs to "
          + s.party(), p.citation());
    }
    if (!s.onlyPurposes().isEmpty() && !s.onlyPurposes().contains(p.id())) {
      return Decision.refuse("service " + s.id() + " acts only for " + s.onlyPurposes(), s.citation());
    }
    if (!p.onlyServices().isEmpty() && !p.onlyServices().contains(s.id())) {
      return Decision.refuse("purpose " + p.id() + " is reserved to " + p.onlyServices(), p.citation());
    }
    if (!p.dataGroups().contains(group)) {
      Citation by = group == DataGroup.SOURCE_DATA && s.party() == Party.VLABEL
          ? refusals.get(Refusal.sourceDataToVlabel) : p.citation();
      return Decision.refuse("purpose " + p.id() + " does not need " + group + " (data minimisation); it may use "
          + new TreeSet<>(p.dataGroups()), by);
    }
    return Decision.allow(s.id() + " may use " + group + " for " + p.id(), p.article() + "; " + s.article(),
        Citation.weakest(p.status(), s.status()));
  }

  /**
   * Decides a communication by {@code from} to a recipient. A recipient that is a listed service is
   * decided by {@link #decide}; any other recipient is a third party: refused here, with the duty to
   * notify the other party beforehand and to conclude a protocol where required (art. 4).
   *
   * @param recipient a service id, or a free description of a third party (not echoed)
   */
  public Decision decideExport(Party from, String recipient, String purposeId, DataGroup group) {
    Objects.requireNonNull(from, "from");
    if (recipient != null && services.containsKey(recipient)) {
      return decide(recipient, purposeId, group);
    }
    Citation c = refusals.get(Refusal.thirdParty);
    NotificationDuty duty = new NotificationDuty(from.other(), c.article(),
        "notify " + from.other() + " before any communication to a third party, and conclude a protocol for it where"
            + " the law requires one");
    return new Decision(false,
        "the recipient is a third party, not a service listed in the protocol: the library does not export to it",
        c.article(), c.status(), Optional.of(duty));
  }

  /** Validation helper: errors name the source and the JSON path. */
  private static final class Loader {
    private final String source;

    Loader(String source) {
      this.source = source;
    }

    IllegalArgumentException error(String path, String message) {
      return new IllegalArgumentException(source + ": " + path + ": " + message);
    }

    void fields(JsonNode n, String path, Set<String> allowed) {
      if (n == null || !n.isObject()) {
        throw error(path.isEmpty() ? "$" : path, "must be an object");
      }
      List<String> unknown = new ArrayList<>();
      for (String name : n.propertyNames()) {
        if (!allowed.contains(name)) {
          unknown.add(name);
        }
      }
      if (!unknown.isEmpty()) {
        throw error(path.isEmpty() ? "$" : path, "unknown field(s) " + unknown);
      }
    }

    String text(JsonNode n, String field, String path) {
      JsonNode v = n.get(field);
      String p = path.isEmpty() ? field : path + "." + field;
      if (v == null || !v.isString() || v.stringValue().isBlank()) {
        throw error(p, "required text");
      }
      return v.stringValue();
    }

    JsonNode array(JsonNode n, String field, String path) {
      JsonNode v = n.get(field);
      if (v == null || !v.isArray()) {
        throw error(path.isEmpty() ? field : path + "." + field, "required array");
      }
      return v;
    }

    Status status(JsonNode n, String path) {
      String t = text(n, "status", path);
      try {
        return Status.valueOf(t);
      } catch (IllegalArgumentException e) {
        throw error(path + ".status", "must be L, S or I");
      }
    }

    Party party(JsonNode n, String path) {
      String t = text(n, "party", path);
      try {
        return Party.valueOf(t);
      } catch (IllegalArgumentException e) {
        throw error(path + ".party", "unknown party " + t + " (DWSE or VLABEL)");
      }
    }
  }
}

package be.jobbonus.cli.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The exported API of the six published library modules is exactly the one docs/library.md lists
 * under "The exported API": every public type of a package its module-info exports to everyone,
 * and nothing else. No exported signature mentions a type of the project that is not exported, and
 * an exported type's instance fields are final (immutable values), unless the list marks the type
 * as mutable. A change to the API is a change to that list, which the CHANGELOG and the API-diff
 * check in CI then see.
 */
class ExportedApiTest {

  /** The published library modules and a class of each (to find its classes). */
  private static final List<Class<?>> MODULES = List.of(be.jobbonus.core.Insz.class,
      be.jobbonus.rules.message.VlabelMessage.class, be.jobbonus.io.CalculateRun.class,
      be.jobbonus.fixtures.synthetic.SyntheticPopulation.class, be.jobbonus.scenarios.ScenarioRunner.class,
      be.jobbonus.notice.Notices.class);

  /** A documented type: "- `be.jobbonus.x.Type`" or "- `be.jobbonus.x.Type.Nested`", "(mutable)" after it. */
  private static final Pattern LISTED = Pattern.compile("^- `(be\\.jobbonus\\.[\\w.$]+)`(.*)$", Pattern.MULTILINE);

  @Test
  void theExportedTypesAreTheDocumentedOnes() throws Exception {
    Set<String> exported = new TreeSet<>();
    for (Class<?> c : MODULES) {
      for (Class<?> t : exportedTypes(c)) {
        exported.add(t.getName().replace('$', '.'));
      }
    }
    Set<String> documented = new TreeSet<>(documented().keySet());
    Set<String> missing = new TreeSet<>(exported);
    missing.removeAll(documented);
    Set<String> extra = new TreeSet<>(documented);
    extra.removeAll(exported);
    assertEquals("exported but not listed: []; listed but not exported: []",
        "exported but not listed: " + missing + "; listed but not exported: " + extra,
        "docs/library.md, 'The exported API', must list every exported public type and nothing else");
  }

  @Test
  void coreAndIoStayAboutFortyTopLevelTypes() throws Exception {
    long n = Stream.concat(exportedTypes(MODULES.get(0)).stream(), exportedTypes(MODULES.get(2)).stream())
        .filter(t -> t.getEnclosingClass() == null).count();
    assertTrue(n <= 47, "core + io export " + n + " top-level types (35 + 12 in 0.2.0); the aim is about 40");
  }

  @Test
  void noExportedSignatureMentionsATypeThatIsNotExported() throws Exception {
    Set<String> exportedPackages = new TreeSet<>();
    List<Class<?>> types = new ArrayList<>();
    for (Class<?> c : MODULES) {
      exportedPackages.addAll(exportedPackages(c));
      types.addAll(exportedTypes(c));
    }
    List<String> faults = new ArrayList<>();
    for (Class<?> t : types) {
      List<Type> mentioned = new ArrayList<>();
      if (t.getGenericSuperclass() != null) {
        mentioned.add(t.getGenericSuperclass());
      }
      mentioned.addAll(List.of(t.getGenericInterfaces()));
      for (Field f : t.getDeclaredFields()) {
        if (visible(f.getModifiers())) {
          mentioned.add(f.getGenericType());
        }
      }
      List<Executable> members = new ArrayList<>(List.of(t.getDeclaredMethods()));
      members.addAll(List.<Constructor<?>>of(t.getDeclaredConstructors()));
      for (Executable e : members) {
        if (!visible(e.getModifiers()) || e.isSynthetic()) {
          continue;
        }
        if (e instanceof Method m) {
          mentioned.add(m.getGenericReturnType());
        }
        mentioned.addAll(List.of(e.getGenericParameterTypes()));
        mentioned.addAll(List.of(e.getGenericExceptionTypes()));
      }
      for (Type m : mentioned) {
        for (Class<?> c : classesIn(m)) {
          String p = c.getPackageName();
          if (p.startsWith("be.jobbonus") && !exportedPackages.contains(p)) {
            faults.add(t.getName() + " mentions " + c.getName());
          }
        }
      }
    }
    assertEquals(List.of(), faults);
  }

  @Test
  void exportedTypesAreImmutableUnlessDocumentedOtherwise() throws Exception {
    var documented = documented();
    List<String> faults = new ArrayList<>();
    for (Class<?> c : MODULES) {
      for (Class<?> t : exportedTypes(c)) {
        String note = documented.getOrDefault(t.getName().replace('$', '.'), "");
        if (t.isEnum() || t.isInterface() || note.contains("mutable")) {
          continue;
        }
        for (Field f : t.getDeclaredFields()) {
          if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isFinal(f.getModifiers())) {
            faults.add(t.getName() + "." + f.getName() + " is not final");
          }
        }
      }
    }
    assertEquals(List.of(), faults, "an exported type with state that changes must be marked (mutable) in the list");
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static List<Class<?>> classesIn(Type t) {
    List<Class<?>> out = new ArrayList<>();
    if (t instanceof Class<?> c) {
      while (c.isArray()) {
        c = c.getComponentType();
      }
      out.add(c);
    } else if (t instanceof ParameterizedType p) {
      out.addAll(classesIn(p.getRawType()));
      for (Type a : p.getActualTypeArguments()) {
        out.addAll(classesIn(a));
      }
    } else if (t instanceof GenericArrayType g) {
      out.addAll(classesIn(g.getGenericComponentType()));
    } else if (t instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        out.addAll(classesIn(b));
      }
      for (Type b : w.getLowerBounds()) {
        out.addAll(classesIn(b));
      }
    } else if (t instanceof TypeVariable<?> v) {
      for (Type b : v.getBounds()) {
        if (b != t) {
          out.addAll(classesIn(b));
        }
      }
    }
    return out;
  }

  /** The documented types with what follows each on its line. */
  private static java.util.Map<String, String> documented() throws IOException {
    String library = Files.readString(root().resolve("docs/library.md"));
    int start = library.indexOf("## The exported API");
    assertTrue(start >= 0, "docs/library.md has no section 'The exported API'");
    int end = library.indexOf("\n## ", start + 1);
    String section = library.substring(start, end < 0 ? library.length() : end);
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    Matcher m = LISTED.matcher(section);
    while (m.find()) {
      out.put(m.group(1), m.group(2));
    }
    return out;
  }

  private static Set<String> exportedPackages(Class<?> anyClass) throws URISyntaxException {
    Path location = Path.of(anyClass.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor d = ModuleFinder.of(location).findAll().iterator().next().descriptor();
    return d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Every public type (nested ones included) of the packages the module exports to everyone. */
  private static List<Class<?>> exportedTypes(Class<?> anyClass) throws Exception {
    Path location = Path.of(anyClass.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> packages = exportedPackages(anyClass);
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
          String n = location.relativize(f).toString().replace(java.io.File.separatorChar, '.');
          names.add(n.substring(0, n.length() - ".class".length()));
        });
      }
    } else {
      try (java.util.jar.JarFile jar = new java.util.jar.JarFile(location.toFile())) {
        jar.stream().map(java.util.jar.JarEntry::getName).filter(n -> n.endsWith(".class"))
            .forEach(n -> names.add(n.substring(0, n.length() - ".class".length()).replace('/', '.')));
      }
    }
    List<Class<?>> out = new ArrayList<>();
    for (String n : names) {
      if (n.endsWith("module-info") || n.endsWith("package-info")) {
        continue;
      }
      int dot = n.lastIndexOf('.');
      if (!packages.contains(n.substring(0, dot))) {
        continue;
      }
      Class<?> c = Class.forName(n, false, anyClass.getClassLoader());
      if (c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
        continue;
      }
      boolean visible = true;
      for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
        visible &= Modifier.isPublic(k.getModifiers());
      }
      if (visible) {
        out.add(c);
      }
    }
    return out;
  }

  private static Path root() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("README.md")) && Files.isRegularFile(d.resolve("mvnw"))) {
        return d;
      }
    }
    throw new IllegalStateException("README.md not found above " + Path.of("").toAbsolutePath());
  }
}

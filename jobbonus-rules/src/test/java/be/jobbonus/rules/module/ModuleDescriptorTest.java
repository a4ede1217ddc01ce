package be.jobbonus.rules.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The compiled module descriptor exports the API packages only and requires what the brief says. */
class ModuleDescriptorTest {

  @Test
  void art6_moduleExportsOnlyTheApiPackages() {
    ModuleDescriptor d = ModuleFinder.of(Path.of("target", "classes")).find("be.jobbonus.rules").orElseThrow()
        .descriptor();
    assertEquals(Set.of("be.jobbonus.rules.message", "be.jobbonus.rules.access",
        "be.jobbonus.rules.pseudonym", "be.jobbonus.rules.retention", "be.jobbonus.rules.deadlines"),
        d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    assertTrue(d.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified));
    assertTrue(d.opens().isEmpty(), "no reflection into the module is needed (Jackson tree model only)");
    Set<String> requires = d.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
    assertTrue(requires.containsAll(Set.of("be.jobbonus.core", "tools.jackson.databind")), requires.toString());
  }
}

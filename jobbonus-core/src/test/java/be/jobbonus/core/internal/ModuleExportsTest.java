package be.jobbonus.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The engine and its arithmetic stay inside the module: only the API packages are exported to
 * everyone, the batch columns to the project's own modules, the words per language to the notice.
 */
class ModuleExportsTest {

  @Test
  void onlyTheApiPackagesAreExported() {
    ModuleDescriptor d = ModuleFinder.of(Path.of("target", "classes")).find("be.jobbonus.core").orElseThrow()
        .descriptor();
    assertEquals(Set.of("be.jobbonus.core", "be.jobbonus.core.parameters", "be.jobbonus.core.calculation",
        "be.jobbonus.core.dmfa"),
        d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    assertEquals(Set.of("be.jobbonus.core.batch", "be.jobbonus.core.text"), d.exports().stream()
        .filter(ModuleDescriptor.Exports::isQualified).map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    ModuleDescriptor.Exports batch = d.exports().stream().filter(e -> e.source().equals("be.jobbonus.core.batch"))
        .findFirst().orElseThrow();
    assertEquals(Set.of("be.jobbonus.io", "be.jobbonus.fixtures", "be.jobbonus.scenarios", "be.jobbonus.benchmarks"),
        batch.targets());
    ModuleDescriptor.Exports text = d.exports().stream().filter(e -> e.source().equals("be.jobbonus.core.text"))
        .findFirst().orElseThrow();
    assertEquals(Set.of("be.jobbonus.notice"), text.targets(), "the words per language: for the notice only");
    assertTrue(d.packages().contains("be.jobbonus.core.internal"), d.packages().toString());
    assertTrue(d.opens().isEmpty());
  }
}

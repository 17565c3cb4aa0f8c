package vn.phuly.thanthien.launcher;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The allowed directions of dependency (docs/architecture.md), checked on the compiled classes of
 * every module the launcher holds (core, sample, airflow, cli, launcher; the benchmarks depend on core and
 * sample, and nothing depends on them, so they cannot close a cycle).
 */
@AnalyzeClasses(packages = "vn.phuly.thanthien", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule LAYERS =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("launcher").definedBy("vn.phuly.thanthien.launcher..")
          .layer("cli").definedBy("vn.phuly.thanthien.cli..")
          .layer("sample").definedBy("vn.phuly.thanthien.generate..")
          .layer("jobs").definedBy("vn.phuly.thanthien.ingest..", "vn.phuly.thanthien.warehouse..",
              "vn.phuly.thanthien.report..", "vn.phuly.thanthien.airflow..")
          .layer("foundation").definedBy("vn.phuly.thanthien", "vn.phuly.thanthien.lake..",
              "vn.phuly.thanthien.reference..", "vn.phuly.thanthien.contract..", "vn.phuly.thanthien.privacy..",
              "vn.phuly.thanthien.spark..", "vn.phuly.thanthien.text..")
          .whereLayer("launcher").mayNotBeAccessedByAnyLayer()
          .whereLayer("cli").mayOnlyBeAccessedByLayers("launcher")
          .whereLayer("sample").mayOnlyBeAccessedByLayers("launcher")
          .whereLayer("jobs").mayOnlyBeAccessedByLayers("cli", "launcher")
          .whereLayer("foundation").mayOnlyBeAccessedByLayers("jobs", "cli", "sample", "launcher");

  @ArchTest
  static final ArchRule NO_PACKAGE_CYCLES = slices().matching("vn.phuly.thanthien.(*)..").should().beFreeOfCycles();
}

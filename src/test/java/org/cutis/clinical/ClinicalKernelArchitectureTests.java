package org.cutis.clinical;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The clinical kernel is plain values: no framework, and it knows no clinical module, only the rules. */
@AnalyzeClasses(packages = "org.cutis.clinical", importOptions = ImportOption.DoNotIncludeTests.class)
class ClinicalKernelArchitectureTests {

	@ArchTest
	static final ArchRule frameworkFree = noClasses().that().resideInAPackage("org.cutis.clinical..")
			.and().doNotHaveSimpleName("package-info")
			.should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "org.hibernate..",
					"tools.jackson..", "com.fasterxml.jackson..")
			.because("every module and the FHIR export share these values; they must not drag a framework along");

	@ArchTest
	static final ArchRule knowsOnlyTheRules = noClasses().that().resideInAPackage("org.cutis.clinical..")
			.should().dependOnClassesThat().resideInAnyPackage("org.cutis.shared..", "org.cutis.patient..",
					"org.cutis.lesion..", "org.cutis.biopsy..", "org.cutis.pathology..", "org.cutis.staging..",
					"org.cutis.tumorboard..")
			.because("the kernel sits below every clinical module");
}

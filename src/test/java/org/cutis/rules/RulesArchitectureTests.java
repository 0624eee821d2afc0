package org.cutis.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules module stays framework-free; only the batch adapter may touch Jackson. */
@AnalyzeClasses(packages = "org.cutis.rules", importOptions = ImportOption.DoNotIncludeTests.class)
class RulesArchitectureTests {

	@ArchTest
	static final ArchRule noFrameworkDependencies = noClasses().that().resideInAPackage("org.cutis.rules..")
			// package-info carries the Modulith module declaration: metadata, never executed
			.and().doNotHaveSimpleName("package-info")
			.should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "javax.persistence..",
					"org.hibernate..")
			.because("clinical rules must run in batch mode without Spring, JPA or a servlet container");

	@ArchTest
	static final ArchRule jacksonOnlyInTheBatchAdapter = noClasses().that().resideInAPackage("org.cutis.rules..")
			.and().resideOutsideOfPackage("org.cutis.rules.batch..")
			.should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
			.because("JSON is an adapter concern; policies work on typed value objects");

	@ArchTest
	static final ArchRule policiesDoNotReachBackIntoTheFacade = noClasses().that().resideInAnyPackage(
			"org.cutis.rules.common..", "org.cutis.rules.melanoma..", "org.cutis.rules.cscc..", "org.cutis.rules.bcc..",
			"org.cutis.rules.mohs..", "org.cutis.rules.ctcae..", "org.cutis.rules.followup..")
			.should().dependOnClassesThat().resideInAnyPackage("org.cutis.rules.batch..")
			.because("the batch adapter depends on the rules, never the other way round");

	@ArchTest
	static final ArchRule policiesAreFinal = classes().that().haveSimpleNameEndingWith("Policy")
			.and().resideInAPackage("org.cutis.rules..")
			.should().haveModifier(com.tngtech.archunit.core.domain.JavaModifier.FINAL)
			.because("policies are stateless building blocks, composed rather than subclassed");
}

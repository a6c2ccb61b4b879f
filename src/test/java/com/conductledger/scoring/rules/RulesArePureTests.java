package com.conductledger.scoring.rules;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The rules are pure: reading them is reading the regulation, with no framework in the way. */
@AnalyzeClasses(packages = "com.conductledger", importOptions = ImportOption.DoNotIncludeTests.class)
class RulesArePureTests {

	@ArchTest
	static final ArchRule rulesUseNoFramework = noClasses().that()
		.resideInAnyPackage("com.conductledger.scoring.rules..", "com.conductledger.scorecard..",
				"com.conductledger.explain..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.apache.poi..",
				"net.sf.jasperreports..", "java.sql..", "javax.sql..")
		.because("the penalty schedule's rules are pure functions from facts to ledger entries");

	@ArchTest
	static final ArchRule rulesDependOnlyOnTheScheduleAndPeriods = noClasses().that()
		.resideInAPackage("com.conductledger.scoring.rules..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("com.conductledger.ingest..", "com.conductledger.cli..", "com.conductledger.scoring.job..",
				"com.conductledger.export..")
		.because("rules take facts as values, not from where they are stored");

	@ArchTest
	static final ArchRule theScheduleUsesNoFrameworkButItsConfiguration = noClasses().that()
		.resideInAPackage("com.conductledger.schedule..")
		.and()
		.doNotHaveSimpleName("ScheduleConfiguration")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "jakarta.persistence..")
		.because("the rules read the schedule's values");

}

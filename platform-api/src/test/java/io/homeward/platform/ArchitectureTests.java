package io.homeward.platform;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules Spring Modulith cannot express. Each rule is checked on the real classes and, as
 * a positive control, shown to have something to check, so none can pass vacuously.
 */
class ArchitectureTests {

	static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.homeward.platform");

	@Test
	void graphQlControllersAreNotTransactional() {
		ArchRule rule = noClasses().that()
			.areAnnotatedWith(Controller.class)
			.should()
			.beAnnotatedWith(Transactional.class)
			.orShould()
			.dependOnClassesThat()
			.areAnnotatedWith(jakarta.persistence.Entity.class);
		rule.check(classes);
		assertThat(classes.stream().filter((c) -> c.isAnnotatedWith(Controller.class))).hasSizeGreaterThan(4);
	}

	@Test
	void graphQlPackagesDoNotUsePersistence() {
		noClasses().that()
			.resideInAPackage("..graphql..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("jakarta.persistence..", "org.hibernate..", "org.springframework.data.jpa..")
			.check(classes);
		assertThat(classes.stream().filter((c) -> c.getPackageName().endsWith(".graphql"))).isNotEmpty();
	}

	@Test
	void repositoriesAndEntitiesArePackagePrivate() {
		classes().that()
			.areAssignableTo(Repository.class)
			.or()
			.areAnnotatedWith(jakarta.persistence.Entity.class)
			.should()
			.notBePublic()
			.check(classes);
		assertThat(classes.stream().filter((c) -> c.isAssignableTo(Repository.class))).hasSizeGreaterThan(5);
	}

}

package io.homeward.platform;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import io.homeward.platform.shared.AssignedId;
import io.homeward.platform.shared.GlobalId;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import org.springframework.core.ResolvableType;
import org.springframework.data.domain.Persistable;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
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

	/**
	 * The compiler plugin decides what changed by looking, for each source file, for a
	 * class of its name: a file holding only types of other names looked changed on every
	 * build, so every run of the demo recompiled the whole module, twice.
	 */
	@Test
	void eachSourceFileHasATopLevelTypeOfItsName() {
		Map<String, Set<String>> typesByFile = classes.stream()
			.filter(JavaClass::isTopLevelClass)
			.filter((c) -> c.getSource().flatMap((source) -> source.getFileName()).isPresent())
			.collect(Collectors.groupingBy(
					(c) -> c.getPackageName() + "." + c.getSource().flatMap((source) -> source.getFileName()).get(),
					Collectors.mapping(JavaClass::getSimpleName, Collectors.toSet())));
		assertThat(typesByFile).hasSizeGreaterThan(300);
		assertThat(typesByFile.entrySet()
			.stream()
			.filter((file) -> !file.getKey().endsWith(".package-info.java"))
			.filter((file) -> !file.getValue().contains(file.getKey().replaceAll("^.*\\.([^.]+)\\.java$", "$1")))
			.map(Map.Entry::getKey)).isEmpty();
	}

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

	/**
	 * Global ids are decoded once, at the edge: services take UUIDs. Positive control:
	 * the adapters do decode them.
	 */
	@Test
	void onlyTheGraphQlAdaptersDecodeGlobalIds() {
		noClasses().that()
			.resideOutsideOfPackage("..graphql..")
			.and()
			.doNotHaveSimpleName("GlobalId")
			.should()
			.callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(equivalentTo(GlobalId.class)))
				.and(JavaCall.Predicates.target(HasName.Predicates.nameStartingWith("decode"))))
			.check(classes);
		assertThat(classes.stream()
			.filter((c) -> c.getPackageName().endsWith(".graphql"))
			.flatMap((c) -> c.getMethodCallsFromSelf().stream())
			.filter((call) -> call.getTargetOwner().isEquivalentTo(GlobalId.class)
					&& call.getName().startsWith("decode")))
			.isNotEmpty();
	}

	/**
	 * A module's domain and persistence know nothing of its GraphQL adapter: the adapter
	 * depends on the module, never the other way. Positive control: adapters exist and
	 * depend on their modules.
	 */
	@Test
	void modulesDoNotDependOnTheirAdapters() {
		noClasses().that()
			.resideOutsideOfPackage("..graphql..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.homeward.platform.consolidation.graphql..",
					"io.homeward.platform.customs.graphql..", "io.homeward.platform.network.graphql..",
					"io.homeward.platform.pricing.graphql..", "io.homeward.platform.returns.graphql..",
					"io.homeward.platform.tenancy.graphql..")
			.check(classes);
		assertThat(classes.stream()
			.filter((c) -> c.getPackageName().matches("io\\.homeward\\.platform\\.\\w+\\.graphql")
					&& !c.getPackageName().startsWith("io.homeward.platform.shared")))
			.hasSizeGreaterThan(8);
	}

	/**
	 * Inputs, payloads and controllers are the adapter's own: nothing else uses them, so
	 * none is public. Positive control: there are such classes.
	 */
	@Test
	void adapterTypesArePackagePrivate() {
		classes().that()
			.resideInAnyPackage("io.homeward.platform.consolidation.graphql..",
					"io.homeward.platform.customs.graphql..", "io.homeward.platform.network.graphql..",
					"io.homeward.platform.pricing.graphql..", "io.homeward.platform.returns.graphql..",
					"io.homeward.platform.tenancy.graphql..")
			.and()
			.areTopLevelClasses()
			.should()
			.notBePublic()
			.check(classes);
		assertThat(classes.stream().filter((c) -> c.getSimpleName().endsWith("Payload"))).hasSizeGreaterThan(3);
	}

	/**
	 * Every entity a repository saves has an id the application assigns, so each one is
	 * new until loaded or persisted in one place, {@link AssignedId}, whatever the type
	 * of its id; no entity answers Spring Data's "is this new?" on its own. Positive
	 * control: the repositories' entities include the composite key of program pricing.
	 */
	@Test
	void savedEntitiesAreNewThroughAssignedIdOnly() {
		var saved = classes.stream()
			.filter((c) -> c.isInterface() && c.isAssignableTo(Repository.class))
			.map((c) -> ResolvableType.forClass(c.reflect()).as(Repository.class).getGeneric(0).resolve())
			.toList();
		assertThat(saved).allSatisfy((entity) -> assertThat(entity).isAssignableTo(AssignedId.class));
		assertThat(saved).extracting(Class::getSimpleName).contains("ProgramPricingEntity", "LaneEntity");
		assertThat(classes.stream()
			.filter((c) -> c.getRawInterfaces().stream().anyMatch((i) -> i.isEquivalentTo(Persistable.class)))
			.map((c) -> c.getSimpleName())).containsExactly("AssignedId");
	}

	/**
	 * Every module test starts through {@link ModuleIntegrationTest}, so the schema
	 * slices it loads and the migrations it runs follow from the modules it starts, never
	 * from a list of its own that a new module would make wrong. Positive control: the
	 * returns and network module tests are among those checked.
	 */
	@Test
	void moduleTestsStartThroughOneAnnotation() {
		var moduleTests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
			.importPackages("io.homeward.platform")
			.stream()
			.filter((c) -> !c.isAnnotation() && (c.isAnnotatedWith(ApplicationModuleTest.class)
					|| c.isMetaAnnotatedWith(ApplicationModuleTest.class)))
			.toList();
		assertThat(moduleTests).allSatisfy(
				(test) -> assertThat(test.isAnnotatedWith(ModuleIntegrationTest.class)).as(test.getName()).isTrue());
		assertThat(moduleTests).extracting(JavaClass::getSimpleName)
			.contains("ReturnsModuleTests", "NetworkRowLevelSecurityIntegrationTests");
	}

}

package io.homeward.platform;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** Module boundaries are part of the build: a forbidden dependency fails it. */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(HomewardApplication.class);

	@Test
	void modulesRespectTheirDeclaredDependencies() {
		modules.verify();
	}

	@Test
	void theModulesAreTheOnesTheDesignNames() {
		// A positive control: verify() above would pass vacuously if no module were
		// detected.
		assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString)).contains("shared",
				"tenancy", "network", "returns", "customs", "tracking");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}

package io.homeward.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleIdentifiers;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.util.ApplicationModulesExporter;
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

	/**
	 * The service reads its modules from this file. Without it, Spring Modulith's runtime
	 * scans every class with ArchUnit at each start, to learn the order in which the
	 * modules' migrations run: 9 of the 27 seconds the service took to start on two
	 * cores. It is what Spring Modulith's AOT processing would write, and what the
	 * runtime reads of it (the modules in their order, and their initializers) must stay
	 * what the scan finds: when modules change, copy
	 * {@code target/application-modules.json}, which this test writes, over it. (The
	 * exporter lists each module's dependencies in no fixed order, so the texts
	 * themselves are not compared.)
	 */
	@Test
	void thePrecomputedModuleMetadataIsWhatTheScanFinds() throws IOException {
		String scanned = new ApplicationModulesExporter(modules).toJson();
		Files.writeString(Path.of("target/application-modules.json"), scanned, StandardCharsets.UTF_8);
		JsonNode kept = JsonMapper.shared()
			.readTree(new ClassPathResource(MODULE_METADATA).getContentAsString(StandardCharsets.UTF_8));
		assertThat(kept.propertyNames()).as("modules, in order, of src/main/resources/" + MODULE_METADATA)
			.containsExactlyElementsOf(ApplicationModuleIdentifiers.of(modules).stream().map(Object::toString).toList())
			.containsExactlyElementsOf(JsonMapper.shared().readTree(scanned).propertyNames())
			.hasSizeGreaterThan(6);
		assertThat(kept.findValues("initializers")).as("initializers")
			.isEqualTo(JsonMapper.shared().readTree(scanned).findValues("initializers"));
	}

	static final String MODULE_METADATA = "META-INF/spring-modulith/application-modules.json";

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}

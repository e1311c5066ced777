package io.homeward.platform.shared.graphql;

import java.math.BigDecimal;

import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.scalars.ExtendedScalars;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/** The schema's scalars: DateTime, Date and an exact Decimal. */
@Component
class GraphQlScalars implements RuntimeWiringConfigurer {

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.scalar(ExtendedScalars.DateTime).scalar(ExtendedScalars.Date).scalar(DECIMAL);
	}

	/**
	 * Exact decimals travel as strings, so no client parses money into a binary float.
	 */
	static final GraphQLScalarType DECIMAL = GraphQLScalarType.newScalar()
		.name("Decimal")
		.description("An exact decimal number, serialized as a string such as \"12.50\".")
		.coercing(new DecimalCoercing())
		.build();

	@SuppressWarnings("deprecation")
	static final class DecimalCoercing implements Coercing<BigDecimal, String> {

		private static final int MAX_LENGTH = 40;

		@Override
		public String serialize(Object value) {
			if (value instanceof BigDecimal decimal) {
				return decimal.toPlainString();
			}
			throw new CoercingSerializeException("Not a decimal: " + value.getClass().getSimpleName());
		}

		@Override
		public BigDecimal parseValue(Object input) {
			try {
				if (input instanceof String text && text.length() <= MAX_LENGTH) {
					return new BigDecimal(text);
				}
				if (input instanceof Number number) {
					return new BigDecimal(number.toString());
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			throw new CoercingParseValueException("Expected a decimal number as a string, like \"12.50\"");
		}

		@Override
		public BigDecimal parseLiteral(Object input) {
			try {
				if (input instanceof StringValue value && value.getValue().length() <= MAX_LENGTH) {
					return new BigDecimal(value.getValue());
				}
				if (input instanceof IntValue value) {
					return new BigDecimal(value.getValue());
				}
				if (input instanceof FloatValue value) {
					return value.getValue();
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			throw new CoercingParseLiteralException("Expected a decimal number as a string, like \"12.50\"");
		}

	}

}

package com.creatorcompass.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.scalars.ExtendedScalars;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/** DateTime as the extended scalar has it, which also writes {@link Instant}s (as UTC) and reads into OffsetDateTime. */
final class Scalars {

    private Scalars() {}

    @SuppressWarnings("unchecked")
    static GraphQLScalarType dateTime() {
        Coercing<OffsetDateTime, String> base =
                (Coercing<OffsetDateTime, String>) ExtendedScalars.DateTime.getCoercing();
        return GraphQLScalarType.newScalar(ExtendedScalars.DateTime)
                .coercing(new Coercing<OffsetDateTime, String>() {
                    @Override
                    public String serialize(Object value, GraphQLContext context, Locale locale)
                            throws CoercingSerializeException {
                        return base.serialize(
                                value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value,
                                context,
                                locale);
                    }

                    @Override
                    public OffsetDateTime parseValue(Object input, GraphQLContext context, Locale locale)
                            throws CoercingParseValueException {
                        return base.parseValue(input, context, locale);
                    }

                    @Override
                    public OffsetDateTime parseLiteral(
                            Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale)
                            throws CoercingParseLiteralException {
                        return base.parseLiteral(input, variables, context, locale);
                    }

                    @Override
                    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
                        return base.valueToLiteral(input, context, locale);
                    }
                })
                .build();
    }
}

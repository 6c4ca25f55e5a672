package com.creatorcompass.graphql.limits;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.Document;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.scalars.ExtendedScalars;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every operation the web UI ships fits the limits at the largest request the UI can make: 365 days of
 * growth, a comparison of the user and all 25 competitors, pages of 100.
 */
class ShippedOperationsTest {

    static final Path SCHEMA = Path.of("src", "main", "resources", "graphql", "schema.graphqls");
    static final Path OPERATIONS = Path.of("src", "main", "resources", "graphql-client");

    @Test
    void every_shipped_operation_at_its_largest_fits_the_cost_and_field_limits() throws IOException {
        GraphQLSchema schema = new SchemaGenerator()
                .makeExecutableSchema(
                        new SchemaParser().parse(Files.readString(SCHEMA)),
                        RuntimeWiring.newRuntimeWiring()
                                .scalar(ExtendedScalars.Date)
                                .scalar(ExtendedScalars.DateTime)
                                .scalar(ExtendedScalars.GraphQLLong)
                                .build());
        List<String> report = new ArrayList<>();
        try (Stream<Path> files = Files.list(OPERATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".graphql"))
                    .sorted()
                    .toList()) {
                Document document = Parser.parse(Files.readString(file));
                for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
                    QueryCost.Cost cost =
                            QueryCost.of(schema, document, operation.getName(), largest(schema, operation));
                    report.add(operation.getName() + " " + cost.values() + " values, " + cost.fields() + " fields");
                    assertThat(cost.values()).as(operation.getName()).isLessThanOrEqualTo(QueryLimits.MAX_COST);
                    assertThat(cost.fields()).as(operation.getName()).isLessThanOrEqualTo(QueryLimits.MAX_FIELDS);
                }
            }
        }
        System.out.println(String.join("\n", report));
        assertThat(report).hasSizeGreaterThan(15);
        assertThat(report).anySatisfy(line -> assertThat(line).startsWith("Compare "));
    }

    /** The largest values the UI sends: a year's range, the user and 25 competitors, pages of 100; any other a plain one. */
    private static CoercedVariables largest(GraphQLSchema schema, OperationDefinition operation) {
        Map<String, Object> raw = new HashMap<>();
        for (VariableDefinition variable : operation.getVariableDefinitions()) {
            raw.put(
                    variable.getName(),
                    switch (variable.getName()) {
                        case "from" -> "2026-01-01";
                        case "to" -> "2026-12-31";
                        case "handles" -> Collections.nCopies(26, "creator");
                        case "first" -> 100;
                        default -> plain(schema, variable.getType());
                    });
        }
        return ValuesResolver.coerceVariableValues(
                schema,
                operation.getVariableDefinitions(),
                RawVariables.of(raw),
                GraphQLContext.getDefault(),
                Locale.ROOT);
    }

    private static Object plain(GraphQLSchema schema, Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return plain(schema, nonNull.getType());
        }
        if (type instanceof ListType list) {
            return List.of(plain(schema, list.getType()));
        }
        GraphQLType named = schema.getType(((TypeName) type).getName());
        if (named instanceof GraphQLEnumType enumType) {
            return enumType.getValues().get(0).getName();
        }
        if (named instanceof GraphQLInputObjectType input) {
            Map<String, Object> fields = new HashMap<>();
            input.getFieldDefinitions().stream()
                    .filter(field -> GraphQLTypeUtil.isNonNull(field.getType()))
                    .forEach(field -> fields.put(field.getName(), plainOf(schema, field.getType())));
            return fields;
        }
        return switch (((TypeName) type).getName()) {
            case "Int" -> 1;
            case "Float" -> 1.0;
            case "Boolean" -> false;
            case "Date" -> "2026-06-01";
            case "DateTime" -> "2026-06-01T00:00:00Z";
            case "Long" -> 1L;
            default -> "x";
        };
    }

    private static Object plainOf(GraphQLSchema schema, GraphQLInputType type) {
        if (GraphQLTypeUtil.isNonNull(type)) {
            return plainOf(schema, (GraphQLInputType) GraphQLTypeUtil.unwrapOne(type));
        }
        if (GraphQLTypeUtil.isList(type)) {
            return List.of(plainOf(schema, (GraphQLInputType) GraphQLTypeUtil.unwrapOne(type)));
        }
        return plain(
                schema, TypeName.newTypeName(GraphQLTypeUtil.simplePrint(type)).build());
    }
}

package com.creatorcompass.graphql.reads;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether a query selects a path below the field being fetched, read off the document itself, through
 * fragments. graphql-java's {@code DataFetchingFieldSelectionSet} answers the same by normalizing the
 * whole operation first, which cost a dashboard about a tenth of its CPU (docs/performance.md).
 * Directives are not evaluated: a branch that {@code @skip} drops still counts, so a read fetches
 * more than shown, never less.
 */
@SuppressWarnings("rawtypes") // graphql-java's selection lists are raw
final class Selections {

    private Selections() {}

    static boolean selects(DataFetchingEnvironment environment, String... path) {
        Map<String, FragmentDefinition> fragments = environment.getFragmentsByName();
        List<Selection> level = new ArrayList<>();
        for (Field field : environment.getMergedField().getFields()) {
            addAll(level, field.getSelectionSet());
        }
        for (String name : path) {
            List<Selection> next = new ArrayList<>();
            boolean found = false;
            for (Field field : fields(level, fragments)) {
                if (field.getName().equals(name)) {
                    found = true;
                    addAll(next, field.getSelectionSet());
                }
            }
            if (!found) {
                return false;
            }
            level = next;
        }
        return true;
    }

    /** The fields of a selection, those of its fragments included (validation has ruled out cycles). */
    private static List<Field> fields(List<Selection> selections, Map<String, FragmentDefinition> fragments) {
        List<Field> fields = new ArrayList<>();
        for (Selection selection : selections) {
            if (selection instanceof Field field) {
                fields.add(field);
            } else if (selection instanceof InlineFragment inline) {
                fields.addAll(fields(inline.getSelectionSet().getSelections(), fragments));
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                fields.addAll(
                        fields(fragments.get(spread.getName()).getSelectionSet().getSelections(), fragments));
            }
        }
        return fields;
    }

    private static void addAll(List<Selection> into, SelectionSet selectionSet) {
        if (selectionSet != null) {
            into.addAll(selectionSet.getSelections());
        }
    }
}
